"""Fakes for unit tests: they implement the ports for real, in memory, and record what happened.

The storage fakes are the embedded adapters themselves (in-memory SQLite, in-memory vector
index, a temporary folder), so unit tests exercise the same semantics as the demo.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from samarinda_common.events import Event, UsageOperation
from samarinda_common.messaging.envelope import Record, to_record

EventT = TypeVar("EventT", bound=Event)


class RecordingPublisher:
    """``EventPublisher`` that keeps what was published: ``events`` (as given) and ``records``
    (topic, JSON body, key and headers, exactly as Kafka would carry them)."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.records: list[Record] = []

    async def publish(self, event: Event, *, headers: Mapping[str, str] | None = None) -> None:
        self.events.append(event)
        self.records.append(to_record(event, headers))

    async def publish_raw(
        self, topic: str, value: bytes, *, key: bytes | None = None, headers: Mapping[str, str] | None = None
    ) -> None:
        self.records.append(Record(topic, value, key, dict(headers or {})))

    def of_type(self, event_type: type[EventT]) -> list[EventT]:
        return [event for event in self.events if isinstance(event, event_type)]

    def on_topic(self, topic: str) -> list[Record]:
        return [record for record in self.records if record.topic == topic]


@dataclass(frozen=True)
class MeteredUsage:
    opd: str
    operation: UsageOperation
    units: int
    provider: str
    model: str | None
    document_id: str | None
    subject_id: str | None
    correlation_id: str | None


class RecordingUsageMeter:
    """``UsageMeter`` that keeps every metered operation in ``usages``."""

    def __init__(self) -> None:
        self.usages: list[MeteredUsage] = []

    async def record(
        self,
        *,
        opd: str,
        operation: UsageOperation,
        units: int,
        provider: str = "local",
        model: str | None = None,
        document_id: str | None = None,
        subject_id: str | None = None,
        correlation_id: str | None = None,
    ) -> None:
        self.usages.append(
            MeteredUsage(opd, operation, units, provider, model, document_id, subject_id, correlation_id)
        )

    def units(self, opd: str, operation: UsageOperation) -> int:
        return sum(u.units for u in self.usages if u.opd == opd and u.operation is operation)


class FixedClock:
    """A clock that stands still until told to move; call it (or ``now()``) for aware UTC time."""

    def __init__(self, start: datetime = datetime(2025, 1, 15, 8, 0, tzinfo=UTC)) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._now = start

    def now(self) -> datetime:
        return self._now

    __call__ = now

    def advance(self, delta: timedelta) -> datetime:
        self._now += delta
        return self._now
