"""Turning raw grids (spreadsheet sheets, PDF tables, CSV) into clean rows with a known header."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from samarinda_common.extracted import CellValue, Table

from samarinda_extraction.domain.vocabulary import VOCABULARY

Grid = list[list[CellValue]]

_SPACES = re.compile(r"\s+")
# How many leading rows may be titles before the header; RKA sheets have a ~16-row header block.
_HEADER_SEARCH_ROWS = 40


@dataclass(frozen=True)
class MergedRange:
    """A merged block in 0-based, inclusive coordinates (spreadsheets store the value top-left)."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int


def clean_cell(value: CellValue) -> CellValue:
    """Collapse whitespace inside text cells (PDF cells wrap lines); empty text becomes None."""
    if isinstance(value, str):
        text = _SPACES.sub(" ", value).strip()
        return text or None
    return value


def fill_merged(grid: Grid, merged: Iterable[MergedRange]) -> Grid:
    """Copy each merged block's top-left value into every cell of the block."""
    filled = [list(row) for row in grid]
    for block in merged:
        if block.first_row >= len(filled):
            continue
        value = (
            filled[block.first_row][block.first_col]
            if block.first_col < len(filled[block.first_row])
            else None
        )
        for r in range(block.first_row, min(block.last_row, len(filled) - 1) + 1):
            row = filled[r]
            for c in range(block.first_col, min(block.last_col, len(row) - 1) + 1):
                row[c] = value
    return filled


def trim_grid(grid: Sequence[Sequence[CellValue]]) -> Grid:
    """Clean every cell, drop fully empty rows and fully empty trailing/leading columns."""
    rows = [[clean_cell(v) for v in row] for row in grid]
    rows = [row for row in rows if any(v is not None for v in row)]
    if not rows:
        return []
    width = max(len(row) for row in rows)
    rows = [row + [None] * (width - len(row)) for row in rows]
    used = [c for c in range(width) if any(row[c] is not None for row in rows)]
    first, last = used[0], used[-1]
    return [row[first : last + 1] for row in rows]


def detect_header_row(rows: Sequence[Sequence[CellValue]]) -> int | None:
    """Index of the header: the first row, among the leading rows, that looks like column labels.

    A header is a row of several distinct short text labels (no numbers) with data rows under it;
    title rows (one wide cell, or a value merged across the row) fail the "several distinct
    labels" test, and of several candidates (a small key/value block above the real table) the
    one with the most labels wins.
    """
    limit = min(len(rows), _HEADER_SEARCH_ROWS)
    best: tuple[float, int] | None = None
    for index in range(limit):
        score = _header_score(rows, index)
        if score > 0 and (best is None or score > best[0]):
            best = (score, index)
    return best[1] if best else None


def _header_score(rows: Sequence[Sequence[CellValue]], index: int) -> float:
    row = rows[index]
    texts = [v for v in row if v is not None]
    labels = {v.strip().lower() for v in texts if isinstance(v, str) and _is_label(v)}
    if len(labels) < 3 or len(labels) < 0.6 * len(texts):
        return 0.0
    below = rows[index + 1 : index + 6]
    data_like = sum(1 for r in below if _filled(r) >= max(2, len(labels) // 2))
    if not data_like:
        return 0.0
    numbers_below = sum(1 for r in below for v in r if isinstance(v, int | float) and not isinstance(v, bool))
    # The row with the most column labels wins; data (often numeric) under it breaks ties.
    return len(labels) * 10 + data_like + min(numbers_below, 5) * 0.5


def _is_label(value: str) -> bool:
    text = value.strip()
    return 0 < len(text) <= 60 and not _looks_numeric(text) and text not in {":", "-"}


def _looks_numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[-+()Rp.\s\d,%]+", text))


def _filled(row: Sequence[CellValue]) -> int:
    return sum(1 for v in row if v is not None)


def merge_continued_tables(tables: Sequence[Table]) -> list[Table]:
    """One table per table, even when it runs over a page break.

    A table that ends low on its page and a table that starts high on the next page, with the
    same number of columns, are one table, unless the second has a header of its own that differs
    (a repeated header row is dropped) or the first closes with its grand total row. ``tables`` is
    in page order; the merged table keeps the first page (and says where it goes on); row boxes
    are dropped as they would span pages.
    """
    merged: list[Table] = []
    for table in tables:
        previous = merged[-1] if merged else None
        if previous is not None and _continues(previous, table):
            rows = list(table.rows)
            if (
                previous.header_row is not None
                and rows
                and _same_row(rows[0], previous.rows[previous.header_row])
            ):
                rows = rows[1:]
            merged[-1] = previous.model_copy(
                update={"rows": [*previous.rows, *rows], "row_bboxes": [], "continued_on": table.page}
            )
        else:
            merged.append(table)
    return merged


def _continues(first: Table, second: Table) -> bool:
    last_page = first.continued_on or first.page
    if first.page is None or second.page is None or last_page is None or second.page != last_page + 1:
        return False
    if not first.rows or not second.rows or len(first.rows[0]) != len(second.rows[0]):
        return False
    if closes_with_total(first.rows[-1]):
        return False
    if first.bbox is not None and second.bbox is not None and (first.bbox.y1 < 0.6 or second.bbox.y0 > 0.4):
        return False
    if second.header_row is not None and first.header_row is not None:
        return second.header_row == 0 and _same_row(second.rows[0], first.rows[first.header_row])
    return second.header_row is None


def closes_with_total(row: Sequence[CellValue]) -> bool:
    """A grand total row: its one label is a closing total's, beside at least one figure."""
    texts = [v for v in (clean_cell(c) for c in row) if isinstance(v, str)]
    labels = [t for t in texts if not _looks_numeric(t)]
    figures = len(texts) - len(labels) + sum(1 for c in row if isinstance(c, int | float))
    return len(labels) == 1 and labels[0].lower() in VOCABULARY.tables.closing_totals and figures >= 1


def _same_row(a: Sequence[CellValue], b: Sequence[CellValue]) -> bool:
    return [clean_cell(v) for v in a] == [clean_cell(v) for v in b]
