"""How an event travels: JSON body, key, and the standard headers (ids, OPD, correlation, trace)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from samarinda_common.events import Event
from samarinda_common.messaging.tracing import current_trace, new_trace
from samarinda_common.topics import (
    HEADER_CONTENT_TYPE,
    HEADER_CORRELATION_ID,
    HEADER_EVENT_ID,
    HEADER_EVENT_TYPE,
    HEADER_OPD,
    HEADER_TRACEPARENT,
    JSON_CONTENT_TYPE,
)


@dataclass(frozen=True)
class Record:
    """One message as Kafka carries it (also what the in-process bus keeps)."""

    topic: str
    value: bytes
    key: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict)


def standard_headers(event: Event) -> dict[str, str]:
    """Headers every event carries; continues the trace bound to the current task, if any."""
    trace = current_trace()
    span = trace.child() if trace is not None else new_trace()
    correlation_id = event.correlation_id or span.correlation_id or event.event_id
    return {
        HEADER_EVENT_ID: event.event_id,
        HEADER_EVENT_TYPE: event.TOPIC.value,
        HEADER_OPD: event.opd,
        HEADER_CORRELATION_ID: correlation_id,
        HEADER_TRACEPARENT: span.traceparent,
        HEADER_CONTENT_TYPE: JSON_CONTENT_TYPE,
    }


def to_record(event: Event, extra_headers: Mapping[str, str] | None = None) -> Record:
    headers = {**standard_headers(event), **(extra_headers or {})}
    return Record(event.TOPIC.value, event.model_dump_json().encode(), event.key(), headers)
