"""The extraction handler against the real servers of infra/local/up.sh: MinIO, MongoDB (FerretDB)
and Kafka. Unique bucket, database and topic per test."""

from __future__ import annotations

import asyncio
import io
import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage
from samarinda_common.adapters.minio_blob import MinioBlobStore
from samarinda_common.adapters.mongo_documents import MongoDocumentStore
from samarinda_common.events import BlobRef, DocumentUploaded
from samarinda_common.extracted import ExtractedDocument
from samarinda_common.messaging import (
    EventProcessor,
    KafkaEventPublisher,
    Subscription,
    build_broker,
    ensure_topics,
    register_subscriptions,
)
from samarinda_common.settings import CommonSettings
from samarinda_common.testing.fakes import RecordingPublisher, RecordingUsageMeter
from samarinda_common.testing.samples import samples_dir
from samarinda_common.topics import dlq_of
from samarinda_extraction.adapters.pooled import PooledExtractor
from samarinda_extraction.options import ExtractionOptions
from samarinda_extraction.service_layer.handlers import (
    DOCUMENTS,
    EXTRACTIONS,
    ExtractionDeps,
    extraction_id_for,
    handle_document_uploaded,
)

pytestmark = pytest.mark.integration

SAMPLES = samples_dir()
MONGO_URI = os.environ.get("SAMARINDA_MONGO_URI", "mongodb://127.0.0.1:27018/")
KAFKA = os.environ.get("SAMARINDA_KAFKA_BOOTSTRAP", "127.0.0.1:29092")
S3 = os.environ.get("SAMARINDA_S3_ENDPOINT", "127.0.0.1:29000")
S3_ACCESS = os.environ.get("SAMARINDA_S3_ACCESS_KEY", "samarinda")
S3_SECRET = os.environ.get("SAMARINDA_S3_SECRET_KEY", "samarinda-secret")


@pytest.fixture
async def deps() -> AsyncIterator[ExtractionDeps]:
    name = f"extraction-it-{uuid.uuid4().hex[:10]}"
    blobs = MinioBlobStore(S3, S3_ACCESS, S3_SECRET)
    store = MongoDocumentStore(MONGO_URI, name.replace("-", "_"))
    await blobs.ensure_bucket(name)
    yield ExtractionDeps(
        blobs=blobs,
        documents=store,
        publisher=RecordingPublisher(),
        meter=RecordingUsageMeter(),
        extractor=PooledExtractor(ExtractionOptions()),
        ingest_bucket=name,
    )
    await store.close()
    await blobs.close()


async def upload(
    deps: ExtractionDeps, sample: str, detected_type: str, data: bytes | None = None
) -> DocumentUploaded:
    bucket = deps.ingest_bucket  # the test's own bucket
    document_id = f"doc-{uuid.uuid4().hex}"
    content = data if data is not None else (SAMPLES / sample).read_bytes()
    await deps.blobs.put(bucket, f"opd/DISDIK/{document_id}", content)
    await deps.documents.insert_one(DOCUMENTS, {"_id": document_id, "opd": "DISDIK", "status": "accepted"})
    return DocumentUploaded(
        opd="DISDIK",
        document_id=document_id,
        sha256="0" * 64,
        blob=BlobRef(bucket=bucket, key=f"opd/DISDIK/{document_id}"),
        size_bytes=len(content),
        detected_type=detected_type,
        filename=Path(sample).name,
    )


async def test_pdf_extraction_round_trips_through_minio_and_mongo(deps: ExtractionDeps) -> None:
    event = await upload(deps, "ssh_2026.pdf", "application/pdf")
    await handle_document_uploaded(event, deps)
    await handle_document_uploaded(event, deps)  # redelivered
    assert await deps.documents.count(EXTRACTIONS, {}) == 1
    stored = await deps.documents.find_one(EXTRACTIONS, {"_id": extraction_id_for(event.document_id)})
    assert stored is not None
    document = ExtractedDocument.model_validate({k: v for k, v in stored.items() if k != "_id"})
    assert sum(len(t.rows) - 1 for t in document.tables) == 35
    status = await deps.documents.find_one(DOCUMENTS, {"_id": event.document_id})
    assert status["status"] == "extracted"


async def test_scanned_page_picture_round_trips_through_minio(deps: ExtractionDeps) -> None:
    event = await upload(deps, "docs/penawaran_cv_mahakam_scan.png", "image/png")
    await handle_document_uploaded(event, deps)
    stored = await deps.documents.find_one(EXTRACTIONS, {"_id": extraction_id_for(event.document_id)})
    document = ExtractedDocument.model_validate({k: v for k, v in stored.items() if k != "_id"})
    [page] = document.pages
    assert page.image is not None and page.image.bucket == event.blob.bucket
    picture = PILImage.open(io.BytesIO(await deps.blobs.get(page.image.bucket, page.image.key)))
    assert picture.format == "PNG" and picture.size == (page.image.width, page.image.height)


async def test_large_extraction_is_kept_in_the_blob_store(deps: ExtractionDeps) -> None:
    deps.max_inline_extraction_bytes = 1024
    event = await upload(
        deps, "ssh_2026.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    await handle_document_uploaded(event, deps)
    stored = await deps.documents.find_one(EXTRACTIONS, {"_id": extraction_id_for(event.document_id)})
    assert stored["tables"] == [] and stored["table_count"] == 1
    content = await deps.blobs.get(stored["content_blob"]["bucket"], stored["content_blob"]["key"])
    assert len(ExtractedDocument.model_validate_json(content).tables[0].rows) == 38


async def test_corrupt_file_is_dead_lettered_on_kafka_and_the_partition_moves_on(
    deps: ExtractionDeps,
) -> None:
    topic = f"it.extraction.{uuid.uuid4().hex[:10]}.uploaded"
    await ensure_topics(KAFKA, [topic, dlq_of(topic)], partitions=1)
    broker = build_broker(CommonSettings(kafka_bootstrap=KAFKA), client_id="extraction-it")

    async def handler(event: DocumentUploaded) -> None:
        await handle_document_uploaded(event, deps)

    subscription = Subscription(topic, DocumentUploaded, group_id=f"g-{topic}", handler=handler)
    register_subscriptions(
        broker, [subscription], EventProcessor(KafkaEventPublisher(broker), deps.documents)
    )
    dead: list[dict[str, Any]] = []

    @broker.subscriber(dlq_of(topic), group_id=f"dlq-{topic}", auto_offset_reset="earliest")
    async def collect(body: dict[str, Any]) -> None:
        dead.append(body)

    bad = await upload(deps, "rusak.pdf", "application/pdf", data=b"%PDF-1.4\n" + b"rusak " * 200)
    good = await upload(deps, "docs/laporan_realisasi_pengadaan_2025.pdf", "application/pdf")
    await broker.start()
    try:
        for event in (bad, good):  # same key: same partition, in this order
            await broker.publish(event.model_dump_json().encode(), topic, key=b"DISDIK")
        for _ in range(360):  # generous: consumer group joins are slow on a loaded machine
            status = await deps.documents.find_one(DOCUMENTS, {"_id": good.document_id})
            if status["status"] == "extracted" and dead:
                break
            await asyncio.sleep(0.5)
    finally:
        await broker.stop()
    failed = await deps.documents.find_one(DOCUMENTS, {"_id": bad.document_id})
    assert failed["status"] == "failed" and failed["status_reason"].startswith("CORRUPT_PDF")
    assert status["status"] == "extracted"
    assert [d["document_id"] for d in dead] == [bad.document_id]
