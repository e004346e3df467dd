"""Harnesses that run the same Kafka contract against a real broker and the in-process bus."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

from aiokafka import AIOKafkaConsumer
from faststream.kafka import KafkaBroker
from samarinda_common.events import Event
from samarinda_common.messaging import (
    EventProcessor,
    InProcessBus,
    KafkaEventPublisher,
    RedeliveryLimitReached,
    RetryPolicy,
    Subscription,
    build_broker,
    ensure_topics,
    kafka_client_options,
    register_subscriptions,
    to_record,
)
from samarinda_common.settings import CommonSettings
from samarinda_common.topics import dlq_of

FAST_RETRY = RetryPolicy(initial_backoff_seconds=0.01, max_backoff_seconds=0.05, jitter_seconds=0)
DeadLetter = tuple[bytes, dict[str, str]]


async def eventually(condition: Callable[[], bool], within_seconds: float = 45.0) -> None:
    try:
        async with asyncio.timeout(within_seconds):
            while not condition():  # noqa: ASYNC110 (the state is mutated by consumer tasks)
                await asyncio.sleep(0.1)
    except TimeoutError:
        raise AssertionError(f"condition not met within {within_seconds}s") from None


class KafkaHarness:
    """A real broker: each ``consume`` is a fresh consumer process (new broker, new processor)."""

    name = "kafka"

    def __init__(self, bootstrap: str) -> None:
        self._settings = CommonSettings(kafka_bootstrap=bootstrap)
        self._consumers: list[KafkaBroker] = []
        self._producer = build_broker(self._settings, client_id="contract-producer")

    async def __aenter__(self) -> KafkaHarness:
        await self._producer.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop_consumers()
        await self._producer.stop()

    async def create(self, topic: str) -> None:
        await ensure_topics(self._settings.kafka_bootstrap, [topic, dlq_of(topic)], partitions=3)

    async def consume(self, subscription: Subscription[Any]) -> None:
        broker = build_broker(self._settings, client_id=f"contract-{uuid.uuid4().hex[:6]}")
        register_subscriptions(
            broker, [subscription], EventProcessor(KafkaEventPublisher(broker), None, FAST_RETRY)
        )
        await broker.start()
        self._consumers.append(broker)

    async def stop_consumers(self) -> None:
        while self._consumers:
            await self._consumers.pop().stop()

    async def publish(self, topic: str, event: Event) -> None:
        record = to_record(event)
        await KafkaEventPublisher(self._producer).publish_raw(
            topic, record.value, key=record.key, headers=record.headers
        )

    async def publish_raw(self, topic: str, value: bytes) -> None:
        await KafkaEventPublisher(self._producer).publish_raw(topic, value, key=b"poison")

    async def settle(self, condition: Callable[[], bool]) -> None:
        await eventually(condition)

    async def idle(self, seconds: float = 3.0) -> None:
        await asyncio.sleep(seconds)  # only to prove that nothing *more* arrives

    async def dead_letters(self, topic: str, expected: int) -> list[DeadLetter]:
        consumer = AIOKafkaConsumer(
            dlq_of(topic),
            **kafka_client_options(self._settings),
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            group_id=None,
        )
        await consumer.start()
        found: list[DeadLetter] = []
        try:
            deadline = asyncio.get_running_loop().time() + 30
            while len(found) < expected and asyncio.get_running_loop().time() < deadline:
                batches = await consumer.getmany(timeout_ms=500)
                for records in batches.values():
                    found.extend((r.value, {k: v.decode() for k, v in r.headers}) for r in records)
        finally:
            await consumer.stop()
        return found


class InProcessHarness:
    name = "inprocess"

    def __init__(self) -> None:
        self.bus = InProcessBus(retry=FAST_RETRY, redelivery_limit=5)

    async def __aenter__(self) -> InProcessHarness:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def create(self, topic: str) -> None:
        return None

    async def consume(self, subscription: Subscription[Any]) -> None:
        self.bus.subscribe(subscription)

    async def publish(self, topic: str, event: Event) -> None:
        record = to_record(event)
        await self.bus.publish_raw(topic, record.value, key=record.key, headers=record.headers)

    async def publish_raw(self, topic: str, value: bytes) -> None:
        await self.bus.publish_raw(topic, value, key=b"poison")

    async def settle(self, condition: Callable[[], bool]) -> None:
        try:
            await self.bus.run_until_idle()
        except RedeliveryLimitReached:
            await self.bus.run_until_idle()
        assert condition()

    async def idle(self, seconds: float = 0.0) -> None:
        await self.bus.run_until_idle()

    async def dead_letters(self, topic: str, expected: int) -> list[DeadLetter]:
        return [(r.value, dict(r.headers)) for r in self.bus.dead_letters(topic)]


Harness = KafkaHarness | InProcessHarness
