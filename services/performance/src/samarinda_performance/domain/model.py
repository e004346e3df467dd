"""What the service reads out of a report and what it says about it."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class DocumentType(StrEnum):
    REPORT = "report"  # LKjIP / LAKIP / laporan kinerja
    BUDGET = "budget"  # laporan realisasi anggaran
    PLAN = "plan"  # renja / renstra: targets only, the yardstick for reports
    NOT_REPORT = "not_report"  # minutes, invitations, letters: nothing is read from them


class Citation(BaseModel):
    """Where a value was read: the document, its page (1-based) or sheet, and the table row or
    the character span of the sentence it came from."""

    model_config = ConfigDict(frozen=True)

    document_id: str
    document: str  # file name as uploaded
    page: int | str  # page number, or sheet name for spreadsheets
    table: int | None = None
    row: int | None = None
    span: tuple[int, int] | None = None


class Indicator(BaseModel):
    """One performance indicator (or budget line) of one OPD and fiscal year, values as stated."""

    model_config = ConfigDict(frozen=True)

    opd: str
    fiscal_year: int | None
    document_type: DocumentType
    indicator: str
    programme: str | None = None
    kegiatan: str | None = None
    sub_kegiatan: str | None = None
    unit: str | None = None
    target: float | None = None
    target_text: str | None = Field(
        default=None, description='the target as written when it is no figure: "-", "n/a", "Tersedia"'
    )
    realisation: float | None = None
    achievement_pct: float | None = None
    lower_is_better: bool = False
    pagu: float | None = None
    budget_realisation: float | None = None
    absorption_pct: float | None = None
    previous_realisation: float | None = Field(
        default=None, description="last year's, when the table states it"
    )
    target_revised_from: float | None = Field(
        default=None,
        description="the earlier target the report says this one replaced ('diubah dari 40 menjadi 45')",
    )
    read_by_ocr: bool = Field(
        default=False, description="read from an OCR'd page: its figures may be misread"
    )
    columns_inferred: bool = Field(
        default=False,
        description="read under a header OCR could not read: which figure is the target, the "
        "realisation and the achievement was told by the arithmetic of the table's rows",
    )
    citation: Citation

    @property
    def has_performance(self) -> bool:
        return self.target is not None or self.realisation is not None or self.achievement_pct is not None

    @property
    def has_budget(self) -> bool:
        return self.pagu is not None or self.budget_realisation is not None or self.absorption_pct is not None


class FindingType(StrEnum):
    ACHIEVEMENT_MISMATCH = "ACHIEVEMENT_MISMATCH"
    CROSS_DOCUMENT_CONFLICT = "CROSS_DOCUMENT_CONFLICT"
    ABSORPTION_OVER_100 = "ABSORPTION_OVER_100"
    REALISATION_WITHOUT_TARGET = "REALISATION_WITHOUT_TARGET"
    TARGET_CHANGED = "TARGET_CHANGED"


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)

    type: FindingType
    opd: str
    fiscal_year: int | None
    indicator: str
    message: str  # Bahasa Indonesia, for the inspector
    citations: tuple[Citation, ...]
