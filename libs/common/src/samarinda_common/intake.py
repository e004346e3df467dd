"""What a parser read from a document's tables, and what it left out and why.

The catalogue and RKA parsers fill one ``IntakeReport`` each, so a document that yields nothing
can be refused with an error naming the rows that were seen (``EmptyIntake``) instead of a silent
empty result, and ``samarinda inspect`` can show a reviewer how a file was understood.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import CellValue

_PREVIEW_CELLS = 6
_PREVIEW_CHARS = 40
_ROWS_IN_ERROR = 8


def row_preview(row: Sequence[CellValue]) -> str:
    """The filled cells of a row, shortened, for a person reading an error or a report."""
    cells = [str(value).strip() for value in row if value not in (None, "") and str(value).strip()]
    shown = [c if len(c) <= _PREVIEW_CHARS else c[: _PREVIEW_CHARS - 1] + "…" for c in cells[:_PREVIEW_CELLS]]
    return " | ".join(shown) + (" | …" if len(cells) > _PREVIEW_CELLS else "")


class IntakeWarningKind(StrEnum):
    """What was read only in part. A document is read as far as it can be: one odd table or row
    is left out with one of these, never the whole file."""

    TABLE_NOT_READ = "TABLE_NOT_READ"  # a table (a sheet, a PDF table) broke the reader
    ROW_NOT_READ = "ROW_NOT_READ"  # a row broke the reader: its table's other rows were read
    COLUMNS_FROM_CONTENTS = "COLUMNS_FROM_CONTENTS"  # no header recognised: roles read from the body
    PAGE_NOT_EXTRACTED = "PAGE_NOT_EXTRACTED"  # the extraction left a page out (its OCR budget spent)


@dataclass(frozen=True)
class IntakeWarning:
    kind: IntakeWarningKind
    where: str  # the table (``sheet 'Rekap'``, ``page 3 table 1``), with the row when one
    detail: str

    def message(self) -> str:
        """For the review's warnings (Bahasa Indonesia, as the rest of them)."""
        what = {
            IntakeWarningKind.TABLE_NOT_READ: "tabel tidak terbaca, tabel lain tetap dibaca",
            IntakeWarningKind.ROW_NOT_READ: "baris tidak terbaca, baris lain tetap dibaca",
            IntakeWarningKind.COLUMNS_FROM_CONTENTS: "judul kolom tidak dikenali, kolom dibaca dari isinya",
            IntakeWarningKind.PAGE_NOT_EXTRACTED: "halaman tidak terbaca, barisnya tidak diperiksa",
        }[self.kind]
        return f"[{self.kind.value}] {self.where}: {what} ({self.detail})"


@dataclass(frozen=True)
class SkippedRow:
    row: int  # 0-based index in its table
    reason: str
    preview: str


@dataclass
class TableIntake:
    """One table (a sheet or a PDF table): its header as recognised and what became of its rows."""

    where: str
    rows: int
    header_row: int | None = None
    columns: dict[str, str] = field(default_factory=dict)  # field -> the header label it was read from
    note: str | None = None  # why the table was not read, or how (a continuation page)
    facts: dict[str, str] = field(default_factory=dict)  # header facts above it (RKA sub-kegiatan...)
    # Columns deliberately not read and why (an RKA Perubahan's "before" block), for the reviewer;
    # roles read from contents show in ``columns`` instead.
    decisions: list[str] = field(default_factory=list)
    accepted: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)

    def skip(self, row: int, reason: str, cells: Sequence[CellValue]) -> None:
        self.skipped.append(SkippedRow(row=row, reason=reason, preview=row_preview(cells)))


@dataclass
class IntakeReport:
    kind: str  # "catalogue" or "rka"
    source: str | None = None
    tables: list[TableIntake] = field(default_factory=list)
    warnings: list[IntakeWarning] = field(default_factory=list)

    @property
    def accepted(self) -> int:
        return sum(t.accepted for t in self.tables)

    def warn(self, kind: IntakeWarningKind, where: str, detail: str) -> None:
        self.warnings.append(IntakeWarning(kind=kind, where=where, detail=detail))

    def table(self, where: str, rows: int) -> TableIntake:
        intake = TableIntake(where=where, rows=rows)
        self.tables.append(intake)
        return intake

    def explain(self, limit: int = _ROWS_IN_ERROR) -> str:
        """A few sentences: per table, the header found (or why none) and the first skipped rows."""
        if not self.tables:
            return "no tables were read"
        parts = []
        for table in self.tables:
            if table.header_row is None and not table.accepted and not table.skipped:
                parts.append(f"{table.where} ({table.rows} rows): {table.note or 'no header row recognised'}")
                continue
            columns = ", ".join(f"{name}={label!r}" for name, label in table.columns.items())
            header = (
                f"header at row {table.header_row + 1}"
                if table.header_row is not None
                else (table.note or "no header")
            )
            text = f"{table.where} ({table.rows} rows): {header} [{columns}], {table.accepted} read"
            if table.skipped:
                shown = "; ".join(f"row {s.row + 1} {s.reason} ({s.preview})" for s in table.skipped[:limit])
                more = len(table.skipped) - limit
                text += f", {len(table.skipped)} skipped: {shown}" + (
                    f"; and {more} more" if more > 0 else ""
                )
            parts.append(text)
        return " / ".join(parts)


class EmptyIntake(InvalidInput):
    """A catalogue with no price items or an RKA with no lines: the review cannot stand on it."""

    reason = "EMPTY_INTAKE"

    def __init__(self, message: str, *, report: IntakeReport | None = None):
        report = report or IntakeReport(kind="input")
        super().__init__(
            message,
            field=report.kind,
            details={"source": report.source or "", "tables": str(len(report.tables))},
        )
        self.report = report

    @classmethod
    def of(cls, report: IntakeReport, expected: str) -> EmptyIntake:
        source = f" {report.source}" if report.source else ""
        return cls(f"{report.kind}{source} yielded no {expected}: {report.explain()}", report=report)
