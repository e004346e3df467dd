"""The shared RKA shapes: a draft budget (RKA), its lines, and the findings of a review.

Defined once here and mapped to/from protobuf at the gRPC edge and to JSON in events and stores.
Money is integer rupiah; volumes and PPN rates are ``Decimal`` because koefisien can be
fractional (``0,5 Tahun``) and rates like 11% must not pick up binary-float noise.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from samarinda_common.intake import IntakeWarning
from samarinda_common.price_catalogue import PriceReference


def _utc_now() -> datetime:
    return datetime.now(UTC)


class RkaLine(BaseModel):
    """One budget line (a row with a ``No``) under an account group of a sub-kegiatan."""

    model_config = ConfigDict(frozen=True)

    line_id: str = Field(description="the line's No as printed, which identifies it in the RKA")
    kode_rekening: str | None = Field(default=None, description="account code of the line or its group")
    account_name: str | None = Field(default=None, description="name of the account group")
    uraian: str
    spesifikasi: str | None = None
    koefisien: str | None = Field(default=None, description="e.g. '10 Orang x 2 Kali'")
    volume: Decimal = Decimal(0)
    satuan: str | None = None
    harga_satuan: int = Field(default=0, description="unit price in rupiah, excluding PPN")
    ppn_percent: Decimal | None = Field(default=None, description="None when the RKA states no PPN")
    jumlah: int = Field(default=0, description="line total in rupiah as written")
    subgroup: str | None = Field(
        default=None,
        description="the SIPD sub-group labels the line stands under ('[#] Rapat Persiapan / [-] Peserta'),"
        " which state what it is for",
    )
    sheet: str | None = None
    row: int | None = Field(default=None, description="0-based row in the source table, for citations")
    read_by_ocr: bool = Field(
        default=False, description="its cells were read by OCR from a scan: a figure may be misread"
    )


class AccountGroup(BaseModel):
    """A row with a Kode Rekening and no No: it heads the lines below it; its Jumlah is a subtotal."""

    model_config = ConfigDict(frozen=True)

    kode_rekening: str
    uraian: str | None = None
    declared_subtotal: int | None = None
    line_ids: list[str] = Field(default_factory=list)
    row: int | None = None


class SubKegiatan(BaseModel):
    model_config = ConfigDict(frozen=True)

    kode: str | None = None
    nama: str
    named: bool = Field(
        default=True, description="false when no header block named it and ``nama`` is a page label"
    )
    program: str | None = None
    kegiatan: str | None = None
    indikator: str | None = Field(default=None, description="output indicator (tolok ukur keluaran)")
    target: str | None = None
    urusan: str | None = None
    lokasi: str | None = None
    sheet: str | None = None
    lines: list[RkaLine] = Field(default_factory=list)
    groups: list[AccountGroup] = Field(default_factory=list)
    declared_total: int | None = None


class Rka(BaseModel):
    model_config = ConfigDict(frozen=True)

    rka_id: str | None = None
    opd: str = Field(description="OPD code (or mnemonic) that owns the RKA")
    opd_name: str | None = None
    fiscal_year: int | None = Field(default=None, ge=2000, le=2100)
    source: str | None = Field(default=None, description="file name or document id it was read from")
    sub_kegiatan: list[SubKegiatan] = Field(default_factory=list)
    # What the intake read only in part (a table or row left out): shown on the review.
    intake_warnings: list[IntakeWarning] = Field(default_factory=list)

    def lines(self) -> list[RkaLine]:
        return [line for sub in self.sub_kegiatan for line in sub.lines]


class FindingType(StrEnum):
    OVERPRICED = "OVERPRICED"
    NO_PRICE_REFERENCE = "NO_PRICE_REFERENCE"
    OFF_TARGET = "OFF_TARGET"
    ARITHMETIC = "ARITHMETIC"
    DUPLICATE = "DUPLICATE"
    ACCOUNT_MISMATCH = "ACCOUNT_MISMATCH"


class Severity(StrEnum):
    """Driven by the rupiah at stake (thresholds are configurable in the reviewer)."""

    TINGGI = "TINGGI"
    SEDANG = "SEDANG"
    RENDAH = "RENDAH"

    @property
    def rank(self) -> int:
        return {Severity.TINGGI: 3, Severity.SEDANG: 2, Severity.RENDAH: 1}[self]


class EvidenceKind(StrEnum):
    PRICE_REFERENCE = "price_reference"
    DOCUMENT = "document"  # the OPD's own indexed documents (realisation, quotations, e-katalog)
    COMPUTATION = "computation"
    RULE = "rule"
    LLM = "llm"


class Evidence(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: EvidenceKind
    text: str
    document_id: str | None = Field(default=None, description="the uploaded document it comes from")
    source: str | None = Field(default=None, description="the file name it was read from")
    page: int | None = None
    score: float | None = None


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)

    line_id: str | None = Field(description="No of the line; None for subtotal/total findings")
    sub_kegiatan: str | None = Field(default=None, description="kode (or name) of the sub-kegiatan")
    type: FindingType
    severity: Severity
    message: str = Field(description="for the budget reviewer, in Bahasa Indonesia")
    evidence: list[Evidence] = Field(default_factory=list)
    reference: PriceReference | None = None
    potential_saving: int = Field(default=0, ge=0, description="rupiah")
    amount_at_stake: int = Field(default=0, ge=0, description="rupiah the finding puts in question")
    confidence: float = Field(default=1.0, ge=0, le=1)
    source: str = Field(default="rules", description="rules | llm")


class SubKegiatanSummary(BaseModel):
    model_config = ConfigDict(frozen=True)

    kode: str | None
    nama: str
    lines: int
    flagged_lines: int
    total: int
    amount_at_stake: int
    potential_saving: int


class ReviewSummary(BaseModel):
    model_config = ConfigDict(frozen=True)

    lines: int
    flagged_lines: int
    potential_saving: int
    total: int = 0
    amount_at_stake: int = 0
    findings_by_type: dict[str, int] = Field(default_factory=dict)
    findings_by_severity: dict[str, int] = Field(default_factory=dict)
    sub_kegiatan: list[SubKegiatanSummary] = Field(default_factory=list)


class Review(BaseModel):
    model_config = ConfigDict(frozen=True)

    review_id: str
    rka_id: str
    opd: str
    fiscal_year: int | None = None
    created_at: datetime = Field(default_factory=_utc_now)
    findings: list[Finding] = Field(default_factory=list, description="line findings (line_id set)")
    structural_findings: list[Finding] = Field(
        default_factory=list, description="subtotal / sub-kegiatan total findings (no line_id)"
    )
    summary: ReviewSummary
    catalogue_size: int = 0
    catalogue_version: str | None = Field(default=None, description="the official catalogue version used")
    narrative: str | None = Field(default=None, description="overall assessment, Bahasa Indonesia")
    reviewer: str = Field(default="rules", description="rules | rules+gemini | ...")
    warnings: list[str] = Field(default_factory=list)
