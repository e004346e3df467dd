"""The FastStream wiring, through TestKafkaBroker (in memory): same processor rules as in-process."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx
import pytest
import yaml
from faststream.kafka import KafkaBroker, TestKafkaBroker
from faststream.kafka.annotations import KafkaMessage
from samarinda_common.errors import DependencyUnavailable, PreconditionFailed
from samarinda_common.events import BlobRef, DocumentExtracted, DocumentUploaded, UsageRecorded
from samarinda_common.messaging import (
    BatchSubscription,
    EventProcessor,
    KafkaEventPublisher,
    RetryPolicy,
    Subscription,
    build_app,
    build_broker,
    register_subscriptions,
    service_asyncapi,
)
from samarinda_common.settings import CommonSettings
from samarinda_common.topics import (
    HEADER_CONTENT_TYPE,
    HEADER_CORRELATION_ID,
    HEADER_DLQ_REASON,
    HEADER_EVENT_ID,
    HEADER_OPD,
    HEADER_TRACEPARENT,
    Topic,
)

FAST = RetryPolicy(initial_backoff_seconds=0.001, max_backoff_seconds=0.002, jitter_seconds=0)


def uploaded(document_id: str = "doc-00000001") -> DocumentUploaded:
    return DocumentUploaded(
        opd="DINKES",
        document_id=document_id,
        sha256="b" * 64,
        blob=BlobRef(bucket="b", key="k"),
        size_bytes=1,
        detected_type="text/csv",
        filename="harga.csv",
    )


class Wiring:
    def __init__(self, failures: list[Exception] | None = None) -> None:
        self.broker = KafkaBroker("localhost:9092")
        self.publisher = KafkaEventPublisher(self.broker)
        self.seen: list[DocumentUploaded] = []
        self.attempts = 0
        self.dead: list[tuple[bytes, dict[str, str]]] = []
        self._failures = list(failures or [])

        async def handle(event: DocumentUploaded) -> None:
            self.attempts += 1
            if self._failures:
                raise self._failures.pop(0)
            self.seen.append(event)

        subscription = Subscription(
            Topic.DOCUMENT_UPLOADED, DocumentUploaded, "extraction", handle, max_attempts=2
        )
        register_subscriptions(self.broker, [subscription], EventProcessor(self.publisher, None, FAST))

        async def raw(message: Any) -> bytes:
            return message.body

        @self.broker.subscriber(Topic.DOCUMENT_UPLOADED.dlq, group_id="dlq-inspector", decoder=raw)
        async def on_dead_letter(body: bytes, message: KafkaMessage) -> None:
            self.dead.append((body, dict(message.headers)))


async def test_published_event_reaches_the_handler_with_headers() -> None:
    wiring = Wiring()
    async with TestKafkaBroker(wiring.broker):
        await wiring.publisher.publish(uploaded())
    assert [e.document_id for e in wiring.seen] == ["doc-00000001"]
    assert wiring.dead == []


async def test_a_record_carries_one_correlation_header_with_the_real_id_and_its_content_type() -> None:
    broker = KafkaBroker("localhost:9092")
    received: list[dict[str, str]] = []

    @broker.subscriber(Topic.DOCUMENT_UPLOADED.value, group_id="header-inspector")
    async def inspect(body: Any, message: KafkaMessage) -> None:
        received.append(dict(message.headers))

    async with TestKafkaBroker(broker):
        await KafkaEventPublisher(broker).publish(uploaded().model_copy(update={"correlation_id": "corr-9"}))

    [headers] = received
    correlated = {name: value for name, value in headers.items() if "correlation" in name.lower()}
    assert correlated == {HEADER_CORRELATION_ID: "corr-9"}
    assert headers[HEADER_CONTENT_TYPE] == "application/json"


async def test_malformed_body_reaches_the_processor_and_goes_to_the_dlq() -> None:
    wiring = Wiring()
    async with TestKafkaBroker(wiring.broker) as broker:
        await broker.publish(
            b"\xff\xfe not json",
            Topic.DOCUMENT_UPLOADED,
            key=b"doc-1",
            headers={HEADER_EVENT_ID: "e1", HEADER_OPD: "DINKES"},
        )
        await wiring.publisher.publish(uploaded())
    assert [body for body, _ in wiring.dead] == [b"\xff\xfe not json"]
    assert wiring.dead[0][1][HEADER_DLQ_REASON] == "undecodable"
    assert wiring.dead[0][1][HEADER_OPD] == "DINKES"
    assert len(wiring.seen) == 1


async def test_duplicate_delivery_is_handled_once() -> None:
    wiring = Wiring()
    event = uploaded()
    async with TestKafkaBroker(wiring.broker):
        await wiring.publisher.publish(event)
        await wiring.publisher.publish(event)
    assert wiring.seen == [event]


async def test_transient_failure_is_retried_then_handled() -> None:
    wiring = Wiring(failures=[DependencyUnavailable("opensearch down")])
    async with TestKafkaBroker(wiring.broker):
        await wiring.publisher.publish(uploaded())
    assert (wiring.attempts, len(wiring.seen), wiring.dead) == (2, 1, [])


async def test_outage_propagates_so_the_offset_is_not_committed() -> None:
    wiring = Wiring(failures=[DependencyUnavailable("opensearch down")] * 2)
    async with TestKafkaBroker(wiring.broker):
        with pytest.raises(DependencyUnavailable):
            await wiring.publisher.publish(uploaded())
    assert wiring.dead == []


async def test_permanent_error_is_dead_lettered() -> None:
    wiring = Wiring(failures=[PreconditionFailed("not an RKA spreadsheet")])
    async with TestKafkaBroker(wiring.broker):
        await wiring.publisher.publish(uploaded())
    assert wiring.dead[0][1][HEADER_DLQ_REASON] == "FAILED_PRECONDITION: not an RKA spreadsheet"
    assert HEADER_TRACEPARENT in wiring.dead[0][1]


def test_asyncapi_documents_consumed_and_produced_event_schemas() -> None:
    async def extract(event: DocumentUploaded) -> None:
        return None

    document = service_asyncapi(
        title="extraction",
        version="1.0.0",
        subscriptions=[Subscription(Topic.DOCUMENT_UPLOADED, DocumentUploaded, "extraction", extract)],
        publishes=[DocumentExtracted, UsageRecorded],
    )
    spec = yaml.safe_load(document)

    addresses = {channel["address"] for channel in spec["channels"].values()}
    assert addresses == {
        "documents.uploaded.v1",
        "documents.extracted.v1",
        "usage.recorded.v1",
        "documents.uploaded.v1.dlq",
    }
    payload_refs = {
        m["payload"].get("$ref", "").rsplit("/", 1)[-1] for m in spec["components"]["messages"].values()
    }
    assert {"DocumentUploaded", "DocumentExtracted", "UsageRecorded"} <= payload_refs
    assert "document_id" in spec["components"]["schemas"]["DocumentUploaded"]["properties"]
    assert document == service_asyncapi(  # deterministic, so CI can diff it
        title="extraction",
        version="1.0.0",
        subscriptions=[Subscription(Topic.DOCUMENT_UPLOADED, DocumentUploaded, "extraction", extract)],
        publishes=[DocumentExtracted, UsageRecorded],
    )


async def test_worker_app_serves_health_ready_and_metrics() -> None:
    settings = CommonSettings(kafka_bootstrap="localhost:9092")
    broker = build_broker(settings, client_id="test")
    seen: list[Any] = []

    async def handle(event: DocumentUploaded) -> None:
        seen.append(event)

    app = build_app(
        settings,
        broker,
        [Subscription(Topic.DOCUMENT_UPLOADED, DocumentUploaded, "g", handle)],
        EventProcessor(KafkaEventPublisher(broker)),
        publishes=[DocumentExtracted],
    )
    async with (
        TestKafkaBroker(broker),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://worker") as client,
    ):
        await KafkaEventPublisher(broker).publish(uploaded())
        health, ready, metrics = [await client.get(p) for p in ("/health", "/ready", "/metrics")]
        assert health.status_code == 200
        assert ready.status_code == 200, ready.text
        assert ready.json()["checks"] == {"kafka": True}
        assert (
            'samarinda_events_processed_total{group="g",outcome="handled",topic="documents.uploaded.v1"}'
            in metrics.text
        )
    assert len(seen) == 1


class BatchWiring:
    def __init__(self, failures: list[Exception] | None = None) -> None:
        self.broker = KafkaBroker("localhost:9092")
        self.calls: list[list[str]] = []
        self.dead: list[tuple[bytes, dict[str, str]]] = []
        self._failures = list(failures or [])

        async def handle(events: Sequence[DocumentUploaded]) -> None:
            self.calls.append([e.document_id for e in events])
            if self._failures:
                raise self._failures.pop(0)

        self.subscription = BatchSubscription(
            Topic.DOCUMENT_UPLOADED, DocumentUploaded, "extraction", handle, max_records=20, max_attempts=1
        )
        register_subscriptions(
            self.broker, [self.subscription], EventProcessor(KafkaEventPublisher(self.broker), None, FAST)
        )

        async def raw(message: Any) -> bytes:
            return message.body

        @self.broker.subscriber(Topic.DOCUMENT_UPLOADED.dlq, group_id="dlq-inspector", decoder=raw)
        async def on_dead_letter(body: bytes, message: KafkaMessage) -> None:
            self.dead.append((body, dict(message.headers)))


async def test_a_batch_subscriber_hands_the_valid_events_over_together_and_dead_letters_the_rest() -> None:
    wiring = BatchWiring()
    first, second = uploaded("doc-00000001"), uploaded("doc-00000002")
    async with TestKafkaBroker(wiring.broker) as broker:
        await broker.publish_batch(
            first.model_dump_json().encode(),
            b"\xff not json",
            second.model_dump_json().encode(),
            topic=Topic.DOCUMENT_UPLOADED,
            headers={HEADER_OPD: "DINKES"},
        )
    assert wiring.calls == [["doc-00000001", "doc-00000002"]]
    [(body, headers)] = wiring.dead
    assert (body, headers[HEADER_DLQ_REASON], headers[HEADER_OPD]) == (
        b"\xff not json",
        "undecodable",
        "DINKES",
    )


async def test_a_batch_that_meets_an_outage_is_not_committed() -> None:
    wiring = BatchWiring(failures=[DependencyUnavailable("mongo down")])
    async with TestKafkaBroker(wiring.broker) as broker:
        with pytest.raises(DependencyUnavailable):
            await broker.publish_batch(uploaded().model_dump_json().encode(), topic=Topic.DOCUMENT_UPLOADED)
    assert (wiring.calls, wiring.dead) == ([["doc-00000001"]], [])


def test_consumers_hand_their_partitions_over_quickly_and_batches_use_the_subscription_sizes() -> None:
    wiring = BatchWiring()
    [subscriber] = [s for s in wiring.broker.subscribers if s.topics[0].name == Topic.DOCUMENT_UPLOADED.value]
    options = subscriber._connection_args  # what the aiokafka consumer is built with
    assert options["session_timeout_ms"] <= 10_000
    assert options["heartbeat_interval_ms"] * 3 <= options["session_timeout_ms"]
    assert options["max_poll_interval_ms"] <= 5 * 60 * 1000
    assert (subscriber.max_records, subscriber.batch_timeout_ms) == (20, 200)


def test_asyncapi_documents_a_batch_subscription_with_its_event_schema() -> None:
    async def charge(events: Sequence[UsageRecorded]) -> None:
        return None

    spec = yaml.safe_load(
        service_asyncapi(
            title="billing",
            version="1.0.0",
            subscriptions=[BatchSubscription(Topic.USAGE_RECORDED, UsageRecorded, "billing", charge)],
            publishes=[],
        )
    )
    addresses = {channel["address"] for channel in spec["channels"].values()}
    assert addresses == {"usage.recorded.v1", "usage.recorded.v1.dlq"}
    assert "UsageRecorded" in spec["components"]["schemas"]
