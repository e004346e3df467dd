"""Usage events/s from Kafka into the ledger (dedup on), against raw inserts into the same store.

    . .infra/env && .venv/bin/python services/billing/bench/ledger_throughput.py --events 2000 --runs 3

Each run: publish N unique usage events plus 30 % duplicates to a fresh topic, start one consumer
(the worker's own wiring: the batch subscription, EventProcessor, the ledger), and time until
every unique event is charged exactly once; then insert_many the same N ledger documents into a
fresh collection of the same database. "sustained" counts from the first charged entry (the
consumer group's join, ~3 s on a fresh group, is left out); "from start" counts from the
consumer's start. ``--processor-dedup on|off`` puts the processor's processed_events filter in
front of the ledger, or not (the ledger is idempotent by itself; the worker's default is
SAMARINDA_BILLING_PROCESSOR_DEDUP, on). Prints the median of the runs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from samarinda_billing.bootstrap import build_billing
from samarinda_billing.domain.ledger import LedgerEntry, usage_from_event
from samarinda_billing.entrypoints.kafka import usage_subscription
from samarinda_billing.service_layer.collections import BALANCES, LEDGER, ensure_indexes
from samarinda_billing.settings import BillingSettings
from samarinda_common.adapters.mongo_documents import MongoDocumentStore
from samarinda_common.events import UsageOperation, UsageRecorded
from samarinda_common.logging import configure_logging
from samarinda_common.messaging import (
    EventProcessor,
    KafkaEventPublisher,
    build_broker,
    ensure_topics,
    register_subscriptions,
)
from samarinda_common.topics import dlq_of

MONGO_URI = os.environ.get("SAMARINDA_MONGO_URI", "mongodb://127.0.0.1:27018/")
KAFKA = os.environ.get("SAMARINDA_KAFKA_BOOTSTRAP", "127.0.0.1:29092")
OPDS = [f"OPD-{i:02d}" for i in range(45)]
START = datetime.fromisoformat("2026-03-01T00:00:00+08:00")


def make_events(count: int) -> list[UsageRecorded]:
    rng = random.Random(count)
    kinds = [
        (UsageOperation.LLM_INPUT_TOKENS, "gemini"),
        (UsageOperation.EMBED_TOKENS, "gemini"),
        (UsageOperation.OCR_PAGE, "tesseract"),
        (UsageOperation.STORAGE_BYTES, "minio"),
    ]
    return [
        UsageRecorded(
            event_id=f"bench-{uuid.uuid4().hex}",
            opd=rng.choice(OPDS),
            operation=op,
            provider=provider,
            units=rng.randint(1, 1_000_000),
            occurred_at=START + timedelta(minutes=i),
        )
        for i, (op, provider) in enumerate(rng.choice(kinds) for _ in range(count))
    ]


class Progress:
    """Unique events charged so far, and when the first batch and the last event were charged."""

    def __init__(self, expected: int) -> None:
        self.expected = expected
        self.total = 0
        self.first_batch = 0
        self.first = self.finished = 0.0
        self.done = asyncio.Event()

    def charged(self, events: int) -> None:
        self.total += events
        if not self.first_batch:
            self.first_batch, self.first = self.total, time.perf_counter()
        if self.total >= self.expected:
            self.finished = time.perf_counter()
            self.done.set()


@dataclass(frozen=True)
class Run:
    sustained: float  # messages/s from the first charged entry to the last
    from_start: float  # messages/s from the consumer's start to the last charged entry
    raw: float  # documents/s of one insert_many of the same entries


async def one_run(count: int, batch_size: int, processor_dedup: bool) -> Run:
    name = f"billing_bench_{uuid.uuid4().hex[:8]}"
    settings = BillingSettings(mode="real", mongo_uri=MONGO_URI, mongo_db=name, kafka_bootstrap=KAFKA)
    store = MongoDocumentStore(MONGO_URI, name)
    await ensure_indexes(store)
    topic = f"bench.{name}.usage"
    await ensure_topics(KAFKA, [topic, dlq_of(topic)], partitions=3)
    events = make_events(count)
    messages = events + random.Random(1).sample(events, int(count * 0.3))
    random.Random(2).shuffle(messages)

    broker = build_broker(settings, client_id="bench")
    await broker.start()
    sent = [
        await broker.publish(event.model_dump_json().encode(), topic, key=event.key(), no_confirm=True)
        for event in messages
    ]
    await asyncio.gather(*sent)
    await broker.stop()

    consumer = build_broker(settings, client_id="bench-consumer")
    publisher = KafkaEventPublisher(consumer)
    billing = build_billing(settings, store, publisher)
    progress = Progress(count)

    async def charge(batch: Sequence[UsageRecorded]) -> None:
        recorded = await billing.on_usage_batch(batch)
        progress.charged(sum(not r.duplicate for r in recorded))

    # The worker's subscription (batch size, dedup setting), counting what it charges: no polling
    # of the store while it works.
    subscription = replace(
        usage_subscription(billing, f"bench-{name}", batch_size, processor_dedup), topic=topic, handler=charge
    )
    register_subscriptions(consumer, [subscription], EventProcessor(publisher, store))
    started = time.perf_counter()
    await consumer.start()
    await progress.done.wait()
    await consumer.stop()
    balances = await store.find(BALANCES, {}, projection=["events"])
    if (await store.count(LEDGER, {}), sum(b["events"] for b in balances)) != (count, count):
        raise AssertionError("not every event was charged exactly once")

    documents = [
        {"_id": e.event_id, **LedgerEntry.charge(usage_from_event(e), billing.book).to_document()}
        for e in events
    ]
    inserted_at = time.perf_counter()
    await store.insert_many("raw_insert", documents)
    inserted = time.perf_counter() - inserted_at
    await store.close()
    from_start = len(messages) / (progress.finished - started)
    if progress.first_batch == count:  # one batch held everything: there is no "after the first"
        return Run(from_start, from_start, count / inserted)
    # After the first batch, in messages (duplicates included) per second.
    messages_per_event = len(messages) / count
    sustained = (count - progress.first_batch) * messages_per_event / (progress.finished - progress.first)
    return Run(sustained, from_start, count / inserted)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=BillingSettings().batch_size)
    parser.add_argument(
        "--processor-dedup",
        choices=["on", "off"],
        default="on" if BillingSettings().processor_dedup else "off",
    )
    args = parser.parse_args()
    configure_logging("billing-bench", "WARNING")
    dedup = args.processor_dedup == "on"
    runs = [await one_run(args.events, args.batch_size, dedup) for _ in range(args.runs)]
    sustained = statistics.median(r.sustained for r in runs)
    from_start = statistics.median(r.from_start for r in runs)
    raw = statistics.median(r.raw for r in runs)
    print(
        f"events={args.events} (+30% duplicates) runs={args.runs} batch_size={args.batch_size} "
        f"processor_dedup={args.processor_dedup}"
    )
    print(f"ledger (Kafka -> dedup -> ledger+balance), sustained:  {sustained:,.0f} messages/s")
    print(f"ledger, from consumer start (group join included):   {from_start:,.0f} messages/s")
    print(f"raw insert_many of the same documents:               {raw:,.0f} docs/s")
    print(f"ratio ledger sustained/raw: {sustained / raw:.3f}")
    print(
        "per run (sustained, from start, raw):",
        [(round(r.sustained), round(r.from_start), round(r.raw)) for r in runs],
    )


if __name__ == "__main__":
    asyncio.run(main())
