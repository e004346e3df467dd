"""Read a local spreadsheet (or, through the extraction service's library, a PDF) into tables.

Used by the offline CLI; the services read the tables the extraction service stored instead.
"""

from __future__ import annotations

import csv
import importlib
import io
from pathlib import Path
from typing import Any

from samarinda_common.csv_dialect import csv_dialect
from samarinda_common.errors import InvalidInput, SamarindaError
from samarinda_common.extracted import CellValue, Page, Table
from samarinda_common.intake import EmptyIntake, IntakeReport
from samarinda_common.ocr_cells import label_set, normalise_ocr_tables
from samarinda_common.price_catalogue import CATALOGUE_COLUMNS
from samarinda_common.xlsx_formulas import fill_formula_values, has_formulas
from samarinda_common.xlsx_hidden import blank_columns, hidden_columns_by_sheet

from samarinda_rka_review.adapters.extraction_cache import ExtractionCache
from samarinda_rka_review.domain.rules import RKA_LAYOUT

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm")
TEXT_TABLE_SUFFIXES = (".csv", ".tsv", ".txt")


def load_tables(path: Path) -> list[Table]:
    """One table per sheet (spreadsheets) or per extracted table (PDF); raises InvalidInput."""
    return load_document(path)[0]


def load_document(
    path: Path, *, ocr_time_scale: float = 1.0, cache: ExtractionCache | None = None
) -> tuple[list[Table], list[Page]]:
    """The tables and, for a PDF or an image, the pages' text (a printout's header block may be
    outside its tables); raises InvalidInput. ``ocr_time_scale`` stretches the OCR's per-call
    timeouts (benchmarks on a busy machine); ``cache`` keeps what the extraction read."""
    if not path.is_file():
        raise InvalidInput(f"file not found: {path}", field="path")
    suffix = path.suffix.lower()
    try:
        if suffix in SPREADSHEET_SUFFIXES:
            return _xlsx_tables(path), []
        if suffix in TEXT_TABLE_SUFFIXES:
            return [_csv_table(path)], []
        return _extracted_tables(path, ocr_time_scale, cache)
    except SamarindaError:
        raise  # typed already (a missing OCR engine is no fault of the file)
    except Exception as exc:  # openpyxl/zip/csv raise many types for a damaged file
        raise InvalidInput(f"cannot read {path.name}: {exc}", field="path") from exc


def _xlsx_tables(path: Path) -> list[Table]:
    """Each sheet's cell values as last saved; a formula saved without its value (a workbook
    written by a program) is computed when it is plain arithmetic (``xlsx_formulas``); a hidden
    column reads as empty (``xlsx_hidden``)."""
    values = _xlsx_rows(path, data_only=True)
    formulas = _xlsx_rows(path, data_only=False) if has_formulas(path) else {}
    hidden = hidden_columns_by_sheet(path)
    return [
        Table(
            sheet=title,
            page=number,
            index=0,
            rows=blank_columns(
                fill_formula_values(rows, formulas.get(title, [])), hidden.get(title, frozenset())
            ),
        )
        for number, (title, rows) in enumerate(values.items(), start=1)
    ]


def _xlsx_rows(path: Path, *, data_only: bool) -> dict[str, list[list[CellValue]]]:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    try:
        return {
            sheet.title: [[_cell_value(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            for sheet in workbook.worksheets
        }
    finally:
        workbook.close()


def _cell_value(value: Any) -> CellValue:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)  # dates, times, decimals: the parsers only need their text


def _csv_table(path: Path) -> Table:
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    # The extraction service's choice (a ``;`` export with metadata lines above its table defeats
    # the standard sniffer, and a comma fallback splits every ``1.250.000,00`` in two).
    dialect = csv_dialect(text)
    rows: list[list[CellValue]] = [list(r) for r in csv.reader(io.StringIO(text, newline=""), dialect)]
    return Table(sheet=path.stem, index=0, rows=rows)


def _extracted_tables(
    path: Path, ocr_time_scale: float, cache: ExtractionCache | None
) -> tuple[list[Table], list[Page]]:
    """PDFs and images go through the extraction service's library when it is installed."""
    try:
        extraction = importlib.import_module("samarinda_extraction")
        extract_file = extraction.extract_file
    except (ImportError, AttributeError) as exc:
        raise InvalidInput(f"unsupported file type {path.suffix!r}: use .xlsx or .csv", field="path") from exc
    document = cache.get(path, ocr_time_scale) if cache is not None else None
    if document is None:
        document = extract_file(path, ocr_time_scale=ocr_time_scale)
        if cache is not None:
            cache.put(path, ocr_time_scale, document)
    if not document.tables:
        raise EmptyIntake.of(_pages_without_tables(path.name, document.pages), "tables")
    # A scan's cells carry the OCR's slips (1.250.0O0, O%, Harcia Satun); repaired by their grammar.
    labels = label_set(RKA_LAYOUT.columns, CATALOGUE_COLUMNS)
    return normalise_ocr_tables(document.tables, document.pages, labels), list(document.pages)


def _pages_without_tables(source: str, pages: list[Page]) -> IntakeReport:
    """What the extraction saw on each page, for the error that says no table was found."""
    report = IntakeReport(kind="document", source=source)
    for page in pages:
        lines = [line for line in page.text.splitlines() if line.strip()]
        how = f"{page.method.value}" + (f", pass {page.ocr_pass}" if page.ocr_pass else "")
        if page.confidence is not None:
            how += f", confidence {page.confidence:.0f}"
        intake = report.table(f"page {page.number}", 0)
        intake.note = f"no table found ({len(lines)} text lines read by {how})" + (
            f"; first line {lines[0][:60]!r}" if lines else ""
        )
    return report
