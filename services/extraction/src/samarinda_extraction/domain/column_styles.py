"""A table column's cells read alike where the scan lost what sets one apart from its siblings.

A column is set in one style: its row numbers all end in a dot ("1.", "2.") or none does, its
codes all have the same grammar. A scan drops a row number's dot (a few pixels, read as no word
or as a speck) or reads it as a comma, and Tesseract reads the first digit of a code twice ("11.3.2.05" under
"1.3.2.10"). Only a minority of cells that differ from the column's own style in exactly that
way are set back; a column without a clear style is left as read. Pure functions on cell
strings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_UNDOTTED_ROW_NUMBER = re.compile(r"\d{1,3},?")
_DOTTED_ROW_NUMBER = re.compile(r"\d{1,3}\.")
_CODE = re.compile(r"\d+(?:\.\d+){2,}")
_DOTTED_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")
# One comma before three digits: a thousands dot read as a comma, or a decimal comma.
_COMMA_THOUSANDS = re.compile(r"(\d{1,3}),(\d{3})")
# An amount whose leading group a speck or a wide glyph broke off with a space.
_SPLIT_AMOUNT = re.compile(r"(\d{1,2}) (\d{1,2}(?:\.\d{3})+(?:,\d{1,2})?)")
# A style is the column's when this many cells show it, and more than half of the column's
# filled cells.
_MIN_STYLED = 3

Rows = list[list[str | None]]


def in_column_style(rows: Sequence[Sequence[str | None]]) -> Rows:
    """The rows with each column's stray row numbers and codes set in the column's style."""
    out = [list(row) for row in rows]
    for column in range(max((len(row) for row in out), default=0)):
        cells = [row[column] if column < len(row) else None for row in out]
        fixed = _amounts_alike(_codes_alike(_dotted_numbers(cells)))
        for row, value in zip(out, fixed, strict=True):
            if column < len(row):
                row[column] = value
    return out


def _styled(cells: Sequence[str | None], count: int) -> bool:
    filled = sum(1 for cell in cells if cell)
    return count >= _MIN_STYLED and 2 * count > filled


def _dotted_numbers(cells: list[str | None]) -> list[str | None]:
    """Row numbers without their dot (or with a comma for it) in a column of row numbers with
    a dot. (The column's header and a totals row are no row numbers and have no say.)"""
    dotted = sum(1 for cell in cells if cell and _DOTTED_ROW_NUMBER.fullmatch(cell))
    others = sum(1 for cell in cells if cell and _UNDOTTED_ROW_NUMBER.fullmatch(cell))
    if dotted < _MIN_STYLED or dotted <= others:
        return cells
    return [
        f"{cell.rstrip(',')}." if cell and _UNDOTTED_ROW_NUMBER.fullmatch(cell) else cell for cell in cells
    ]


def _shape(code: str) -> tuple[int, ...]:
    return tuple(len(group) for group in code.split("."))


def _codes_alike(cells: list[str | None]) -> list[str | None]:
    """Codes whose first digit was read twice, in a column of codes of one shape (the lengths
    of their digit groups) that all begin with that digit alone."""
    codes = [cell for cell in cells if cell and _CODE.fullmatch(cell)]
    if not codes:
        return cells
    shape, count = Counter(_shape(code) for code in codes).most_common(1)[0]
    if not _styled(cells, count):
        return cells
    firsts = {code.split(".")[0] for code in codes if _shape(code) == shape}

    def alike(cell: str | None) -> str | None:
        if not cell or not _CODE.fullmatch(cell):
            return cell
        head, _, rest = cell.partition(".")
        doubled = len(head) == shape[0] + 1 and head[0] == head[1] and head[1:] in firsts
        return f"{head[1:]}.{rest}" if doubled and _shape(head[1:] + "." + rest) == shape else cell

    return [alike(cell) for cell in cells]


def _amounts_alike(cells: list[str | None]) -> list[str | None]:
    """Amounts set apart from the column's dotted thousands: a lone comma before the last three
    digits ("750,000" among "1.250.000") is its thousands dot, and a leading group split off by
    a space ("1 25.000") is joined back when the joined amount has the column's grammar. No digit
    is added or dropped."""
    dotted = sum(1 for cell in cells if cell and _DOTTED_AMOUNT.fullmatch(cell))
    # The column's numbers have the say (not its header, nor a note in words).
    numbers = sum(1 for cell in cells if cell and any(ch.isdigit() for ch in cell))
    if dotted < _MIN_STYLED or 2 * dotted <= numbers:
        return cells

    def alike(cell: str | None) -> str | None:
        if not cell:
            return cell
        if comma := _COMMA_THOUSANDS.fullmatch(cell):
            return f"{comma.group(1)}.{comma.group(2)}"
        split = _SPLIT_AMOUNT.fullmatch(cell)
        joined = f"{split.group(1)}{split.group(2)}" if split else ""
        return joined if split and _DOTTED_AMOUNT.fullmatch(joined) else cell

    return [alike(cell) for cell in cells]
