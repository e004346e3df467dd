"""EventProcessor behaviour, driven through the InProcessBus (the same path embedded mode uses)."""

from __future__ import annotations

import json

import pytest
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.auth import Principal, current_principal
from samarinda_common.errors import DependencyUnavailable, InvalidInput
from samarinda_common.events import BlobRef, DocumentExtracted, DocumentUploaded
from samarinda_common.messaging import (
    PROCESSED_EVENTS_COLLECTION,
    EventProcessor,
    InProcessBus,
    Outcome,
    RedeliveryLimitReached,
    RetryPolicy,
    Subscription,
    current_trace,
    parse_traceparent,
)
from samarinda_common.topics import (
    HEADER_CORRELATION_ID,
    HEADER_DLQ_ERROR_TYPE,
    HEADER_DLQ_REASON,
    HEADER_DLQ_SOURCE_TOPIC,
    HEADER_EVENT_ID,
    HEADER_EVENT_TYPE,
    HEADER_OPD,
    HEADER_TRACEPARENT,
    Topic,
)

FAST = RetryPolicy(initial_backoff_seconds=0.001, max_backoff_seconds=0.002, jitter_seconds=0)


def uploaded(document_id: str = "doc-00000001", **overrides: object) -> DocumentUploaded:
    fields: dict[str, object] = {
        "opd": "DISDIK",
        "document_id": document_id,
        "sha256": "a" * 64,
        "blob": BlobRef(bucket="b", key=f"k/{document_id}"),
        "size_bytes": 10,
        "detected_type": "application/pdf",
        "filename": "laporan.pdf",
    }
    fields.update(overrides)
    return DocumentUploaded.model_validate(fields)


class Recorder:
    """A handler that records what it saw and fails the way a test tells it to."""

    def __init__(self, failures: list[Exception] | None = None) -> None:
        self.seen: list[DocumentUploaded] = []
        self.attempts = 0
        self._failures = list(failures or [])

    async def __call__(self, event: DocumentUploaded) -> None:
        self.attempts += 1
        if self._failures:
            raise self._failures.pop(0)
        self.seen.append(event)


def bus_with(
    handler: Recorder,
    *,
    group: str = "extraction",
    store: EmbeddedDocumentStore | None = None,
    max_attempts: int = 3,
) -> InProcessBus:
    bus = InProcessBus(processed_store=store, retry=FAST)
    bus.subscribe(
        Subscription(
            Topic.DOCUMENT_UPLOADED,
            DocumentUploaded,
            group,
            handler,
            max_attempts=max_attempts,
            max_unexpected_attempts=2,
        )
    )
    return bus


async def test_event_is_handled_and_carries_standard_headers() -> None:
    handler = Recorder()
    bus = bus_with(handler)
    event = uploaded(correlation_id="corr-1")

    await bus.publish(event)
    assert await bus.run_until_idle() == 1

    assert handler.seen == [event]
    [record] = bus.records(Topic.DOCUMENT_UPLOADED)
    assert record.key == b"doc-00000001"
    assert json.loads(record.value)["document_id"] == "doc-00000001"
    assert record.headers[HEADER_EVENT_ID] == event.event_id
    assert record.headers[HEADER_EVENT_TYPE] == "documents.uploaded.v1"
    assert record.headers[HEADER_OPD] == "DISDIK"
    assert record.headers[HEADER_CORRELATION_ID] == "corr-1"
    assert parse_traceparent(record.headers[HEADER_TRACEPARENT]) is not None
    assert bus.dead_letters() == []


async def test_undecodable_body_goes_to_dlq_and_the_next_message_still_flows() -> None:
    handler = Recorder()
    bus = bus_with(handler)

    await bus.publish_raw(Topic.DOCUMENT_UPLOADED, b"{not json", key=b"k", headers={"x-origin": "egov"})
    await bus.publish(uploaded())
    await bus.run_until_idle()

    assert len(handler.seen) == 1
    [dead] = bus.dead_letters(Topic.DOCUMENT_UPLOADED)
    assert dead.topic == "documents.uploaded.v1.dlq"
    assert dead.value == b"{not json"
    assert dead.key == b"k"
    assert dead.headers["x-origin"] == "egov"
    assert dead.headers[HEADER_DLQ_REASON] == "undecodable"
    assert dead.headers[HEADER_DLQ_SOURCE_TOPIC] == "documents.uploaded.v1"
    assert dead.headers[HEADER_DLQ_ERROR_TYPE] == "ValidationError"


async def test_valid_json_that_is_not_the_event_is_rejected_with_the_field_named() -> None:
    handler = Recorder()
    bus = bus_with(handler)
    body = uploaded().model_dump(mode="json")
    del body["sha256"]

    await bus.publish_raw(Topic.DOCUMENT_UPLOADED, json.dumps(body).encode())
    await bus.run_until_idle()

    assert handler.seen == []
    [dead] = bus.dead_letters(Topic.DOCUMENT_UPLOADED)
    assert dead.headers[HEADER_DLQ_REASON].startswith("invalid_event: ")
    assert "sha256" in dead.headers[HEADER_DLQ_REASON]


async def test_duplicate_event_is_handled_once() -> None:
    handler = Recorder()
    bus = bus_with(handler)
    event = uploaded()

    await bus.publish(event)
    await bus.publish(event)
    assert await bus.run_until_idle() == 2

    assert handler.seen == [event]


async def test_idempotency_survives_a_restart_through_the_store_and_is_per_group() -> None:
    store = EmbeddedDocumentStore()
    event = uploaded()
    first, second, other_group = Recorder(), Recorder(), Recorder()
    sub = Subscription(Topic.DOCUMENT_UPLOADED, DocumentUploaded, "extraction", first)
    body, headers = event.model_dump_json().encode(), {HEADER_EVENT_ID: event.event_id}

    processor = EventProcessor(InProcessBus(), store, FAST)
    assert await processor.process(sub, body, None, headers) is Outcome.HANDLED
    restarted = EventProcessor(InProcessBus(), store, FAST)
    assert (
        await restarted.process(
            Subscription(sub.topic, DocumentUploaded, "extraction", second), body, None, headers
        )
        is Outcome.DUPLICATE
    )
    assert (
        await restarted.process(
            Subscription(sub.topic, DocumentUploaded, "embedding", other_group), body, None, headers
        )
        is Outcome.HANDLED
    )

    assert (len(first.seen), len(second.seen), len(other_group.seen)) == (1, 0, 1)
    assert await store.find_one(PROCESSED_EVENTS_COLLECTION, {"_id": f"extraction:{event.event_id}"})


async def test_transient_failure_is_retried_then_succeeds() -> None:
    handler = Recorder(failures=[DependencyUnavailable("mongo down"), ConnectionError("reset")])
    bus = bus_with(handler, max_attempts=3)

    await bus.publish(uploaded())
    await bus.run_until_idle()

    assert handler.attempts == 3
    assert len(handler.seen) == 1
    assert bus.dead_letters() == []


async def test_persistent_outage_is_never_dead_lettered_and_the_message_stays_pending() -> None:
    handler = Recorder(failures=[DependencyUnavailable("minio down")] * 6)
    bus = bus_with(handler, max_attempts=2)
    event = uploaded()
    await bus.publish(event)

    with pytest.raises(RedeliveryLimitReached):
        await bus.run_until_idle()

    assert handler.attempts == 6  # 3 redeliveries x 2 attempts
    assert bus.dead_letters() == []
    assert bus.pending() == 1
    assert await bus.run_until_idle() == 1  # the dependency is back
    assert handler.seen == [event]


async def test_processor_raises_for_redelivery_when_transient_retries_run_out() -> None:
    handler = Recorder(failures=[TimeoutError()] * 2)
    processor = EventProcessor(InProcessBus(), None, FAST)
    sub = Subscription(Topic.DOCUMENT_UPLOADED, DocumentUploaded, "g", handler, max_attempts=2)

    with pytest.raises(TimeoutError):
        await processor.process(sub, uploaded().model_dump_json().encode(), None, {})


async def test_permanent_error_goes_to_dlq_without_retry() -> None:
    handler = Recorder(failures=[InvalidInput("file is encrypted", field="blob")])
    bus = bus_with(handler)

    await bus.publish(uploaded())
    await bus.run_until_idle()

    assert handler.attempts == 1
    [dead] = bus.dead_letters(Topic.DOCUMENT_UPLOADED)
    assert dead.headers[HEADER_DLQ_REASON] == "INVALID_INPUT: file is encrypted"
    assert dead.headers[HEADER_DLQ_ERROR_TYPE] == "InvalidInput"


async def test_unexpected_error_is_retried_a_few_times_then_dead_lettered() -> None:
    handler = Recorder(failures=[RuntimeError("boom")] * 5)
    bus = bus_with(handler)  # max_unexpected_attempts=2

    await bus.publish(uploaded())
    await bus.run_until_idle()

    assert handler.attempts == 2
    [dead] = bus.dead_letters(Topic.DOCUMENT_UPLOADED)
    assert dead.headers[HEADER_DLQ_REASON] == "handler_error: RuntimeError: boom"


async def test_events_published_while_handling_continue_the_trace_and_cascade() -> None:
    bus = InProcessBus(retry=FAST)
    downstream: list[DocumentExtracted] = []
    traces: list[str] = []

    async def extract(event: DocumentUploaded) -> None:
        trace = current_trace()
        assert trace is not None
        traces.append(trace.trace_id)
        await bus.publish(
            DocumentExtracted(
                opd=event.opd,
                document_id=event.document_id,
                extraction_id="x1",
                detected_type="application/pdf",
                filename=event.filename,
                pages=1,
            )
        )

    async def index(event: DocumentExtracted) -> None:
        downstream.append(event)

    bus.subscribe(Subscription(Topic.DOCUMENT_UPLOADED, DocumentUploaded, "extraction", extract))
    bus.subscribe(Subscription(Topic.DOCUMENT_EXTRACTED, DocumentExtracted, "embedding", index))
    incoming_trace = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    await bus.publish(uploaded(correlation_id="corr-7"), headers={HEADER_TRACEPARENT: incoming_trace})

    assert await bus.run_until_idle() == 2

    assert len(downstream) == 1
    [record] = bus.records(Topic.DOCUMENT_EXTRACTED)
    published = parse_traceparent(record.headers[HEADER_TRACEPARENT])
    assert published is not None
    assert traces == ["0af7651916cd43dd8448eb211c80319c"]
    assert published.trace_id == "0af7651916cd43dd8448eb211c80319c"
    assert published.span_id != "b7ad6b7169203331"
    assert record.headers[HEADER_CORRELATION_ID] == "corr-7"


async def test_a_handler_acts_for_its_events_opd_only() -> None:
    seen: list[Principal] = []

    async def handler(event: DocumentUploaded) -> None:
        seen.append(current_principal())

    bus = InProcessBus(retry=FAST)
    bus.subscribe(Subscription(Topic.DOCUMENT_UPLOADED, DocumentUploaded, "extraction", handler))
    await bus.publish(uploaded(opd="DINKES"))
    assert await bus.run_until_idle() == 1
    assert [(p.opd, p.is_admin) for p in seen] == [("DINKES", False)]
