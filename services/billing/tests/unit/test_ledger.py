from __future__ import annotations

import asyncio
import csv
import io
from datetime import datetime

import pytest
from openpyxl import load_workbook
from samarinda_billing.bootstrap import build_billing
from samarinda_billing.domain.ledger import LedgerEntry, balance_id, usage_from_event
from samarinda_billing.domain.pricing import Usage
from samarinda_billing.service_layer.collections import BALANCES, LEDGER, LEDGER_BATCHES
from samarinda_billing.service_layer.statements import StatementFormat
from samarinda_billing.settings import BillingSettings
from samarinda_common.errors import AlreadyExists, InvalidInput
from samarinda_common.events import QuotaState, UsageOperation, UsageRecorded

from .conftest import Harness

# Default tariff: Gemini Flash input $0.30/1M tokens at Rp 16,300 = Rp 4,890 per 1M tokens.
RP_PER_MILLION_INPUT = 4890


def event(
    event_id: str,
    units: int = 1_000_000,
    *,
    opd: str = "DISDIK",
    at: str = "2026-03-15T09:00:00+08:00",
    operation: UsageOperation = UsageOperation.LLM_INPUT_TOKENS,
    provider: str = "gemini",
) -> UsageRecorded:
    return UsageRecorded(
        event_id=event_id,
        opd=opd,
        operation=operation,
        provider=provider,
        units=units,
        occurred_at=datetime.fromisoformat(at),
    )


async def test_duplicates_are_charged_once(harness: Harness) -> None:
    first = await harness.billing.on_usage_recorded(event("evt-00000001"))
    again = await harness.billing.on_usage_recorded(event("evt-00000001"))
    other = await harness.billing.on_usage_recorded(event("evt-00000002", 2_000_000))
    assert (first.duplicate, again.duplicate, other.duplicate) == (False, True, False)
    view, pool = await harness.billing.balance("DISDIK", "2026-03")
    assert view.spent_idr == 3 * RP_PER_MILLION_INPUT
    assert pool.spent_idr == 3 * RP_PER_MILLION_INPUT
    assert await harness.store.count(LEDGER, {}) == 2


async def test_a_duplicate_with_other_content_keeps_the_first_charge(harness: Harness) -> None:
    await harness.billing.on_usage_recorded(event("evt-00000001", 1_000_000))
    again = await harness.billing.on_usage_recorded(event("evt-00000001", 9_000_000))
    assert again.duplicate and again.entry.units == 1_000_000
    assert (await harness.billing.balance("DISDIK", "2026-03"))[0].spent_idr == RP_PER_MILLION_INPUT


async def test_late_event_lands_in_the_period_it_happened(harness: Harness) -> None:
    harness.clock.set("2026-04-02T08:00:00+08:00")
    # 23:30 WITA on 31 March is 15:30 UTC: still March in Samarinda.
    await harness.billing.on_usage_recorded(event("evt-late0001", at="2026-03-31T15:30:00+00:00"))
    _, march = await harness.billing.usage("2026-03")
    _, april = await harness.billing.usage("2026-04")
    assert march.total_idr == RP_PER_MILLION_INPUT and april.total_idr == 0


async def test_recording_interrupted_before_the_balance_is_completed_on_redelivery(harness: Harness) -> None:
    # A crash right after step 2 (the ledger insert): the entry exists, the balance never moved.
    entry = LedgerEntry.charge(usage_from_event(event("evt-crash001")), harness.billing.book)
    await harness.store.insert_one(LEDGER, {"_id": entry.event_id, **entry.to_document(), "batch": "died"})
    recorded = await harness.billing.on_usage_recorded(event("evt-crash001"))
    assert recorded.duplicate
    assert (await harness.billing.balance("DISDIK", "2026-03"))[0].spent_idr == RP_PER_MILLION_INPUT
    reconciliation = await harness.billing.ledger.reconcile("DISDIK", "2026-03")
    assert reconciliation.consistent
    await harness.billing.on_usage_recorded(event("evt-crash001"))  # and it stays charged once
    assert (await harness.billing.balance("DISDIK", "2026-03"))[0].spent_idr == RP_PER_MILLION_INPUT


async def test_recording_interrupted_after_the_balance_is_not_charged_twice(harness: Harness) -> None:
    await harness.billing.on_usage_recorded(event("evt-crash002"))
    # A crash between the balance's $inc and recording the batch as finished; then a restart.
    await harness.store.delete_many(LEDGER_BATCHES, {})
    restarted = build_billing(BillingSettings(), harness.store, harness.bus, now=harness.clock)
    await restarted.on_usage_recorded(event("evt-crash002"))
    await restarted.on_usage_recorded(event("evt-crash003"))  # replaces the balance's last batch
    await restarted.on_usage_recorded(event("evt-crash002"))
    assert (await restarted.balance("DISDIK", "2026-03"))[0].spent_idr == 2 * RP_PER_MILLION_INPUT


async def test_quota_announced_once_per_threshold(harness: Harness) -> None:
    await harness.billing.set_allocation("DISDIK", 10 * RP_PER_MILLION_INPUT, hard_limit=True)
    for i in range(12):
        await harness.billing.on_usage_recorded(event(f"evt-quota{i:03d}"))
    announced = [(e.state, e.threshold_percent) for e in harness.quota_events()]
    assert announced == [(QuotaState.WARNING, 50), (QuotaState.WARNING, 80), (QuotaState.EXHAUSTED, 100)]
    exhausted = harness.quota_events()[-1]
    assert exhausted.hard_limit and exhausted.period == "2026-03"
    assert exhausted.spent_idr == 10 * RP_PER_MILLION_INPUT


async def test_larger_allocation_and_new_month_lift_exhaustion(harness: Harness) -> None:
    await harness.billing.set_allocation("DISDIK", RP_PER_MILLION_INPUT, hard_limit=True)
    await harness.billing.on_usage_recorded(event("evt-lift0001"))
    assert harness.quota_events()[-1].state is QuotaState.EXHAUSTED
    view = await harness.billing.set_allocation("DISDIK", 10 * RP_PER_MILLION_INPUT, hard_limit=True)
    assert view.status.state is QuotaState.OK and harness.quota_events()[-1].state is QuotaState.OK
    await harness.billing.set_allocation("DISDIK", RP_PER_MILLION_INPUT, hard_limit=False)
    assert harness.quota_events()[-1].state is QuotaState.EXHAUSTED
    assert harness.quota_events()[-1].hard_limit is False
    harness.clock.set("2026-04-01T07:00:00+08:00")
    await harness.billing.on_usage_recorded(
        event(
            "evt-lift0002",
            1000,
            at="2026-04-01T06:00:00+08:00",
            operation=UsageOperation.OCR_PAGE,
            provider="tesseract",
        )
    )
    latest = harness.quota_events()[-1]
    assert (latest.state, latest.period) == (QuotaState.OK, "2026-04")


async def test_late_event_never_announces_a_past_period(harness: Harness) -> None:
    await harness.billing.set_allocation("DISDIK", RP_PER_MILLION_INPUT, hard_limit=True)
    before = len(harness.quota_events())
    await harness.billing.on_usage_recorded(event("evt-past0001", at="2026-02-27T09:00:00+08:00"))
    assert len(harness.quota_events()) == before
    assert (await harness.billing.balance("DISDIK", "2026-02"))[0].status.state is QuotaState.EXHAUSTED


async def test_free_operations_never_touch_the_quota(harness: Harness) -> None:
    await harness.billing.set_allocation("DISDIK", 0, hard_limit=True)
    events_before = len(harness.quota_events())
    for i in range(3):
        recorded = await harness.billing.on_usage_recorded(
            event(f"evt-free{i:04d}", 10, operation=UsageOperation.OCR_PAGE, provider="tesseract")
        )
        assert recorded.entry.cost_micro_idr == 0
    assert len(harness.quota_events()) == events_before


async def test_top_up_is_idempotent_on_request_id(harness: Harness) -> None:
    first = await harness.billing.top_up("req-1", 5_000_000, "APBD 2026 tahap 1")
    again = await harness.billing.top_up("req-1", 5_000_000)
    assert (first.applied, again.applied) == (True, False)
    assert again.pool.topped_up_idr == 5_000_000
    with pytest.raises(AlreadyExists):
        await harness.billing.top_up("req-1", 7_000_000)
    with pytest.raises(InvalidInput):
        await harness.billing.top_up("req-2", 0)


async def test_concurrent_top_ups_and_charges_lose_nothing(harness: Harness) -> None:
    top_ups = [harness.billing.top_up(f"req-{i}", 1_000 + i) for i in range(50)]
    charges = [
        harness.billing.on_usage_recorded(event(f"evt-conc{i:04d}", opd=f"OPD{i % 5}")) for i in range(50)
    ]
    await asyncio.gather(*top_ups, *charges)
    pool = await harness.billing.credits.pool()
    assert pool.topped_up_idr == sum(1_000 + i for i in range(50))
    assert pool.spent_idr == 50 * RP_PER_MILLION_INPUT
    assert pool.available_idr == pool.topped_up_idr - pool.spent_idr


async def test_statement_lists_lines_and_the_rounded_total(harness: Harness) -> None:
    for i in range(3):  # 3 × 1 token = 3 × 0.00489 rupiah: each line rounds to 0, the total too
        await harness.billing.on_usage_recorded(event(f"evt-tiny{i:04d}", 1))
    await harness.billing.on_usage_recorded(event("evt-big00001", 1_000_000, opd="DINKES"))
    csv_file = await harness.billing.statement("2026-03", None, StatementFormat.CSV)
    rows = list(csv.reader(io.StringIO(csv_file.content.decode())))
    assert rows[0] == ["period", "opd", "operation", "provider", "units", "events", "cost_idr"]
    assert rows[1] == [
        "2026-03",
        "DINKES",
        "llm_input_tokens",
        "gemini",
        "1000000",
        "1",
        str(RP_PER_MILLION_INPUT),
    ]
    assert rows[2] == ["2026-03", "DISDIK", "llm_input_tokens", "gemini", "3", "3", "0"]
    assert rows[-1] == ["TOTAL", "", "", "", "", "4", str(RP_PER_MILLION_INPUT)]
    xlsx = await harness.billing.statement("2026-03", "DISDIK", StatementFormat.XLSX)
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet is not None
    assert [c.value for c in sheet[2]] == ["2026-03", "DISDIK", "llm_input_tokens", "gemini", 3, 3, 0]
    assert xlsx.filename == "statement_2026-03_DISDIK.xlsx"


async def test_balance_is_traceable_to_ledger_entries(harness: Harness) -> None:
    for i in range(5):
        await harness.billing.on_usage_recorded(event(f"evt-trace{i:03d}", 1_000 * (i + 1)))
    balance = await harness.store.find_one(BALANCES, {"_id": balance_id("DISDIK", "2026-03")})
    entries = await harness.billing.ledger.entries("2026-03", opd="DISDIK")
    assert balance is not None
    last_batch = await harness.store.find(LEDGER, {"batch": balance["last_batch"]}, projection=["_id"])
    assert last_batch == [{"_id": "evt-trace004"}]
    assert balance["spent_micro_idr"] == sum(e.cost_micro_idr for e in entries)
    assert all(e.tariff_version == "2025-01" and e.usd_idr == "16300" for e in entries)


async def test_ledger_record_accepts_domain_usage(harness: Harness) -> None:
    recorded = await harness.billing.ledger.record(
        Usage(
            "evt-direct01",
            "DISDIK",
            "embed_tokens",
            "gemini",
            None,
            1_000_000,
            datetime.fromisoformat("2026-03-15T09:00:00+08:00"),
        )
    )
    # $0.15 per 1M tokens × 16,300 = Rp 2,445.
    assert recorded.entry.cost_micro_idr == 2_445 * 10**6
