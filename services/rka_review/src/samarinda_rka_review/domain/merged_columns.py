"""Two printed columns read as one: a unit run into the price beside it.

On a photographed or scanned RKA the gap between a narrow Satuan column and Harga Satuan can be
too small for the table finder, which then gives one column headed ``Sat Harga Satuan`` whose cells
read ``Jrg 180.000``. With no column of prices the reader finds no RKA header at all, and the whole
file is refused. The column is split back in two when its header cell reads as two known labels,
one after the other, and most of the cells under it read as words followed by one amount."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from samarinda_common.extracted import CellValue
from samarinda_common.price_catalogue import match_columns

_WORDS_THEN_AMOUNT = re.compile(r"^(?P<words>[^\W\d_].*?)\s+(?P<amount>\d{1,3}(?:\.\d{3})+(?:,\d+)?)$")
_MIN_SPLIT_CELLS = 3
_MIN_SHARE = 0.6


def _two_labels(cell: CellValue, aliases: Mapping[str, Sequence[str]]) -> tuple[str, str] | None:
    """``cell`` cut into two labels of different fields (``Sat`` | ``Harga Satuan``), if it is one."""
    if not isinstance(cell, str):
        return None
    words = cell.split()
    for cut in range(1, len(words)):
        left, right = " ".join(words[:cut]), " ".join(words[cut:])
        left_fields, right_fields = match_columns([left], aliases), match_columns([right], aliases)
        if left_fields and right_fields and left_fields.keys().isdisjoint(right_fields.keys()):
            return left, right
    return None


def _split_cell(cell: CellValue) -> tuple[CellValue, CellValue] | None:
    if not isinstance(cell, str):
        return None
    match = _WORDS_THEN_AMOUNT.match(cell.strip())
    return (match["words"], match["amount"]) if match else None


def _column_to_split(
    rows: Sequence[Sequence[CellValue]], aliases: Mapping[str, Sequence[str]]
) -> tuple[int, int, tuple[str, str]] | None:
    """(header row, column, the two labels) of the first merged column found."""
    for row_index, row in enumerate(rows):
        for col, cell in enumerate(row):
            labels = _two_labels(cell, aliases)
            if labels is None:
                continue
            below = [r[col] for r in rows[row_index + 1 :] if col < len(r) and r[col] not in (None, "")]
            split = sum(1 for value in below if _split_cell(value) is not None)
            if split >= _MIN_SPLIT_CELLS and split >= _MIN_SHARE * len(below):
                return row_index, col, labels
    return None


def split_unit_and_price(
    rows: Sequence[Sequence[CellValue]], aliases: Mapping[str, Sequence[str]]
) -> list[list[CellValue]] | None:
    """``rows`` with a merged unit-and-price column split in two, or None when there is none.
    A cell under the header that is not words-then-amount goes whole to the side it reads as:
    a lone amount to the price, anything else to the unit."""
    found = _column_to_split(rows, aliases)
    if found is None:
        return None
    header_row, col, (left_label, right_label) = found
    split_rows: list[list[CellValue]] = []
    for index, row in enumerate(rows):
        cells = list(row)
        if col >= len(cells):
            split_rows.append(cells)
            continue
        value = cells[col]
        if index < header_row:
            pair: tuple[CellValue, CellValue] = (value, None)
        elif index == header_row:
            pair = (left_label, right_label)
        elif (parts := _split_cell(value)) is not None:
            pair = parts
        elif isinstance(value, str) and re.fullmatch(r"[\d.,]+", value.strip()):
            pair = (None, value)
        else:
            pair = (value, None)
        split_rows.append([*cells[:col], *pair, *cells[col + 1 :]])
    return split_rows
