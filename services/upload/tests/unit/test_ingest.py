from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest
import upload_hostile_files as hf
from pydantic import SecretStr
from samarinda_common.event_identity import sign
from samarinda_common.events import BlobRef, DocumentUploaded, IngestRequested
from samarinda_common.messaging import InProcessBus
from samarinda_common.topics import HEADER_DLQ_ERROR_TYPE, HEADER_DLQ_REASON, Topic
from samarinda_upload.bootstrap import ingest_subscription
from samarinda_upload.domain.model import DOCUMENTS
from samarinda_upload.service_layer.handlers import UploadDeps
from samarinda_upload.settings import UploadSettings

SHARED = "egov-bersama"
KEYS = {
    "srikandi": "k" * 32,  # an e-government system acting for DISDIK
    "bpkad-catalogue": "c" * 32,  # the catalogue publisher
}
REGISTRY = """
producers:
  srikandi: {opds: [DISDIK]}
  bpkad-catalogue: {opds: [BPKAD], categories: [ssh, price_reference]}
"""


@pytest.fixture
def consuming_bus(bus: InProcessBus, embedded_deps: UploadDeps, tmp_path: Path) -> InProcessBus:
    registry = tmp_path / "producers.yaml"
    registry.write_text(REGISTRY)
    settings = UploadSettings(
        ingest_buckets=SHARED,
        max_upload_bytes=1_000_000,
        event_producers_file=registry,
        event_keys=SecretStr(",".join(f"{p}={k}" for p, k in KEYS.items())),
    )
    bus.subscribe(ingest_subscription(settings, embedded_deps))
    return bus


def signed(event: IngestRequested, producer: str = "srikandi") -> IngestRequested:
    return sign(event, producer, KEYS[producer].encode())


def inline(data: bytes, filename: str = "surat.pdf", **fields: Any) -> IngestRequested:
    return signed(
        IngestRequested(
            **{
                "opd": "DISDIK",
                "filename": filename,
                "category": "laporan",
                "source_system": "srikandi",
                "content_base64": base64.b64encode(data).decode(),
                **fields,
            }
        )
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
        signed(
            IngestRequested(
                opd="DISDIK",
                filename="rka.xlsx",
                category="rka",
                reference=BlobRef(bucket=SHARED, key="kiriman/rka.xlsx"),
            )
        )
    )
    await consuming_bus.run_until_idle()
    (record,) = consuming_bus.records(Topic.DOCUMENT_UPLOADED)
    assert DocumentUploaded.model_validate_json(record.value).detected_type.endswith("spreadsheetml.sheet")


@pytest.mark.parametrize(
    ("request_event", "reason"),
    [
        (inline(hf.zip_bomb(), "bom.zip"), "ZIP_BOMB"),
        (
            signed(IngestRequested(opd="DISDIK", filename="x.pdf", content_base64="bukan base64!")),
            "BAD_BASE64",
        ),
        (
            signed(
                IngestRequested(
                    opd="DISDIK",
                    filename="x.pdf",
                    reference=BlobRef(bucket="samarinda-documents", key="opd/DINKES/sha256/ab"),
                )
            ),
            "PERMISSION_DENIED",
        ),
        (
            signed(
                IngestRequested(
                    opd="DISDIK", filename="x.pdf", reference=BlobRef(bucket=SHARED, key="tidak/ada.pdf")
                )
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


def _unsigned() -> IngestRequested:
    return inline(hf.pdf()).model_copy(update={"producer": None, "signature": None})


def _tampered() -> IngestRequested:
    # Signed for DISDIK, then relabelled as DINKES's on the way.
    return inline(hf.pdf()).model_copy(update={"opd": "DINKES"})


def _forged() -> IngestRequested:
    # Claims to be srikandi but signed with a key that is not srikandi's.
    return sign(IngestRequested.model_validate(_unsigned().model_dump()), "srikandi", b"x" * 32)


def _unknown_producer() -> IngestRequested:
    return sign(_unsigned(), "sistem-liar", b"s" * 32)


@pytest.mark.parametrize(
    ("make_event", "reason", "error_type"),
    [
        (_unsigned, "EVENT_UNSIGNED", "EventUnsigned"),
        (_tampered, "EVENT_SIGNATURE_INVALID", "BadSignature"),
        (_forged, "EVENT_SIGNATURE_INVALID", "BadSignature"),
        (_unknown_producer, "EVENT_PRODUCER_UNKNOWN", "UnknownProducer"),
        # srikandi acts for DISDIK only, and never publishes official price catalogues.
        (lambda: inline(hf.pdf(), opd="DINKES"), "EVENT_PRODUCER_OUT_OF_SCOPE", "ProducerOutOfScope"),
        (
            lambda: inline(hf.xlsx(), "ssh.xlsx", category="ssh"),
            "EVENT_PRODUCER_OUT_OF_SCOPE",
            "ProducerOutOfScope",
        ),
    ],
    ids=["unsigned", "tampered-opd", "forged-key", "unknown-producer", "foreign-opd", "ssh-by-egov"],
)
async def test_events_without_verified_identity_are_dead_lettered_and_nothing_is_stored(
    consuming_bus: InProcessBus, embedded_deps: UploadDeps, make_event: Any, reason: str, error_type: str
) -> None:
    event = make_event()
    await consuming_bus.publish(event)
    await consuming_bus.run_until_idle()
    assert consuming_bus.records(Topic.DOCUMENT_UPLOADED) == []
    assert await embedded_deps.documents.find(DOCUMENTS, {}) == []
    (dead,) = consuming_bus.dead_letters(Topic.INGEST_REQUESTED)
    assert dead.headers[HEADER_DLQ_REASON].startswith(f"{reason}:")
    assert dead.headers[HEADER_DLQ_ERROR_TYPE] == error_type
    assert dead.value == event.model_dump_json().encode()  # the whole event is kept for inspection


async def test_the_catalogue_publisher_may_publish_price_catalogues(consuming_bus: InProcessBus) -> None:
    event = signed(
        IngestRequested(
            opd="BPKAD",
            filename="ssh-2026.xlsx",
            category="ssh",
            content_base64=base64.b64encode(hf.xlsx()).decode(),
        ),
        producer="bpkad-catalogue",
    )
    await consuming_bus.publish(event)
    await consuming_bus.run_until_idle()
    assert consuming_bus.dead_letters(Topic.INGEST_REQUESTED) == []
    (record,) = consuming_bus.records(Topic.DOCUMENT_UPLOADED)
    assert DocumentUploaded.model_validate_json(record.value).category == "ssh"
