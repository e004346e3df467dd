"""W3C trace context (``traceparent``) and correlation id that follow one unit of work.

The context is a contextvar, so it follows the asyncio task that handles one event or request:
a handler that publishes while handling an event continues the incoming trace without passing
anything around.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

_TRACEPARENT = re.compile(r"^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$")
_INVALID_TRACE_ID = "0" * 32
_INVALID_SPAN_ID = "0" * 16


@dataclass(frozen=True)
class TraceContext:
    trace_id: str
    span_id: str
    correlation_id: str | None = None
    flags: str = "01"

    @property
    def traceparent(self) -> str:
        return f"00-{self.trace_id}-{self.span_id}-{self.flags}"

    def child(self) -> TraceContext:
        """The context of an operation started from this one: same trace, new span."""
        return TraceContext(self.trace_id, secrets.token_hex(8), self.correlation_id, self.flags)


_current: ContextVar[TraceContext | None] = ContextVar("samarinda_trace", default=None)


def new_trace(correlation_id: str | None = None) -> TraceContext:
    return TraceContext(secrets.token_hex(16), secrets.token_hex(8), correlation_id)


def parse_traceparent(value: str | None) -> TraceContext | None:
    """Parse a version-00 traceparent; anything malformed is ignored rather than trusted."""
    match = _TRACEPARENT.match((value or "").strip().lower())
    if match is None:
        return None
    trace_id, span_id, flags = match.groups()
    if trace_id == _INVALID_TRACE_ID or span_id == _INVALID_SPAN_ID:
        return None
    return TraceContext(trace_id, span_id, flags=flags)


def current_trace() -> TraceContext | None:
    return _current.get()


def continue_trace(traceparent: str | None, correlation_id: str | None = None) -> TraceContext:
    """The context for work triggered by a message or request that carried ``traceparent``."""
    parent = parse_traceparent(traceparent)
    if parent is None:
        return new_trace(correlation_id)
    return TraceContext(parent.trace_id, secrets.token_hex(8), correlation_id, parent.flags)


@contextmanager
def use_trace(trace: TraceContext) -> Iterator[TraceContext]:
    token = _current.set(trace)
    try:
        yield trace
    finally:
        _current.reset(token)
