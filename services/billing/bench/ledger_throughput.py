"""Usage events/s from Kafka into the ledger (dedup on), against raw inserts into the same store.

    . .infra/env && .venv/bin/python services/billing/bench/ledger_throughput.py --events 2000 --runs 3

Each run: publish N unique usage events plus 30 % duplicates to a fresh topic, start one consumer
(the worker's own wiring: EventProcessor + the ledger), time from its start until every unique
event is charged; then insert_many the same N ledger documents into a fresh collection of the
same database. Prints the median of the runs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import time
import uuid
from datetime import datetime, timedelta

from samarinda_billing.bootstrap import build_billing
from samarinda_billing.domain.ledger import LedgerEntry, usage_from_event
from samarinda_billing.service_layer.collections import LEDGER, ensure_indexes
from samarinda_billing.settings import BillingSettings
from samarinda_common.adapters.mongo_documents import MongoDocumentStore
from samarinda_common.events import UsageOperation, UsageRecorded
from samarinda_common.logging import configure_logging
from samarinda_common.messaging import (
    EventProcessor,
    KafkaEventPublisher,
    Subscription,
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


async def one_run(count: int) -> tuple[float, float]:
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
    for event in messages:
        await broker.publish(event.model_dump_json().encode(), topic, key=event.key())
    await broker.stop()

    consumer = build_broker(settings, client_id="bench-consumer")
    publisher = KafkaEventPublisher(consumer)
    billing = build_billing(settings, store, publisher)

    async def charge(event: UsageRecorded) -> None:
        await billing.on_usage_recorded(event)

    register_subscriptions(
        consumer,
        [Subscription(topic, UsageRecorded, group_id=f"bench-{name}", handler=charge)],
        EventProcessor(publisher, store),
    )
    started = time.perf_counter()
    await consumer.start()
    while await store.count(LEDGER, {"applied": True}) < count:  # noqa: ASYNC110 - polling the store
        await asyncio.sleep(0.05)
    consumed = time.perf_counter() - started
    await consumer.stop()

    documents = [
        {"_id": e.event_id, **LedgerEntry.charge(usage_from_event(e), billing.book).to_document()}
        for e in events
    ]
    started = time.perf_counter()
    await store.insert_many("raw_insert", documents)
    inserted = time.perf_counter() - started
    await store.close()
    return len(messages) / consumed, count / inserted


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    configure_logging("billing-bench", "WARNING")
    results = [await one_run(args.events) for _ in range(args.runs)]
    ledger = statistics.median(r[0] for r in results)
    raw = statistics.median(r[1] for r in results)
    print(f"events={args.events} (+30% duplicates) runs={args.runs}")
    print(f"ledger (Kafka -> dedup -> ledger+balance): {ledger:,.0f} messages/s")
    print(f"raw insert_many of the same documents:      {raw:,.0f} docs/s")
    print(f"ratio ledger/raw: {ledger / raw:.3f}")


if __name__ == "__main__":
    asyncio.run(main())
