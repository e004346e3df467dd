"""Statements: one period's usage and cost per OPD, operation and provider, as CSV or XLSX."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from enum import StrEnum

from openpyxl import Workbook
from openpyxl.styles import Font

from samarinda_billing.domain.ledger import UsageReport

COLUMNS = ("period", "opd", "operation", "provider", "units", "events", "cost_idr")


class StatementFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class StatementFile:
    content: bytes
    content_type: str
    filename: str


_CONTENT_TYPES = {
    StatementFormat.CSV: "text/csv; charset=utf-8",
    StatementFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def statement_rows(report: UsageReport) -> list[list[str | int]]:
    """Header, one row per line, and a TOTAL row (the rounded sum of micro-rupiah, see pricing)."""
    rows: list[list[str | int]] = [list(COLUMNS)]
    for line in report.rows():
        rows.append([line[column] for column in COLUMNS])
    events = sum(t.events for t in report.lines.values())
    rows.append(["TOTAL", "", "", "", "", events, report.total_idr])
    return rows


def render_statement(
    report: UsageReport, period: str, opd: str | None, fmt: StatementFormat
) -> StatementFile:
    rows = statement_rows(report)
    content = _csv(rows) if fmt is StatementFormat.CSV else _xlsx(rows, period)
    filename = f"statement_{period}_{opd or 'all'}.{fmt.value}"
    return StatementFile(content, _CONTENT_TYPES[fmt], filename)


def _csv(rows: list[list[str | int]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _xlsx(rows: list[list[str | int]], period: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = f"Tagihan {period}"
    for row in rows:
        sheet.append(row)
    for cell in (*sheet[1], *sheet[sheet.max_row]):
        cell.font = Font(bold=True)
    for row_cells in sheet.iter_rows(min_row=2, min_col=5, max_col=7):
        for cell in row_cells:
            cell.number_format = "#,##0"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
