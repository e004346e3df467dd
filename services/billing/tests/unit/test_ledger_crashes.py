"""A worker dying between any two store calls of a batch, then the batch delivered again.

Every store call of a batch is a crash point. After each, a new process (fresh caches, same store,
same bus) gets the batch again, possibly cut differently; every event must be charged exactly
once and the quota threshold crossed announced.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from samarinda_billing.bootstrap import build_billing
from samarinda_billing.domain.ledger import LedgerEntry, usage_from_event
from samarinda_billing.entrypoints.kafka import usage_subscription
from samarinda_billing.service_layer.collections import BALANCES, LEDGER, ensure_indexes
from samarinda_billing.service_layer.handlers import Billing
from samarinda_billing.settings import BillingSettings
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.errors import DependencyUnavailable
from samarinda_common.events import QuotaChanged, QuotaState, UsageOperation, UsageRecorded
from samarinda_common.messaging import InProcessBus, RetryPolicy
from samarinda_common.topics import Topic

from .conftest import Clock

RP_PER_MILLION_INPUT = 4890
MARCH = datetime.fromisoformat("2026-03-10T09:00:00+08:00")
FAST = RetryPolicy(initial_backoff_seconds=0.001, max_backoff_seconds=0.002, jitter_seconds=0)


class Crash(Exception):
    """The process died here."""


class Process:
    """One worker process on the shared store: it dies at its ``crash_at``-th store call, for good."""

    def __init__(self, store: EmbeddedDocumentStore, crash_at: int | None = None, fail: type = Crash) -> None:
        self._store = store
        self._crash_at = crash_at
        self._fail = fail
        self.calls = 0
        self.dead = False

    def __getattr__(self, name: str) -> Callable[..., Awaitable[Any]]:
        method = getattr(self._store, name)

        async def call(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.dead or self.calls == self._crash_at:
                self.dead = self._fail is Crash  # a transient failure passes; a crash is for good
                raise self._fail(f"{name} (call {self.calls})")
            return await method(*args, **kwargs)

        return call


def usage(n: int, *, opd: str = "DISDIK", provider: str = "gemini", at: datetime = MARCH) -> UsageRecorded:
    operation = UsageOperation.OCR_PAGE if provider == "tesseract" else UsageOperation.LLM_INPUT_TOKENS
    return UsageRecorded(
        event_id=f"evt-crash-{n:04d}",
        opd=opd,
        operation=operation,
        provider=provider,
        units=1_000_000,
        occurred_at=at + timedelta(minutes=n),
    )


EARLIER = [usage(n) for n in range(4)]  # 40 % of DISDIK's allocation, charged before the batch
BATCH = [
    usage(10),
    usage(11, opd="DINKES"),
    usage(1),  # charged before: a duplicate
    usage(12),
    usage(13, provider="tesseract"),  # free
    usage(12),  # twice in the batch
    usage(14, at=datetime.fromisoformat("2026-02-20T09:00:00+08:00")),  # late: February
    usage(15),
    usage(16, opd="DINKES"),
    usage(17),
    usage(18),
    usage(19),
    usage(20),
]


class World:
    """What survives a crash: the store and the topics."""

    def __init__(self) -> None:
        self.store = EmbeddedDocumentStore()
        self.bus = InProcessBus(retry=FAST)
        self.clock = Clock("2026-03-15T10:00:00+08:00")

    def process(self, crash_at: int | None = None, fail: type = Crash) -> tuple[Billing, Process]:
        process = Process(self.store, crash_at, fail)
        return build_billing(BillingSettings(), process, self.bus, now=self.clock), process  # type: ignore[arg-type]

    async def prepare(self) -> None:
        await ensure_indexes(self.store)
        billing, _ = self.process()
        await billing.set_allocation("DISDIK", 10 * RP_PER_MILLION_INPUT, hard_limit=True)
        await billing.on_usage_batch(EARLIER)

    def quota_events(self, opd: str) -> list[QuotaChanged]:
        events = [QuotaChanged.model_validate_json(r.value) for r in self.bus.records(Topic.QUOTA_CHANGED)]
        return [e for e in events if e.opd == opd]


async def world() -> World:
    prepared = World()
    await prepared.prepare()
    return prepared


async def store_calls_of_a_clean_batch() -> int:
    clean = await world()
    billing, process = clean.process()
    await billing.on_usage_batch(BATCH)
    return process.calls


async def crash_during_the_batch(
    world: World, crash_at: int, events: Sequence[UsageRecorded] = BATCH
) -> Process:
    billing, process = world.process(crash_at)
    with contextlib.suppress(Crash):
        await billing.on_usage_batch(events)
    return process


async def assert_charged_exactly_once(world: World) -> None:
    billing, _ = world.process()
    book = billing.book
    unique = {e.event_id: e for e in [*EARLIER, *BATCH]}
    expected: dict[str, int] = {}
    for event in unique.values():
        entry = LedgerEntry.charge(usage_from_event(event), book)
        expected[entry.balance_id] = expected.get(entry.balance_id, 0) + entry.cost_micro_idr

    assert await world.store.count(LEDGER, {}) == len(unique)
    balances = {b["_id"]: b for b in await world.store.find(BALANCES, {})}
    assert {key: b["spent_micro_idr"] for key, b in balances.items()} == expected
    assert sum(b["events"] for b in balances.values()) == len(unique)
    for key in expected:
        opd, period = key.split("|")
        assert (await billing.ledger.reconcile(opd, period)).consistent, key
    # One review per balance per batch: a batch crossing 50, 80 and 100 % announces where it ends.
    announced = world.quota_events("DISDIK")
    assert (announced[-1].state, announced[-1].threshold_percent) == (QuotaState.EXHAUSTED, 100)


async def test_the_reference_batch_charges_each_event_once() -> None:
    clean = await world()
    billing, _ = clean.process()
    recorded = await billing.on_usage_batch(BATCH)
    assert [r.duplicate for r in recorded] == [
        False,
        False,
        True,
        False,
        False,
        True,
        False,
        False,
        False,
        False,
        False,
        False,
        False,
    ]
    assert recorded[5].entry == recorded[3].entry
    assert recorded[-1].quota is not None and recorded[-1].quota.state is QuotaState.EXHAUSTED
    await assert_charged_exactly_once(clean)


async def test_a_crash_at_any_store_call_is_made_good_by_the_redelivered_batch() -> None:
    total = await store_calls_of_a_clean_batch()
    assert total >= 8  # the steps of the ledger, plus the quota reviews
    for crash_at in range(1, total + 1):
        crashed = await world()
        assert (await crash_during_the_batch(crashed, crash_at)).dead, crash_at
        restarted, _ = crashed.process()
        await restarted.on_usage_batch(BATCH)
        await restarted.on_usage_batch(BATCH)  # and once more, as a duplicate delivery
        await assert_charged_exactly_once(crashed)


async def test_a_batch_redelivered_in_other_pieces_after_a_crash_still_charges_once() -> None:
    total = await store_calls_of_a_clean_batch()
    for crash_at in range(1, total + 1):
        for split in (1, 4, 9):
            crashed = await world()
            await crash_during_the_batch(crashed, crash_at)
            restarted, _ = crashed.process()
            await restarted.on_usage_batch(BATCH[:split])
            await restarted.on_usage_batch(BATCH[split:])
            await assert_charged_exactly_once(crashed)


async def test_a_second_crash_during_recovery_is_made_good_too() -> None:
    total = await store_calls_of_a_clean_batch()
    # The first delivery held only part of the batch; the redelivery, from the same offset, holds
    # more records (Kafka fetches what is there by then) and dies too.
    for first in range(1, total + 1, 2):
        for second in range(1, total + 1, 2):
            crashed = await world()
            await crash_during_the_batch(crashed, first, BATCH[:7])
            await crash_during_the_batch(crashed, second)
            recovered, _ = crashed.process()
            await recovered.on_usage_batch(BATCH)
            await assert_charged_exactly_once(crashed)


async def test_an_outage_mid_batch_is_retried_by_the_processor_without_double_charging() -> None:
    total = await store_calls_of_a_clean_batch()
    for failing_call in range(1, total + 1):
        flaky = await world()
        billing, _ = flaky.process(failing_call, fail=DependencyUnavailable)
        flaky.bus.subscribe(usage_subscription(billing, "billing", batch_size=len(BATCH)))
        for event in BATCH:
            await flaky.bus.publish(event)
        assert await flaky.bus.run_until_idle() == len(BATCH)
        assert flaky.bus.dead_letters() == []
        await assert_charged_exactly_once(flaky)
