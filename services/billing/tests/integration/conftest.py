from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import datetime

import pytest
from faststream.kafka import KafkaBroker
from samarinda_billing.bootstrap import build_billing
from samarinda_billing.entrypoints.kafka import usage_subscription
from samarinda_billing.service_layer.collections import ensure_indexes
from samarinda_billing.service_layer.handlers import Billing
from samarinda_billing.settings import BillingSettings
from samarinda_common.adapters.mongo_documents import MongoDocumentStore
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


def fixed_clock() -> datetime:
    return datetime.fromisoformat("2026-03-20T12:00:00+08:00")


@dataclass
class RealStack:
    settings: BillingSettings
    store: MongoDocumentStore
    topic: str

    def billing(self, broker: KafkaBroker) -> Billing:
        return build_billing(self.settings, self.store, KafkaEventPublisher(broker), now=fixed_clock)

    def consumer(
        self, group: str = "billing-it", batch_size: int = 100, processor_dedup: bool = True
    ) -> KafkaBroker:
        """A broker whose subscriber charges ``topic`` into the ledger, like the worker does."""
        broker = build_broker(self.settings, client_id="billing-it")
        subscription = replace(
            usage_subscription(self.billing(broker), group, batch_size, processor_dedup), topic=self.topic
        )
        register_subscriptions(
            broker, [subscription], EventProcessor(KafkaEventPublisher(broker), self.store)
        )
        return broker


@pytest.fixture
async def stack() -> AsyncIterator[RealStack]:
    name = f"billing_it_{uuid.uuid4().hex[:10]}"
    settings = BillingSettings(mode="real", mongo_uri=MONGO_URI, mongo_db=name, kafka_bootstrap=KAFKA)
    store = MongoDocumentStore(MONGO_URI, name)
    await ensure_indexes(store)
    topic = f"it.{name}.usage"
    await ensure_topics(KAFKA, [topic, dlq_of(topic)], partitions=3)
    yield RealStack(settings, store, topic)
    await store.close()
