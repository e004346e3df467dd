"""A page that continues a table without repeating its header, cut into one column more or less.

On a PDF with no ruling lines the table finder places columns by where text stands. On the page
with the header, a ``No`` and a ``Kode Rek`` printed side by side over rows that never fill both (a
line has a No, its account row a code) may come out as one column; on the next page, with no header
to go by, the same two stand apart. Read under the first page's columns, every cell of the second
page then sits one column to the right of its field. The two columns are joined back when the
continuation is exactly one column wider than the table it continues and exactly one pair of
neighbouring columns is never filled in the same row."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from samarinda_common.extracted import CellValue
from samarinda_common.price_catalogue import parse_decimal, parse_rupiah
from samarinda_common.table_rows import cell_at

from samarinda_rka_review.domain.rka_columns import adds_up


def _filled(value: CellValue) -> bool:
    return value is not None and str(value).strip() != ""


def _exclusive_pair(rows: Sequence[Sequence[CellValue]], left: int) -> bool:
    """Columns ``left`` and ``left + 1`` each hold something, never in the same row."""
    here = [_filled(cell_at(r, left)) for r in rows]
    right = [_filled(cell_at(r, left + 1)) for r in rows]
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


def _adds_up(row: Sequence[CellValue], columns: Mapping[str, int]) -> bool:
    """Whether the row's volume times its unit price is its total (``rka_columns.adds_up``)."""
    volume = parse_decimal(cell_at(row, columns["volume"])) if "volume" in columns else None
    price = parse_rupiah(cell_at(row, columns["harga_satuan"])) if "harga_satuan" in columns else None
    total = parse_rupiah(cell_at(row, columns["jumlah"])) if "jumlah" in columns else None
    if volume is None or price is None or total is None:
        return False
    return adds_up(volume, Decimal(price), Decimal(total))


def restore_dropped_column(
    rows: Sequence[Sequence[CellValue]], columns: Mapping[str, int], width: int
) -> list[list[CellValue]] | None:
    """``rows`` with an empty column put back where the table they continue had it, when they are
    one column narrower than ``width``: a column left empty on the page (a PPN column) is not found
    by the table finder, and every cell right of it then sits one column to the left of its
    field. The place is the one where the most lines add up (volume x price = total), if it is the
    only such place and more add up there than as read; None otherwise."""
    if max((len(r) for r in rows), default=0) != width - 1:
        return None
    as_read = sum(_adds_up(row, columns) for row in rows)
    counts = {
        place: sum(_adds_up([*row[:place], None, *row[place:]], columns) for row in rows)
        for place in range(width)
    }
    best = max(counts.values(), default=0)
    places = [place for place, count in counts.items() if count == best]
    if best <= as_read or places != list(range(places[0], places[-1] + 1)):
        return None
    # Neighbouring places that add up alike differ in the text fields left of the amounts only:
    # the emptied column is taken as the one nearest the amounts (a PPN column beside the price).
    place = places[-1]
    return [[*row[:place], None, *row[place:]] for row in rows]
