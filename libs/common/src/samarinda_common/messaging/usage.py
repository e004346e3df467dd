"""Metering AI operations per OPD by publishing ``usage.recorded.v1`` (billing consumes it)."""

from __future__ import annotations

import hashlib

from samarinda_common.events import UsageOperation, UsageRecorded, new_event_id
from samarinda_common.messaging.tracing import current_trace
from samarinda_common.ports import EventPublisher


def usage_event_id(service: str, operation: UsageOperation | str, subject_id: str, opd: str) -> str:
    """The same subject metered twice gets the same id, so billing charges it once."""
    material = "\x1f".join((service, str(operation), subject_id, opd))
    return hashlib.sha256(material.encode()).hexdigest()[:32]


class PublishingUsageMeter:
    """``UsageMeter`` that publishes one ``UsageRecorded`` per metered operation."""

    def __init__(self, publisher: EventPublisher, service_name: str) -> None:
        self._publisher = publisher
        self._service = service_name

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
        trace = current_trace()
        event = UsageRecorded(
            event_id=usage_event_id(self._service, operation, subject_id, opd)
            if subject_id
            else new_event_id(),
            opd=opd,
            operation=operation,
            provider=provider,
            model=model,
            units=units,
            service=self._service,
            document_id=document_id,
            subject_id=subject_id,
            correlation_id=correlation_id or (trace.correlation_id if trace else None),
        )
        await self._publisher.publish(event)
