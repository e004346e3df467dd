"""What the upload service records about a document, and the names it derives from content."""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from samarinda_common.errors import ValidationReport
from samarinda_common.events import BlobRef, DocumentCategory, DocumentUploaded, OpdCode

from samarinda_upload.domain.validation import Accepted

DOCUMENTS = "documents"


class DocumentStatus(StrEnum):
    """Where a document is in the pipeline; extraction and embedding move it forward."""

    ACCEPTED = "accepted"
    EXTRACTED = "extracted"
    INDEXED = "indexed"
    FAILED = "failed"


class UploadMetadata(BaseModel):
    """What the uploader tells us besides the bytes (the same for gRPC, HTTP and events)."""

    model_config = ConfigDict(frozen=True, str_strip_whitespace=True)

    opd: OpdCode
    category: DocumentCategory = DocumentCategory.OTHER
    filename: str = Field(min_length=1, max_length=1024)
    fiscal_year: int | None = Field(default=None, ge=2000, le=2100)
    title: str | None = Field(default=None, max_length=500)
    declared_content_type: str | None = Field(default=None, max_length=255)

    @classmethod
    def parse(cls, **fields: Any) -> UploadMetadata:
        """Build from untrusted input; every bad field becomes an ``InvalidInput`` field violation."""
        try:
            return cls(**{k: v for k, v in fields.items() if v not in (None, "")})
        except ValidationError as exc:
            report = ValidationReport()
            for error in exc.errors():
                report.add(".".join(str(part) for part in error["loc"]) or "metadata", error["msg"])
            report.raise_if_any()
            raise  # unreachable: a ValidationError always carries at least one error


def document_id_for(opd: str, sha256: str) -> str:
    """Deterministic per (OPD, content): a retried or repeated upload converges on one document."""
    return "doc-" + hashlib.sha256(f"{opd}\x00{sha256}".encode()).hexdigest()[:32]


def blob_key_for(opd: str, sha256: str) -> str:
    return f"opd/{opd}/sha256/{sha256}"


def uploaded_event_id(document_id: str) -> str:
    """The DocumentUploaded event id is fixed per document, so a relay re-send is a duplicate."""
    return f"uploaded-{document_id}"


def new_document_record(
    metadata: UploadMetadata,
    accepted: Accepted,
    *,
    bucket: str,
    source: str,
    now: datetime,
    correlation_id: str | None,
    uploaded_by: dict[str, Any],
) -> dict[str, Any]:
    """The ``documents`` record, written unpublished: the relay owns publishing until it is marked."""
    document_id = document_id_for(metadata.opd, accepted.sha256)
    return {
        "_id": document_id,
        "opd": metadata.opd,
        "sha256": accepted.sha256,
        "size_bytes": accepted.size_bytes,
        "detected_type": accepted.detected_type,
        "declared_content_type": metadata.declared_content_type,
        "filename": accepted.filename,
        "category": metadata.category.value,
        "fiscal_year": metadata.fiscal_year,
        "title": metadata.title,
        "facts": dict(accepted.facts),
        "source": source,
        "uploaded_by": uploaded_by,
        "correlation_id": correlation_id,
        "status": DocumentStatus.ACCEPTED.value,
        "status_reason": None,
        "blob": {"bucket": bucket, "key": blob_key_for(metadata.opd, accepted.sha256)},
        "published": False,
        "relay_lease_until": now,
        "created_at": now,
        "updated_at": now,
    }


def uploaded_event(record: dict[str, Any]) -> DocumentUploaded:
    return DocumentUploaded(
        event_id=uploaded_event_id(record["_id"]),
        opd=record["opd"],
        occurred_at=record["created_at"],
        correlation_id=record.get("correlation_id") or record["_id"],
        document_id=record["_id"],
        sha256=record["sha256"],
        blob=BlobRef(**record["blob"]),
        size_bytes=record["size_bytes"],
        detected_type=record["detected_type"],
        filename=record["filename"],
        category=DocumentCategory(record["category"]),
        fiscal_year=record.get("fiscal_year"),
        title=record.get("title"),
    )
