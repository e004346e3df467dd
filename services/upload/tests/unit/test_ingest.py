from __future__ import annotations

import base64

import pytest
import upload_hostile_files as hf
from samarinda_common.events import BlobRef, DocumentUploaded, IngestRequested
from samarinda_common.messaging import InProcessBus
from samarinda_common.topics import HEADER_DLQ_REASON, Topic
from samarinda_upload.bootstrap import ingest_subscription
from samarinda_upload.service_layer.handlers import UploadDeps
from samarinda_upload.settings import UploadSettings

SHARED = "egov-bersama"


@pytest.fixture
def consuming_bus(bus: InProcessBus, embedded_deps: UploadDeps) -> InProcessBus:
    settings = UploadSettings(ingest_buckets=SHARED, max_upload_bytes=1_000_000)
    bus.subscribe(ingest_subscription(settings, embedded_deps))
    return bus


def inline(data: bytes, filename: str = "surat.pdf") -> IngestRequested:
    return IngestRequested(
        opd="DISDIK",
        filename=filename,
        category="laporan",
        source_system="srikandi",
        content_base64=base64.b64encode(data).decode(),
    )


async def test_inline_document_is_accepted_and_announced(consuming_bus: InProcessBus) -> None:
    request = inline(hf.pdf())
    await consuming_bus.publish(request)
    await consuming_bus.run_until_idle()
    (record,) = consuming_bus.records(Topic.DOCUMENT_UPLOADED)
    uploaded = DocumentUploaded.model_validate_json(record.value)
    assert uploaded.opd == "DISDIK" and uploaded.detected_type == "application/pdf"
    assert uploaded.correlation_id == request.event_id


async def test_referenced_document_in_a_shared_bucket(
    consuming_bus: InProcessBus, embedded_deps: UploadDeps
) -> None:
    await embedded_deps.blobs.ensure_bucket(SHARED)
    await embedded_deps.blobs.put(SHARED, "kiriman/rka.xlsx", hf.xlsx())
    await consuming_bus.publish(
        IngestRequested(
            opd="DISDIK",
            filename="rka.xlsx",
            category="rka",
            reference=BlobRef(bucket=SHARED, key="kiriman/rka.xlsx"),
        )
    )
    await consuming_bus.run_until_idle()
    (record,) = consuming_bus.records(Topic.DOCUMENT_UPLOADED)
    assert DocumentUploaded.model_validate_json(record.value).detected_type.endswith("spreadsheetml.sheet")


@pytest.mark.parametrize(
    ("request_event", "reason"),
    [
        (inline(hf.zip_bomb(), "bom.zip"), "ZIP_BOMB"),
        (IngestRequested(opd="DISDIK", filename="x.pdf", content_base64="bukan base64!"), "BAD_BASE64"),
        (
            IngestRequested(
                opd="DISDIK",
                filename="x.pdf",
                reference=BlobRef(bucket="samarinda-documents", key="opd/DINKES/sha256/ab"),
            ),
            "PERMISSION_DENIED",
        ),
        (
            IngestRequested(
                opd="DISDIK", filename="x.pdf", reference=BlobRef(bucket=SHARED, key="tidak/ada.pdf")
            ),
            "NOT_FOUND",
        ),
    ],
    ids=["zip-bomb", "bad-base64", "foreign-bucket", "missing-object"],
)
async def test_refusals_go_to_the_dlq_with_the_reason(
    consuming_bus: InProcessBus, embedded_deps: UploadDeps, request_event: IngestRequested, reason: str
) -> None:
    await embedded_deps.blobs.ensure_bucket(SHARED)
    await consuming_bus.publish(request_event)
    await consuming_bus.run_until_idle()
    assert consuming_bus.records(Topic.DOCUMENT_UPLOADED) == []
    (dead,) = consuming_bus.dead_letters(Topic.INGEST_REQUESTED)
    assert dead.headers[HEADER_DLQ_REASON].startswith(reason)
