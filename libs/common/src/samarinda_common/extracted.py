"""The shape of an extracted document, shared by extraction (producer) and its readers.

Stored in MongoDB (collection ``extractions``) and referenced by ``documents.extracted.v1``.
Tables keep raw cell values (numbers stay numbers when the source had them, e.g. XLSX), so that
readers such as the price-catalogue and RKA parsers apply their own, domain-aware normalisation.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field, computed_field, field_validator

CellValue = str | int | float | bool | None


class ExtractionMethod(StrEnum):
    TEXT = "text"  # born-digital text layer
    OCR = "ocr"  # Tesseract on a rendered page or an image
    SPREADSHEET = "spreadsheet"
    DOCX = "docx"
    PLAIN = "plain"


class PageImage(BaseModel):
    """Where the picture of a page is kept, so a reviewer can see the source of a citation."""

    bucket: str
    key: str
    content_type: str = "image/png"
    width: int = Field(ge=1)
    height: int = Field(ge=1)


class Page(BaseModel):
    number: int = Field(ge=1, description="1-based page (or sheet) number, for citations")
    text: str
    method: ExtractionMethod
    confidence: float | None = Field(
        default=None, ge=0, le=100, description="OCR page confidence (calibrated, see the extraction README)"
    )
    sheet: str | None = None
    ocr_pass: str | None = Field(
        default=None, description="which OCR reading was kept (plain, corrected, ...)"
    )
    extracted: bool = Field(default=True, description="False when the page was left out (OCR budget spent)")
    image: PageImage | None = None


class BoundingBox(BaseModel):
    """A box on its page in fractions of the page's width and height (0..1, origin top left),
    so that boxes from a PDF's points and from a scan's pixels mean the same."""

    x0: float = Field(ge=0, le=1)
    y0: float = Field(ge=0, le=1)
    x1: float = Field(ge=0, le=1)
    y1: float = Field(ge=0, le=1)


class Table(BaseModel):
    page: int | None = Field(default=None, ge=1)
    sheet: str | None = None
    index: int = Field(ge=0, description="position of the table on its page/sheet")
    header_row: int | None = Field(default=None, ge=0, description="row index of the detected header")
    rows: list[list[CellValue]]
    bbox: BoundingBox | None = None
    row_bboxes: list[BoundingBox] = Field(default_factory=list, description="one per row when known")
    continued_on: int | None = Field(default=None, ge=1, description="page where the table goes on")

    @field_validator("rows", mode="before")
    @classmethod
    def _rows_from_stored_form(cls, value: Any) -> Any:
        # The stored form wraps each row as {"cells": [...]} (see stored_form); plain lists still work.
        if isinstance(value, list) and value and isinstance(value[0], dict):
            return [row.get("cells", []) for row in value]
        return value


class AmountMention(BaseModel):
    text: str
    value: int  # rupiah
    page: int | None = None


class ParsedMetadata(BaseModel):
    dates: list[str] = Field(default_factory=list, description="ISO dates found in the text")
    opd_names: list[str] = Field(default_factory=list)
    amounts: list[AmountMention] = Field(default_factory=list)


class ExtractedDocument(BaseModel):
    document_id: str | None = None
    filename: str
    detected_type: str
    language: str | None = None
    pages: list[Page] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    metadata: ParsedMetadata = Field(default_factory=ParsedMetadata)
    warnings: list[str] = Field(default_factory=list)
    pages_not_extracted: list[int] = Field(
        default_factory=list, description="pages left out because the OCR budget was spent"
    )
    # Page pictures (page number → PNG, width, height) on their way to the blob store; never serialised.
    page_images: dict[int, tuple[bytes, int, int]] = Field(default_factory=dict, exclude=True, repr=False)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def complete(self) -> bool:
        """False when pages were left out (see ``pages_not_extracted`` and the warnings)."""
        return not self.pages_not_extracted

    @property
    def pages_ocr(self) -> int:
        return sum(1 for p in self.pages if p.method is ExtractionMethod.OCR)

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)


def stored_form(document: ExtractedDocument) -> dict[str, Any]:
    """JSON-ready dict for a document store: FerretDB refuses nested arrays, so each table row is
    wrapped as ``{"cells": [...]}``. ``ExtractedDocument.model_validate`` reads both forms."""
    data = document.model_dump(mode="json")
    for table in data["tables"]:
        table["rows"] = [{"cells": row} for row in table["rows"]]
    return data
