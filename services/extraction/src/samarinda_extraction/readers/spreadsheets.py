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
from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import CellValue, ExtractionMethod, Page, Table
from samarinda_common.xlsx_formulas import fill_formula_values, has_formulas

from samarinda_extraction.domain.tables import MergedRange, detect_header_row, fill_merged, trim_grid
from samarinda_extraction.options import ExtractionOptions
from samarinda_extraction.readers import ReadResult
from samarinda_extraction.readers.text import decode_text

_CSV_DELIMITERS = ",;\t|"
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
    dialect = _csv_dialect(text[:32_768])
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


def _csv_dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    """The sniffed dialect, unless another delimiter splits the sample's rows more consistently.

    The standard sniffer reads a title line above the table ("DAFTAR HARGA …, TAHUN 2025") as
    evidence too and can settle on a comma inside it, leaving a semicolon table one cell per row.
    """
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=_CSV_DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    lines = sample.splitlines()[:-1] or sample.splitlines()  # the sample's last line may be cut
    best = max(_CSV_DELIMITERS, key=lambda delimiter: _rows_split_alike(lines, delimiter))
    if _rows_split_alike(lines, best) > _rows_split_alike(lines, dialect.delimiter):
        return csv.excel_tab if best == "\t" else _with_delimiter(best)
    return dialect


def _rows_split_alike(lines: Sequence[str], delimiter: str) -> int:
    """How many lines split into the same number (≥ 2) of fields, the most common such number."""
    widths = [len(row) for row in csv.reader(lines, delimiter=delimiter) if len(row) >= 2]
    return max((widths.count(width) for width in set(widths)), default=0)


def _with_delimiter(delimiter: str) -> type[csv.Dialect]:
    return type("_Delimited", (csv.excel,), {"delimiter": delimiter})


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
