"""A table column's cells read alike where the scan lost what sets one apart from its siblings.

A column is set in one style: its row numbers all end in a dot ("1.", "2.") or none does, its
codes all have the same grammar. A scan drops a row number's dot (a few pixels, read as no word
or as a speck) or reads it as a comma, and Tesseract reads the first digit of a code twice ("11.3.2.05" under
"1.3.2.10"), or every code of a column whose codes stand close to its left rule (a code of
five groups or more starts with a one-digit level). Otherwise only a minority of cells that
differ from the column's own style in exactly that way are set back; a column without a clear
style is left as read. Pure functions on cell strings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_UNDOTTED_ROW_NUMBER = re.compile(r"\d{1,3},?")
_DOTTED_ROW_NUMBER = re.compile(r"\d{1,3}\.")
# A row number with its dot and a speck read after it ("6..", "9.°").
_SPECKED_ROW_NUMBER = re.compile(r"(\d{1,3}\.)[.,:;'`‘’“”°~]+")
_CODE = re.compile(r"\d+(?:\.\d+){2,}")
DOTTED_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")
# One comma before three digits: a thousands dot read as a comma, or a decimal comma.
_COMMA_THOUSANDS = re.compile(r"(\d{1,3}),(\d{3})")
# An amount whose leading group a speck or a wide glyph broke off with a space.
_SPLIT_AMOUNT = re.compile(r"(\d{1,2}) (\d{1,2}(?:\.\d{3})+(?:,\d{1,2})?)")
# A row number without a dot.
_BARE_ROW_NUMBER = re.compile(r"\d{1,3}")
# A colon or semicolon between digit groups: a thousands dot or a decimal comma read on a coarse scan.
_GROUP_MARKS = re.compile(r"(?<=\d)[:;](?=\d{3}\b)")
_DECIMAL = re.compile(r"\d{1,3},\d{1,2}")
_DECIMAL_MARK = re.compile(r"(?<=\d)[:;](?=\d{1,2}$)")
# A classification code of this many groups or more (a kode rekening, a kode barang, a
# sub-activity's code) starts with a one-digit level; a region's code (two digits first) has fewer.
_ONE_DIGIT_LEVEL_GROUPS = 5
# The digits of each group after an amount's first.
_THOUSANDS_GROUP = 3
# A speck read as a word is this short at most.
_SPECK_WORD = 2
# Round and slim glyphs and marks: what a speck or two read as a word come out as.
_SPECK_GLYPHS = frozenset("oO°.,:;'`‘’“”~_|il-")
# A dash that is a minus sign or stands for nil ("-" for a line without an amount); the hyphen
# first, so that in a character class it stands for itself.
_DASH_CHARS = "-–—−"
_DASHES = frozenset(_DASH_CHARS)
_SIGN_OR_NIL = re.compile(rf"[{_DASH_CHARS}](?:\d.*)?")
# A style is the column's when this many cells show it, and more than half of the column's
# filled cells.
_MIN_STYLED = 3

Rows = list[list[str | None]]


def in_column_style(rows: Sequence[Sequence[str | None]]) -> Rows:
    """The rows with each column's stray row numbers and codes set in the column's style."""
    out = [list(row) for row in rows]
    for column in range(max((len(row) for row in out), default=0)):
        cells = [row[column] if column < len(row) else None for row in out]
        fixed = _decimals_alike(_amounts_alike(_codes_alike(_undotted_numbers(_dotted_numbers(cells)))))
        for row, value in zip(out, fixed, strict=True):
            if column < len(row):
                row[column] = value
    return out


def _styled(cells: Sequence[str | None], count: int) -> bool:
    filled = sum(1 for cell in cells if cell)
    return count >= _MIN_STYLED and 2 * count > filled


def _dotted_numbers(cells: list[str | None]) -> list[str | None]:
    """Row numbers without their dot (or with a comma for it, or with a speck after it) in a
    column of row numbers with a dot. (The column's header and a totals row are no row numbers
    and have no say.)"""
    dotted = sum(1 for cell in cells if cell and _DOTTED_ROW_NUMBER.fullmatch(cell))
    others = sum(1 for cell in cells if cell and _UNDOTTED_ROW_NUMBER.fullmatch(cell))
    if dotted < _MIN_STYLED or dotted <= others:
        return cells
    return [_dotted(cell) for cell in cells]


def _dotted(cell: str | None) -> str | None:
    if cell and _UNDOTTED_ROW_NUMBER.fullmatch(cell):
        return f"{cell.rstrip(',')}."
    specked = _SPECKED_ROW_NUMBER.fullmatch(cell) if cell else None
    return specked.group(1) if specked else cell


def _undotted_numbers(cells: list[str | None]) -> list[str | None]:
    """Row numbers with a dot (a speck after the digits) in a column of row numbers without."""
    plain = sum(1 for cell in cells if cell and _BARE_ROW_NUMBER.fullmatch(cell))
    dotted = sum(1 for cell in cells if cell and _DOTTED_ROW_NUMBER.fullmatch(cell))
    if plain < _MIN_STYLED or plain <= 2 * dotted:
        return cells
    return [cell[:-1] if cell and _DOTTED_ROW_NUMBER.fullmatch(cell) else cell for cell in cells]


def _shape(code: str) -> tuple[int, ...]:
    return tuple(len(group) for group in code.split("."))


def _codes_alike(cells: list[str | None]) -> list[str | None]:
    """Codes whose first digit was read twice, in a column of codes of one shape (the lengths
    of their digit groups) that all begin with that digit alone, or in a column of long codes
    that were all read so."""
    # A code ends in its last group of digits: a dot after it is a speck.
    cells = [
        cell[:-1] if cell and cell.endswith(".") and _CODE.fullmatch(cell[:-1]) else cell for cell in cells
    ]
    codes = [cell for cell in cells if cell and _CODE.fullmatch(cell)]
    if not codes:
        return cells
    shape, count = Counter(_shape(code) for code in codes).most_common(1)[0]
    if not _styled(cells, count) or all(group == _THOUSANDS_GROUP for group in shape[1:]):
        # Amounts with thousands dots ("2.740.000", "11.350.000") have a code's dots but lead
        # with any number of digits: no first digit of theirs was read twice.
        return cells
    firsts = {code.split(".")[0] for code in codes if _shape(code) == shape}
    if len(shape) >= _ONE_DIGIT_LEVEL_GROUPS and all(len(f) == 2 and f[0] == f[1] for f in firsts):
        # Every code of the column read with its first digit twice (each set as close to the
        # column's left rule): a code of that many groups starts at a one-digit level.
        shape, firsts = (1, *shape[1:]), {f[1:] for f in firsts}

    def alike(cell: str | None) -> str | None:
        if not cell or not _CODE.fullmatch(cell):
            return cell
        head, _, rest = cell.partition(".")
        doubled = len(head) == shape[0] + 1 and head[0] == head[1] and head[1:] in firsts
        return f"{head[1:]}.{rest}" if doubled and _shape(head[1:] + "." + rest) == shape else cell

    return [alike(cell) for cell in cells]


def _amounts_alike(cells: list[str | None]) -> list[str | None]:
    """Amounts set apart from the column's dotted thousands: a lone comma before the last three
    digits ("750,000" among "1.250.000") is its thousands dot, as is a colon or semicolon between
    groups; a leading group split off by a space ("1 25.000") is joined back when the joined
    amount has the column's grammar; a speck read as a short word after the amount goes. No
    digit is added or dropped."""
    dotted = sum(1 for cell in cells if cell and DOTTED_AMOUNT.fullmatch(cell))
    # The column's numbers have the say (not its header, nor a note in words).
    numbers = sum(1 for cell in cells if cell and any(ch.isdigit() for ch in cell))
    if dotted < _MIN_STYLED or 2 * dotted <= numbers:
        return cells
    signed = _signed(cells)

    def alike(cell: str | None) -> str | None:
        if not cell:
            return cell
        if comma := _COMMA_THOUSANDS.fullmatch(cell):
            return f"{comma.group(1)}.{comma.group(2)}"
        if DOTTED_AMOUNT.fullmatch(head := _without_speck_word(cell, signed)):
            return head
        dotted = _GROUP_MARKS.sub(".", cell)
        if dotted != cell and DOTTED_AMOUNT.fullmatch(dotted):
            return dotted
        split = _SPLIT_AMOUNT.fullmatch(cell)
        joined = f"{split.group(1)}{split.group(2)}" if split else ""
        return joined if split and DOTTED_AMOUNT.fullmatch(joined) else cell

    return [alike(cell) for cell in cells]


def _signed(cells: Sequence[str | None]) -> bool:
    """Whether the column writes a dash for nil ("-" alone) or as a sign set close to its number
    ("-250.000"): there a dash before an amount is the column's, not a speck. (A speck is the
    only dash of a column that has no such cell.)"""
    return any(cell and _SIGN_OR_NIL.fullmatch(cell.strip()) for cell in cells)


def _without_speck_word(cell: str, signed: bool) -> str:
    """The cell without a first or last word of a glyph or two that a speck reads as (a speck read
    as "oo" after a number, "-" before it; not a unit such as "kg"); the cell as it is when it has
    no such word. In a signed column (``signed``) a dash before the number stays: dropped, a
    negative amount would read as a positive one."""
    head, _, tail = cell.rpartition(" ")
    if head and 0 < len(tail) <= _SPECK_WORD and all(ch in _SPECK_GLYPHS for ch in tail):
        return head
    lead, _, rest = cell.partition(" ")
    if signed and lead and lead[0] in _DASHES:
        return cell
    if rest and 0 < len(lead) <= _SPECK_WORD and all(ch in _SPECK_GLYPHS for ch in lead):
        return rest
    return cell


def _decimals_alike(cells: list[str | None]) -> list[str | None]:
    """Decimals set apart from the column's decimal commas ("41,8" among "12,5", "66,7"): a
    colon or semicolon read for the comma, a mark after the last digit, a speck read as a short
    word after the number. Only marks and such short words go; no digit is added, dropped or
    changed."""
    decimals = sum(1 for cell in cells if cell and _DECIMAL.fullmatch(cell))
    numbers = sum(1 for cell in cells if cell and any(ch.isdigit() for ch in cell))
    if decimals < _MIN_STYLED or 2 * decimals <= numbers:
        return cells
    signed = _signed(cells)

    def alike(cell: str | None) -> str | None:
        if not cell or _DECIMAL.fullmatch(cell):
            return cell
        if _DECIMAL.fullmatch(head := _without_speck_word(cell, signed)):
            return head
        fixed = _DECIMAL_MARK.sub(",", cell.rstrip(".,"))
        return fixed if _DECIMAL.fullmatch(fixed) else cell

    return [alike(cell) for cell in cells]
