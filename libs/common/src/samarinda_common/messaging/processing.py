"""The one place where a consumed message becomes a handled event, a duplicate, or a dead letter.

Both the Kafka subscribers and the in-process bus hand every message to :class:`EventProcessor`,
so decoding, idempotency, retries and dead-lettering behave the same in production and in the
embedded demo. The rules:

- a body that is not a valid event goes to ``<topic>.dlq`` with the reason, and is acknowledged;
- an event this consumer group already handled (same ``event_id``) is acknowledged and skipped;
- a dependency that is down (``TransientError``, connection errors, timeouts) is retried with
  backoff; when the retries run out the error propagates, so the message is *not* committed and
  comes back later: an outage must never empty a topic into its DLQ;
- ``PermanentError`` (the input itself is wrong) goes to the DLQ at once;
- anything else is retried a few times (it may be a race) and then dead-lettered.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Generic, TypeVar

from pydantic import ValidationError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, wait_exponential_jitter

from samarinda_common.errors import DuplicateKey, PermanentError, TransientError
from samarinda_common.events import Event
from samarinda_common.logging import bind_context, get_logger
from samarinda_common.messaging.tracing import continue_trace, use_trace
from samarinda_common.observability import EVENT_HANDLING_SECONDS, EVENTS_PROCESSED
from samarinda_common.ports import DocumentStore, EventPublisher
from samarinda_common.topics import (
    HEADER_CORRELATION_ID,
    HEADER_DLQ_ERROR_TYPE,
    HEADER_DLQ_REASON,
    HEADER_DLQ_SOURCE_TOPIC,
    HEADER_EVENT_ID,
    HEADER_OPD,
    HEADER_TRACEPARENT,
    dlq_of,
)

log = get_logger(__name__)

EventT = TypeVar("EventT", bound=Event)

PROCESSED_EVENTS_COLLECTION = "processed_events"
HEADER_DLQ_GROUP = "dlq-group"
_MAX_REASON_CHARS = 1000

# Connection-ish failures from libraries that do not raise our TransientError themselves.
TRANSIENT_EXCEPTIONS: tuple[type[BaseException], ...] = (TransientError, ConnectionError, TimeoutError)


def is_transient(exc: BaseException | None) -> bool:
    return isinstance(exc, TRANSIENT_EXCEPTIONS)


@dataclass(frozen=True)
class Subscription(Generic[EventT]):
    """One consumer group's handler for one topic."""

    topic: str
    event_type: type[EventT]
    group_id: str
    handler: Callable[[EventT], Awaitable[None]]
    max_attempts: int = 5  # for transient errors, before giving the message back for redelivery
    max_unexpected_attempts: int = 3  # for unexpected errors, before dead-lettering

    def __post_init__(self) -> None:
        object.__setattr__(self, "topic", str(self.topic))  # a Topic member becomes its plain name

    @property
    def dlq_topic(self) -> str:
        return dlq_of(self.topic)

    @property
    def name(self) -> str:
        return getattr(self.handler, "__name__", type(self.handler).__name__)


class Outcome(StrEnum):
    HANDLED = "handled"
    DUPLICATE = "duplicate"
    DEAD_LETTERED = "dead_lettered"


@dataclass(frozen=True)
class RetryPolicy:
    initial_backoff_seconds: float = 0.5
    max_backoff_seconds: float = 30.0
    jitter_seconds: float = 0.5


def _stop_after(subscription: Subscription[EventT]) -> Callable[[RetryCallState], bool]:
    def stop(state: RetryCallState) -> bool:
        failure = state.outcome.exception() if state.outcome is not None else None
        limit = subscription.max_attempts if is_transient(failure) else subscription.max_unexpected_attempts
        return state.attempt_number >= limit

    return stop


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, Exception) and not isinstance(exc, PermanentError)


def _summarise(exc: ValidationError) -> str:
    errors = exc.errors(include_url=False, include_input=False)
    if any(e["type"] in {"json_invalid", "json_type"} for e in errors):
        return "undecodable"
    fields = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or '<root>'}: {e['msg']}" for e in errors[:10])
    return f"invalid_event: {fields}"


class EventProcessor:
    """Decodes, deduplicates, runs and (when it must) dead-letters one message at a time."""

    def __init__(
        self,
        publisher: EventPublisher,
        processed_store: DocumentStore | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self._publisher = publisher
        self._store = processed_store
        self._retry = retry or RetryPolicy()
        # Without a store (unit tests, the all-in-one demo) idempotency is per process.
        self._processed_in_memory: set[str] = set()

    async def process(
        self, subscription: Subscription[EventT], value: bytes, key: bytes | None, headers: Mapping[str, str]
    ) -> Outcome:
        """Handle one message. Raises only when it must be redelivered (not committed)."""
        started = time.perf_counter()
        outcome_label = "redeliver"
        trace = continue_trace(headers.get(HEADER_TRACEPARENT), headers.get(HEADER_CORRELATION_ID))
        try:
            with (
                use_trace(trace),
                bind_context(
                    topic=subscription.topic,
                    group=subscription.group_id,
                    trace_id=trace.trace_id,
                    event_id=headers.get(HEADER_EVENT_ID),
                    opd=headers.get(HEADER_OPD),
                ),
            ):
                outcome = await self._process(subscription, value, key, headers)
            outcome_label = outcome.value
            return outcome
        finally:
            EVENTS_PROCESSED.labels(subscription.topic, subscription.group_id, outcome_label).inc()
            EVENT_HANDLING_SECONDS.labels(subscription.topic, subscription.group_id).observe(
                time.perf_counter() - started
            )

    async def _process(
        self, subscription: Subscription[EventT], value: bytes, key: bytes | None, headers: Mapping[str, str]
    ) -> Outcome:
        try:
            event = subscription.event_type.model_validate_json(value)
        except ValidationError as exc:
            await self._dead_letter(subscription, value, key, headers, _summarise(exc), type(exc).__name__)
            return Outcome.DEAD_LETTERED

        with bind_context(
            event_id=event.event_id,
            opd=event.opd,
            document_id=getattr(event, "document_id", None),
            correlation_id=event.correlation_id,
        ):
            if await self._with_transient_retries(
                subscription, lambda: self._already_processed(subscription, event)
            ):
                log.info("event_duplicate_skipped")
                return Outcome.DUPLICATE
            try:
                await self._run_handler(subscription, event)
            except PermanentError as exc:
                await self._dead_letter(
                    subscription, value, key, headers, f"{exc.reason}: {exc.message}", type(exc).__name__
                )
                return Outcome.DEAD_LETTERED
            except Exception as exc:
                if is_transient(exc):
                    log.warning("event_redelivery_required", error_type=type(exc).__name__, error=str(exc))
                    raise
                await self._dead_letter(
                    subscription,
                    value,
                    key,
                    headers,
                    f"handler_error: {type(exc).__name__}: {exc}",
                    type(exc).__name__,
                )
                return Outcome.DEAD_LETTERED
            await self._with_transient_retries(
                subscription, lambda: self._mark_processed(subscription, event)
            )
            log.info("event_handled")
            return Outcome.HANDLED

    def _retrying(
        self, subscription: Subscription[EventT], retry_on: Callable[[BaseException], bool]
    ) -> AsyncRetrying:
        return AsyncRetrying(
            stop=_stop_after(subscription),
            wait=wait_exponential_jitter(
                initial=self._retry.initial_backoff_seconds,
                max=self._retry.max_backoff_seconds,
                jitter=self._retry.jitter_seconds,
            ),
            retry=retry_if_exception(retry_on),
            before_sleep=lambda state: log.warning(
                "event_handler_retry",
                attempt=state.attempt_number,
                error_type=type(state.outcome.exception()).__name__ if state.outcome else None,
            ),
            reraise=True,
        )

    async def _run_handler(self, subscription: Subscription[EventT], event: EventT) -> None:
        async for attempt in self._retrying(subscription, _retryable):
            with attempt:
                await subscription.handler(event)

    async def _with_transient_retries(
        self, subscription: Subscription[EventT], call: Callable[[], Awaitable[bool]]
    ) -> bool:
        async for attempt in self._retrying(subscription, is_transient):
            with attempt:
                return await call()
        raise AssertionError("unreachable: tenacity either returns or re-raises")

    @staticmethod
    def _processed_id(subscription: Subscription[EventT], event: Event) -> str:
        return f"{subscription.group_id}:{event.event_id}"

    async def _already_processed(self, subscription: Subscription[EventT], event: Event) -> bool:
        processed_id = self._processed_id(subscription, event)
        if self._store is None:
            return processed_id in self._processed_in_memory
        return await self._store.find_one(PROCESSED_EVENTS_COLLECTION, {"_id": processed_id}) is not None

    async def _mark_processed(self, subscription: Subscription[EventT], event: Event) -> bool:
        processed_id = self._processed_id(subscription, event)
        if self._store is None:
            self._processed_in_memory.add(processed_id)
            return True
        try:
            await self._store.insert_one(
                PROCESSED_EVENTS_COLLECTION,
                {
                    "_id": processed_id,
                    "group_id": subscription.group_id,
                    "event_id": event.event_id,
                    "topic": subscription.topic,
                    "processed_at": datetime.now(UTC),
                },
            )
        except DuplicateKey:
            return False  # a concurrent redelivery got there first; the outcome is the same
        return True

    async def _dead_letter(
        self,
        subscription: Subscription[EventT],
        value: bytes,
        key: bytes | None,
        headers: Mapping[str, str],
        reason: str,
        error_type: str,
    ) -> None:
        dlq_headers = {
            **headers,
            HEADER_DLQ_REASON: reason[:_MAX_REASON_CHARS],
            HEADER_DLQ_ERROR_TYPE: error_type,
            HEADER_DLQ_SOURCE_TOPIC: subscription.topic,
            HEADER_DLQ_GROUP: subscription.group_id,
        }
        # If the DLQ itself cannot be written the error propagates: the message is redelivered, not lost.
        await self._publisher.publish_raw(subscription.dlq_topic, value, key=key, headers=dlq_headers)
        log.warning("event_dead_lettered", reason=dlq_headers[HEADER_DLQ_REASON], error_type=error_type)
