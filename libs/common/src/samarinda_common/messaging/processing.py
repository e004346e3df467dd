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

A :class:`BatchSubscription` hands its handler a list of events at once (one round trip to the
stores for many events). Each record is still decoded and, when poison, dead-lettered on its own;
an outage fails the whole batch, which is then redelivered (nothing committed), so a batch handler
must be idempotent. When a batch fails for any other reason the events are handled one by one, so
that only the bad ones reach the DLQ.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from functools import partial
from typing import Any, Generic, TypeVar

from pydantic import ValidationError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, wait_exponential_jitter

from samarinda_common.auth import Principal, use_principal
from samarinda_common.errors import PermanentError, TransientError
from samarinda_common.events import Event
from samarinda_common.logging import bind_context, get_logger
from samarinda_common.messaging.envelope import Record
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
T = TypeVar("T")

PROCESSED_EVENTS_COLLECTION = "processed_events"
HEADER_DLQ_GROUP = "dlq-group"
_MAX_REASON_CHARS = 1000

# Connection-ish failures from libraries that do not raise our TransientError themselves.
TRANSIENT_EXCEPTIONS: tuple[type[BaseException], ...] = (TransientError, ConnectionError, TimeoutError)


def is_transient(exc: BaseException | None) -> bool:
    return isinstance(exc, TRANSIENT_EXCEPTIONS)


@dataclass(frozen=True)
class _Consumption(Generic[EventT]):
    """What every subscription has: a consumer group, one topic, and how hard to try."""

    topic: str
    event_type: type[EventT]
    group_id: str
    # Keyword-only, so that each subscription kind can take its handler as the fourth argument.
    max_attempts: int = field(default=5, kw_only=True)  # transient errors, before redelivery
    max_unexpected_attempts: int = field(default=3, kw_only=True)  # unexpected errors, before the DLQ
    # False for a handler that is idempotent by construction (e.g. keyed inserts): the processor then
    # skips its own record of handled events, a read and a write per event (or per batch).
    deduplicate: bool = field(default=True, kw_only=True)

    def __post_init__(self) -> None:
        object.__setattr__(self, "topic", str(self.topic))  # a Topic member becomes its plain name

    @property
    def dlq_topic(self) -> str:
        return dlq_of(self.topic)

    @property
    def name(self) -> str:
        handler = getattr(self, "handler", None)
        return getattr(handler, "__name__", type(handler).__name__)


@dataclass(frozen=True)
class Subscription(_Consumption[EventT]):
    """One consumer group's handler for one topic, called with one event at a time."""

    handler: Callable[[EventT], Awaitable[None]]


@dataclass(frozen=True)
class BatchSubscription(_Consumption[EventT]):
    """One consumer group's handler for one topic, called with up to ``max_records`` events.

    The offsets are committed once the whole batch is handled. ``max_wait_ms`` is how long the
    consumer waits for records when none are buffered.
    """

    handler: Callable[[Sequence[EventT]], Awaitable[None]]
    max_records: int = field(default=500, kw_only=True)
    max_wait_ms: int = field(default=200, kw_only=True)


AnySubscription = Subscription[Any] | BatchSubscription[Any]


class Outcome(StrEnum):
    HANDLED = "handled"
    DUPLICATE = "duplicate"
    DEAD_LETTERED = "dead_lettered"


@dataclass(frozen=True)
class RetryPolicy:
    initial_backoff_seconds: float = 0.5
    max_backoff_seconds: float = 30.0
    jitter_seconds: float = 0.5


def _stop_after(subscription: _Consumption[Any]) -> Callable[[RetryCallState], bool]:
    def stop(state: RetryCallState) -> bool:
        failure = state.outcome.exception() if state.outcome is not None else None
        limit = subscription.max_attempts if is_transient(failure) else subscription.max_unexpected_attempts
        return state.attempt_number >= limit

    return stop


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, Exception) and not isinstance(exc, PermanentError)


def _rejection(exc: Exception) -> tuple[str, str]:
    """The DLQ reason and error type of a handler failure that retrying will not cure."""
    if isinstance(exc, PermanentError):
        return f"{exc.reason}: {exc.message}", type(exc).__name__
    return f"handler_error: {type(exc).__name__}: {exc}", type(exc).__name__


def _summarise(exc: ValidationError) -> str:
    errors = exc.errors(include_url=False, include_input=False)
    if any(e["type"] in {"json_invalid", "json_type"} for e in errors):
        return "undecodable"
    fields = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or '<root>'}: {e['msg']}" for e in errors[:10])
    return f"invalid_event: {fields}"


class EventProcessor:
    """Decodes, deduplicates, runs and (when it must) dead-letters messages, one or a batch at a time."""

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
        try:
            with self._message_context(subscription, headers):
                outcome = await self._process(subscription, value, key, headers)
            outcome_label = outcome.value
            return outcome
        finally:
            EVENTS_PROCESSED.labels(subscription.topic, subscription.group_id, outcome_label).inc()
            EVENT_HANDLING_SECONDS.labels(subscription.topic, subscription.group_id).observe(
                time.perf_counter() - started
            )

    async def process_batch(
        self, subscription: BatchSubscription[EventT], records: Sequence[Record]
    ) -> list[Outcome]:
        """Handle a batch; returns each record's outcome, in order.

        Raises only when the whole batch must be redelivered (not committed).
        """
        started = time.perf_counter()
        outcomes: list[Outcome] | None = None
        try:
            with (
                use_principal(_consumer_principal(subscription)),
                bind_context(topic=subscription.topic, group=subscription.group_id, batch_size=len(records)),
            ):
                outcomes = await self._process_batch(subscription, records)
            return outcomes
        finally:
            labels = [o.value for o in outcomes] if outcomes is not None else ["redeliver"] * len(records)
            for label, count in Counter(labels).items():
                EVENTS_PROCESSED.labels(subscription.topic, subscription.group_id, label).inc(count)
            # Every record of the batch waited for the whole batch to reach its outcome.
            elapsed = time.perf_counter() - started
            histogram = EVENT_HANDLING_SECONDS.labels(subscription.topic, subscription.group_id)
            for _ in records:
                histogram.observe(elapsed)

    # -- one message ------------------------------------------------------------------------
    async def _process(
        self, subscription: Subscription[EventT], value: bytes, key: bytes | None, headers: Mapping[str, str]
    ) -> Outcome:
        try:
            event = subscription.event_type.model_validate_json(value)
        except ValidationError as exc:
            await self._dead_letter(subscription, value, key, headers, _summarise(exc), type(exc).__name__)
            return Outcome.DEAD_LETTERED

        with _event_context(event):
            if subscription.deduplicate and await self._processed_among(subscription, [event]):
                log.info("event_duplicate_skipped")
                return Outcome.DUPLICATE
            try:
                await self._run(subscription, partial(subscription.handler, event))
            except Exception as exc:
                if is_transient(exc):
                    log.warning("event_redelivery_required", error_type=type(exc).__name__, error=str(exc))
                    raise
                await self._dead_letter(subscription, value, key, headers, *_rejection(exc))
                return Outcome.DEAD_LETTERED
            if subscription.deduplicate:
                await self._mark_processed(subscription, [event])
            log.info("event_handled")
            return Outcome.HANDLED

    # -- a batch ----------------------------------------------------------------------------
    async def _process_batch(
        self, subscription: BatchSubscription[EventT], records: Sequence[Record]
    ) -> list[Outcome]:
        outcomes = [Outcome.HANDLED] * len(records)
        rejections: dict[int, tuple[str, str]] = {}  # position -> (DLQ reason, error type)
        firsts: dict[str, int] = {}  # event id -> position of its first copy in the batch
        events: dict[int, EventT] = {}
        for position, record in enumerate(records):
            try:
                event = subscription.event_type.model_validate_json(record.value)
            except ValidationError as exc:
                rejections[position] = (_summarise(exc), type(exc).__name__)
                continue
            if event.event_id in firsts:
                outcomes[position] = Outcome.DUPLICATE
                continue
            firsts[event.event_id] = position
            events[position] = event

        if subscription.deduplicate and events:
            handled_before = await self._processed_among(subscription, list(events.values()))
            for event_id in handled_before:
                position = firsts[event_id]
                outcomes[position] = Outcome.DUPLICATE
                del events[position]

        if events:
            rejections.update(await self._run_batch_handler(subscription, records, events))
            handled = [event for position, event in events.items() if position not in rejections]
            if subscription.deduplicate and handled:
                await self._mark_processed(subscription, handled)

        # Dead letters last: if the handler hits an outage the batch comes back, and the poison
        # records in it would otherwise be dead-lettered once per delivery.
        for position, (reason, error_type) in rejections.items():
            record = records[position]
            await self._dead_letter(
                subscription, record.value, record.key, record.headers, reason, error_type
            )
            outcomes[position] = Outcome.DEAD_LETTERED
        log.info(
            "event_batch_handled",
            handled=outcomes.count(Outcome.HANDLED),
            duplicates=outcomes.count(Outcome.DUPLICATE),
            dead_lettered=len(rejections),
        )
        return outcomes

    async def _run_batch_handler(
        self, subscription: BatchSubscription[EventT], records: Sequence[Record], events: Mapping[int, EventT]
    ) -> dict[int, tuple[str, str]]:
        """Run the handler on ``events``; returns the rejections (by position) of those it refused."""
        batch = list(events.values())
        try:
            await self._run(subscription, partial(subscription.handler, batch))
            return {}
        except Exception as exc:
            if is_transient(exc):
                log.warning("event_batch_redelivery_required", error_type=type(exc).__name__, error=str(exc))
                raise
            log.warning(
                "event_batch_failed_retrying_one_by_one", error_type=type(exc).__name__, error=str(exc)
            )
        rejections: dict[int, tuple[str, str]] = {}
        for position, event in events.items():
            with self._message_context(subscription, records[position].headers), _event_context(event):
                try:
                    await self._run(subscription, partial(subscription.handler, [event]))
                except Exception as exc:
                    if is_transient(exc):
                        raise
                    rejections[position] = _rejection(exc)
        return rejections

    # -- shared -----------------------------------------------------------------------------
    @staticmethod
    @contextmanager
    def _message_context(subscription: _Consumption[Any], headers: Mapping[str, str]) -> Iterator[None]:
        trace = continue_trace(headers.get(HEADER_TRACEPARENT), headers.get(HEADER_CORRELATION_ID))
        with (
            use_trace(trace),
            use_principal(_consumer_principal(subscription)),
            bind_context(
                topic=subscription.topic,
                group=subscription.group_id,
                trace_id=trace.trace_id,
                event_id=headers.get(HEADER_EVENT_ID),
                opd=headers.get(HEADER_OPD),
            ),
        ):
            yield

    def _retrying(
        self, subscription: _Consumption[Any], retry_on: Callable[[BaseException], bool]
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

    async def _run(self, subscription: _Consumption[Any], call: Callable[[], Awaitable[None]]) -> None:
        async for attempt in self._retrying(subscription, _retryable):
            with attempt:
                await call()

    async def _with_transient_retries(
        self, subscription: _Consumption[Any], call: Callable[[], Awaitable[T]]
    ) -> T:
        async for attempt in self._retrying(subscription, is_transient):
            with attempt:
                return await call()
        raise AssertionError("unreachable: tenacity either returns or re-raises")

    @staticmethod
    def _processed_id(subscription: _Consumption[Any], event: Event) -> str:
        return f"{subscription.group_id}:{event.event_id}"

    async def _processed_among(self, subscription: _Consumption[Any], events: Sequence[Event]) -> set[str]:
        """The ids of ``events`` this consumer group has already handled."""
        ids = {self._processed_id(subscription, event): event.event_id for event in events}
        if self._store is None:
            return {
                event_id
                for processed_id, event_id in ids.items()
                if processed_id in self._processed_in_memory
            }
        store = self._store
        found = await self._with_transient_retries(
            subscription,
            lambda: store.find(PROCESSED_EVENTS_COLLECTION, {"_id": {"$in": list(ids)}}, projection=["_id"]),
        )
        return {ids[document["_id"]] for document in found}

    async def _mark_processed(self, subscription: _Consumption[Any], events: Sequence[Event]) -> None:
        if self._store is None:
            self._processed_in_memory.update(self._processed_id(subscription, event) for event in events)
            return
        processed_at = datetime.now(UTC)
        documents = [
            {
                "_id": self._processed_id(subscription, event),
                "group_id": subscription.group_id,
                "event_id": event.event_id,
                "topic": subscription.topic,
                "processed_at": processed_at,
            }
            for event in events
        ]
        store = self._store
        # A concurrent redelivery may have recorded some first; the outcome is the same.
        await self._with_transient_retries(
            subscription, lambda: store.insert_new(PROCESSED_EVENTS_COLLECTION, documents)
        )

    async def _dead_letter(
        self,
        subscription: _Consumption[Any],
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


def _consumer_principal(subscription: _Consumption[Any]) -> Principal:
    """Bookkeeping (dedup, dead letters) and batch handlers work city-wide; one event's handler
    acts for its OPD only (see ``_event_context``)."""
    return Principal.platform(f"consumer:{subscription.group_id}")


@contextmanager
def _event_context(event: Event) -> Iterator[None]:
    # The handler acts for the event's OPD only: the tenant-scoped store narrows every read to it.
    with (
        use_principal(Principal.acting_for(event.opd, f"event:{event.TOPIC}")),
        bind_context(
            event_id=event.event_id,
            opd=event.opd,
            document_id=getattr(event, "document_id", None),
            correlation_id=event.correlation_id,
        ),
    ):
        yield
