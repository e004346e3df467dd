"""Versioned Kafka event payloads (JSON on the wire, so any e-government system can publish them).

Every event carries an id for idempotency, the OPD code, the time it happened and a correlation
id that follows a document through the pipeline. The topic an event goes to and the key that keeps
one OPD's (or one document's) events ordered are part of the model.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from samarinda_common.topics import Topic

# OPD codes follow the regional organisation code (e.g. "1.01.2.22.0.00.01.0000") or a short
# mnemonic ("DISDIK"); both are letters, digits, dots, dashes and underscores.
OpdCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
DocumentId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{8,80}$")]


def new_event_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> datetime:
    return datetime.now(UTC)


class Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    TOPIC: ClassVar[Topic]
    KEY_FIELD: ClassVar[str] = "opd"

    event_id: str = Field(default_factory=new_event_id, min_length=8, max_length=128)
    opd: OpdCode
    occurred_at: datetime = Field(default_factory=utc_now)
    correlation_id: str | None = None

    @model_validator(mode="after")
    def _aware_time(self) -> Event:
        if self.occurred_at.tzinfo is None:
            raise ValueError("occurred_at must carry a timezone")
        return self

    def key(self) -> bytes:
        return str(getattr(self, self.KEY_FIELD)).encode()


class DocumentCategory(StrEnum):
    RKA = "rka"
    SSH = "ssh"  # standard unit prices (also HSPK, ASB, SBU price references)
    PRICE_REFERENCE = "price_reference"
    REALISASI = "realisasi"
    QUOTATION = "penawaran"
    REPORT = "laporan"
    MINUTES = "notulen"
    REGULATION = "regulasi"
    OTHER = "lainnya"


# Official price catalogues (SSH, and HSPK/ASB/SBU under the same category): published only by the
# catalogue-publisher role, versioned, shared by every OPD as price ceilings.
CATALOGUE_CATEGORIES = frozenset({DocumentCategory.SSH})


def is_official_catalogue(document: Mapping[str, Any]) -> bool:
    """A ``documents`` record (as upload writes it) of a catalogue its publisher uploaded."""
    uploaded_by = document.get("uploaded_by") or {}
    return document.get("category") in CATALOGUE_CATEGORIES and uploaded_by.get("catalogue_publisher") is True


class BlobRef(BaseModel):
    model_config = ConfigDict(frozen=True)

    bucket: str
    key: str


class IngestRequested(Event):
    """An e-government system hands over a document: inline when small, else by reference."""

    TOPIC = Topic.INGEST_REQUESTED

    filename: str = Field(min_length=1, max_length=255)
    category: DocumentCategory = DocumentCategory.OTHER
    fiscal_year: int | None = Field(default=None, ge=2000, le=2100)
    title: str | None = Field(default=None, max_length=500)
    declared_content_type: str | None = None
    content_base64: str | None = Field(default=None, max_length=2_000_000)
    reference: BlobRef | None = None
    source_system: str | None = None
    # Who publishes it and the HMAC over its claims (samarinda_common.event_identity): Kafka does not
    # tell a consumer who wrote a record, so the event proves it. Unsigned events are dead-lettered.
    producer: str | None = Field(default=None, max_length=100)
    signature: str | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _one_source(self) -> IngestRequested:
        if (self.content_base64 is None) == (self.reference is None):
            raise ValueError("exactly one of content_base64 or reference is required")
        return self


class DocumentUploaded(Event):
    TOPIC = Topic.DOCUMENT_UPLOADED
    KEY_FIELD = "document_id"

    document_id: DocumentId
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    blob: BlobRef
    size_bytes: int = Field(ge=0)
    detected_type: str
    filename: str
    category: DocumentCategory = DocumentCategory.OTHER
    fiscal_year: int | None = None
    title: str | None = None
    parent_document_id: str | None = None


class DocumentExtracted(Event):
    TOPIC = Topic.DOCUMENT_EXTRACTED
    KEY_FIELD = "document_id"

    document_id: DocumentId
    extraction_id: str
    detected_type: str
    category: DocumentCategory = DocumentCategory.OTHER
    fiscal_year: int | None = None
    filename: str
    pages: int = Field(ge=0)
    pages_ocr: int = Field(default=0, ge=0)
    tables: int = Field(default=0, ge=0)
    language: str | None = None


class DocumentIndexed(Event):
    TOPIC = Topic.DOCUMENT_INDEXED
    KEY_FIELD = "document_id"

    document_id: DocumentId
    category: DocumentCategory = DocumentCategory.OTHER
    fiscal_year: int | None = None
    chunks: int = Field(ge=0)
    price_references: int = Field(default=0, ge=0)
    embedding_model: str


class IndicatorsExtracted(Event):
    """The performance service has read a document's indicators and re-checked its OPD's reports."""

    TOPIC = Topic.INDICATORS_EXTRACTED
    KEY_FIELD = "document_id"

    document_id: DocumentId
    fiscal_year: int | None = None
    document_type: str = Field(max_length=32, description="report, budget or plan")
    indicators: int = Field(ge=0)
    findings: int = Field(ge=0, description="findings of the OPD after this document")
    reader_version: str = Field(max_length=64)


class RkaSubmitted(Event):
    """An RKA to review: an uploaded spreadsheet (document_id) or a structured RKA inline."""

    TOPIC = Topic.RKA_SUBMITTED

    rka_id: str = Field(default_factory=new_event_id)
    fiscal_year: int | None = Field(default=None, ge=2000, le=2100)
    document_id: str | None = None
    rka: dict[str, Any] | None = None  # samarinda_common.rka.Rka as JSON
    price_reference_document_ids: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_source(self) -> RkaSubmitted:
        if (self.document_id is None) == (self.rka is None):
            raise ValueError("exactly one of document_id or rka is required")
        return self


class RkaReviewed(Event):
    TOPIC = Topic.RKA_REVIEWED

    review_id: str
    rka_id: str
    lines: int = Field(ge=0)
    flagged_lines: int = Field(ge=0)
    potential_saving: int = Field(ge=0, description="rupiah")
    findings_by_type: dict[str, int] = Field(default_factory=dict)


class UsageOperation(StrEnum):
    OCR_PAGE = "ocr_page"
    PARSE_PAGE = "parse_page"
    EMBED_TOKENS = "embed_tokens"
    LLM_INPUT_TOKENS = "llm_input_tokens"
    LLM_OUTPUT_TOKENS = "llm_output_tokens"
    STORAGE_BYTES = "storage_bytes"
    SEARCH_QUERY = "search_query"
    REVIEW_LINE = "review_line"


class UsageRecorded(Event):
    TOPIC = Topic.USAGE_RECORDED

    operation: UsageOperation
    provider: str = Field(default="local", max_length=64)
    model: str | None = Field(default=None, max_length=128)
    units: int = Field(ge=0)
    service: str | None = None
    document_id: str | None = None
    # Id of what was metered (document, review...): the same subject metered twice is one charge.
    subject_id: str | None = None


class QuotaState(StrEnum):
    OK = "ok"
    WARNING = "warning"
    EXHAUSTED = "exhausted"


class QuotaChanged(Event):
    TOPIC = Topic.QUOTA_CHANGED

    state: QuotaState
    used_percent: float = Field(ge=0)
    threshold_percent: int | None = None
    hard_limit: bool = True
    allocation_idr: int = 0
    spent_idr: int = 0
    period: str = Field(pattern=r"^\d{4}-\d{2}$")


EVENT_TYPES: dict[str, type[Event]] = {
    cls.TOPIC.value: cls
    for cls in (
        IngestRequested,
        DocumentUploaded,
        DocumentExtracted,
        DocumentIndexed,
        RkaSubmitted,
        RkaReviewed,
        UsageRecorded,
        QuotaChanged,
        IndicatorsExtracted,
    )
}

EventName = Literal[
    "documents.ingest-requested.v1",
    "documents.uploaded.v1",
    "documents.extracted.v1",
    "documents.indexed.v1",
    "rka.submitted.v1",
    "rka.reviewed.v1",
    "usage.recorded.v1",
    "performance.indicators-extracted.v1",
    "billing.quota-changed.v1",
]
