"""A section row among the lines (``II | 1.05.04.1.03.0001 | Sub Kegiatan: Nama``) read as the one
header fact it states, and whether a body row opens the next sub-kegiatan's header block.

Apart from ``header_facts`` because these rows stand inside the table, under the line columns:
what is a fact there must first be told from a budget line or an account row."""

from __future__ import annotations

import re
from collections.abc import Sequence

from samarinda_common.extracted import CellValue
from samarinda_common.price_catalogue import normalise_label

from samarinda_rka_review.domain.fact_labels import (
    LEADING_CODE,
    LONG_CODED_FACTS,
    code_after_label,
    coded_fact,
    meta_key,
    states_fact,
)
from samarinda_rka_review.domain.row_kinds import amounts_in
from samarinda_rka_review.domain.sipd_codes import ACCOUNT_CODE

# A section's own mark in the No column: a Roman numeral or a capital letter (``II``, ``B.``).
_SECTION_MARK = re.compile(r"^(?:[IVX]{1,5}|[A-Z])[.)]?$")
# A section's name with its code after it in brackets (``Nama Sub Kegiatan (1.05.04.2.01.0003)``).
_CODE_AFTER_NAME = re.compile(r"^(?P<name>.*\S)\s*\(\s*(?P<code>\d+(?:\.\d+)+)\s*\)$")


def _labelled_fact(text: str) -> bool:
    """``Sub Kegiatan: ...``: a known fact label and its colon."""
    label, colon, _ = text.partition(":")
    return bool(colon) and meta_key(normalise_label(label)) is not None


def _unlabelled_colon(text: str) -> str:
    """``SUB KEGIATAN 1.03.10.2.01.0033 - Nama``: a label written before its ``code - name`` with no
    colon, given its colon (``SUB KEGIATAN: 1.03...``); other texts as they are."""
    for key in ("sub_kegiatan", "kegiatan", "program"):
        value = code_after_label(text, key)
        if value is not None:
            return f"{key.replace('_', ' ')}: {value}"
    return text


def section_row(row: Sequence[CellValue]) -> Sequence[CellValue]:
    """A section row written across the line columns (``II | 1.05.04.1.03.0001 | Sub Kegiatan: Nama``)
    as the one fact it states (``Sub Kegiatan: 1.05.04.1.03.0001 - Nama``): its enumeration mark
    (a letter, a roman or a plain number: ``1 | SUB KEGIATAN 1.03... - Nama`` over lines ``1.1``) in
    the No column and its code in the Kode Rekening column stand before the label. Other rows as they are."""
    texts = [str(v).strip() for v in row if v not in (None, "") and str(v).strip()]
    if len(texts) < 2:
        return row
    rest = texts[1:] if _SECTION_MARK.match(texts[0]) or texts[0].isdigit() else texts
    if rest is not texts and (after := _CODE_AFTER_NAME.match(rest[0])):
        # a marked section naming itself before its code: read as its code and name in two cells
        rest = [after["code"], after["name"], *rest[1:]]
    code = rest[0] if len(rest) > 1 and ACCOUNT_CODE.match(rest[0]) else None
    fact = rest[1] if code else _unlabelled_colon(rest[0])
    level = coded_fact(f"{code} {fact}") if code and not _labelled_fact(fact) else None
    if level in LONG_CODED_FACTS and amounts_in(row) < 2:
        # ``2.11.03.2.01.0004 | Nama | Output: ...``: a (sub-)kegiatan's code in the Kode Rekening
        # column over its lines, its name under Uraian with no label; the cells after it state
        # its other facts. The code's shape says which fact it is, as in a header block. A row
        # priced as a line (a flat export writing each line's sub-kegiatan) is a line.
        assert level is not None
        return [f"{level.replace('_', ' ')}: {code} - {fact}", *rest[2:]]
    if (rest is texts and code is None) or not _labelled_fact(fact):
        return row
    label, _, value = fact.partition(":")
    if code is not None and not LEADING_CODE.match(value.strip()):
        value = f"{code} - {value.strip()}"
    return [f"{label.strip()}: {value.strip()}"]


def first_text(row: Sequence[CellValue]) -> str:
    """The row's first text, a section row read as the one fact it states."""
    return next((v for v in section_row(row) if isinstance(v, str) and v.strip()), "")


def opens_header_block(row: Sequence[CellValue]) -> str | None:
    """The header fact a body row states, opening the next sub-kegiatan's block: a label with its
    value (after a colon, in a cell of its own, or as a ``code - name``), or a value known by its
    code. A label's word opening a text on its own is no fact: an account's name wrapped onto a
    second row reads ``Kegiatan Kantor-Bahan Cetak``."""
    first = first_text(row)
    label, colon, _ = first.partition(":")
    key = meta_key(normalise_label(label).strip())
    # a value in a cell of its own has words (an amount beside a wrapped account name has none)
    valued = sum(1 for v in section_row(row) if isinstance(v, str) and re.search(r"[A-Za-z]", v)) > 1
    if key is not None and (colon or valued or code_after_label(first, key) is not None):
        return key
    return coded_fact(first)


def block_start(rows: Sequence[Sequence[CellValue]], index: int, floor: int) -> int:
    """Where the header block that ``index`` opens begins: the fact rows straight above it (not
    above ``floor``) are its own, a block may state its Urusan and Organisasi before its Program."""
    while index > floor and opens_header_block(rows[index - 1]) is not None:
        index -= 1
    return index


def facts_row(row: Sequence[CellValue]) -> bool:
    """A header-block row: its first text is a known fact label (``Sub Kegiatan : ...``)."""
    return states_fact(first_text(row))
