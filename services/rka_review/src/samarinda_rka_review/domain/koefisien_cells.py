"""A line's koefisien where the table writes it: the unit words of a koefisien or volume cell, the
columns a Koefisien label is merged over (``Jml | Sat | Jml | Sat``) or numbered factor columns
(``koef_1 | sat_1``), and those cells joined into one text (``2 Orang x 3 Kali``).

The count itself is read in ``rka_columns``; this module decides which cells make it up."""

from __future__ import annotations

import re
from collections.abc import Sequence

from samarinda_common.extracted import CellValue
from samarinda_common.price_catalogue import HeaderMatch, normalise_label, parse_decimal
from samarinda_common.table_rows import cell_at

from samarinda_rka_review.domain.rka_columns import TIMES
from samarinda_rka_review.domain.rules import UNITS, VOCABULARY
from samarinda_rka_review.domain.units import to_base

# What a pack may hold by measure: a weight, a length, an area or a volume (``Sak 50 kg``, ``Botol
# 1 liter``), never a rating, a capacity or a trade size (``500 watt``, ``32 GB``, ``2 inci``
# describe the piece).
_CONTENT_BASES = frozenset({"kilogram", "meter", "meter ** 2", "meter ** 3"})
_CONTENT_UNITS = "|".join(
    sorted(
        (
            re.escape(word)
            for word, unit in VOCABULARY.measure_units.items()
            if unit in UNITS.physical
            and unit not in UNITS.nominal
            and to_base(UNITS.physical[unit])[1] in _CONTENT_BASES
        ),
        key=len,
        reverse=True,
    )
)
# A unit may state what it holds (``36 Dus isi 24``, ``4 Sak 50 kg``): the count is the unit's, not
# a stray number.
_UNIT_WORDS = re.compile(
    r"\d[\d.,]*\s*([A-Za-z][A-Za-z0-9/()]*(?:\s+(?!(?:isi|berisi)\s+\d)[A-Za-z][A-Za-z/()]*)*"
    r"(?:\s+(?:isi|berisi)\s+\d+(?:\s+[A-Za-z]+)*"
    rf"|\s+\d+(?:[.,]\d+)?\s*(?:{_CONTENT_UNITS})\b)?)",
    re.IGNORECASE,
)
# ``25 Org x 4 Hari = 100 Kotak``: the koefisien states the count it comes to, in the line's unit.
_STATED_COUNT = re.compile(r"=\s*(\d[^=]*)$")


def koefisien_units(text: str | None) -> str | None:
    """The unit words of a koefisien or a volume cell: ``12 OB`` → OB, ``2 Orang x 3 Kali`` →
    Orang x Kali, ``5 Org x 2 Hari = 10 Kotak`` → Kotak, ``8 m2`` → m2 (a sheet without a Satuan
    column writes the unit there)."""
    if not text:
        return None
    stated = _STATED_COUNT.search(text)
    if stated:
        text = stated.group(1)
    units = []
    for part in re.split(rf"\s*{TIMES}\s*(?=\d)", text.strip()):
        match = _UNIT_WORDS.match(part.strip())
        if match:
            units.append(match.group(1).strip())
    return " x ".join(units) or None


def koefisien_span(rows: Sequence[Sequence[CellValue]], header: HeaderMatch) -> tuple[int, ...]:
    """The columns a Koefisien group label is merged over in a two-row header (``Koefisien`` over
    ``Jml | Sat | Jml | Sat``): each sub-labelled column right of it whose top cell is
    empty, up to the next field's column. One column when the koefisien is written in one cell;
    without a Koefisien label, the numbered factor columns of a flat export."""
    col = header.columns.get("koefisien")
    numbered = numbered_koefisien_columns(rows[header.row]) if header.row >= 0 else ()
    # ``koef_1`` reads as the Koefisien label too: it is then the first of the numbered factors.
    if col is None or col in numbered:
        taken = set(header.columns.values()) - {col}
        return tuple(c for c in numbered if c not in taken)
    if header.top == header.row:
        return (col,)
    top, sub = rows[header.top], rows[header.row]
    taken = set(header.columns.values())
    span = [col]
    for next_col in range(col + 1, max(len(top), len(sub))):
        top_empty = next_col >= len(top) or top[next_col] in (None, "")
        labelled = next_col < len(sub) and sub[next_col] not in (None, "")
        if next_col in taken or not top_empty or not labelled:
            break
        span.append(next_col)
    return tuple(span)


# A flat export writes each koefisien factor in numbered columns (``koef_1 | sat_1 | koef_2 |
# sat_2``): a count and its unit per factor, read left to right as one koefisien.
_NUMBERED_FACTOR = re.compile(r"^(?:koef|koefisien|sat|satuan)[\s_]*\d$")


def numbered_koefisien_columns(header: Sequence[CellValue]) -> tuple[int, ...]:
    """The columns of a koefisien written as numbered factors, or () when fewer than two."""
    span = tuple(i for i, label in enumerate(header) if _NUMBERED_FACTOR.match(normalise_label(label)))
    return span if len(span) > 1 else ()


def split_koefisien(row: Sequence[CellValue], span: Sequence[int]) -> str | None:
    """A koefisien written over several cells (``2 | Orang | 3 | Kali``) as one text: each number
    with the unit written after it, the factors joined by ``x`` (``2 Orang x 3 Kali``)."""
    factors: list[str] = []
    for col in span:
        value = cell_at(row, col)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = re.sub(r"\s+", " ", str(value)).strip() if value is not None else ""
        if not text:
            continue
        if parse_decimal(text) is not None or not factors:
            factors.append(text)
        else:
            factors[-1] = f"{factors[-1]} {text}"
    return " x ".join(factors) or None
