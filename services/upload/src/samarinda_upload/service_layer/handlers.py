"""The upload use cases: accept a file, publish what was accepted (outbox relay), read documents.

Write order for an upload: blob -> metadata (``published: false``) -> events -> ``published: true``.
Once the metadata is written the document is accepted and the caller is told so; if anything after
that fails, the relay finds the unpublished record and publishes it (event ids are deterministic,
so a re-send is a duplicate that downstream handlers drop).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import functools
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from samarinda_common.auth import (
    AuditLog,
    Principal,
    authorize_catalogue_publishing,
    authorize_opd,
    use_principal,
)
from samarinda_common.errors import DuplicateKey, InvalidInput, NotFound, PermissionDenied, SamarindaError
from samarinda_common.events import CATALOGUE_CATEGORIES, UsageOperation
from samarinda_common.extracted import ExtractedDocument
from samarinda_common.logging import get_logger
from samarinda_common.ports import BlobStore, DocumentStore, EventPublisher, UsageMeter
from samarinda_common.tenancy import tenancy

from samarinda_upload.domain.model import (
    DOCUMENTS,
    DocumentStatus,
    UploadMetadata,
    document_id_for,
    new_document_record,
    uploaded_event,
)
from samarinda_upload.service_layer.ports import Validator

log = get_logger(__name__)

MAX_PAGE_SIZE = 500
# The caller is not kept waiting on a broker outage (the producer retries for as long as the broker
# is away); past this the relay publishes the accepted document.
INLINE_PUBLISH_SECONDS = 10.0
DEFAULT_PAGE_SIZE = 50
# The extraction service writes what it read of each document here; upload serves it to readers.
EXTRACTIONS = "extractions"
TENANCY = tenancy(owned={DOCUMENTS: "opd", EXTRACTIONS: "opd"})


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class UploadDeps:
    blobs: BlobStore
    documents: DocumentStore
    publisher: EventPublisher
    meter: UsageMeter
    audit: AuditLog
    validator: Validator
    bucket: str
    clock: Any = field(default=_utc_now)  # () -> aware datetime; tests move time forward


@dataclass(frozen=True)
class UploadOutcome:
    document_id: str
    status: str
    duplicate: bool
    sha256: str
    detected_type: str
    size_bytes: int


P = ParamSpec("P")
R = TypeVar("R")


def as_caller(
    handler: Callable[Concatenate[UploadDeps, Principal, P], Awaitable[R]],
) -> Callable[Concatenate[UploadDeps, Principal, P], Awaitable[R]]:
    """Runs a use case as its ``caller``: the tenant-scoped store then reads for that caller only,
    whoever called the use case (an entry point, the CLI, a test)."""

    @functools.wraps(handler)
    async def bound(deps: UploadDeps, caller: Principal, *args: P.args, **kwargs: P.kwargs) -> R:
        with use_principal(caller):
            return await handler(deps, caller, *args, **kwargs)

    return bound


async def ensure_storage(deps: UploadDeps) -> None:
    await deps.blobs.ensure_bucket(deps.bucket)
    await deps.documents.ensure_index(
        DOCUMENTS, [("opd", 1), ("sha256", 1)], unique=True, name="opd_sha256_unique"
    )
    await deps.documents.ensure_index(DOCUMENTS, [("published", 1), ("relay_lease_until", 1)], name="outbox")
    await deps.documents.ensure_index(DOCUMENTS, [("opd", 1), ("created_at", -1)], name="by_opd")


@as_caller
async def check_may_upload(
    deps: UploadDeps, caller: Principal, metadata: UploadMetadata, *, source: str
) -> None:
    """Lets an entry point refuse a foreign OPD, or a catalogue from anyone but its publisher,
    before receiving the file (audited like any refusal)."""
    try:
        authorize_upload(caller, metadata)
    except PermissionDenied as exc:
        await _audit_refused_upload(deps, caller, metadata, exc, source)
        raise


def authorize_upload(caller: Principal, metadata: UploadMetadata) -> None:
    authorize_opd(caller, metadata.opd)
    if metadata.category in CATALOGUE_CATEGORIES:
        # The city's price ceilings: an OPD's own upload must never become every OPD's SSH.
        authorize_catalogue_publishing(caller)


async def _audit_refused_upload(
    deps: UploadDeps, caller: Principal, metadata: UploadMetadata, exc: SamarindaError, source: str
) -> None:
    await deps.audit.record(
        action="upload",
        resource=f"file:{metadata.filename}",
        opd=metadata.opd,
        outcome=exc.reason,
        principal=caller,
        extra={"source": source},
    )


@as_caller
async def upload(
    deps: UploadDeps,
    caller: Principal,
    metadata: UploadMetadata,
    path: Path,
    *,
    source: str,
    correlation_id: str | None = None,
) -> UploadOutcome:
    """Validate, store and announce one file; the same content from the same OPD is one document."""
    try:
        authorize_upload(caller, metadata)
        outcome = await _accept(deps, caller, metadata, path, source=source, correlation_id=correlation_id)
    except SamarindaError as exc:
        await _audit_refused_upload(deps, caller, metadata, exc, source)
        raise
    await deps.audit.record(
        action="upload",
        resource=outcome.document_id,
        opd=metadata.opd,
        outcome="duplicate" if outcome.duplicate else "ok",
        principal=caller,
        extra={"source": source},
    )
    return outcome


async def _accept(
    deps: UploadDeps,
    caller: Principal,
    metadata: UploadMetadata,
    path: Path,
    *,
    source: str,
    correlation_id: str | None,
) -> UploadOutcome:
    accepted = await deps.validator(path, metadata.filename, metadata.declared_content_type)
    document_id = document_id_for(metadata.opd, accepted.sha256)
    existing = await deps.documents.find_one(DOCUMENTS, {"_id": document_id})
    if existing is not None:
        return _outcome(existing, duplicate=True)
    record = new_document_record(
        metadata,
        accepted,
        bucket=deps.bucket,
        source=source,
        now=deps.clock(),
        correlation_id=correlation_id,
        uploaded_by=uploader(caller),
    )
    await deps.blobs.put_file(
        deps.bucket,
        record["blob"]["key"],
        path,
        content_type=accepted.detected_type,
        metadata={"opd": metadata.opd, "sha256": accepted.sha256},
    )
    try:
        await deps.documents.insert_one(DOCUMENTS, record)
    except DuplicateKey:
        # A concurrent upload of the same content won the race; it owns publishing.
        winner = await deps.documents.find_one(DOCUMENTS, {"_id": document_id})
        return _outcome(winner or record, duplicate=True)
    log.info(
        "document_accepted",
        opd=metadata.opd,
        document_id=document_id,
        size_bytes=accepted.size_bytes,
        detected_type=accepted.detected_type,
        source=source,
    )
    try:
        async with asyncio.timeout(INLINE_PUBLISH_SECONDS):
            await publish_accepted(deps, record)
    except Exception as exc:
        # Accepted is accepted: the relay publishes it later. The caller still gets its document id.
        log.warning("publish_deferred_to_relay", document_id=document_id, error=type(exc).__name__)
    return _outcome(record, duplicate=False)


def _outcome(record: Mapping[str, Any], *, duplicate: bool) -> UploadOutcome:
    return UploadOutcome(
        document_id=record["_id"],
        status=record["status"],
        duplicate=duplicate,
        sha256=record["sha256"],
        detected_type=record["detected_type"],
        size_bytes=record["size_bytes"],
    )


async def publish_accepted(deps: UploadDeps, record: Mapping[str, Any]) -> None:
    """Announce an accepted document and meter its storage, then mark it published."""
    event = uploaded_event(dict(record))
    await deps.publisher.publish(event)
    await deps.meter.record(
        opd=record["opd"],
        operation=UsageOperation.STORAGE_BYTES,
        units=record["size_bytes"],
        document_id=record["_id"],
        subject_id=record["_id"],
        correlation_id=event.correlation_id,
    )
    now = deps.clock()
    await deps.documents.update_one(
        DOCUMENTS,
        {"_id": record["_id"]},
        {"$set": {"published": True, "published_at": now, "updated_at": now}},
    )


async def relay_unpublished(
    deps: UploadDeps,
    *,
    min_age: timedelta = timedelta(seconds=5),
    lease: timedelta = timedelta(seconds=60),
    batch: int = 100,
) -> int:
    """Publish accepted documents that were never marked published; returns how many it published.

    Each record is claimed with a lease first, so relays in several replicas do not race; a relay
    that dies mid-way lets its lease expire and another one takes over.
    """
    published = 0
    for _ in range(batch):
        now = deps.clock()
        claimed = await deps.documents.find_one_and_update(
            DOCUMENTS,
            {"published": False, "created_at": {"$lte": now - min_age}, "relay_lease_until": {"$lte": now}},
            {"$set": {"relay_lease_until": now + lease}},
        )
        if claimed is None:
            break
        await publish_accepted(deps, claimed)
        log.info("relay_published", document_id=claimed["_id"], opd=claimed["opd"])
        published += 1
    return published


def uploader(caller: Principal) -> dict[str, Any]:
    """Who uploaded a document, as the review worker checks before trusting it as a catalogue."""
    return {
        "token_id": caller.token_id,
        "opd": caller.opd,
        "catalogue_publisher": caller.may_publish_catalogues,
    }


@as_caller
async def get_document(deps: UploadDeps, caller: Principal, document_id: str) -> dict[str, Any]:
    # The store only sees the caller's OPD: another OPD's document is as absent as an unknown one.
    record = await deps.documents.find_one(DOCUMENTS, {"_id": document_id})
    if record is None:
        await deps.audit.record(
            action="get", resource=document_id, opd=None, outcome="NOT_FOUND", principal=caller
        )
        raise NotFound(f"document {document_id} does not exist", details={"document_id": document_id})
    await deps.audit.record(
        action="get", resource=document_id, opd=record["opd"], outcome="ok", principal=caller
    )
    return record


@as_caller
async def get_extraction(deps: UploadDeps, caller: Principal, document_id: str) -> ExtractedDocument:
    """What the extraction read from one of the caller's documents (the newest extractor's reading)."""
    await get_document(deps, caller, document_id)  # foreign and unknown ids: the same NotFound
    rows = await deps.documents.find(
        EXTRACTIONS, {"document_id": document_id}, sort=[("created_at", -1)], limit=1
    )
    if not rows:
        raise NotFound(
            f"document {document_id} has not been extracted yet",
            details={"document_id": document_id},
            reason="NOT_EXTRACTED",
        )
    record = rows[0]
    blob = record.get("content_blob")
    if blob:  # too large for one stored record: the extraction keeps the full reading as a blob
        return ExtractedDocument.model_validate_json(await deps.blobs.get(blob["bucket"], blob["key"]))
    return ExtractedDocument.model_validate(record)


async def get_page_image(
    deps: UploadDeps, caller: Principal, document_id: str, page: int
) -> tuple[bytes, str, int, int]:
    """The stored picture of one extracted page: (content, content type, width, height)."""
    extraction = await get_extraction(deps, caller, document_id)
    found = next((p for p in extraction.pages if p.number == page), None)
    if found is None or found.image is None:
        raise NotFound(
            f"document {document_id} has no picture of page {page}",
            details={"document_id": document_id, "page": str(page)},
            reason="NO_PAGE_IMAGE",
        )
    image = found.image
    return await deps.blobs.get(image.bucket, image.key), image.content_type, image.width, image.height


@dataclass(frozen=True)
class DocumentQuery:
    opd: str | None = None
    category: str | None = None
    status: DocumentStatus | None = None
    fiscal_year: int | None = None
    page_size: int = DEFAULT_PAGE_SIZE
    page_token: str | None = None


@as_caller
async def list_documents(
    deps: UploadDeps, caller: Principal, query: DocumentQuery
) -> tuple[list[dict[str, Any]], str]:
    """One page of the caller's documents (an admin may name any OPD or none); returns the next token."""
    opd = query.opd or (None if caller.is_admin else caller.opd)
    try:
        if opd is not None:
            authorize_opd(caller, opd)
    except PermissionDenied:
        await deps.audit.record(
            action="list", resource="documents", opd=opd, outcome="PERMISSION_DENIED", principal=caller
        )
        raise
    filter_: dict[str, Any] = {}
    for name, value in (
        ("opd", opd),
        ("category", query.category),
        ("fiscal_year", query.fiscal_year),
        ("status", query.status.value if query.status else None),
    ):
        if value is not None:
            filter_[name] = value
    offset = decode_page_token(query.page_token)
    size = min(max(query.page_size or DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE)
    # One extra row tells whether another page exists without a count query.
    rows = await deps.documents.find(
        DOCUMENTS, filter_, sort=[("created_at", -1), ("_id", 1)], skip=offset, limit=size + 1
    )
    next_token = encode_page_token(offset + size) if len(rows) > size else ""
    await deps.audit.record(
        action="list",
        resource="documents",
        opd=opd,
        outcome="ok",
        principal=caller,
        extra={"returned": min(len(rows), size)},
    )
    return rows[:size], next_token


def encode_page_token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode()


def decode_page_token(token: str | None) -> int:
    if not token:
        return 0
    try:
        prefix, _, value = base64.urlsafe_b64decode(token.encode()).decode().partition(":")
        offset = int(value)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        offset = -1
        prefix = ""
    if prefix != "o" or offset < 0:
        raise InvalidInput("page_token is not one this service issued", field="page_token")
    return offset
