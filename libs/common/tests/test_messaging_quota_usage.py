from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.errors import QuotaExhausted
from samarinda_common.events import QuotaChanged, QuotaState, UsageOperation, UsageRecorded
from samarinda_common.messaging import InProcessBus, PublishingUsageMeter, new_trace, use_trace
from samarinda_common.providers import ZERO_RATED_PROVIDERS
from samarinda_common.quota import QuotaStateGuard, quota_subscription
from samarinda_common.topics import Topic

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


def quota(
    state: QuotaState,
    *,
    hard_limit: bool = True,
    at: datetime = NOW,
    opd: str = "DISDIK",
    period: str = "2026-03",
) -> QuotaChanged:
    return QuotaChanged(
        opd=opd,
        state=state,
        used_percent=100 if state is QuotaState.EXHAUSTED else 50,
        hard_limit=hard_limit,
        period=period,
        occurred_at=at,
    )


async def test_exhausted_hard_limit_refuses_paid_providers_only() -> None:
    guard = QuotaStateGuard()
    await guard.apply(quota(QuotaState.EXHAUSTED))

    with pytest.raises(QuotaExhausted) as refused:
        await guard.ensure_allowed("DISDIK", "gemini")
    assert refused.value.details["period"] == "2026-03"
    for free in ZERO_RATED_PROVIDERS:
        await guard.ensure_allowed("DISDIK", free)
    await guard.ensure_allowed("DISDIK", "Self-Hosted")  # provider names are not case-sensitive
    await guard.ensure_allowed("DINKES", "gemini")  # another OPD is unaffected


async def test_soft_limit_and_recovery_allow_paid_work() -> None:
    guard = QuotaStateGuard()
    await guard.apply(quota(QuotaState.EXHAUSTED, hard_limit=False))
    await guard.ensure_allowed("DISDIK", "gemini")
    await guard.apply(quota(QuotaState.EXHAUSTED, at=NOW + timedelta(minutes=1)))
    await guard.apply(quota(QuotaState.OK, at=NOW + timedelta(minutes=2)))  # topped up
    await guard.ensure_allowed("DISDIK", "gemini")


async def test_an_older_state_arriving_late_does_not_win() -> None:
    guard = QuotaStateGuard()
    await guard.apply(quota(QuotaState.OK, at=NOW))
    await guard.apply(quota(QuotaState.EXHAUSTED, at=NOW - timedelta(hours=1)))
    await guard.ensure_allowed("DISDIK", "gemini")


async def test_a_state_for_an_earlier_period_does_not_override_a_newer_one() -> None:
    store = EmbeddedDocumentStore()
    guard = QuotaStateGuard(store)
    await guard.apply(quota(QuotaState.OK, period="2026-04", at=NOW))
    # March's exhaustion arrives late, stamped later by a replica whose clock runs ahead.
    await guard.apply(quota(QuotaState.EXHAUSTED, period="2026-03", at=NOW + timedelta(minutes=5)))
    await guard.ensure_allowed("DISDIK", "gemini")
    await QuotaStateGuard(store).ensure_allowed("DISDIK", "gemini")  # what the store kept, too
    # Within one period the later state still wins, and a new period replaces an old one.
    await guard.apply(quota(QuotaState.EXHAUSTED, period="2026-04", at=NOW + timedelta(minutes=1)))
    with pytest.raises(QuotaExhausted):
        await guard.ensure_allowed("DISDIK", "gemini")
    await guard.apply(quota(QuotaState.OK, period="2026-05", at=NOW - timedelta(days=1)))
    await guard.ensure_allowed("DISDIK", "gemini")


async def test_state_is_shared_through_the_store_with_other_replicas() -> None:
    store = EmbeddedDocumentStore()
    await QuotaStateGuard(store).apply(quota(QuotaState.EXHAUSTED))
    restarted = QuotaStateGuard(store)
    with pytest.raises(QuotaExhausted):
        await restarted.ensure_allowed("DISDIK", "gemini")


async def test_the_quota_subscription_feeds_the_guard() -> None:
    bus = InProcessBus()
    guard = QuotaStateGuard()
    subscription = quota_subscription(guard, "run-1.embedding")
    bus.subscribe(subscription)
    await bus.publish(quota(QuotaState.EXHAUSTED))
    await bus.run_until_idle()
    assert (subscription.topic, subscription.group_id) == (Topic.QUOTA_CHANGED.value, "run-1.embedding.quota")
    with pytest.raises(QuotaExhausted):
        await guard.ensure_allowed("DISDIK", "gemini")


async def test_usage_of_the_same_subject_gets_the_same_event_id() -> None:
    bus = InProcessBus()
    meter = PublishingUsageMeter(bus, "extraction")
    for _ in range(2):
        await meter.record(
            opd="DISDIK",
            operation=UsageOperation.OCR_PAGE,
            units=4,
            provider="tesseract",
            document_id="doc-1",
            subject_id="doc-1",
        )
    await meter.record(opd="DISDIK", operation=UsageOperation.OCR_PAGE, units=4, subject_id="doc-2")
    await meter.record(opd="DISDIK", operation=UsageOperation.OCR_PAGE, units=1)
    await meter.record(opd="DISDIK", operation=UsageOperation.OCR_PAGE, units=1)

    events = [UsageRecorded.model_validate_json(r.value) for r in bus.records(Topic.USAGE_RECORDED)]
    ids = [e.event_id for e in events]
    assert ids[0] == ids[1]
    assert len(set(ids)) == 4
    assert (events[0].service, events[0].units, events[0].provider) == ("extraction", 4, "tesseract")


async def test_usage_inherits_the_correlation_id_of_the_work_being_metered() -> None:
    bus = InProcessBus()
    with use_trace(new_trace(correlation_id="corr-42")):
        await PublishingUsageMeter(bus, "embedding").record(
            opd="DISDIK", operation=UsageOperation.EMBED_TOKENS, units=100
        )
    [record] = bus.records(Topic.USAGE_RECORDED)
    assert UsageRecorded.model_validate_json(record.value).correlation_id == "corr-42"
