"""Billing against real Kafka and the MongoDB-wire server (FerretDB locally)."""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

import pytest
from aiokafka import AIOKafkaConsumer
from faststream.kafka import KafkaBroker
from samarinda_billing.domain.ledger import LedgerEntry, usage_from_event
from samarinda_billing.domain.tariffs import load_tariff_book
from samarinda_billing.service_layer.collections import BALANCES, LEDGER
from samarinda_common.events import UsageOperation, UsageRecorded
from samarinda_common.messaging import build_broker, kafka_client_options
from samarinda_common.messaging.kafka import SESSION_TIMEOUT_MS
from samarinda_common.settings import CommonSettings
from samarinda_common.topics import HEADER_DLQ_REASON, dlq_of

from .conftest import KAFKA, RealStack

pytestmark = pytest.mark.integration

OPDS = ("DISDIK", "DINKES", "DPUPR", "BAPPEDA", "BPKAD")
START = datetime.fromisoformat("2026-03-01T00:00:00+08:00")


def burst(count: int, seed: int = 7) -> list[UsageRecorded]:
    rng = random.Random(seed)
    operations = [
        (UsageOperation.LLM_INPUT_TOKENS, "gemini"),
        (UsageOperation.LLM_OUTPUT_TOKENS, "gemini"),
        (UsageOperation.EMBED_TOKENS, "gemini"),
        (UsageOperation.OCR_PAGE, "tesseract"),
        (UsageOperation.STORAGE_BYTES, "minio"),
    ]
    events = []
    for i in range(count):
        operation, provider = rng.choice(operations)
        events.append(
            UsageRecorded(
                event_id=f"it-{seed}-{i:06d}",
                opd=rng.choice(OPDS),
                operation=operation,
                provider=provider,
                units=rng.randint(1, 3_000_000),
                occurred_at=START + timedelta(seconds=rng.randint(0, 40 * 86_400)),
            )
        )
    return events


async def publish_with_duplicates(
    broker: KafkaBroker, topic: str, events: list[UsageRecorded], share: float
) -> int:
    """Publish ``events`` to ``topic`` and again a ``share`` of them (duplicates); returns messages sent."""
    duplicates = random.Random(1).sample(events, int(len(events) * share))
    for event in [*events, *duplicates]:
        await broker.publish(event.model_dump_json().encode(), topic, key=event.key())
    return len(events) + len(duplicates)


async def wait_for(condition: Callable[[], Awaitable[bool]], within: float = 90.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not await condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.2)


async def run_consumer(broker: KafkaBroker) -> None:
    await broker.start()
    try:
        await asyncio.Event().wait()
    finally:
        await broker.stop()


@pytest.mark.parametrize("processor_dedup", [True, False], ids=["processor-dedup", "ledger-only"])
async def test_burst_with_duplicates_and_a_killed_consumer_charges_each_event_once(
    stack: RealStack, processor_dedup: bool
) -> None:
    events = burst(400)
    producer = build_broker(stack.settings, client_id="it-producer")
    await producer.start()
    try:
        await publish_with_duplicates(producer, stack.topic, events, 0.3)
    finally:
        await producer.stop()

    # Small batches so that the kill lands mid-stream however fast the store is.
    first = asyncio.create_task(run_consumer(stack.consumer(batch_size=20, processor_dedup=processor_dedup)))
    await wait_for(lambda: _count_at_least(stack, 40), within=90.0)
    first.cancel()  # killed mid-stream: some handled events are not committed and come back
    await asyncio.gather(first, return_exceptions=True)
    assert await stack.store.count(LEDGER, {}) < len(events)

    second = asyncio.create_task(run_consumer(stack.consumer(processor_dedup=processor_dedup)))
    try:
        await wait_for(lambda: _count_at_least(stack, len(events)))
        await asyncio.sleep(2)  # let the rest of the duplicates arrive; none may add a charge
    finally:
        second.cancel()
        await asyncio.gather(second, return_exceptions=True)

    book = load_tariff_book()
    expected = [LedgerEntry.charge(usage_from_event(e), book) for e in events]
    billing = stack.billing(build_broker(stack.settings, client_id="unused"))
    for period in ("2026-03", "2026-04"):
        report = await billing.ledger.usage(period)
        want = [e for e in expected if e.period == period]
        assert report.total_micro_idr == sum(e.cost_micro_idr for e in want)
        assert sum(t.events for t in report.lines.values()) == len(want)
        for opd in OPDS:
            assert (await billing.ledger.reconcile(opd, period)).consistent


async def _count_at_least(stack: RealStack, count: int) -> bool:
    """At least ``count`` events are counted in the balances (not only inserted in the ledger)."""
    balances = await stack.store.find(BALANCES, {}, projection=["events"])
    return sum(int(b["events"]) for b in balances) >= count


async def test_concurrent_top_ups_and_charges_lose_no_update(stack: RealStack) -> None:
    billing = stack.billing(build_broker(stack.settings, client_id="unused"))
    events = [
        UsageRecorded(
            event_id=f"conc-{i:05d}",
            opd="DISDIK",
            operation=UsageOperation.LLM_INPUT_TOKENS,
            provider="gemini",
            units=1_000_000,
            occurred_at=START + timedelta(days=3),
        )
        for i in range(60)
    ]
    await asyncio.gather(
        *(billing.top_up(f"topup-{i}", 100_000 + i) for i in range(30)),
        *(billing.top_up(f"topup-{i}", 100_000 + i) for i in range(30)),  # retried requests
        *(billing.on_usage_recorded(e) for e in events),
        *(billing.on_usage_recorded(e) for e in events[:20]),
    )  # duplicates in flight
    pool = await billing.credits.pool()
    assert pool.topped_up_idr == sum(100_000 + i for i in range(30))
    assert pool.spent_idr == 60 * 4_890
    assert (await billing.ledger.reconcile("DISDIK", "2026-03")).consistent


async def test_period_boundary_and_rounding_on_the_real_store(stack: RealStack) -> None:
    billing = stack.billing(build_broker(stack.settings, client_id="unused"))
    last_march = datetime.fromisoformat("2026-03-31T15:59:59.999+00:00")
    first_april = datetime.fromisoformat("2026-03-31T16:00:00+00:00")
    for event_id, at in (("edge-march", last_march), ("edge-april", first_april)):
        await billing.on_usage_recorded(
            UsageRecorded(
                event_id=event_id,
                opd="DISDIK",
                provider="gemini",
                operation=UsageOperation.LLM_INPUT_TOKENS,
                units=1,
                occurred_at=at,
            )
        )
    for i in range(103):  # 103 tokens × Rp 0.00489 = Rp 0.50367 -> 1 (half-up of the exact sum)
        await billing.on_usage_recorded(
            UsageRecorded(
                event_id=f"tiny-{i:04d}",
                opd="DINKES",
                provider="gemini",
                operation=UsageOperation.LLM_INPUT_TOKENS,
                units=1,
                occurred_at=START,
            )
        )
    _, march = await billing.usage("2026-03", "DISDIK")
    _, april = await billing.usage("2026-04", "DISDIK")
    assert (march.total_micro_idr, april.total_micro_idr) == (4_890, 4_890)
    _, dinkes = await billing.usage("2026-03", "DINKES")
    assert (dinkes.total_micro_idr, dinkes.total_idr) == (503_670, 1)


async def test_malformed_event_goes_to_the_dlq_with_a_reason_and_the_rest_flows(stack: RealStack) -> None:
    producer = build_broker(stack.settings, client_id="it-producer")
    await producer.start()
    good = burst(5, seed=11)
    try:
        await producer.publish(
            b'{"event_id": "bad-000001", "opd": "DISDIK", "units": -3}', stack.topic, key=b"DISDIK"
        )
        for event in good:
            await producer.publish(event.model_dump_json().encode(), stack.topic, key=event.key())
    finally:
        await producer.stop()
    consumer_task = asyncio.create_task(run_consumer(stack.consumer()))
    dlq = AIOKafkaConsumer(
        dlq_of(stack.topic),
        **kafka_client_options(CommonSettings(kafka_bootstrap=KAFKA)),
        auto_offset_reset="earliest",
        group_id=None,
        enable_auto_commit=False,
    )
    try:
        await wait_for(lambda: _count_at_least(stack, len(good)))
        # Read while the consumer still runs: the malformed event may sit on another partition
        # than the good ones and be dead-lettered after they are counted.
        await dlq.start()
        try:
            message = await asyncio.wait_for(dlq.getone(), timeout=120)
        finally:
            await dlq.stop()
    finally:
        consumer_task.cancel()
        await asyncio.gather(consumer_task, return_exceptions=True)
    headers = {k: v.decode() for k, v in message.headers}
    assert json.loads(message.value)["event_id"] == "bad-000001"
    assert headers[HEADER_DLQ_REASON].startswith("invalid_event")
    assert "units" in headers[HEADER_DLQ_REASON]


async def test_a_worker_restarted_in_the_same_group_takes_over_at_once(stack: RealStack) -> None:
    events = burst(20, seed=13)
    producer = build_broker(stack.settings, client_id="it-producer")
    await producer.start()
    try:
        for event in events[:10]:
            await producer.publish(event.model_dump_json().encode(), stack.topic, key=event.key())
        first = stack.consumer(group="billing-restart")
        await first.start()
        await wait_for(lambda: _count_at_least(stack, 10))
        await first.stop()  # leaves the group: its partitions are free at once
        for event in events[10:]:
            await producer.publish(event.model_dump_json().encode(), stack.topic, key=event.key())
    finally:
        await producer.stop()

    loop = asyncio.get_running_loop()
    restarted_at = loop.time()
    second = stack.consumer(group="billing-restart")
    await second.start()
    try:
        await wait_for(lambda: _count_at_least(stack, 20), within=30)
        took = loop.time() - restarted_at
    finally:
        await second.stop()
    # Had the first worker not left the group, the broker would wait out its session (10 s).
    assert took < SESSION_TIMEOUT_MS / 1000, f"the restarted worker took {took:.1f}s"
    assert await stack.store.count(LEDGER, {}) == 20
