"""documents.uploaded.v1 → extraction stored, document status moved, usage metered, event published.

Idempotent: the extraction id is derived from the document id and the extractor version, so a
redelivered event finds its extraction stored and only repeats the (deterministic-id) events and
the status update, which is exactly what a crash between those steps needs.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from samarinda_common.errors import DuplicateKey, InvalidInput, PermanentError, SamarindaError
from samarinda_common.event_identity import sign
from samarinda_common.events import DocumentExtracted, DocumentUploaded, IngestRequested, UsageOperation
from samarinda_common.extracted import ExtractedDocument, PageImage, stored_form
from samarinda_common.logging import get_logger
from samarinda_common.messaging import is_transient
from samarinda_common.ports import BlobStore, DocumentStore, EventPublisher, UsageMeter
from samarinda_common.tenancy import tenancy

from samarinda_extraction.domain.kinds import DocumentKind, kind_of_mime
from samarinda_extraction.extract import EXTRACTOR_VERSION
from samarinda_extraction.service_layer.ports import Extractor

log = get_logger(__name__)

EXTRACTIONS = "extractions"
DOCUMENTS = "documents"
TENANCY = tenancy(owned={EXTRACTIONS: "opd", DOCUMENTS: "opd"})
# IngestRequested.content_base64 holds at most 2,000,000 characters: 1.5 MB of raw bytes.
MAX_INLINE_MEMBER_BYTES = 1_500_000
# The producer id ZIP members are signed as (the upload service's built-in grant).
PRODUCER = "extraction"


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ExtractionDeps:
    blobs: BlobStore
    documents: DocumentStore
    publisher: EventPublisher
    meter: UsageMeter
    extractor: Extractor
    ingest_bucket: str = "samarinda-ingest"
    max_inline_extraction_bytes: int = 8 * 1024 * 1024
    clock: Callable[[], datetime] = field(default=_utc_now)
    signing_key: bytes | None = None


def extraction_id_for(document_id: str) -> str:
    digest = hashlib.sha256(f"{document_id}\x00{EXTRACTOR_VERSION}".encode()).hexdigest()[:32]
    return f"ext-{digest}"


async def handle_document_uploaded(event: DocumentUploaded, deps: ExtractionDeps) -> DocumentExtracted:
    await _check_accepted(event, deps)
    extraction_id = extraction_id_for(event.document_id)
    stored = await deps.documents.find_one(EXTRACTIONS, {"_id": extraction_id})
    if stored is None:
        data, document = await _extract(event, deps)
        if _is_archive(event, document):
            await _hand_members_to_intake(event, data, deps)
        document = await _store_page_images(event, extraction_id, document, deps)
        await _store(event, extraction_id, document, deps)
        pages, pages_ocr, tables, language = (
            len(document.pages),
            document.pages_ocr,
            len(document.tables),
            document.language,
        )
    else:
        log.info("extraction_already_stored", extraction_id=extraction_id)
        pages, pages_ocr, tables, language = (
            stored["page_count"],
            stored["pages_ocr"],
            stored["table_count"],
            stored.get("language"),
        )
    await _meter(event, extraction_id, pages - pages_ocr, pages_ocr, deps)
    extracted = DocumentExtracted(
        event_id=f"extracted-{extraction_id}",
        opd=event.opd,
        correlation_id=event.correlation_id or event.document_id,
        document_id=event.document_id,
        extraction_id=extraction_id,
        detected_type=event.detected_type,
        category=event.category,
        fiscal_year=event.fiscal_year,
        filename=event.filename,
        pages=pages,
        pages_ocr=pages_ocr,
        tables=tables,
        language=language,
    )
    await deps.publisher.publish(extracted)
    await _set_status(deps, event.document_id, "extracted", None)
    log.info(
        "document_extracted", extraction_id=extraction_id, pages=pages, pages_ocr=pages_ocr, tables=tables
    )
    return extracted


async def _check_accepted(event: DocumentUploaded, deps: ExtractionDeps) -> None:
    """Read only what the upload service accepted for this OPD: an event naming another OPD's
    document or blob (forged, or replayed under another OPD) is refused, nothing is read."""
    record = await deps.documents.find_one(DOCUMENTS, {"_id": event.document_id})
    blob = (record or {}).get("blob")
    if record is None or (blob is not None and blob != event.blob.model_dump()):
        raise InvalidInput(
            f"document {event.document_id} was not accepted for OPD {event.opd} with that blob",
            field="document_id",
            reason="UNKNOWN_DOCUMENT",
        )


async def _extract(event: DocumentUploaded, deps: ExtractionDeps) -> tuple[bytes, ExtractedDocument]:
    try:
        data = await deps.blobs.get(event.blob.bucket, event.blob.key)
        document = await deps.extractor.extract(data, event.filename, event.detected_type)
    except Exception as exc:
        if is_transient(exc):
            raise  # MinIO down: retried with backoff, then redelivered; never marked failed
        failure = exc if isinstance(exc, PermanentError) else _unreadable(exc)
        await _set_status(deps, event.document_id, "failed", f"{failure.reason}: {failure.message}")
        if failure is exc:
            raise
        raise failure from exc
    return data, document.model_copy(update={"document_id": event.document_id})


def _unreadable(exc: Exception) -> PermanentError:
    # A parser crashing on a file is a property of the file: retrying the same bytes cannot help.
    if isinstance(exc, SamarindaError) and not isinstance(exc, PermanentError):
        return InvalidInput(exc.message, field="file", reason=exc.reason)
    return InvalidInput(
        f"file could not be read ({type(exc).__name__}: {exc})", field="file", reason="UNREADABLE"
    )


def _is_archive(event: DocumentUploaded, document: ExtractedDocument) -> bool:
    return DocumentKind.ZIP in (kind_of_mime(event.detected_type), kind_of_mime(document.detected_type))


async def _hand_members_to_intake(event: DocumentUploaded, data: bytes, deps: ExtractionDeps) -> None:
    """Each member goes back through the upload rules (validation, dedup, its own document id)."""
    members = await deps.extractor.archive_members(data)
    for index, (filename, content) in enumerate(members):
        source: dict[str, Any]
        if len(content) <= MAX_INLINE_MEMBER_BYTES:
            source = {"content_base64": base64.b64encode(content).decode()}
        else:
            key = f"zip-members/{event.opd}/{event.document_id}/{index}-{filename}"
            await deps.blobs.ensure_bucket(deps.ingest_bucket)
            await deps.blobs.put(deps.ingest_bucket, key, content)
            source = {"reference": {"bucket": deps.ingest_bucket, "key": key}}
        request = IngestRequested(
            event_id=f"zip-member-{event.document_id}-{index}",
            opd=event.opd,
            correlation_id=event.correlation_id or event.document_id,
            filename=filename,
            category=event.category,
            fiscal_year=event.fiscal_year,
            title=f"{event.filename} / {filename}"[:500],
            source_system=f"extraction:zip:{event.document_id}",
            **source,
        )
        # Unsigned (no key configured) it still goes out: intake dead-letters it with EVENT_UNSIGNED.
        await deps.publisher.publish(
            sign(request, PRODUCER, deps.signing_key) if deps.signing_key else request
        )
    log.info("archive_members_handed_to_intake", members=len(members))


async def _store_page_images(
    event: DocumentUploaded, extraction_id: str, document: ExtractedDocument, deps: ExtractionDeps
) -> ExtractedDocument:
    """Pictures of the OCR'd pages go next to the upload, so a citation can show its source."""
    if not document.page_images:
        return document
    pages = []
    for page in document.pages:
        picture = document.page_images.get(page.number)
        if picture is not None:
            png, width, height = picture
            key = f"pages/{event.opd}/{extraction_id}/{page.number}.png"
            await deps.blobs.put(event.blob.bucket, key, png, "image/png")
            image = PageImage(bucket=event.blob.bucket, key=key, width=width, height=height)
            page = page.model_copy(update={"image": image})
        pages.append(page)
    return document.model_copy(update={"pages": pages, "page_images": {}})


async def _store(
    event: DocumentUploaded, extraction_id: str, document: ExtractedDocument, deps: ExtractionDeps
) -> None:
    content = stored_form(document)
    record: dict[str, Any] = {
        "_id": extraction_id,
        "opd": event.opd,
        "extractor_version": EXTRACTOR_VERSION,
        "page_count": len(document.pages),
        "pages_ocr": document.pages_ocr,
        "table_count": len(document.tables),
        "created_at": deps.clock(),
        **content,
    }
    size = len(json.dumps(content, ensure_ascii=False).encode())
    if size > deps.max_inline_extraction_bytes:
        # MongoDB documents stop at 16 MB: keep the summary here and the full content in the blob store.
        key = f"extractions/{event.opd}/{extraction_id}.json"
        await deps.blobs.put(event.blob.bucket, key, document.model_dump_json().encode(), "application/json")
        record.update(pages=[], tables=[], content_blob={"bucket": event.blob.bucket, "key": key})
    try:
        await deps.documents.insert_one(EXTRACTIONS, record)
    except DuplicateKey:
        log.info("extraction_stored_concurrently", extraction_id=extraction_id)


async def _meter(
    event: DocumentUploaded, extraction_id: str, parsed: int, ocr: int, deps: ExtractionDeps
) -> None:
    for operation, units in ((UsageOperation.PARSE_PAGE, parsed), (UsageOperation.OCR_PAGE, ocr)):
        if units:
            await deps.meter.record(
                opd=event.opd,
                operation=operation,
                units=units,
                provider="local",
                model="tesseract" if operation is UsageOperation.OCR_PAGE else None,
                document_id=event.document_id,
                subject_id=extraction_id,
                correlation_id=event.correlation_id,
            )


async def _set_status(deps: ExtractionDeps, document_id: str, status: str, reason: str | None) -> None:
    # A late redelivery must not move an already indexed document back.
    await deps.documents.update_one(
        DOCUMENTS,
        {"_id": document_id, "status": {"$ne": "indexed"}},
        {"$set": {"status": status, "status_reason": reason, "updated_at": deps.clock()}},
    )
