"""What a body row of an RKA table is by its cells: its No's shape (a line number, an item mark, a
glyph a scan misread), a total, a SIPD sub-group label, a numbered heading, a priced line, and
why a row without a No is no budget line.

Pure tests of one row under the table's columns; the body's reader (``table_body``) decides what
to do with each answer, so the rules can be read and tested without the walk's state."""

from __future__ import annotations

import re
from collections.abc import Sequence

from samarinda_common.extracted import CellValue
from samarinda_common.price_catalogue import cell, cell_text, parse_rupiah

from samarinda_rka_review.domain.rka_columns import quantity
from samarinda_rka_review.domain.sipd_codes import ACCOUNT_CODE

# A line number: ``7``, ``3a``, ``1.2``; or numbered under a section written as a Roman numeral or a
# capital letter (``II.4``, ``B.12``), which needs the number after the dot to be a line, or with the
# group's letter written straight before the number (``C7``: group C's line 7); or numbered per sheet
# behind a short letter prefix or sheet code and a dash or slash (``P-01``, ``SK2-07``, ``B/3``): the
# No of a workbook that numbers each sheet's lines afresh.
LINE_NO = re.compile(
    r"^(?:\d{1,5}[a-zA-Z]?|(?:[IVX]{1,5}|[A-Z])\.\d{1,4}|[A-Z]\d{1,4}"
    r"|(?:[A-Za-z]{1,4}\d{0,2}|\d{1,2}) ?[-/] ?\d{1,4}[a-zA-Z]?)(\.\d{1,4})*\.?$"
)
ITEM_MARK = re.compile(r"^(?:[a-zA-Z]|\d{1,4})[.)]$")
TOTAL_LABEL = re.compile(r"(?i)^(jumlah|total|sub\s*total)\b")
# SIPD sub-groups under an account (``[#] Alat Tulis Kantor``, ``[-] Keterangan``): labels, not lines.
SUBGROUP_MARK = re.compile(r"^\[\s*[#\-]\s*\]")


def unreadable_line_no(no: str) -> bool:
    """A No cell of one to three glyphs without a digit or a letter run of a word."""
    return (
        len(no) <= 3
        and not any(ch.isdigit() for ch in no)
        and not LINE_NO.match(no)
        and not ITEM_MARK.match(no)  # ``a.``, ``b)``: lettered lines keep their letter
    )


def amounts_in(row: Sequence[CellValue]) -> int:
    """How many cells of a row hold a number or a rupiah amount; a header row holds labels."""
    return sum(
        1
        for v in row
        if (isinstance(v, int | float) and not isinstance(v, bool))
        or (isinstance(v, str) and parse_rupiah(v))
    )


def is_blank(row: Sequence[CellValue]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def uraian_text(row: Sequence[CellValue], columns: dict[str, int], uraian_span: tuple[int, ...]) -> str:
    """The Uraian cell, or within its merged span the text an indented row writes further
    right (a line's name under its account, an account's name beside its code)."""
    own = cell_text(row, columns, "uraian") or ""
    if len(uraian_span) < 2 or re.search(r"[A-Za-z]{2}", own):
        return own
    texts = [
        re.sub(r"\s+", " ", str(row[col])).strip()
        for col in uraian_span[1:]
        if col < len(row) and isinstance(row[col], str) and re.search(r"[A-Za-z]{2}", row[col])
    ]
    if not texts:
        return own
    return f"{own} {texts[0]}" if own and ACCOUNT_CODE.match(own) else texts[0]


def is_priced(row: Sequence[CellValue], columns: dict[str, int], uraian_span: tuple[int, ...]) -> bool:
    return bool(
        re.search(r"[A-Za-z]", uraian_text(row, columns, uraian_span))
        and (parse_rupiah(cell(row, columns, "harga_satuan")) or 0) > 0
        and (parse_rupiah(cell(row, columns, "jumlah")) or 0) > 0
    )


def has_amount(row: Sequence[CellValue], columns: dict[str, int]) -> bool:
    """Whether a row writes a unit price or a Jumlah: a numbered row with neither (a numbered note
    under the table, ``1 | Harga mengikuti survei | 2 | 2027``) prices nothing to review."""
    return bool(
        (parse_rupiah(cell(row, columns, "harga_satuan")) or 0) > 0
        or (parse_rupiah(cell(row, columns, "jumlah")) or 0) > 0
    )


def is_heading(row: Sequence[CellValue], columns: dict[str, int]) -> bool:
    """A numbered row with neither unit price, quantity nor unit heads the lines under it."""
    return (
        not parse_rupiah(cell(row, columns, "harga_satuan"))
        and not quantity(cell(row, columns, "volume"))
        and not quantity(cell(row, columns, "koefisien"))
        and cell_text(row, columns, "satuan") is None
    )


def unnumbered_line_refusal(row: Sequence[CellValue], columns: dict[str, int], uraian: str) -> str | None:
    """Why a row of a table without a No column is not a budget line (None: it is one)."""
    if not re.search(r"[A-Za-z]", uraian):
        return "no description (Uraian empty)"
    if SUBGROUP_MARK.match(uraian):
        return "sub-group label"
    harga = parse_rupiah(cell(row, columns, "harga_satuan"))
    if harga is None or harga <= 0:
        counted = quantity(cell(row, columns, "volume")) or quantity(cell(row, columns, "koefisien"))
        if not counted or not parse_rupiah(cell(row, columns, "jumlah")):
            return "no unit price"
    return None
