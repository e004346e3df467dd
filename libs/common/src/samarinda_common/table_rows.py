"""Rows a government table prints that carry no data, shared by every reader of such tables."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from samarinda_common.extracted import CellValue

_COLUMN_NUMBER = re.compile(r"\(?\s*(\d{1,2})\s*\)?")


def cell_at(row: Sequence[CellValue], col: int) -> CellValue:
    """The row's cell in ``col``, or None where the row stops short of it (a row read from a
    sheet or a PDF ends at its last filled cell)."""
    return row[col] if col < len(row) else None


def is_column_numbering(row: Sequence[CellValue]) -> bool:
    """The ``1 | 2 | 3 ...`` or ``(1) | (2) ...`` row printed under a table's header: at least
    three filled cells, each one more than the cell before it or as many more as it stands columns
    further (a spacer or hidden column between them numbered but read empty); a row of small
    figures that merely rise, "2 | 5 | 9", is data."""
    numbers = []
    for col, cell in enumerate(row):
        text = "" if cell is None else str(cell).strip()
        if not text:
            continue
        match = _COLUMN_NUMBER.fullmatch(text)
        if match is None:
            return False
        numbers.append((col, int(match.group(1))))
    return len(numbers) >= 3 and all(
        b == a + 1 or b - a == far - near > 0 for (near, a), (far, b) in itertools.pairwise(numbers)
    )
