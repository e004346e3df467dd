"""An in-process stand-in for Kafka: the embedded mode and the unit tests use it.

It keeps one append-only log per topic and one offset per subscription (as consumer groups do),
carries exactly the bytes and headers Kafka would, and drives every message through the same
:class:`EventProcessor` as the Kafka subscribers, so decoding, deduplication and dead-lettering
are exercised identically. A :class:`BatchSubscription` takes up to ``max_records`` pending
messages at a time, as the Kafka batch consumer does. A message (or batch) whose processing
raises stays at its offset and is tried again (like an uncommitted Kafka offset); nothing is lost.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Mapping

from samarinda_common.events import Event
from samarinda_common.logging import get_logger
from samarinda_common.messaging.envelope import Record, to_record
from samarinda_common.messaging.processing import (
    AnySubscription,
    BatchSubscription,
    EventProcessor,
    RetryPolicy,
)
from samarinda_common.ports import DocumentStore
from samarinda_common.topics import dlq_of

log = get_logger(__name__)


def _take(subscription: AnySubscription) -> int:
    return subscription.max_records if isinstance(subscription, BatchSubscription) else 1


class RedeliveryLimitReached(RuntimeError):
    """A message kept failing with a transient error; it is still pending at its offset."""


class InProcessBus:
    def __init__(
        self,
        processed_store: DocumentStore | None = None,
        retry: RetryPolicy | None = None,
        redelivery_limit: int = 3,
    ) -> None:
        self.processor = EventProcessor(self, processed_store, retry)
        self._logs: dict[str, list[Record]] = defaultdict(list)
        self._subscriptions: list[AnySubscription] = []
        self._offsets: dict[int, int] = {}
        self._redelivery_limit = redelivery_limit
        self._drain_lock = asyncio.Lock()
        self._published = asyncio.Event()

    # -- EventPublisher ---------------------------------------------------------------------
    async def publish(self, event: Event, *, headers: Mapping[str, str] | None = None) -> None:
        record = to_record(event, headers)
        await self.publish_raw(record.topic, record.value, key=record.key, headers=record.headers)

    async def publish_raw(
        self, topic: str, value: bytes, *, key: bytes | None = None, headers: Mapping[str, str] | None = None
    ) -> None:
        self._logs[topic].append(Record(topic, value, key, dict(headers or {})))
        self._published.set()

    # -- consuming --------------------------------------------------------------------------
    def subscribe(self, subscription: AnySubscription) -> None:
        """Start ``subscription`` at the earliest offset (``auto_offset_reset=earliest``)."""
        self._subscriptions.append(subscription)
        self._offsets[len(self._subscriptions) - 1] = 0

    async def run_until_idle(self) -> int:
        """Deliver every pending message, including those published by handlers; returns how many.

        Raises :class:`RedeliveryLimitReached` when a message keeps failing transiently; it stays
        pending and the next call starts with it again.
        """
        async with self._drain_lock:
            delivered = 0
            failures: dict[tuple[int, int], int] = defaultdict(int)
            progress = True
            while progress:
                progress = False
                for index, subscription in enumerate(self._subscriptions):
                    log_ = self._logs[subscription.topic]
                    while self._offsets[index] < len(log_):
                        position = (index, self._offsets[index])
                        pending = log_[position[1] : position[1] + _take(subscription)]
                        try:
                            await self._deliver(subscription, pending)
                        except Exception as exc:
                            failures[position] += 1
                            if failures[position] >= self._redelivery_limit:
                                raise RedeliveryLimitReached(
                                    f"{subscription.group_id} cannot handle {subscription.topic}"
                                    f"@{position[1]}: {type(exc).__name__}"
                                ) from exc
                            progress = True
                            break  # like a nacked partition: try again on the next round
                        self._offsets[index] += len(pending)
                        delivered += len(pending)
                        progress = True
            return delivered

    async def _deliver(self, subscription: AnySubscription, records: list[Record]) -> None:
        if isinstance(subscription, BatchSubscription):
            await self.processor.process_batch(subscription, records)
            return
        [record] = records
        await self.processor.process(subscription, record.value, record.key, record.headers)

    async def run_forever(self, idle_retry_seconds: float = 5.0) -> None:
        """Deliver messages as they are published (the all-in-one demo runs this as a task)."""
        while True:
            await self._published.wait()
            self._published.clear()
            try:
                await self.run_until_idle()
            except RedeliveryLimitReached as exc:
                log.warning("inprocess_redelivery_pending", error=str(exc))
                await asyncio.sleep(idle_retry_seconds)
                self._published.set()

    # -- inspection -------------------------------------------------------------------------
    def records(self, topic: str) -> list[Record]:
        return list(self._logs.get(topic, []))

    def dead_letters(self, topic: str | None = None) -> list[Record]:
        if topic is not None:
            return self.records(dlq_of(topic))
        return [r for name, records in self._logs.items() if name.endswith(".dlq") for r in records]

    def pending(self) -> int:
        return sum(len(self._logs[s.topic]) - self._offsets[i] for i, s in enumerate(self._subscriptions))
