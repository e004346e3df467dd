"""Batch subscriptions and the dedup switch, through the InProcessBus (the path embedded mode uses)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.errors import DependencyUnavailable, InvalidInput
from samarinda_common.events import BlobRef, DocumentUploaded
from samarinda_common.messaging import (
    PROCESSED_EVENTS_COLLECTION,
    BatchSubscription,
    EventProcessor,
    InProcessBus,
    Outcome,
    RedeliveryLimitReached,
    RetryPolicy,
    Subscription,
    to_record,
)
from samarinda_common.topics import HEADER_DLQ_ERROR_TYPE, HEADER_DLQ_REASON, HEADER_EVENT_ID, Topic

FAST = RetryPolicy(initial_backoff_seconds=0.001, max_backoff_seconds=0.002, jitter_seconds=0)


def uploaded(n: int) -> DocumentUploaded:
    return DocumentUploaded(
        event_id=f"evt-batch-{n:04d}",  # the same n is the same event, as a redelivery would be
        opd="DISDIK",
        document_id=f"doc-batch-{n:04d}",
        sha256=f"{n:064x}",
        blob=BlobRef(bucket="b", key=f"k{n}"),
        size_bytes=n,
        detected_type="application/pdf",
        filename=f"f{n}.pdf",
    )


class BatchRecorder:
    """A batch handler that records each call and fails the way a test tells it to."""

    def __init__(self, failures: Sequence[Exception] = (), refuse: str | None = None) -> None:
        self.calls: list[list[str]] = []
        self.handled: list[str] = []  # the documents of the calls that succeeded
        self._failures = list(failures)
        self._refuse = refuse  # a document id whose presence fails any batch (a poison event)

    async def __call__(self, events: Sequence[DocumentUploaded]) -> None:
        ids = [e.document_id for e in events]
        self.calls.append(ids)
        if self._failures:
            raise self._failures.pop(0)
        if self._refuse in ids:
            raise InvalidInput(f"{self._refuse} is not a PDF", field="blob")
        self.handled.extend(ids)


def batch_bus(
    handler: BatchRecorder,
    *,
    store: EmbeddedDocumentStore | None = None,
    max_records: int = 10,
    deduplicate: bool = True,
    max_attempts: int = 2,
) -> InProcessBus:
    bus = InProcessBus(processed_store=store, retry=FAST, redelivery_limit=2)
    bus.subscribe(
        BatchSubscription(
            Topic.DOCUMENT_UPLOADED,
            DocumentUploaded,
            "extraction",
            handler,
            max_records=max_records,
            deduplicate=deduplicate,
            max_attempts=max_attempts,
            max_unexpected_attempts=2,
        )
    )
    return bus


async def test_a_batch_handler_gets_the_valid_events_at_once_and_poison_goes_to_the_dlq() -> None:
    handler = BatchRecorder()
    bus = batch_bus(handler)
    await bus.publish(uploaded(1))
    await bus.publish_raw(Topic.DOCUMENT_UPLOADED, b"{not json", key=b"k")
    await bus.publish(uploaded(2))
    await bus.publish(uploaded(1))  # the same event twice in one batch

    assert await bus.run_until_idle() == 4

    assert handler.calls == [["doc-batch-0001", "doc-batch-0002"]]
    [dead] = bus.dead_letters(Topic.DOCUMENT_UPLOADED)
    assert (dead.value, dead.key, dead.headers[HEADER_DLQ_REASON]) == (b"{not json", b"k", "undecodable")


async def test_batches_hold_at_most_max_records() -> None:
    handler = BatchRecorder()
    bus = batch_bus(handler, max_records=2)
    for n in range(5):
        await bus.publish(uploaded(n))
    await bus.run_until_idle()
    assert [len(call) for call in handler.calls] == [2, 2, 1]


async def test_events_handled_before_are_skipped_with_one_read_and_recorded_with_one_write() -> None:
    store = EmbeddedDocumentStore()
    first, second = BatchRecorder(), BatchRecorder()
    bus = batch_bus(first, store=store)
    await bus.publish(uploaded(1))
    await bus.run_until_idle()

    restarted = batch_bus(second, store=store)  # a new process of the same group
    for n in (1, 2, 3):
        await restarted.publish(uploaded(n))
    await restarted.run_until_idle()

    assert second.calls == [["doc-batch-0002", "doc-batch-0003"]]
    assert await store.count(PROCESSED_EVENTS_COLLECTION, {"group_id": "extraction"}) == 3


async def test_an_outage_fails_the_whole_batch_which_is_delivered_again_and_dead_letters_once() -> None:
    outage = [DependencyUnavailable("mongo down")] * 2  # both attempts of the first delivery
    handler = BatchRecorder(failures=outage)
    bus = batch_bus(handler, max_attempts=2)
    await bus.publish(uploaded(1))
    await bus.publish_raw(Topic.DOCUMENT_UPLOADED, b"<html>")
    await bus.publish(uploaded(2))

    assert await bus.run_until_idle() == 3  # the first delivery failed; the bus delivered it again

    assert handler.calls == [["doc-batch-0001", "doc-batch-0002"]] * 3
    assert handler.handled == ["doc-batch-0001", "doc-batch-0002"]
    assert len(bus.dead_letters(Topic.DOCUMENT_UPLOADED)) == 1


async def test_a_persistent_outage_keeps_the_batch_pending() -> None:
    handler = BatchRecorder(failures=[DependencyUnavailable("mongo down")] * 10)
    bus = batch_bus(handler, max_attempts=2)
    await bus.publish(uploaded(1))
    await bus.publish(uploaded(2))
    with pytest.raises(RedeliveryLimitReached):
        await bus.run_until_idle()
    assert bus.pending() == 2
    assert bus.dead_letters() == []


async def test_a_batch_failing_on_one_bad_event_is_handled_one_by_one_and_only_that_one_is_rejected() -> None:
    handler = BatchRecorder(refuse="doc-batch-0002")
    bus = batch_bus(handler)
    for n in (1, 2, 3):
        await bus.publish(uploaded(n))

    await bus.run_until_idle()

    assert handler.calls == [
        ["doc-batch-0001", "doc-batch-0002", "doc-batch-0003"],  # refused at once: no retry
        ["doc-batch-0001"],
        ["doc-batch-0002"],
        ["doc-batch-0003"],
    ]
    assert handler.handled == ["doc-batch-0001", "doc-batch-0003"]
    [dead] = bus.dead_letters(Topic.DOCUMENT_UPLOADED)
    assert dead.headers[HEADER_DLQ_REASON] == "INVALID_INPUT: doc-batch-0002 is not a PDF"
    assert dead.headers[HEADER_DLQ_ERROR_TYPE] == "InvalidInput"
    assert dead.headers[HEADER_EVENT_ID] == uploaded(2).event_id


async def test_process_batch_reports_each_records_outcome_in_order() -> None:
    store = EmbeddedDocumentStore()
    processor = EventProcessor(InProcessBus(), store, FAST)
    subscription = BatchSubscription(Topic.DOCUMENT_UPLOADED, DocumentUploaded, "g", BatchRecorder())
    records = [to_record(uploaded(1)), to_record(uploaded(1)), to_record(uploaded(2))]
    poison = to_record(uploaded(3)).__class__(Topic.DOCUMENT_UPLOADED.value, b"[]")

    outcomes = await processor.process_batch(subscription, [*records, poison])
    again = await processor.process_batch(subscription, records)

    assert outcomes == [Outcome.HANDLED, Outcome.DUPLICATE, Outcome.HANDLED, Outcome.DEAD_LETTERED]
    assert again == [Outcome.DUPLICATE] * 3


async def test_without_dedup_the_processor_neither_reads_nor_writes_its_record_of_handled_events() -> None:
    store = EmbeddedDocumentStore()
    seen: list[str] = []

    async def idempotent(event: DocumentUploaded) -> None:
        seen.append(event.document_id)

    bus = InProcessBus(processed_store=store, retry=FAST)
    bus.subscribe(
        Subscription(Topic.DOCUMENT_UPLOADED, DocumentUploaded, "billing", idempotent, deduplicate=False)
    )
    await bus.publish(uploaded(1))
    await bus.publish(uploaded(1))
    await bus.run_until_idle()

    assert seen == ["doc-batch-0001", "doc-batch-0001"]  # the handler's own idempotency decides
    assert await store.count(PROCESSED_EVENTS_COLLECTION, {}) == 0


async def test_without_dedup_a_batch_still_drops_copies_within_itself() -> None:
    store = EmbeddedDocumentStore()
    handler = BatchRecorder()
    bus = batch_bus(handler, store=store, deduplicate=False)
    for n in (1, 1, 2):
        await bus.publish(uploaded(n))
    await bus.run_until_idle()
    await bus.publish(uploaded(2))
    await bus.run_until_idle()

    assert handler.calls == [["doc-batch-0001", "doc-batch-0002"], ["doc-batch-0002"]]
    assert await store.count(PROCESSED_EVENTS_COLLECTION, {}) == 0
