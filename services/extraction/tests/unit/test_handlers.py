"""The uploaded → extracted handler, with the embedded adapters as fakes and the real extraction."""

import base64
import io
import zipfile
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.local_blob import LocalFolderBlobStore
from samarinda_common.auth import Principal, use_principal
from samarinda_common.errors import DependencyUnavailable, InvalidInput
from samarinda_common.event_identity import BadSignature, ProducerGrant, ProducerRegistry, verify
from samarinda_common.events import (
    BlobRef,
    DocumentCategory,
    DocumentExtracted,
    DocumentUploaded,
    IngestRequested,
    UsageOperation,
)
from samarinda_common.extracted import ExtractedDocument
from samarinda_common.infra import scoped_document_store
from samarinda_common.messaging import EventProcessor, Outcome, RetryPolicy, Subscription
from samarinda_common.testing.fakes import RecordingPublisher, RecordingUsageMeter
from samarinda_common.topics import Topic
from samarinda_extraction.adapters.pooled import PooledExtractor
from samarinda_extraction.options import ExtractionOptions
from samarinda_extraction.service_layer.handlers import (
    DOCUMENTS,
    EXTRACTIONS,
    PRODUCER,
    TENANCY,
    ExtractionDeps,
    extraction_id_for,
    handle_document_uploaded,
)

BUCKET = "documents"


@pytest.fixture
async def store() -> AsyncIterator[EmbeddedDocumentStore]:
    documents = EmbeddedDocumentStore(":memory:")
    yield documents
    await documents.close()


@pytest.fixture
def deps(tmp_path: Path, store: EmbeddedDocumentStore) -> ExtractionDeps:
    return ExtractionDeps(
        blobs=LocalFolderBlobStore(tmp_path / "blobs"),
        documents=store,
        publisher=RecordingPublisher(),
        meter=RecordingUsageMeter(),
        extractor=PooledExtractor(ExtractionOptions()),
        max_inline_extraction_bytes=8 * 1024 * 1024,
    )


async def uploaded(deps: ExtractionDeps, data: bytes, filename: str, detected_type: str) -> DocumentUploaded:
    document_id = "doc-" + filename.replace(".", "-").replace("_", "-")
    await deps.blobs.ensure_bucket(BUCKET)
    await deps.blobs.put(BUCKET, f"opd/DISDIK/{document_id}", data)
    await deps.documents.insert_one(DOCUMENTS, {"_id": document_id, "opd": "DISDIK", "status": "accepted"})
    return DocumentUploaded(
        opd="DISDIK",
        document_id=document_id,
        sha256="0" * 64,
        blob=BlobRef(bucket=BUCKET, key=f"opd/DISDIK/{document_id}"),
        size_bytes=len(data),
        detected_type=detected_type,
        filename=filename,
        category=DocumentCategory.SSH,
        fiscal_year=2026,
    )


async def test_pdf_is_stored_announced_metered_and_marked_extracted(
    deps: ExtractionDeps, samples: Path
) -> None:
    event = await uploaded(deps, (samples / "ssh_2026.pdf").read_bytes(), "ssh_2026.pdf", "application/pdf")
    extracted = await handle_document_uploaded(event, deps)

    stored = await deps.documents.find_one(EXTRACTIONS, {"_id": extraction_id_for(event.document_id)})
    assert stored is not None and stored["opd"] == "DISDIK"
    assert stored["tables"][0]["rows"][0] == {
        "cells": ["No", "Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan", "Harga Satuan (Rp)"]
    }  # no nested arrays
    document = ExtractedDocument.model_validate({k: v for k, v in stored.items() if k != "_id"})
    assert document.document_id == event.document_id
    assert sum(len(t.rows) - 1 for t in document.tables) == 35
    assert deps.publisher.of_type(DocumentExtracted) == [extracted]
    assert (extracted.pages, extracted.pages_ocr, extracted.tables, extracted.category) == (2, 0, 1, "ssh")
    assert deps.meter.units("DISDIK", UsageOperation.PARSE_PAGE) == 2
    assert deps.meter.units("DISDIK", UsageOperation.OCR_PAGE) == 0
    status = await deps.documents.find_one(DOCUMENTS, {"_id": event.document_id})
    assert status["status"] == "extracted" and status["status_reason"] is None


async def test_redelivery_does_not_extract_twice_and_repeats_the_same_event(
    deps: ExtractionDeps, samples: Path
) -> None:
    event = await uploaded(
        deps,
        (samples / "ssh_2026.xlsx").read_bytes(),
        "ssh.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    first = await handle_document_uploaded(event, deps)
    await deps.blobs.delete(BUCKET, event.blob.key)  # a second extraction would now fail
    second = await handle_document_uploaded(event, deps)
    assert first.event_id == second.event_id and first.extraction_id == second.extraction_id
    assert await deps.documents.count(EXTRACTIONS, {}) == 1
    usage = deps.meter.usages
    assert len({(u.subject_id, u.operation) for u in usage}) == 1  # same subject: billing charges once


async def test_corrupt_file_marks_the_document_failed_with_the_reason(deps: ExtractionDeps) -> None:
    event = await uploaded(deps, b"%PDF-1.7\n" + b"rusak " * 100, "rusak.pdf", "application/pdf")
    with pytest.raises(InvalidInput):
        await handle_document_uploaded(event, deps)
    status = await deps.documents.find_one(DOCUMENTS, {"_id": event.document_id})
    assert status["status"] == "failed"
    assert status["status_reason"].startswith("CORRUPT_PDF:")
    assert await deps.documents.count(EXTRACTIONS, {}) == 0
    assert deps.publisher.events == []


class FlakyBlobs(LocalFolderBlobStore):
    def __init__(self, root: Path, failures: int) -> None:
        super().__init__(root)
        self.failures = failures

    async def get(self, bucket: str, key: str) -> bytes:
        if self.failures:
            self.failures -= 1
            raise DependencyUnavailable("minio down")
        return await super().get(bucket, key)


async def test_blob_store_outage_is_retried_and_never_marks_the_document_failed(
    deps: ExtractionDeps, tmp_path: Path
) -> None:
    event = await uploaded(
        deps, b"Laporan kegiatan dinas yang telah dilaksanakan pada tahun ini.", "a.txt", "text/plain"
    )
    deps.blobs = FlakyBlobs(tmp_path / "blobs", failures=2)
    processor = EventProcessor(deps.publisher, deps.documents, RetryPolicy(0.001, 0.01, 0.0))

    async def handler(e: DocumentUploaded) -> None:
        await handle_document_uploaded(e, deps)

    subscription = Subscription(Topic.DOCUMENT_UPLOADED, DocumentUploaded, "extraction", handler)
    outcome = await processor.process(subscription, event.model_dump_json().encode(), None, {})
    assert outcome is Outcome.HANDLED
    status = await deps.documents.find_one(DOCUMENTS, {"_id": event.document_id})
    assert status["status"] == "extracted"


async def test_poison_file_goes_to_the_dlq_and_the_next_event_is_handled(deps: ExtractionDeps) -> None:
    bad = await uploaded(deps, b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "rusak.png", "image/png")
    good = await uploaded(
        deps, b"Notulen rapat dinas yang dilaksanakan pada hari ini.", "b.txt", "text/plain"
    )
    processor = EventProcessor(deps.publisher, deps.documents, RetryPolicy(0.001, 0.01, 0.0))

    async def handler(e: DocumentUploaded) -> None:
        await handle_document_uploaded(e, deps)

    subscription = Subscription(Topic.DOCUMENT_UPLOADED, DocumentUploaded, "extraction", handler)
    assert (
        await processor.process(subscription, bad.model_dump_json().encode(), None, {})
        is Outcome.DEAD_LETTERED
    )
    assert await processor.process(subscription, good.model_dump_json().encode(), None, {}) is Outcome.HANDLED
    [dead] = deps.publisher.on_topic(Topic.DOCUMENT_UPLOADED.dlq)
    assert dead.headers["dlq-reason"].startswith("CORRUPT_IMAGE")
    failed = await deps.documents.find_one(DOCUMENTS, {"_id": bad.document_id})
    assert failed["status"] == "failed"


async def test_zip_members_go_back_to_intake_as_their_own_documents(
    deps: ExtractionDeps, samples: Path
) -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.write(samples / "docs" / "realisasi_belanja_2025.csv", "laporan/realisasi.csv")
        z.writestr("catatan.txt", "Catatan rapat dinas")
        z.writestr("__MACOSX/._catatan.txt", "junk")
    event = await uploaded(deps, archive.getvalue(), "berkas.zip", "application/zip")
    extracted = await handle_document_uploaded(event, deps)
    members = deps.publisher.of_type(IngestRequested)
    assert [m.filename for m in members] == ["realisasi.csv", "catatan.txt"]
    assert (
        base64.b64decode(members[0].content_base64)
        == (samples / "docs" / "realisasi_belanja_2025.csv").read_bytes()
    )
    assert all(m.opd == "DISDIK" and m.category == "ssh" and m.fiscal_year == 2026 for m in members)
    assert extracted.pages == 1
    assert len({m.event_id for m in members}) == 2


async def test_an_event_naming_another_opds_document_reads_nothing(
    deps: ExtractionDeps, store: EmbeddedDocumentStore, samples: Path
) -> None:
    event = await uploaded(deps, (samples / "ssh_2026.pdf").read_bytes(), "ssh_2026.pdf", "application/pdf")
    forged = event.model_copy(update={"opd": "DINKES"})
    scoped = replace(deps, documents=scoped_document_store(store, TENANCY))
    with use_principal(Principal.acting_for("DINKES", "test")), pytest.raises(InvalidInput) as refused:
        await handle_document_uploaded(forged, scoped)
    assert refused.value.reason == "UNKNOWN_DOCUMENT"
    await store.update_one(DOCUMENTS, {"_id": event.document_id}, {"$set": {"blob": event.blob.model_dump()}})
    moved = event.model_copy(update={"blob": BlobRef(bucket=BUCKET, key="opd/DINKES/other")})
    with pytest.raises(InvalidInput):
        await handle_document_uploaded(moved, deps)
    assert await store.count("extractions", {}) == 0


async def test_zip_members_are_signed_as_the_extraction_producer(deps: ExtractionDeps) -> None:
    key = b"e" * 32
    deps.signing_key = key
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("catatan.txt", "Catatan rapat dinas")
    await handle_document_uploaded(
        await uploaded(deps, archive.getvalue(), "berkas.zip", "application/zip"), deps
    )
    (member,) = deps.publisher.of_type(IngestRequested)
    grant = ProducerGrant(PRODUCER, frozenset({"*"}), frozenset(DocumentCategory))
    assert verify(member, ProducerRegistry({PRODUCER: grant}, {PRODUCER: key})) is grant
    with pytest.raises(BadSignature):
        verify(member, ProducerRegistry({PRODUCER: grant}, {PRODUCER: b"x" * 32}))


async def test_without_a_key_zip_members_go_out_unsigned(deps: ExtractionDeps) -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("catatan.txt", "Catatan rapat dinas")
    await handle_document_uploaded(
        await uploaded(deps, archive.getvalue(), "berkas.zip", "application/zip"), deps
    )
    (member,) = deps.publisher.of_type(IngestRequested)
    assert (member.producer, member.signature) == (None, None)  # intake dead-letters it: EVENT_UNSIGNED


async def test_scanned_page_picture_is_stored_beside_the_upload_and_referenced(
    deps: ExtractionDeps, samples: Path
) -> None:
    scan = (samples / "docs" / "penawaran_cv_mahakam_scan.png").read_bytes()
    event = await uploaded(deps, scan, "penawaran.png", "image/png")
    await handle_document_uploaded(event, deps)
    stored = await deps.documents.find_one(EXTRACTIONS, {"_id": extraction_id_for(event.document_id)})
    document = ExtractedDocument.model_validate({k: v for k, v in stored.items() if k != "_id"})
    [page] = document.pages
    assert page.image is not None and page.image.bucket == BUCKET
    assert page.image.key.startswith("pages/DISDIK/")
    picture = Image.open(io.BytesIO(await deps.blobs.get(page.image.bucket, page.image.key)))
    assert picture.format == "PNG" and picture.size == (page.image.width, page.image.height)
    assert max(picture.size) <= 1600
    assert "page_images" not in stored  # the pixels live in the blob store only
