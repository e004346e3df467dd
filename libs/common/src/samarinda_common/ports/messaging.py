from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, runtime_checkable

from samarinda_common.events import Event, UsageOperation


@runtime_checkable
class EventPublisher(Protocol):
    """Publishes events (Kafka in production, an in-process bus in embedded mode).

    Implementations add the standard headers (event id/type, OPD, correlation id, traceparent)
    and key the record with ``event.key()``.
    """

    async def publish(self, event: Event, *, headers: Mapping[str, str] | None = None) -> None: ...

    async def publish_raw(
        self, topic: str, value: bytes, *, key: bytes | None = None, headers: Mapping[str, str] | None = None
    ) -> None: ...


@runtime_checkable
class UsageMeter(Protocol):
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
    ) -> None: ...


@runtime_checkable
class QuotaGuard(Protocol):
    """Refuses paid AI operations for an OPD whose allocation is exhausted (hard limit)."""

    async def ensure_allowed(self, opd: str, provider: str) -> None:
        """Raise ``QuotaExhausted`` if ``opd`` may not use ``provider`` now."""
        ...
