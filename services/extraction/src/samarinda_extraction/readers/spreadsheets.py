"""XLSX and CSV: every sheet is a page (for citations) and a table with its header row found."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime, time

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException
from samarinda_common.csv_dialect import csv_dialect
from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import CellValue, ExtractionMethod, Page, Table
from samarinda_common.xlsx_formulas import fill_formula_values, has_formulas
from samarinda_common.xlsx_hidden import blank_columns, hidden_columns

from samarinda_extraction.domain.tables import MergedRange, detect_header_row, fill_merged, trim_grid
from samarinda_extraction.options import ExtractionOptions
from samarinda_extraction.readers import ReadResult
from samarinda_extraction.readers.text import decode_text

_PLAIN_INTEGER = re.compile(r"-?(?:0|[1-9]\d{0,17})")


def read_xlsx(data: bytes, options: ExtractionOptions) -> ReadResult:
    try:
        # data_only: formulas give the value Excel last computed, which is what people read. A
        # workbook written by a program stores no such value; its plain arithmetic is computed
        # from the formulas (``xlsx_formulas``, shared with the offline review).
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        formula_book = (
            openpyxl.load_workbook(io.BytesIO(data), data_only=False)
            if has_formulas(io.BytesIO(data))
            else None
        )
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InvalidInput(f"spreadsheet cannot be read: {exc}", field="file", reason="CORRUPT_XLSX") from exc
    result = ReadResult()
    for number, sheet in enumerate(workbook.worksheets, start=1):
        if sheet.max_row * sheet.max_column > options.max_sheet_cells:
            raise InvalidInput(
                f"sheet {sheet.title!r} has more than {options.max_sheet_cells} cells",
                field="file",
                reason="SHEET_TOO_LARGE",
            )
        grid = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        if formula_book is not None:
            stored = formula_book[sheet.title].iter_rows(values_only=True)
            formulas = [[_cell(v) for v in row] for row in stored]
            grid = fill_formula_values(grid, formulas)
        # A hidden helper column is no part of the table its author shows (``xlsx_hidden``).
        grid = blank_columns(grid, hidden_columns(sheet.column_dimensions.values()))
        merged = [
            MergedRange(r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1)
            for r in sheet.merged_cells.ranges
        ]
        _add_sheet(result, number, sheet.title, grid, fill_merged(grid, merged))
    workbook.close()
    if formula_book is not None:
        formula_book.close()
    return result


def read_csv(data: bytes, options: ExtractionOptions) -> ReadResult:
    text = decode_text(data)
    dialect = csv_dialect(text)
    grid: list[list[CellValue]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            grid.append([_csv_cell(v) for v in row])
            if len(grid) * max(len(row), 1) > options.max_sheet_cells:
                raise InvalidInput(
                    f"CSV has more than {options.max_sheet_cells} cells",
                    field="file",
                    reason="SHEET_TOO_LARGE",
                )
    except csv.Error as exc:
        raise InvalidInput(f"CSV cannot be read: {exc}", field="file", reason="CORRUPT_CSV") from exc
    result = ReadResult()
    _add_sheet(result, 1, None, grid, grid)
    return result


def _add_sheet(
    result: ReadResult,
    number: int,
    sheet: str | None,
    grid: Sequence[Sequence[CellValue]],
    filled: Sequence[Sequence[CellValue]],
) -> None:
    rows = trim_grid(filled)
    # The page text comes from the unfilled grid so that a merged title is not repeated per column.
    result.pages.append(
        Page(number=number, text=_as_text(trim_grid(grid)), method=ExtractionMethod.SPREADSHEET, sheet=sheet)
    )
    if rows:
        result.tables.append(
            Table(page=number, sheet=sheet, index=0, header_row=detect_header_row(rows), rows=rows)
        )


def _as_text(rows: Sequence[Sequence[CellValue]]) -> str:
    return "\n".join(" | ".join(str(v) for v in row if v is not None) for row in rows)


def _cell(value: object) -> CellValue:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def _csv_cell(value: str) -> CellValue:
    text = value.strip()
    # Only unambiguous integers become numbers; "1.250" or "0812" stay text for domain parsers.
    return int(text) if _PLAIN_INTEGER.fullmatch(text) else text
