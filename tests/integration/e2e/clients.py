"""Black-box clients for a running cluster: the four gRPC services and the Kafka topics.

Everything here talks to the processes over their public edges, as an e-government system or an
operator would; nothing reaches into a service's store. Waits are bounded polls that report what
they last saw when they give up.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import grpc
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.structs import TopicPartition
from samarinda.billing.v1 import billing_service_pb2 as billing_pb
from samarinda.billing.v1 import billing_service_pb2_grpc as billing_grpc
from samarinda.performance.v1 import performance_service_pb2_grpc as performance_grpc
from samarinda.review.v1 import review_service_pb2 as review_pb
from samarinda.review.v1 import review_service_pb2_grpc as review_grpc
from samarinda.search.v1 import search_service_pb2 as search_pb
from samarinda.search.v1 import search_service_pb2_grpc as search_grpc
from samarinda.upload.v1 import upload_service_pb2 as upload_pb
from samarinda.upload.v1 import upload_service_pb2_grpc as upload_grpc
from samarinda_local_cluster.launcher import kafka_options
from samarinda_upload.client import upload_requests

T = TypeVar("T")

INDEXED = upload_pb.DOCUMENT_STATUS_INDEXED
EXTRACTED = upload_pb.DOCUMENT_STATUS_EXTRACTED
FAILED = upload_pb.DOCUMENT_STATUS_FAILED
_PROGRESS = {
    upload_pb.DOCUMENT_STATUS_ACCEPTED: 1,
    EXTRACTED: 2,
    INDEXED: 3,
}


class WaitTimeout(AssertionError):
    pass


def poll(
    probe: Callable[[], T], done: Callable[[T], bool], *, timeout: float, interval: float = 0.5, what: str
) -> T:
    """Call ``probe`` until ``done(result)``; on timeout fail with the last result in the message."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if done(result):
            return result
        if time.monotonic() > deadline:
            raise WaitTimeout(f"{what}: not done after {timeout:.0f}s; last seen: {result!r}"[:4000])
        time.sleep(interval)


def status_name(status: int) -> str:
    return upload_pb.DocumentStatus.Name(status).removeprefix("DOCUMENT_STATUS_").lower()


@dataclass
class Platform:
    """gRPC stubs for one cluster, calling with one API token."""

    upload: upload_grpc.UploadServiceStub
    search: search_grpc.SearchServiceStub
    review: review_grpc.RkaReviewServiceStub
    billing: billing_grpc.BillingServiceStub
    performance: performance_grpc.PerformanceServiceStub
    token: str
    channels: list[grpc.Channel]

    @classmethod
    def connect(cls, env: Mapping[str, str], token: str | None = None) -> Platform:
        channels = [
            grpc.insecure_channel(env[key])
            for key in (
                "SAMARINDA_UPLOAD_SERVER",
                "SAMARINDA_SEARCH_SERVER",
                "SAMARINDA_REVIEW_SERVER",
                "SAMARINDA_BILLING_SERVER",
                "SAMARINDA_PERFORMANCE_SERVER",
            )
        ]
        return cls(
            upload=upload_grpc.UploadServiceStub(channels[0]),
            search=search_grpc.SearchServiceStub(channels[1]),
            review=review_grpc.RkaReviewServiceStub(channels[2]),
            billing=billing_grpc.BillingServiceStub(channels[3]),
            performance=performance_grpc.PerformanceServiceStub(channels[4]),
            token=token or env["SAMARINDA_ADMIN_TOKEN"],
            channels=channels,
        )

    def close(self) -> None:
        for channel in self.channels:
            channel.close()

    @property
    def _auth(self) -> list[tuple[str, str]]:
        return [("authorization", f"Bearer {self.token}")]

    def upload_file(
        self,
        path: Path,
        *,
        opd: str,
        category: str,
        fiscal_year: int | None = None,
        filename: str | None = None,
    ) -> upload_pb.UploadDocumentResponse:
        metadata = upload_pb.DocumentMetadata(
            opd=opd,
            category=category,
            fiscal_year=fiscal_year,
            filename=filename or path.name,
            title=path.stem,
        )
        response: upload_pb.UploadDocumentResponse = self.upload.UploadDocument(
            upload_requests(path, metadata), metadata=self._auth, timeout=120
        )
        return response

    def document(self, document_id: str) -> upload_pb.Document:
        reply: upload_pb.Document = self.upload.GetDocument(
            upload_pb.GetDocumentRequest(document_id=document_id), metadata=self._auth, timeout=10
        )
        return reply

    def statuses(self, document_ids: Iterable[str]) -> dict[str, upload_pb.Document]:
        return {document_id: self.document(document_id) for document_id in document_ids}

    def wait_for_status(
        self, document_ids: Iterable[str], status: int = INDEXED, *, timeout: float
    ) -> dict[str, upload_pb.Document]:
        """Poll GetDocument until every document reached ``status`` (or a later one); a failed
        document ends the wait at once with its reason."""
        ids = list(document_ids)

        def reached(documents: dict[str, upload_pb.Document]) -> bool:
            failed = {i: d.status_reason for i, d in documents.items() if d.status == FAILED}
            if failed:
                raise AssertionError(f"documents failed: {failed}")
            return all(_PROGRESS.get(d.status, 0) >= _PROGRESS[status] for d in documents.values())

        return poll(
            lambda: self.statuses(ids),
            reached,
            timeout=timeout,
            interval=1.0,
            what=f"documents reaching {status_name(status)}",
        )

    def review_document(self, document_id: str, *, opd: str, fiscal_year: int) -> review_pb.Review:
        reply: review_pb.Review = self.review.ReviewRka(
            review_pb.ReviewRkaRequest(document_id=document_id, opd=opd, fiscal_year=fiscal_year),
            metadata=self._auth,
            timeout=120,
        )
        return reply

    def reviews(self, opd: str) -> list[review_pb.ReviewSummaryItem]:
        reply: review_pb.ListReviewsResponse = self.review.ListReviews(
            review_pb.ListReviewsRequest(opd=opd, page_size=100), metadata=self._auth, timeout=10
        )
        return list(reply.reviews)

    def get_review(self, review_id: str) -> review_pb.Review:
        reply: review_pb.Review = self.review.GetReview(
            review_pb.GetReviewRequest(review_id=review_id), metadata=self._auth, timeout=10
        )
        return reply

    def search_text(self, query: str, *, opd: str, k: int = 5) -> list[search_pb.SearchHit]:
        reply: search_pb.SearchResponse = self.search.Search(
            search_pb.SearchRequest(query=query, filters=search_pb.SearchFilters(opd=[opd]), k=k),
            metadata=self._auth,
            timeout=30,
        )
        return list(reply.hits)

    def usage(self, opd: str, period: str = "") -> billing_pb.GetUsageResponse:
        reply: billing_pb.GetUsageResponse = self.billing.GetUsage(
            billing_pb.GetUsageRequest(opd=opd, period=period), metadata=self._auth, timeout=10
        )
        return reply


# ----------------------------------------------------------------------------- Kafka


@dataclass(frozen=True)
class TopicRecord:
    topic: str
    key: bytes | None
    value: bytes
    headers: dict[str, str]
    timestamp_ms: int

    def json(self) -> dict[str, Any]:
        decoded: dict[str, Any] = json.loads(self.value)
        return decoded


class TopicWatch:
    """Reads what a topic received after the watch was opened (the topics are shared by every run)."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.bootstrap = bootstrap
        self.topic = topic
        self._start: dict[TopicPartition, int] = {}

    @classmethod
    def open(cls, bootstrap: str, topic: str) -> TopicWatch:
        watch = cls(bootstrap, topic)
        watch._start = asyncio.run(watch._offsets(end=True))
        return watch

    async def _consumer(self) -> AIOKafkaConsumer:
        consumer = AIOKafkaConsumer(**kafka_options(self.bootstrap), enable_auto_commit=False, group_id=None)
        await consumer.start()
        return consumer

    async def _offsets(self, *, end: bool) -> dict[TopicPartition, int]:
        consumer = await self._consumer()
        try:
            partitions = consumer.partitions_for_topic(self.topic)
            if partitions is None:
                await consumer._client.force_metadata_update()
                partitions = consumer.partitions_for_topic(self.topic) or set()
            tps = [TopicPartition(self.topic, p) for p in sorted(partitions)]
            offsets = await (consumer.end_offsets(tps) if end else consumer.beginning_offsets(tps))
            return dict(offsets)
        finally:
            await consumer.stop()

    def records(self) -> list[TopicRecord]:
        """Every record from the watch's start up to the topic's end as of now."""
        return asyncio.run(self._read())

    async def _read(self) -> list[TopicRecord]:
        consumer = await self._consumer()
        found: list[TopicRecord] = []
        try:
            tps = list(self._start)
            ends = await consumer.end_offsets(tps)
            consumer.assign(tps)
            for tp in tps:
                consumer.seek(tp, self._start[tp])
            remaining = {tp for tp in tps if ends[tp] > self._start[tp]}
            deadline = asyncio.get_running_loop().time() + 30
            while remaining and asyncio.get_running_loop().time() < deadline:
                batches = await consumer.getmany(*remaining, timeout_ms=500)
                for tp, batch in batches.items():
                    for r in batch:
                        if r.offset < ends[tp]:
                            found.append(
                                TopicRecord(
                                    self.topic,
                                    r.key,
                                    r.value or b"",
                                    {k: v.decode(errors="replace") for k, v in r.headers},
                                    r.timestamp,
                                )
                            )
                    if batch and batch[-1].offset >= ends[tp] - 1:
                        remaining.discard(tp)
        finally:
            await consumer.stop()
        return found

    def events(self, opd: str) -> list[dict[str, Any]]:
        """The decodable events of one OPD (old runs and other OPDs filtered out)."""
        events = []
        for record in self.records():
            try:
                event = record.json()
            except ValueError:
                continue
            if isinstance(event, dict) and event.get("opd") == opd:
                events.append(event)
        return events


def distinct_by_id(events: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    return {str(e["event_id"]): e for e in events}


def publish_raw(
    bootstrap: str, topic: str, value: bytes, *, key: bytes, headers: Mapping[str, str] | None = None
) -> None:
    """Send bytes as any e-government system could, bypassing every model (poison included)."""

    async def send() -> None:
        producer = AIOKafkaProducer(**kafka_options(bootstrap), acks="all")
        await producer.start()
        try:
            await producer.send_and_wait(
                topic, value, key=key, headers=[(k, v.encode()) for k, v in (headers or {}).items()]
            )
        finally:
            await producer.stop()

    asyncio.run(send())
