"""Printed columns read as one: a unit run into the price (and the total) beside it, or an item's
count run into its name.

On a photographed or scanned RKA the gap between a narrow Satuan column and Harga Satuan can be
too small for the table finder, which then gives one column headed ``Sat Harga Satuan`` whose cells
read ``Ktk 42.500`` (or, with Jumlah joined too, ``Sat Harga Satuan Jumlah`` over ``Ktk 42.500
510.000``). With no column of prices the reader finds no RKA header at all, and the whole file is
refused. The column is split back when its header cell reads as two or more known labels, one after
the other, and most of the cells under it as words followed by one amount per further label.

Likewise a Koefisien column printed close to the Uraian comes out as one column headed ``Uraian
Koefisien`` whose cells read ``Bantal Kapuk 12 Buah`` or ``Terpal 4 Lembar x 3 Keg = 12``: split back
into the name and the count written after it when most cells under it end with a count."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise

from samarinda_common.extracted import CellValue
from samarinda_common.price_catalogue import match_columns
from samarinda_common.table_rows import cell_at

_AMOUNT = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"
_WORDS_THEN_AMOUNTS = re.compile(rf"^(?P<words>[^\W\d_].*?)\s+(?P<amounts>{_AMOUNT}(?:\s+{_AMOUNT})*)$")
_AMOUNTS_ONLY = re.compile(rf"^{_AMOUNT}(?:\s+{_AMOUNT})*$")
_MIN_SPLIT_CELLS = 3
_MIN_SHARE = 0.6
_MAX_LABEL_WORDS = 8
# A count and its unit (``24 Liter``, ``18 Pak isi 10``), a product of them, maybe with its result.
_COUNT = r"\d[\d.,]*\s*[^\W\d_][^\s\d]*(?:\s+isi\s+\d+)?"
_KOEFISIEN = rf"{_COUNT}(?:\s*[xX×*]\s*{_COUNT})*(?:\s*[=-]\s*\d[\d.,]*(?:\s*[^\W\d_][^\s\d]*)?)?"
# The name is the shortest start that leaves a whole count after it (``Map Plastik F4 3 Pak``).
_NAME_THEN_COUNT = re.compile(rf"^(?P<name>.*?[^\W\d_].*?)[\s:]+(?P<count>{_KOEFISIEN})$")
_COUNT_FIELDS = ("koefisien", "volume")


def _labels(cell: CellValue, aliases: Mapping[str, Sequence[str]]) -> list[str] | None:
    """``cell`` cut into two or more labels of different fields (``Sat`` | ``Harga Satuan`` |
    ``Jumlah``), the cut into most labels winning; None when it reads as one label or none."""
    if not isinstance(cell, str):
        return None
    words = cell.split()
    if not 2 <= len(words) <= _MAX_LABEL_WORDS or not match_columns([cell], aliases):
        return None  # no label at all: not worth trying every cut
    # Each span of words is one candidate label in many cuts: its field is looked up once.
    field_of = {
        (start, end): next(iter(match_columns([" ".join(words[start:end])], aliases)), None)
        for start in range(len(words))
        for end in range(start + 1, len(words) + 1)
    }
    best: list[tuple[int, int]] | None = None
    for cuts in range(1, 2 ** (len(words) - 1)):
        bounds = [0, *(p for p in range(1, len(words)) if cuts >> (p - 1) & 1), len(words)]
        spans = list(pairwise(bounds))
        names = [field_of[span] for span in spans]
        if None not in names and len(set(names)) == len(names) and (best is None or len(spans) > len(best)):
            best = spans
    return None if best is None else [" ".join(words[start:end]) for start, end in best]


def _split_cell(cell: CellValue, parts: int) -> list[CellValue] | None:
    """Words then ``parts - 1`` amounts, one per column; None when the cell reads otherwise."""
    if not isinstance(cell, str):
        return None
    match = _WORDS_THEN_AMOUNTS.match(cell.strip())
    if match is None or len(amounts := match["amounts"].split()) != parts - 1:
        return None
    return [match["words"], *amounts]


def _merged_column(
    rows: Sequence[Sequence[CellValue]],
    labels_of: Callable[[CellValue], list[str] | None],
    splits: Callable[[CellValue, list[str]], bool],
) -> tuple[int, int, list[str]] | None:
    """(header row, column, its labels) of the first column whose header cell reads as merged
    labels (``labels_of``) and most of whose filled cells below split under them (``splits``)."""
    for row_index, row in enumerate(rows):
        for col, cell in enumerate(row):
            labels = labels_of(cell)
            if labels is None:
                continue
            below = [r[col] for r in rows[row_index + 1 :] if col < len(r) and r[col] not in (None, "")]
            split = sum(1 for value in below if splits(value, labels))
            if split >= _MIN_SPLIT_CELLS and split >= _MIN_SHARE * len(below):
                return row_index, col, labels
    return None


def _spread(value: CellValue, parts: int) -> list[CellValue]:
    """A cell that is not words-then-amounts: amounts alone fill the last columns (an account
    row's subtotal is its Jumlah), anything else stays in the first."""
    if isinstance(value, str) and _AMOUNTS_ONLY.match(value.strip()):
        amounts: list[CellValue] = list(value.split()[-parts:])
        return [None] * (parts - len(amounts)) + amounts
    return [value] + [None] * (parts - 1)


def split_unit_and_price(
    rows: Sequence[Sequence[CellValue]], aliases: Mapping[str, Sequence[str]]
) -> list[list[CellValue]] | None:
    """``rows`` with a merged column (a unit run into its price, and maybe its total) split back,
    or None when there is none. Rows above the header keep their cell in the first part."""
    found = _merged_column(
        rows,
        lambda cell: _labels(cell, aliases),
        lambda value, labels: _split_cell(value, len(labels)) is not None,
    )
    if found is None:
        return None
    header_row, col, labels = found
    parts = len(labels)
    split_rows: list[list[CellValue]] = []
    for index, row in enumerate(rows):
        cells = list(row)
        if col >= len(cells):
            split_rows.append(cells)
            continue
        value = cells[col]
        if index < header_row:
            pieces: list[CellValue] = [value] + [None] * (parts - 1)
        elif index == header_row:
            pieces = list(labels)
        else:
            pieces = _split_cell(value, parts) or _spread(value, parts)
        split_rows.append([*cells[:col], *pieces, *cells[col + 1 :]])
    return split_rows


def _name_and_count_labels(cell: CellValue, aliases: Mapping[str, Sequence[str]]) -> list[str] | None:
    """``Rekening / Uraian Koefisien`` → [``Rekening / Uraian``, ``Koefisien``]: an Uraian label
    followed by a count's; None when the cell reads otherwise."""
    if not isinstance(cell, str):
        return None
    words = cell.split()
    for last in (1, 2):
        if len(words) <= last:
            continue
        head, tail = " ".join(words[:-last]), " ".join(words[-last:])
        if set(match_columns([tail], aliases)) & set(_COUNT_FIELDS) and "uraian" in match_columns(
            [head], aliases
        ):
            return [head, tail]
    return None


def _split_name(cell: CellValue) -> list[CellValue] | None:
    if not isinstance(cell, str):
        return None
    match = _NAME_THEN_COUNT.match(cell.strip())
    return None if match is None else [match["name"].strip(" :-"), match["count"]]


def split_name_and_count(
    rows: Sequence[Sequence[CellValue]], aliases: Mapping[str, Sequence[str]]
) -> list[list[CellValue]] | None:
    """``rows`` with an Uraian column that took in the Koefisien beside it split back into the
    two, or None when there is none. A cell that ends with no count (an account row) stays whole
    in the Uraian."""
    found = _merged_column(
        rows,
        lambda cell: _name_and_count_labels(cell, aliases),
        lambda value, _labels: _split_name(value) is not None,
    )
    if found is None:
        return None
    header_row, col, labels = found
    out: list[list[CellValue]] = []
    for index, cells in enumerate(rows):
        value = cell_at(cells, col)
        if index < header_row:
            pieces: list[CellValue] = [value, None]
        elif index == header_row:
            pieces = list(labels)
        else:
            pieces = _split_name(value) or [value, None]
        out.append([*cells[:col], *pieces, *cells[col + 1 :]])
    return out
