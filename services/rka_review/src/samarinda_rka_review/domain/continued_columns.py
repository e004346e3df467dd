"""A page that continues a table without repeating its header, cut into one column more.

On a PDF with no ruling lines the table finder places columns by where text stands. On the page
with the header, a ``No`` and a ``Kode Rek`` printed side by side over rows that never fill both (a
line has a No, its account row a code) may come out as one column; on the next page, with no header
to go by, the same two stand apart. Read under the first page's columns, every cell of the second
page then sits one column to the right of its field. The two columns are joined back when the
continuation is exactly one column wider than the table it continues and exactly one pair of
neighbouring columns is never filled in the same row."""

from __future__ import annotations

from collections.abc import Sequence

from samarinda_common.extracted import CellValue


def _filled(value: CellValue) -> bool:
    return value is not None and str(value).strip() != ""


def _cell(row: Sequence[CellValue], col: int) -> CellValue:
    return row[col] if col < len(row) else None


def _exclusive_pair(rows: Sequence[Sequence[CellValue]], left: int) -> bool:
    """Columns ``left`` and ``left + 1`` each hold something, never in the same row."""
    here = [_filled(_cell(r, left)) for r in rows]
    right = [_filled(_cell(r, left + 1)) for r in rows]
    return any(here) and any(right) and not any(a and b for a, b in zip(here, right, strict=True))


def join_split_column(rows: Sequence[Sequence[CellValue]], width: int) -> list[list[CellValue]] | None:
    """``rows`` with the one pair of never-both-filled neighbouring columns joined, when they are
    one column wider than ``width`` (the table they continue); None when they are not so."""
    if max((len(r) for r in rows), default=0) != width + 1:
        return None
    pairs = [left for left in range(width) if _exclusive_pair(rows, left)]
    if len(pairs) != 1:
        return None  # no pair, or several to choose from: nothing says which
    left = pairs[0]
    joined: list[list[CellValue]] = []
    for row in rows:
        padded = [*row, *[None] * (width + 1 - len(row))]
        kept = padded[left] if _filled(padded[left]) else padded[left + 1]
        joined.append([*padded[:left], kept, *padded[left + 2 :]])
    return joined
