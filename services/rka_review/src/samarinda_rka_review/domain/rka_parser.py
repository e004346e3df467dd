"""Read an RKA in the SIPD-like layout from generic table rows (a sheet, a CSV, a PDF table).

The layout: a header block (Program, Kegiatan, Sub Kegiatan, Organisasi, the output indicator and
its target), then a table ``No | Kode Rekening | Uraian | ... | Jumlah`` in any column order.
A row with a Kode Rekening and no No heads an account group (its Jumlah is the subtotal), rows
with a No are budget lines, a ``Jumlah``/``Total`` row closes the sub-kegiatan. One sheet may hold
several sub-kegiatan, and a table without a header of its own continues the previous one (a PDF
page break).

A PDF printed from SIPD often loses the header block from its tables (the extracted table starts
at the column header, or at a ``hal. 1`` page line): the facts are then read from the page text
(``Sub Kegiatan : 2.16.03.1.02.0001 - ...``), from small tables before the main one (the
``Indikator | Tolok Ukur | Target`` block), and lines without a No column are numbered in order.
Every row left out is recorded with its reason in an ``IntakeReport``; an RKA with no lines is an
``EmptyIntake`` error naming them.
"""

from __future__ import annotations

import re
import traceback
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise

from samarinda_common.extracted import CellValue, ExtractionMethod, Page, Table
from samarinda_common.intake import EmptyIntake, IntakeReport, IntakeWarningKind, TableIntake, row_preview
from samarinda_common.price_catalogue import (
    HEADER_DEPTH,
    HeaderMatch,
    cell,
    cell_text,
    detect_year,
    header_labels,
    header_window,
    match_columns,
    normalise_label,
    parse_decimal,
    parse_rupiah,
    read_by_parts,
    table_name,
)
from samarinda_common.rka import AccountGroup, Rka, RkaLine, SubKegiatan
from samarinda_common.table_rows import is_column_numbering

from samarinda_rka_review.domain.continued_columns import join_split_column, restore_dropped_column
from samarinda_rka_review.domain.figures import show_number
from samarinda_rka_review.domain.header_names import names_nothing, organisation_in_titles
from samarinda_rka_review.domain.merged_columns import split_unit_and_price
from samarinda_rka_review.domain.page_continuation import continues_page_before, joined
from samarinda_rka_review.domain.rka_columns import (
    ColumnFit,
    fit_columns,
    frequency,
    lines_without_header,
    parse_koefisien,
    quantity,
    roles_from_lines,
    volume_for,
)
from samarinda_rka_review.domain.rules import RKA_LAYOUT
from samarinda_rka_review.domain.run_in_rows import run_in_account, split_run_in_amounts
from samarinda_rka_review.domain.text import known_unit
from samarinda_rka_review.domain.text_header import header_in_text

RKA_COLUMNS = RKA_LAYOUT.columns
_REQUIRED = RKA_LAYOUT.required_columns
_LONG_CODED_FACTS = ("kegiatan", "sub_kegiatan")
_LABEL_CHARS = 40  # a column label is short; a longer text above the lines is a title or a fact

_META_KEYS = RKA_LAYOUT.header_facts
_SHARED_FACTS = ("program", "urusan")
# What sub-kegiatan of one table share when each line row names its own (a flat export).
_PARENT_FACTS = ("program", "kegiatan", "urusan", "organisasi")
_ROW_SUB_COLUMNS = ("sub_kegiatan_kode", "sub_kegiatan")
_SUPERSEDED = frozenset(RKA_LAYOUT.superseded_groups)
_ACCOUNT_CODE = re.compile(r"^\d+(\.\d+)+$")
# A line number: ``7``, ``3a``, ``1.2``; or numbered under a section written as a Roman numeral or a
# capital letter (``II.4``, ``B.12``), which needs the number after the dot to be a line; or numbered
# per sheet behind a short letter prefix or sheet code and a dash or slash (``P-01``, ``SK2-07``,
# ``B/3``): the No of a workbook that numbers each sheet's lines afresh.
_LINE_NO = re.compile(
    r"^(?:\d{1,5}[a-zA-Z]?|(?:[IVX]{1,5}|[A-Z])\.\d{1,4}"
    r"|(?:[A-Za-z]{1,4}\d{0,2}|\d{1,2}) ?[-/] ?\d{1,4}[a-zA-Z]?)(\.\d{1,4})*\.?$"
)
_ITEM_MARK = re.compile(r"^(?:[a-zA-Z]|\d{1,4})[.)]$")
# A section's own mark in the No column: a Roman numeral or a capital letter (``II``, ``B.``).
_SECTION_MARK = re.compile(r"^(?:[IVX]{1,5}|[A-Z])[.)]?$")
_TOTAL_LABEL = re.compile(r"(?i)^(jumlah|total|sub\s*total)\b")
# SIPD sub-groups under an account (``[#] Alat Tulis Kantor``, ``[-] Keterangan``): labels, not lines.
_SUBGROUP_MARK = re.compile(r"^\[\s*[#\-]\s*\]")
# A list mark written before an item in its cell (``- Honorarium narasumber``): layout, not the
# item's name, whose first word says what the line buys.
_LIST_MARK = re.compile(r"^\s*[-–•·*]\s+(?=\S)")
_TEXT_FACT = re.compile(r"^\s*([A-Za-z][A-Za-z ./()-]{1,40}?)\s*:\s*(\S.*)$")
_GLOSS = re.compile(r"\([^)]*\)")
_TRAILING_TARGET = re.compile(r"^(.*\D)\s+(\d[\d.,]*\s*%?\s*[A-Za-z]*)$")
# An account grouping row written in one cell, in the Uraian column or merged across the row
# (``5.1.02.01.01.0024 - Belanja Alat/Bahan ...``): a belanja account code, then its name.
# The code may be bracketed (``[5.1.02.01.01.0024] Belanja ...``) or labelled as what it is
# (``Rek. 5.1.02.01.01.0024 - Belanja ...``, ``Kode Rekening: 5.1.02...``, ``Akun 5.1.02...``).
_ACCOUNT_IN_TEXT = re.compile(
    r"^\s*(?i:(?:kode\s+)?rek(?:ening)?\.?|akun)?\s*:?\s*"
    r"[\[(]?\s*(5(?:\.\d+){2,})\s*[\])]?\s*[-–:.]?\s*([A-Za-z].*)$"
)
# The same written name first, the code after it (``Belanja Alat Tulis Kantor (5.1.02.01.01.0024)``).
_ACCOUNT_AFTER_NAME = re.compile(r"^\s*([A-Za-z].*?)\s*(?:[-–:]\s*|[\[(]\s*)(5(?:\.\d+){2,})\s*[\])]?\s*$")
_BELANJA_CODE = re.compile(r"^5(?:\.\d+){2,}$")
# An account's name opens with its class word; a text row that does is a group, never the rest of
# the line above it.
_ACCOUNT_NAME_START = re.compile(r"(?i)^\s*belanja\b")
# A unit may state what it holds (``36 Dus isi 24``): the count is the unit's, not a stray number.
_UNIT_WORDS = re.compile(
    r"\d[\d.,]*\s*([A-Za-z][A-Za-z0-9/()]*(?:\s+(?!(?:isi|berisi)\s+\d)[A-Za-z][A-Za-z/()]*)*"
    r"(?:\s+(?:isi|berisi)\s+\d+(?:\s+[A-Za-z]+)*)?)",
    re.IGNORECASE,
)
# ``25 Org x 4 Hari = 100 Kotak``: the koefisien states the count it comes to, in the line's unit.
_STATED_COUNT = re.compile(r"=\s*(\d[^=]*)$")
# ``Sub Kegiatan 2.16.02.1.01.0004 - Diseminasi ...``: a scan's OCR loses the small colon; a fact
# is then its label followed by a SIPD code and name.
# A section row's enumeration before the code (``A.``, ``II.``, ``3)``), and the code and name.
# The mark may be bracketed (``[2]``, ``(B)``).
_ENUMERATION = re.compile(
    r"^\s*(?:[\[(]\s*(?:[A-Za-z]{1,4}|\d{1,2})\s*[\])]|(?:[A-Za-z]{1,4}|\d{1,2})[.)])\s+(?=\d)"
)
_CODE_THEN_NAME = re.compile(r"^\d+(?:\.\d+)+\s*(?:[-–—:]\s*)?[A-Za-z(]")
_CODE_AND_NAME_LABEL = re.compile(r"^(?:kode|no|nomor)\s*(?:/|dan|&|\+)\s*nama\s+")
# Parts of one banner cell: its lines, or ``|``-separated facts on one line.
_FACT_SEPARATOR = re.compile(r"\s+\|\s+|\s*[\r\n]+\s*")
# A known fact label followed by its colon, anywhere in a text (``... Lokasi: ...``); a bare
# ``Indikator:`` states the output too (``Kegiatan ...; Indikator: ...``, see ``_read_meta``).
_FACT_LABEL = re.compile(
    r"(?i)(?:^|(?<=[\s;,|]))(?:"
    + "|".join(
        r"\s+".join(re.escape(word) for word in alias.split())
        for alias in sorted(
            {"indikator", *(a for aliases in _META_KEYS.values() for a in aliases)}, key=len, reverse=True
        )
    )
    + r")\s*:"
)
_CODE_LEVELS = RKA_LAYOUT.code_levels
# A SIPD code at the start of a text, then (after a dash, a colon or nothing) the name it codes.
_LEADING_CODE = re.compile(r"^\s*(\d+(?:\.\d+)+)\s*(?:[-–—:]\s*)?(?=[A-Za-z(])")
_LABEL_THEN_CODE = re.compile(r"^\s*([A-Za-z][A-Za-z ./-]{1,40}?)\s+(\d+(?:\.\d+)*\s*[-–—]\s*\S.*)$")
# A section heading over each form of a document (``B. Sub Kegiatan 1.02.02.2.01.0014 Nama``):
# its enumeration, its label, then the code and the name with neither colon nor dash between.
_HEADING_LABEL_THEN_CODE = re.compile(
    r"^\s*(?:(?:[A-Za-z]{1,4}|\d{1,2})[.)]\s+)?([A-Za-z][A-Za-z ./-]{1,40}?)\s+(\d+(?:\.\d+)+\s+\S.*)$"
)
# A printout with no Spesifikasi column writes it under the item in the Uraian cell, after one of
# the column's own labels (``Amplop putih`` / ``Spesifikasi: 110 x 230 mm``); a dash says there is none.
_INLINE_SPEC = re.compile(
    r"(?i)(?:^|\s)(?:"
    + "|".join(re.escape(label) for label in sorted(RKA_COLUMNS["spesifikasi"], key=len, reverse=True))
    + r")\s*:\s*(.*)$",
    re.DOTALL,
)
_NO_SPEC = re.compile(r"^[\s\-–—.]*$")


def split_inline_spec(uraian: str) -> tuple[str, str | None]:
    """The item's name and the specification written after it in the same cell, if any."""
    found = _INLINE_SPEC.search(uraian)
    if found is None or not uraian[: found.start()].strip():
        return uraian, None
    spec = re.sub(r"\s+", " ", found.group(1)).strip()
    return uraian[: found.start()].strip(), None if _NO_SPEC.match(spec) else spec


_TRAILING_COUNT = re.compile(r"^(.*\S)\s*\((\d[\d.,]*\s*[A-Za-z][^()]*)\)\s*$", re.DOTALL)


def split_trailing_count(uraian: str, volume: Decimal) -> tuple[str, str | None]:
    """``Karung goni (2 kali x 5 Ikat)`` with volume 10 → the name and the count written
    after it: a bracket closing the Uraian whose count is the line's volume is its koefisien, not
    part of the item's name. A bracket that counts otherwise stays (the arithmetic check reads it)."""
    found = _TRAILING_COUNT.match(uraian)
    if found is None or volume <= 0 or parse_koefisien(found.group(2)) != volume:
        return uraian, None
    return found.group(1).rstrip(" ,;-"), found.group(2).strip()


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
    for part in re.split(r"\s*[xX×*]\s*(?=\d)", text.strip()):
        match = _UNIT_WORDS.match(part.strip())
        if match:
            units.append(match.group(1).strip())
    return " x ".join(units) or None


def parse_ppn(value: CellValue) -> Decimal | None:
    """The PPN rate in percent. A spreadsheet percentage cell holds a fraction (0.11 shown as
    11%); no PPN rate lies strictly between 0 and 1 percent, so such a number is a fraction."""
    rate = parse_decimal(value)
    if rate is not None and 0 < rate < 1 and not (isinstance(value, str) and "%" in value):
        return rate * 100
    return rate


def split_code_name(value: str | None) -> tuple[str | None, str]:
    """``1.01.01.2.06.0009 - Penyelenggaraan Rapat`` → (code, name); a code alone (a flat
    export's Kode Sub Kegiatan column) → (code, "")."""
    text = (value or "").strip()
    match = re.match(r"^([\d.]+\d)\s*[-–—:]?\s*(.*)$", text)
    if match and match.group(2):
        return match.group(1), match.group(2).strip()
    if match and "." in match.group(1):
        return match.group(1), ""
    return None, text


@dataclass
class _SubKegiatanDraft:
    meta: dict[str, str] = field(default_factory=dict)
    sheet: str | None = None
    lines: list[RkaLine] = field(default_factory=list)
    groups: list[AccountGroup] = field(default_factory=list)
    open_groups: list[AccountGroup] = field(default_factory=list)
    declared_total: int | None = None
    page_only: bool = False  # ``sheet`` is a page label (``hal. 1``), not a name a person gave
    # The open SIPD sub-group labels by mark (``#`` over ``-``): what the lines below are for.
    subgroups: dict[str, str] = field(default_factory=dict)

    def close(self) -> SubKegiatan | None:
        if not self.lines:
            return None
        named = self.meta.get("sub_kegiatan")
        if named is None and self.sheet and _is_sub_kegiatan_code(self.sheet):
            named = self.sheet  # a workbook with one sheet per sub-kegiatan, each named by its code
        kode, nama = split_code_name(named)
        # A page marker, a table's title or a column label is no sub-kegiatan's name, as a header
        # fact or as the sheet's name: the sub-kegiatan is then unnamed (judged by its OPD's function).
        sheet_names = bool(self.sheet) and not self.page_only and not names_nothing(self.sheet)
        return SubKegiatan(
            kode=kode,
            nama=nama or (self.sheet or "Sub kegiatan"),
            named=(bool(nama) and not names_nothing(nama)) or (not nama and sheet_names),
            program=self.meta.get("program"),
            kegiatan=self.meta.get("kegiatan"),
            indikator=self.meta.get("keluaran"),
            target=self.meta.get("target"),
            urusan=self.meta.get("urusan"),
            lokasi=self.meta.get("lokasi"),
            sheet=self.sheet,
            lines=self.lines,
            groups=self.groups,
            declared_total=self.declared_total,
        )


def _written_account(text: str | None) -> tuple[str, str] | None:
    """(code, name) of a belanja account written in one cell, code first or name first."""
    text = _without_code_echo(text or "")
    code_first = _code_then_name(text)
    if code_first is not None:
        return code_first
    after = _ACCOUNT_AFTER_NAME.match(text or "")
    if after:
        return after.group(2), after.group(1).strip()
    return None


# An unfinished code (``5.1.``, ending in its dot): on a scan, the head of the code beside it
# read a second time where the row's cell is merged across the No column.
_CODE_HEAD = re.compile(r"^\d+(?:\.\d+)*\.\)?$")


def _without_code_echo(text: str) -> str:
    """The cell's text without an unfinished code standing next to the code it begins
    (``5.1. 5.1.02.01.01.0024 Belanja ...``, or after it); any other text stays as read."""
    words = text.split()
    kept = [
        word
        for index, word in enumerate(words)
        if not (_CODE_HEAD.match(word) and any(_echoes(word, next_to) for next_to in _beside(words, index)))
    ]
    return " ".join(kept) if len(kept) < len(words) else text


def _beside(words: list[str], index: int) -> list[str]:
    return words[max(0, index - 1) : index] + words[index + 1 : index + 2]


def _echoes(head: str, word: str) -> bool:
    """Whether ``head`` (an unfinished code) is the beginning of the longer code ``word``."""
    stem = head.rstrip(")")
    code = word.strip("()[]")
    return len(code) > len(stem) and code.startswith(stem) and _ACCOUNT_CODE.match(code) is not None


def _code_then_name(text: str | None) -> tuple[str, str] | None:
    """(code, name) of a belanja account written code first (``5.1.02.01 - Belanja Barang``)."""
    match = _ACCOUNT_IN_TEXT.match(text or "")
    return (match.group(1), match.group(2).strip()) if match else None


def _is_sub_kegiatan_code(text: str) -> bool:
    """Whether a text is a sub-kegiatan code and nothing else (``1.02.02.2.01.0014``)."""
    return _is_code_of_level(text.strip(), "sub_kegiatan")


def _is_code_of_level(code: str, level: str) -> bool:
    """Whether ``code`` has the SIPD shape of ``level`` (its segments' digits, level by level)."""
    parts = code.split(".")
    return all(p.isdigit() for p in parts) and [len(p) for p in parts] == list(_CODE_LEVELS[level])


def sub_kegiatan_roster(rows: Sequence[Sequence[CellValue]]) -> dict[str, dict[str, str]]:
    """The facts of each sub-kegiatan a list of them states (a workbook's own sheet ``Kode | Sub
    Kegiatan | Indikator Keluaran | Target``), by code: a flat export's lines name theirs by code only."""
    columns: dict[int, str] | None = None
    roster: dict[str, dict[str, str]] = {}
    for row in rows:
        texts = [str(value).strip() if value is not None else "" for value in row]
        if columns is None and not any(normalise_label(t) == "kode" for t in texts):
            continue
        keys = {
            i: "kode" if normalise_label(t) == "kode" else _meta_key(normalise_label(t))
            for i, t in enumerate(texts)
            if t
        }
        if "kode" in keys.values() and "sub_kegiatan" in keys.values():
            columns = {i: key for i, key in keys.items() if key}
            continue
        if columns is None:
            continue
        code = next((texts[i] for i, key in columns.items() if key == "kode" and i < len(texts)), "")
        if not _is_sub_kegiatan_code(code):
            continue
        roster[code] = {
            key: texts[i] for i, key in columns.items() if key != "kode" and i < len(texts) and texts[i]
        }
    return roster


# Rows under a header read for a column that names each line's sub-kegiatan.
_SUB_COLUMN_SAMPLE = 40


def sub_kegiatan_column(rows: Sequence[Sequence[CellValue]], header: HeaderMatch) -> dict[str, int]:
    """The column of a flat export that names each line's sub-kegiatan by its code and name
    (``1.06.04.1.02.0004 Pemberian ...``) under a label no column alias may hold (``Sub Kegiatan``
    alone is the label of a header fact, ``Sub Kegiatan : 1.01...`` above a table): every filled
    cell of it under the header starts with a sub-kegiatan's code. Empty when the header names
    such a column already or none is found."""
    if any(field in header.columns for field in _ROW_SUB_COLUMNS):
        return {}
    body = rows[max(header.row + 1, 0) : max(header.row + 1, 0) + _SUB_COLUMN_SAMPLE]
    taken = set(header.columns.values())
    for col in range(max((len(row) for row in body), default=0)):
        if col in taken:
            continue
        cells = [
            row[col].strip()
            for row in body
            if col < len(row) and isinstance(row[col], str) and row[col].strip()
        ]
        if len(cells) >= 2 and all(_is_sub_kegiatan_code(split_code_name(c)[0] or "") for c in cells):
            return {"sub_kegiatan": col}
    return {}


def _named_by_roster(sub: SubKegiatan, roster: dict[str, dict[str, str]]) -> SubKegiatan:
    """A sub-kegiatan read without its name, given the facts its code has in the roster."""
    facts = roster.get(sub.kode or "")
    if not facts or sub.nama not in (sub.sheet, "Sub kegiatan"):
        return sub
    update = {
        "nama": facts.get("sub_kegiatan") or sub.nama,
        "named": True,
        "program": sub.program or facts.get("program"),
        "kegiatan": sub.kegiatan or facts.get("kegiatan"),
        "indikator": sub.indikator or facts.get("keluaran"),
        "target": sub.target or facts.get("target"),
        "urusan": sub.urusan or facts.get("urusan"),
        "lokasi": sub.lokasi or facts.get("lokasi"),
    }
    return sub.model_copy(update=update)


def _same_sub(named: str, meta: str | None) -> bool:
    """Whether a row's sub-kegiatan is the draft's: by code when both have one, else by name."""
    if not meta:
        return False
    (kode, nama), (their_kode, their_nama) = split_code_name(named), split_code_name(meta)
    if kode and their_kode:
        return kode == their_kode
    return normalise_label(nama) == normalise_label(their_nama)


def _meta_key(label: str) -> str | None:
    return (
        _whole_meta_key(label) or read_by_parts(label, _exact_whole_meta_key) or _abbreviated_meta_key(label)
    )


# The shortest start of a label's word that stands for it (``Keg.`` for ``Kegiatan``).
_ABBREVIATION = 3


def _abbreviated_meta_key(label: str) -> str | None:
    """The fact a label names with its words cut short (``Sub Keg.``, ``Prog.``): as many words
    as one of the fact's labels, each the start of that label's word, one at least shortened.
    None when no label, or labels of two facts, fit."""
    words = label.split()
    found = {
        key
        for key, aliases in _META_KEYS.items()
        for alias in aliases
        if len(full := alias.split()) == len(words)
        and words != full
        and all(
            mine == theirs or (len(mine) >= _ABBREVIATION and theirs.startswith(mine))
            for mine, theirs in zip(words, full, strict=True)
        )
    }
    return found.pop() if len(found) == 1 else None


def _whole_meta_key(label: str) -> str | None:
    # ``Kode / Nama Sub Kegiatan``: a label naming both parts of a ``code - name`` value.
    label = _CODE_AND_NAME_LABEL.sub("", label)
    best: tuple[int, str] | None = None
    for key, aliases in _META_KEYS.items():
        for alias in aliases:
            if label == alias or label.startswith(alias + " "):
                candidate = (len(alias), key)
                best = candidate if best is None or candidate > best else best
    return best[1] if best else None


def coded_fact(text: str) -> str | None:
    """The header fact a ``code name`` text states by the shape of its SIPD code alone
    (``1.02.02.2.01.0003 Nama`` → sub_kegiatan, also after a section's mark: ``[2] 1.02...``),
    or None (no code, or not a header's shape)."""
    match = _LEADING_CODE.match(_ENUMERATION.sub("", text))
    if match is None:
        return None
    shape = tuple(len(segment) for segment in match.group(1).split("."))
    return next((key for key, levels in _CODE_LEVELS.items() if tuple(levels) == shape), None)


def fact_pieces(text: str) -> list[str]:
    """A banner cell cut into its facts: its lines, its ``|``-separated parts, and within those
    a new piece at each known ``Label:`` (``Sub Kegiatan: ... Keluaran: ... Lokasi: ...``)."""
    pieces: list[str] = []
    for part in _FACT_SEPARATOR.split(text):
        starts = [found.start() for found in _FACT_LABEL.finditer(part) if found.start() > 0]
        bounds = [0, *starts, len(part)]
        pieces.extend(part[a:b].strip(" \t;,|") for a, b in pairwise(bounds))
    return [piece for piece in pieces if piece]


def _states_fact(piece: str) -> bool:
    label, _, value = piece.partition(":")
    label = normalise_label(label)
    # ``Indikator: <output>`` states the output; a bare ``Indikator`` labels an indicator table's column.
    stated_indicator = label == "indikator" and bool(value.strip())
    return _meta_key(label) is not None or coded_fact(piece) is not None or stated_indicator


def _code_after_label(text: str, key: str) -> str | None:
    """``SUB KEGIATAN A. 1.02.03.2.01.0004 - Nama``: a section row that writes its label, an
    enumeration mark and the code and name with no colon. The ``code - name`` after the label."""
    for alias in sorted(_META_KEYS[key], key=len, reverse=True):
        words = r"\s+".join(re.escape(word) for word in alias.split())
        match = re.match(rf"(?i)^\s*{words}\s+(.*)$", text)
        if match:
            value = _ENUMERATION.sub("", match.group(1))
            if _CODE_THEN_NAME.match(value) or _bare_code_of(value.strip(), key):
                return value.strip()
            return None
    return None


def _bare_code_of(text: str, key: str) -> bool:
    """Whether a text is a code of ``key``'s level alone (``SUB KEGIATAN 1.02.02.2.01.0014``, its
    name on the row below): the code's shape says the label is that fact's, not a line's words."""
    return key in _CODE_LEVELS and _is_code_of_level(text, key)


def name_below_code(row: Sequence[CellValue]) -> str | None:
    """The name a row under a fact read as its code alone gives it: one text of words that is no
    fact, no code and no label of a column (``Pengelolaan Pelayanan Kesehatan Balita``)."""
    texts = [str(v).strip() for v in row if isinstance(v, str) and v.strip()]
    if len(texts) != 1 or any(isinstance(v, (int, float)) for v in row if not isinstance(v, bool)):
        return None
    text = re.sub(r"\s+", " ", texts[0])
    if _states_fact(text) or ":" in text or re.match(r"^\s*\d", text) or len(text.split()) < 2:
        return None
    return text


def _read_meta(row: Sequence[CellValue], meta: dict[str, str], indicator_cols: dict[str, int]) -> None:
    texts = [(i, str(v).strip()) for i, v in enumerate(row) if v not in (None, "") and str(v).strip()]
    if not texts:
        return
    first_col, first = texts[0]
    pieces = fact_pieces(first)
    if len(pieces) > 1:
        # ``Keluaran: ... | Target: 24 Titik | Lokasi: ...``, or one fact a line: several facts
        # in one merged banner cell (a title line among them is not one).
        found: dict[str, str] = {}
        for piece in filter(_states_fact, pieces):
            _read_meta([piece], found, indicator_cols)
        if found:
            for fact, value in found.items():
                meta.setdefault(fact, value)
            return
    label_text, _, inline_value = first.partition(":")
    label = normalise_label(label_text)
    if label == "indikator" and inline_value.strip():
        meta.setdefault("keluaran", re.sub(r"\s+", " ", inline_value).strip())  # ``Indikator: <output>``
        return
    if label == "indikator" or "tolok ukur" in [normalise_label(t) for _, t in texts]:
        for col, text in texts:
            name = normalise_label(text)
            if name in ("tolok ukur", "target", "indikator"):
                indicator_cols[name] = col
        return
    key = _meta_key(label)
    if key is None:
        _read_coded(texts, meta)
        value = re.sub(r"\s+", " ", inline_value).strip()
        coded = coded_fact(value)
        if coded is not None and coded in _LONG_CODED_FACTS:
            # ``<a label of the author's own> : 1.02.02.2.01.0014 Nama``: a (sub-)kegiatan code's
            # shape says what the value is whatever the label; shorter codes could be anything.
            meta.setdefault(coded, value)
        return
    values = [t.lstrip(":").strip() for c, t in texts[1:] if t != ":" and c > first_col]
    values = [v for v in values if v]
    if inline_value.strip():
        values.insert(0, inline_value.strip())
    if not values and not inline_value and (in_label := _code_after_label(first, key)):
        values = [in_label]
    if not values:
        return
    if key != "keluaran":
        # Two label/value blocks side by side (``Program : ...`` left, ``Lokasi : ...`` right).
        # A first cell holding its own value (``Lokasi: ...``) may be followed at once by the
        # next fact's cell; ``Indikator: ...`` states the output.
        later = [(c, t) for c, t in texts[1:] if c > first_col]
        first_block = 0 if inline_value.strip() else 1
        for position, (col, text) in enumerate(later[first_block:], start=first_block):
            other_label, _, stated = text.partition(":")
            other = _meta_key(normalise_label(other_label))
            if other is None and normalise_label(other_label) == "indikator" and stated.strip():
                other = "keluaran"
            if other is not None and other != key and not text.lstrip().startswith(":"):
                _read_meta([None] * col + [t for _, t in later[position:]], meta, indicator_cols)
                values = [t.lstrip(":").strip() for _, t in later[:position] if t.strip(": ")] or values
                break
    if key == "keluaran":
        tolok_col, target_col = indicator_cols.get("tolok ukur"), indicator_cols.get("target")
        by_col = {c: t for c, t in texts[1:]}
        meta.setdefault("keluaran", by_col.get(tolok_col, values[0]) if tolok_col is not None else values[0])
        target = (
            by_col.get(target_col) if target_col is not None else (values[1] if len(values) > 1 else None)
        )
        if target:
            meta.setdefault("target", target)
        return
    meta.setdefault(key, _code_with_its_name(values))


def _code_with_its_name(values: Sequence[str]) -> str:
    """A fact's value: a code alone in its cell with the name in the next (``Sub Kegiatan |
    3.11.02.2.04.0007 | Pembinaan ...``, as a flat export writes it) is one value, ``code name``."""
    code, name = split_code_name(values[0])
    if code is not None and not name and len(values) > 1 and split_code_name(values[1])[0] is None:
        return f"{code} {values[1]}"
    return values[0]


def _read_coded(texts: Sequence[tuple[int, str]], meta: dict[str, str]) -> None:
    """A header fact written without its label, known by its code's shape: ``code name`` in one
    cell, or the code alone with its name in the next cell."""
    first = texts[0][1]
    key = coded_fact(first)
    if key is None and len(texts) > 1 and re.fullmatch(r"\d+(?:\.\d+)+", first):
        first = f"{first} - {texts[1][1]}"
        key = coded_fact(first)
    if key is not None:
        meta.setdefault(key, re.sub(r"\s+", " ", _ENUMERATION.sub("", first)).strip())


def text_fact_rows(text: str) -> list[list[CellValue]]:
    """Header facts in a page's text, as one-row tables ``[label, value]`` for ``_read_meta``.

    Only ``Label : value`` lines whose label is exactly a known fact are taken (a table row in the
    same text such as ``Program pelatihan ...`` is not a fact), ``Label code - name`` lines whose
    colon the OCR lost, plus the ``Keluaran <tolok ukur>
    <target>`` line of the indicator block, which a printout writes without a colon."""
    rows: list[list[CellValue]] = []
    for line in text.splitlines():
        match = _TEXT_FACT.match(line) or _LABEL_THEN_CODE.match(line)
        # A label's bracketed gloss names nothing of its own (``Indikator Keluaran (Output)``).
        if match and _exact_meta_key(normalise_label(_GLOSS.sub(" ", match.group(1)))):
            if sum(1 for piece in fact_pieces(line) if _states_fact(piece)) > 1:
                # ``Sub Kegiatan : ... Keluaran : ...``: facts side by side on one line, read apart.
                rows.append([line.strip()])
            else:
                rows.append([match.group(1).strip(), match.group(2).strip()])
            continue
        heading = _HEADING_LABEL_THEN_CODE.match(line)
        if heading and _names_its_level(heading.group(1), heading.group(2)):
            rows.append([heading.group(1).strip(), heading.group(2).strip()])
            continue
        head, _, rest = line.strip().partition(" ")
        if rest and _exact_meta_key(normalise_label(head)) == "keluaran":
            target = _TRAILING_TARGET.match(rest.strip())
            rows.append([head, *(target.groups() if target else (rest.strip(),))])
    return rows


def written_account(kode: str | None) -> tuple[str, str | None] | None:
    """A line's own account cell as (code, name): the code alone, or the code with the account's
    name written after it in the same cell (``5.1.02.01.01.0024 - Belanja Alat Tulis Kantor``)."""
    if not kode:
        return None
    if _ACCOUNT_CODE.match(kode):
        return kode, None
    written = _code_then_name(kode)
    return (written[0], re.sub(r"\s+", " ", written[1])) if written else None


def _names_its_level(label: str, value: str) -> bool:
    """Whether ``value`` opens with a code of the very level ``label`` names (a bare code after a
    label is that fact only when its shape says so: ``Kegiatan 2.5 Ha`` is no kegiatan)."""
    key = _exact_meta_key(normalise_label(label))
    return key is not None and key in _CODE_LEVELS and _is_code_of_level(value.split()[0], key)


def _exact_meta_key(label: str) -> str | None:
    return (
        _exact_whole_meta_key(label)
        or read_by_parts(label, _exact_whole_meta_key)
        or _abbreviated_meta_key(label)
    )


def _exact_whole_meta_key(label: str) -> str | None:
    return next((key for key, aliases in _META_KEYS.items() if label in aliases), None)


def _without_superseded(
    rows: Sequence[Sequence[CellValue]], window: HeaderMatch
) -> tuple[HeaderMatch, str | None]:
    """An RKA Perubahan prints the amounts before the change beside those after it, under group
    labels (``Sebelum Perubahan`` | ``Setelah Perubahan``): the columns under a superseded group
    are left out, so each field is read from the budget as changed. Also says what was left out."""
    # The group row may sit just above a header that reads complete on its own row.
    group_rows = [
        index
        for index in range(max(0, window.top - (HEADER_DEPTH - 1)), window.row)
        if any(isinstance(value, str) and normalise_label(value) in _SUPERSEDED for value in rows[index])
    ]
    if not group_rows:
        return window, None
    header_rows = [list(row) for row in rows[min(group_rows[0], window.top) : window.row + 1]]
    width = max(len(row) for row in header_rows)
    superseded: dict[int, str] = {}
    for row in header_rows[:-1]:
        group = None
        for col in range(width):
            value = row[col] if col < len(row) else None
            if value not in (None, ""):
                group = str(value).strip()
            if group is not None and normalise_label(group) in _SUPERSEDED:
                superseded[col] = group
    if not superseded:
        return window, None
    masked = [[None if col in superseded else value for col, value in enumerate(row)] for row in header_rows]
    found = header_window(masked, 0, RKA_COLUMNS)
    if found is None:
        return window, None
    names = ", ".join(str(col + 1) for col in sorted(superseded))
    groups = " / ".join(dict.fromkeys(superseded.values()))
    return (
        HeaderMatch(window.row, found.columns, first_row=window.first_row),
        f"columns {names} left out: under {groups!r} (the budget before the change)",
    )


def _ppn_rate(value: CellValue, volume: Decimal, harga: int, jumlah: int) -> Decimal | None:
    """The PPN rate of a line; a PPN column in rupiah (``PPN (Rp)``: above any rate) gives it as
    a share of volume × harga. The tax in rupiah is the line's, or — when the total says so, as in
    sheets that also print a ``Harga Setelah PPN`` per unit — one unit's."""
    rate = parse_ppn(value)
    base = volume * harga
    if rate is None or rate <= 100 or base <= 0:
        return rate
    per_unit = volume != 1 and abs(base + rate * volume - jumlah) < abs(base + rate - jumlah)
    return (rate * 100 / (harga if per_unit else base)).quantize(Decimal("0.01"))


def _labelled_fact(text: str) -> bool:
    """``Sub Kegiatan: ...``: a known fact label and its colon."""
    label, colon, _ = text.partition(":")
    return bool(colon) and _meta_key(normalise_label(label)) is not None


def _unlabelled_colon(text: str) -> str:
    """``SUB KEGIATAN 1.03.10.2.01.0033 - Nama``: a label written before its ``code - name`` with no
    colon, given its colon (``SUB KEGIATAN: 1.03...``); other texts as they are."""
    for key in ("sub_kegiatan", "kegiatan", "program"):
        value = _code_after_label(text, key)
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
    code = rest[0] if len(rest) > 1 and _ACCOUNT_CODE.match(rest[0]) else None
    fact = rest[1] if code else _unlabelled_colon(rest[0])
    level = coded_fact(f"{code} {fact}") if code and not _labelled_fact(fact) else None
    if level in _LONG_CODED_FACTS and _amounts_in(row) < 2:
        # ``2.11.03.2.01.0004 | Nama | Output: ...``: a (sub-)kegiatan's code in the Kode Rekening
        # column over its lines, its name under Uraian with no label; the cells after it state
        # its other facts. The code's shape says which fact it is, as in a header block. A row
        # priced as a line (a flat export writing each line's sub-kegiatan) is a line.
        assert level is not None
        return [f"{level.replace('_', ' ')}: {code} - {fact}", *rest[2:]]
    if (rest is texts and code is None) or not _labelled_fact(fact):
        return row
    label, _, value = fact.partition(":")
    if code is not None and not _LEADING_CODE.match(value.strip()):
        value = f"{code} - {value.strip()}"
    return [f"{label.strip()}: {value.strip()}"]


def _first_text(row: Sequence[CellValue]) -> str:
    """The row's first text, a section row read as the one fact it states."""
    return next((v for v in section_row(row) if isinstance(v, str) and v.strip()), "")


def _opens_header_block(row: Sequence[CellValue]) -> str | None:
    """The header fact a body row states, opening the next sub-kegiatan's block: a label with its
    value (after a colon, in a cell of its own, or as a ``code - name``), or a value known by its
    code. A label's word opening a text on its own is no fact: an account's name wrapped onto a
    second row reads ``Kegiatan Kantor-Bahan Cetak``."""
    first = _first_text(row)
    label, colon, _ = first.partition(":")
    key = _meta_key(normalise_label(label).strip())
    # a value in a cell of its own has words (an amount beside a wrapped account name has none)
    valued = sum(1 for v in section_row(row) if isinstance(v, str) and re.search(r"[A-Za-z]", v)) > 1
    if key is not None and (colon or valued or _code_after_label(first, key) is not None):
        return key
    return coded_fact(first)


def _facts_row(row: Sequence[CellValue]) -> bool:
    """A header-block row: its first text is a known fact label (``Sub Kegiatan : ...``)."""
    return _states_fact(_first_text(row))


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


def account_name_column(
    rows: Sequence[Sequence[CellValue]], header: HeaderMatch, sample: int = 40
) -> int | None:
    """A sheet that writes each line's account code may write the account's name beside it, under
    a label no vocabulary need know: the column of words that is the same on every line of one
    code and differs between codes (at least two codes, each on one name only)."""
    code_col = header.columns.get("kode_rekening")
    if code_col is None:
        return None
    body = [row for row in rows[header.row + 1 : header.row + 1 + sample] if code_col < len(row)]
    coded = [
        (str(row[code_col]).strip(), row)
        for row in body
        if _ACCOUNT_CODE.match(str(row[code_col] or "").strip())
    ]
    taken = set(header.columns.values())
    width = max((len(row) for _, row in coded), default=0)
    for col in range(width):
        if col in taken:
            continue
        names: dict[str, set[str]] = {}
        for code, row in coded:
            value = row[col] if col < len(row) else None
            if not isinstance(value, str) or not re.search(r"[A-Za-z]{3}", value):
                break
            names.setdefault(code, set()).add(re.sub(r"\s+", " ", value).strip().lower())
        else:
            distinct = {name for found in names.values() for name in found}
            if (
                len(names) >= 2
                and all(len(found) == 1 for found in names.values())
                and len(distinct) == len(names)
            ):
                return col
    return None


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
        value = row[col] if col < len(row) else None
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


def _account_name_elsewhere(row: Sequence[CellValue], columns: dict[str, int]) -> str | None:
    """An account row's name written beside its code in another column than the Uraian (under
    the No, when the code comes first): the row's first words outside the code's column."""
    code_col = columns.get("kode_rekening")
    for col, value in enumerate(row):
        if col != code_col and isinstance(value, str) and re.search(r"[A-Za-z]{2}", value):
            return re.sub(r"\s+", " ", value).strip()
    return None


def _unreadable_line_no(no: str) -> bool:
    """A No cell of one to three glyphs without a digit or a letter run of a word."""
    return (
        len(no) <= 3
        and not any(ch.isdigit() for ch in no)
        and not _LINE_NO.match(no)
        and not _ITEM_MARK.match(no)  # ``a.``, ``b)``: lettered lines keep their letter
    )


def _codes_under(child: str | None, parent: str | None) -> bool:
    """The SIPD code of ``child`` (``code - name``) extends the code of ``parent``."""
    child_code, parent_code = split_code_name(child)[0], split_code_name(parent)[0]
    return bool(child_code and parent_code and child_code.startswith(parent_code + "."))


def _label_row(row: Sequence[CellValue]) -> bool:
    """A row of column labels: two or more short texts, no amount, no header fact."""
    filled = [v for v in row if v not in (None, "") and str(v).strip()]
    texts = [v for v in filled if isinstance(v, str) and parse_decimal(v) is None and len(v) <= _LABEL_CHARS]
    return len(texts) >= 2 and len(texts) == len(filled) and not _facts_row(row)


def _amounts_in(row: Sequence[CellValue]) -> int:
    """How many cells of a row hold a number or a rupiah amount; a header row holds labels."""
    return sum(
        1
        for v in row
        if (isinstance(v, int | float) and not isinstance(v, bool))
        or (isinstance(v, str) and parse_rupiah(v))
    )


def _failure(exc: Exception) -> str:
    """What broke and where, for the reader of the intake report (a bare "ValueError" names
    neither the fault nor the code to look at)."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" in {frames[-1].name}" if frames else ""
    return f"{type(exc).__name__}{where}: {exc}"


def _is_blank(row: Sequence[CellValue]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


@dataclass
class RkaTableParser:
    """Walks tables in order; keeps state so that continuation pages join their sub-kegiatan."""

    source: str | None = None
    # Pages read by OCR: their lines' figures may be misread, which the arithmetic check weighs.
    ocr_pages: frozenset[int] = frozenset()
    subs: list[SubKegiatan] = field(default_factory=list)
    meta_rows: list[str] = field(default_factory=list)
    organisasi: str | None = None
    report: IntakeReport = field(default_factory=lambda: IntakeReport(kind="rka"))
    _columns: dict[str, int] | None = None
    # How many columns the table of ``_columns`` has: a continuation split into one more is joined.
    _width: int = 0
    _draft: _SubKegiatanDraft | None = None
    _pending_meta: list[Sequence[CellValue]] = field(default_factory=list)
    # Sub-kegiatan facts by code from a list of them anywhere in the document (a flat export's own sheet).
    _roster: dict[str, dict[str, str]] = field(default_factory=dict)
    _inferred: dict[str, str] = field(default_factory=dict)
    _decisions: list[str] = field(default_factory=list)
    _uraian_span: tuple[int, ...] = ()
    _koefisien_span: tuple[int, ...] = ()
    _account_name_col: int | None = None
    _ocr: bool = False
    # Facts a sheet states once above several sub-kegiatan (its program, its urusan).
    _shared_facts: dict[str, str] = field(default_factory=dict)
    _shared_sheet: str | None = None
    # Whether the last sub-kegiatan was read from a table named by its page only (``hal. 1``).
    _page_sub_last: bool = False

    def __post_init__(self) -> None:
        self.report.source = self.source

    def feed(self, table: Table, page_text: str = "") -> None:
        """Read one table; ``page_text`` is the text of its page, for a header block the table lost."""
        rows = table.rows
        self._roster.update(sub_kegiatan_roster(rows))
        sheet = table.sheet or (f"hal. {table.page}" if table.page else None)
        self._ocr = table.page in self.ocr_pages
        trace = self.report.table(table_name(table), len(rows))
        text_facts = text_fact_rows(page_text) if page_text else []
        index = 0
        first = self._find_header(rows, 0, len(rows))
        if first is None and (split := split_unit_and_price(rows, RKA_COLUMNS)) is not None:
            rows = split
            first = self._find_header(rows, 0, len(rows))
            trace.decisions.append("a column read as unit and price (and total) together split back")
        width = max((len(row) for row in rows), default=0)
        text_header = header_in_text(page_text, RKA_COLUMNS, width, _REQUIRED) if first is None else None
        if text_header is not None:
            # A scan's header line read as page text above the table's body: the body's header.
            rows = [text_header, *rows]
            trace.decisions.append("column header read from the page text above the table")
            first = self._find_header(rows, 0, len(rows))
        continues = first is None or (first.top <= 2 and first.columns == self._columns)
        if self._draft is not None and self._names_another_sub([*text_facts, *self._pending_meta]):
            # The page text (or a header-less table above, such as the indicator block) opens the
            # next sub-kegiatan above a same-shaped table.
            continues = False
        if self._draft is not None and table.sheet and _is_sub_kegiatan_code(table.sheet):
            continues = table.sheet == self._draft.sheet  # a sheet named by its own sub-kegiatan
        if (
            self._draft is not None
            and first is None
            and not continues
            and self._columns is not None
            and any(self._priced(row) for row in rows)
        ):
            # The page's text opens the next sub-kegiatan above lines that go on under the
            # columns of the table before (a printout's page cut from a table joined across pages).
            trace.note = "no header of its own: read under the previous table's columns"
            self._finish()
            self._open_draft([*self._pending_meta, *text_facts], [], sheet, table, trace)
            self.meta_rows.append(page_text)
            self._pending_meta = []
            self._body(rows, 0, sheet, trace)
            return
        if self._draft is not None and continues:
            # A page break inside the open sub-kegiatan (its header may be repeated on top).
            trace.note = "no header of its own: read as a continuation of the previous table"
            if first is None and (joined := join_split_column(rows, self._width)) is not None:
                rows = joined
                trace.decisions.append("two columns never filled together joined back into one")
            elif (
                first is None
                and self._columns
                and (restored := restore_dropped_column(rows, self._columns, self._width))
            ):
                rows = restored
                trace.decisions.append("a column left empty on the page put back where the table had it")
            trace.columns = (
                {name: f"column {col + 1}" for name, col in self._columns.items()} if self._columns else {}
            )
            index = self._body(rows, first.row + 1 if first else 0, sheet, trace)
        while index < len(rows):
            # A long header block may put the first table far down; later tables follow closely.
            header = self._find_header(rows, index, 60 if self._draft is not None else len(rows))
            if header is None and self._draft is None and (header := self._header_from_body(rows, index)):
                self.report.warn(
                    IntakeWarningKind.COLUMNS_FROM_CONTENTS,
                    trace.where,
                    "; ".join(f"{name} = {why}" for name, why in self._inferred.items()),
                )
            headerless = self._headerless_sub(rows, index, header.top if header else len(rows))
            if headerless is not None:
                # The next sub-kegiatan named by its facts rows only, its lines under the columns
                # of the table above (one table for several sub-kegiatan).
                self._finish()
                self._open_draft(rows[index:headerless], [], sheet, table, trace)
                index = self._body(rows, headerless, sheet, trace, end=header.top if header else None)
                continue
            if header is None:
                # Rows before any RKA table (an indicator block printed as its own table, or the
                # next sub-kegiatan's header block) are the header facts of the table that follows.
                # The page's text facts go with them: the page's RKA table gets no page text.
                self._pending_meta.extend([*rows[index:], *text_facts])
                if text_facts:
                    self.meta_rows.append(page_text)
                text_facts = []
                if self._draft is None and trace.note is None:
                    trace.note = (
                        f"no RKA column header (needs {', '.join(_REQUIRED)}): rows kept as header facts"
                    )
                break
            self._finish()
            # Facts in the table's own rows win; rows of a header-less table before it and the
            # page text fill what the table lost.
            block = [*rows[index : max(index, header.top)], *self._pending_meta, *text_facts]
            if text_facts:
                self.meta_rows.append(page_text)  # the title lines name the fiscal year
            self._pending_meta, text_facts = [], []
            self._columns = {**header.columns, **sub_kegiatan_column(rows, header)}
            self._width = width
            self._uraian_span = self._span_of_uraian(rows, header)
            self._koefisien_span = koefisien_span(rows, header)
            self._account_name_col = account_name_column(rows, header)
            trace.header_row = header.row if header.row >= 0 else None  # above the table
            trace.columns = header_labels(rows, header)
            for name, why in self._inferred.items():
                trace.columns[name] = f"read from contents: {why}"
            trace.decisions.extend(self._decisions)
            self._open_draft(block, [], sheet, table, trace)
            index = self._body(rows, header.row + 1, sheet, trace)

    def feed_isolated(self, table: Table, page_text: str = "") -> None:
        """``feed``, with a table that breaks the reader left out (and said so) instead of the
        whole document: a workbook's odd recap sheet must not cost its RKA sheets."""
        tables_before = len(self.report.tables)
        try:
            self.feed(table, page_text)
        except Exception as exc:  # whatever broke, it broke this table only
            where = table_name(table)
            self._pending_meta = []
            cause = _failure(exc)
            if len(self.report.tables) > tables_before:
                self.report.tables[-1].note = f"not read: {cause}"[:200]
            self.report.warn(IntakeWarningKind.TABLE_NOT_READ, where, cause[:200])

    def _open_draft(
        self,
        block: Sequence[Sequence[CellValue]],
        extra: Sequence[Sequence[CellValue]],
        sheet: str | None,
        table: Table,
        trace: TableIntake,
    ) -> None:
        meta: dict[str, str] = {}
        indicator_cols: dict[str, int] = {}
        # A fact read as its code alone (``SUB KEGIATAN 1.02...``): its name is on the row below.
        bare: str | None = None
        for row in [*block, *extra]:
            self.meta_rows.append(" ".join(str(v) for v in row if isinstance(v, str)))
            if bare is not None and (name := name_below_code(row)) is not None:
                meta[bare] = f"{meta[bare]} {name}"
                bare = None
                continue
            read_before = set(meta)
            _read_meta(section_row(row), meta, indicator_cols)
            if not _is_blank(row):
                new = (set(meta) - read_before) & set(_LONG_CODED_FACTS)
                bare = next((k for k in new if not split_code_name(meta[k])[1]), None)
        if sheet != self._shared_sheet:
            self._shared_facts, self._shared_sheet = {}, sheet  # another sheet states its own
        for key in _SHARED_FACTS:
            if key in meta:
                self._shared_facts[key] = meta[key]
            elif key in self._shared_facts:
                meta[key] = self._shared_facts[key]  # a sub-kegiatan's section rows name only itself
        if "kegiatan" in meta:
            self._shared_facts["kegiatan"] = meta["kegiatan"]
        elif _codes_under(meta.get("sub_kegiatan"), self._shared_facts.get("kegiatan")):
            # A kegiatan stated once above its sub-kegiatan: the sub-kegiatan's code says it is theirs.
            meta["kegiatan"] = self._shared_facts["kegiatan"]
        self.organisasi = self.organisasi or meta.get("organisasi")
        trace.facts.update(meta)
        self._draft = _SubKegiatanDraft(meta=meta, sheet=sheet, page_only=table.sheet is None)

    def _headerless_sub(self, rows: Sequence[Sequence[CellValue]], start: int, limit: int) -> int | None:
        """Where the lines of a sub-kegiatan without a column header of its own begin: its facts
        rows (``Sub Kegiatan : ...``) at ``start``, then priced rows before ``limit`` (the next
        header). None when nothing but facts lies between."""
        if self._columns is None or self._draft is None or start >= limit:
            return None
        body = start
        while body < limit and (_is_blank(rows[body]) or _facts_row(rows[body])):
            body += 1
        if body == start or not any(self._priced(rows[k]) for k in range(body, limit)):
            return None
        return body

    def _codes_on_lines(self, rows: Sequence[Sequence[CellValue]], columns: dict[str, int]) -> bool:
        """Whether the account codes of a table stand on its priced lines (a flat export), not on
        group rows of their own: every row with a code is priced. One unpriced code row (a
        group) means a priced row with a code is a group row and a line run together."""
        coded = [row for row in rows if _ACCOUNT_CODE.match(cell_text(row, columns, "kode_rekening") or "")]
        return bool(coded) and all(self._priced(row) for row in coded)

    def _priced(self, row: Sequence[CellValue]) -> bool:
        assert self._columns is not None
        columns = self._columns
        return bool(
            re.search(r"[A-Za-z]", self._uraian(row))
            and (parse_rupiah(cell(row, columns, "harga_satuan")) or 0) > 0
            and (parse_rupiah(cell(row, columns, "jumlah")) or 0) > 0
        )

    def _span_of_uraian(self, rows: Sequence[Sequence[CellValue]], header: HeaderMatch) -> tuple[int, ...]:
        """The columns an Uraian label is merged over (indentation levels of a hand-made sheet):
        the unlabelled columns right of it (or repeating its label), up to the next labelled one."""
        col = header.columns.get("uraian")
        if col is None:
            return ()
        taken = set(header.columns.values())
        span = [col]
        header_rows = rows[max(0, header.top) : header.row + 1]
        if not header_rows:
            return (col,)  # the header stands above the table: nothing says the label is merged
        width = max(len(row) for row in header_rows)

        def labels(at: int) -> list[CellValue]:
            return [row[at] if at < len(row) else None for row in header_rows]

        for next_col in range(col + 1, width):
            # unlabelled, or the Uraian label repeated (a merged cell filled across its span)
            merged = all(v in (None, "") for v in labels(next_col)) or labels(next_col) == labels(col)
            if next_col in taken or not merged:
                break
            span.append(next_col)
        return tuple(span)

    def _account_name(self, row: Sequence[CellValue]) -> str | None:
        col = self._account_name_col
        value = row[col] if col is not None and col < len(row) else None
        return re.sub(r"\s+", " ", value).strip() or None if isinstance(value, str) else None

    def _uraian(self, row: Sequence[CellValue]) -> str:
        """The Uraian cell, or within its merged span the text an indented row writes further
        right (a line's name under its account, an account's name beside its code)."""
        assert self._columns is not None
        own = cell_text(row, self._columns, "uraian") or ""
        if len(self._uraian_span) < 2 or re.search(r"[A-Za-z]{2}", own):
            return own
        texts = [
            re.sub(r"\s+", " ", str(row[col])).strip()
            for col in self._uraian_span[1:]
            if col < len(row) and isinstance(row[col], str) and re.search(r"[A-Za-z]{2}", row[col])
        ]
        if not texts:
            return own
        return f"{own} {texts[0]}" if own and _ACCOUNT_CODE.match(own) else texts[0]

    def _find_header(self, rows: Sequence[Sequence[CellValue]], start: int, scan: int) -> HeaderMatch | None:
        """The first header at/after ``start`` whose columns, checked against the body under it,
        cover the required fields (labels completed by contents: ``rka_columns.fit_columns``)."""
        needed = set(_REQUIRED)
        for index in range(start, min(len(rows), start + scan)):
            if _amounts_in(rows[index]) >= 2:
                continue  # a priced line whose unit or note reads like a label, not a header
            window = header_window(rows, index, RKA_COLUMNS)
            if window is None:
                continue
            window, left_out = _without_superseded(rows, window)
            fit = fit_columns(rows, window.row + 1, window.columns)
            if not needed <= fit.columns.keys():
                continue
            if not needed <= window.columns.keys() and not self._nothing_between(rows, window.row, fit):
                continue  # labels above the real header (a preamble row): the body is not right under it
            self._inferred = dict(fit.inferred)
            self._decisions = [left_out] if left_out else []  # roles from contents show in the columns
            columns = fit.columns
            if not needed <= window.columns.keys() or needed & fit.inferred.keys():
                # Labels that did not give the line's amounts are no guide to No and Satuan either.
                columns = self._roles_from_lines(rows, window.row + 1, fit.columns)
            return HeaderMatch(window.row, columns, first_row=window.first_row)
        return None

    def _roles_from_lines(
        self, rows: Sequence[Sequence[CellValue]], body_start: int, columns: dict[str, int]
    ) -> dict[str, int]:
        found = roles_from_lines(rows, body_start, columns, known_unit)
        self._inferred.update({name: f"column {col + 1}: {why}" for name, (col, why) in found.items()})
        return {**columns, **{name: col for name, (col, _) in found.items()}}

    def _header_from_body(self, rows: Sequence[Sequence[CellValue]], start: int) -> HeaderMatch | None:
        """A table whose header names no field we know, or that has none: its columns read from
        its lines (``rka_columns.lines_without_header``). The header is the row of labels right
        above the lines (past a column-numbering row), when there is one."""
        fit = lines_without_header(rows, start)
        if fit is None or fit.first_line is None or not set(_REQUIRED) <= fit.columns.keys():
            return None
        self._inferred = dict(fit.inferred)
        self._decisions = ["no column header recognised: every column read from the lines"]
        columns = self._roles_from_lines(rows, fit.first_line, fit.columns)
        above = fit.first_line - 1
        while above >= start and (_is_blank(rows[above]) or is_column_numbering(rows[above])):
            above -= 1
        if above >= start and _label_row(rows[above]):
            return HeaderMatch(above, columns)
        # No labels: the lines start right under the block above, whose last row is a fact too.
        # Lines from the table's first row on (its header printed apart, as a band of its own)
        # have their header row just above the table's start.
        if fit.first_line > start and not _is_blank(rows[fit.first_line - 1]):
            self._pending_meta.append(rows[fit.first_line - 1])
        return HeaderMatch(fit.first_line - 1, columns)

    @staticmethod
    def _nothing_between(rows: Sequence[Sequence[CellValue]], header_row: int, fit: ColumnFit) -> bool:
        """A header completed from contents stands right above its lines: no row of labels lies
        between it and the first line whose amounts gave the columns away."""
        if fit.first_line is None:
            return False
        return not any(
            len(match_columns(row, RKA_COLUMNS)) >= 2 for row in rows[header_row + 1 : fit.first_line]
        )

    def _names_another_sub(self, text_facts: Sequence[Sequence[CellValue]]) -> bool:
        assert self._draft is not None
        facts: dict[str, str] = {}
        for row in text_facts:
            _read_meta(row, facts, {})
        named = facts.get("sub_kegiatan")
        return named is not None and named != self._draft.meta.get("sub_kegiatan")

    def _body(
        self,
        rows: Sequence[Sequence[CellValue]],
        start: int,
        sheet: str | None,
        trace: TableIntake,
        end: int | None = None,
    ) -> int:
        """Consume table rows from ``start`` (to ``end``); return where a new header block begins."""
        assert self._draft is not None and self._columns is not None
        columns = self._columns
        # A No column read from contents is trusted on priced rows only (a notes table under the
        # lines is numbered too).
        numbered = "no" in columns and "no" not in self._inferred
        stop = len(rows) if end is None else end
        coded_lines = not numbered and self._codes_on_lines(rows[start:stop], columns)
        for index in range(start, stop):
            row = rows[index]
            if _is_blank(row):
                continue
            try:
                if self._body_row(rows, index, sheet, trace, numbered=numbered, coded_lines=coded_lines):
                    return index  # the next sub-kegiatan's header block
            except Exception as exc:  # one odd row must not cost the whole document
                # A cell no reader foresaw (an overflowed amount, a value of an odd type): the
                # row is left out and said so; the table's other rows are read.
                why = f"unreadable row ({type(exc).__name__}): left out"
                trace.skip(index, why, row)
                where = f"{trace.where} row {index + 1}"
                self.report.warn(IntakeWarningKind.ROW_NOT_READ, where, row_preview(row))
        return stop

    def _body_row(
        self,
        rows: Sequence[Sequence[CellValue]],
        index: int,
        sheet: str | None,
        trace: TableIntake,
        *,
        numbered: bool,
        coded_lines: bool,
    ) -> bool:
        """Read one non-blank body row; True when it opens the next sub-kegiatan's header block."""
        assert self._columns is not None
        columns = self._columns
        row = rows[index]
        draft = self._sub_of_row(row, columns, sheet)
        no = cell_text(row, columns, "no")
        kode = cell_text(row, columns, "kode_rekening")
        uraian = self._uraian(row)
        first_text = _first_text(row)
        first_label = normalise_label(first_text)
        if _opens_header_block(row) in ("sub_kegiatan", "program", "kegiatan"):
            return True  # the next sub-kegiatan's header block
        if subgroup := _SUBGROUP_MARK.match(uraian):
            # a label, skipped below as before; the lines under it carry it
            mark = "#" if "#" in subgroup.group(0) else "-"
            if mark == "#":
                draft.subgroups.clear()
            draft.subgroups[mark] = uraian
        if self._continues_line_above(rows, index, columns, uraian):
            trace.skip(index, "the line above continued (its uraian or spesifikasi)", row)
            return False
        if no and _unreadable_line_no(no) and self._unnumbered_line_refusal(row, columns, uraian) is None:
            # A scan's OCR reads a lone digit in the No column as a stray glyph ("N", "$",
            # "no"): a row that is a budget line in every other cell is one all the same.
            draft.lines.append(self._line(row, columns, self._next_line_id(), kode, uraian, sheet, index))
            trace.accepted += 1
            return False
        if no and normalise_label(no) in RKA_COLUMNS["no"]:
            trace.skip(index, "repeated header", row)
            return False
        if is_column_numbering(row):
            trace.skip(index, "column numbering row", row)
            return False
        if no and _LINE_NO.match(no) and no.count(".") < 3 and self._heading(row, columns):
            # ``1 | Belanja Alat Tulis Kantor | | | | 1.250.000`` over lines ``1.1``, ``1.2``
            account = self._account_in_text(row, columns, uraian)
            if account is not None:
                # A numbered heading that writes its account code is the lines' account group.
                self._open_group(*account, parse_rupiah(cell(row, columns, "jumlah")), index)
                return False
            trace.skip(index, "numbered heading (no price, quantity or unit): a group label", row)
            return False
        numbered_line = no and _LINE_NO.match(no) and no.count(".") < 3
        if numbered_line and (numbered or self._unnumbered_line_refusal(row, columns, uraian) is None):
            draft.lines.append(self._line(row, columns, no, kode, uraian, sheet, index))
            trace.accepted += 1
            return False
        if no and _ITEM_MARK.match(no) and self._unnumbered_line_refusal(row, columns, uraian) is None:
            # Lines lettered or numbered ``a.``/``1)`` under numbered groups: a line when priced.
            draft.lines.append(self._line(row, columns, no.rstrip(".)"), kode, uraian, sheet, index))
            trace.accepted += 1
            return False
        if kode and _ACCOUNT_CODE.match(kode) and coded_lines and self._priced(row):
            # A flat export writes each line's account code on the line itself: a priced row
            # is a line booked to that code, not the account's group row.
            draft.lines.append(self._line(row, columns, self._next_line_id(), kode, uraian, sheet, index))
            trace.accepted += 1
            return False
        if kode and _ACCOUNT_CODE.match(kode):
            name = uraian or _account_name_elsewhere(row, columns)
            self._open_group(kode, name or None, parse_rupiah(cell(row, columns, "jumlah")), index)
            return False
        account = self._account_in_text(row, columns, uraian)
        if account is not None:
            self._open_group(*account, parse_rupiah(cell(row, columns, "jumlah")), index)
            return False
        label = uraian or first_label
        if _TOTAL_LABEL.match(label.strip()):
            draft.declared_total = parse_rupiah(cell(row, columns, "jumlah"))
            return False
        reason = self._unnumbered_line_refusal(row, columns, uraian) if not numbered else "no line number"
        if reason is None:
            # One column headed ``No Kode Rek`` holds the group rows' codes and the lines' No
            # (``A.3``): a line keeps its printed No, the key it is cited by.
            printed = kode if kode and _LINE_NO.match(kode) and not _ACCOUNT_CODE.match(kode) else None
            line_id = printed or str(len(draft.lines) + 1)
            kode = None if printed else kode
            draft.lines.append(self._line(row, columns, line_id, kode, uraian, sheet, index))
            trace.accepted += 1
        else:
            trace.skip(index, reason, row)
        return False

    def _sub_of_row(
        self, row: Sequence[CellValue], columns: dict[str, int], sheet: str | None
    ) -> _SubKegiatanDraft:
        """The draft a line row belongs to: a flat export names each line's sub-kegiatan in its own
        columns, and a row naming another one than the open draft's opens that one."""
        assert self._draft is not None
        draft = self._draft
        named = " ".join(t for t in (cell_text(row, columns, f) for f in _ROW_SUB_COLUMNS) if t)
        if not named or _same_sub(named, draft.meta.get("sub_kegiatan")):
            return draft
        if not draft.lines:
            draft.meta["sub_kegiatan"] = named
            return draft
        meta = {key: value for key, value in draft.meta.items() if key in _PARENT_FACTS}
        meta["sub_kegiatan"] = named
        self._finish()
        self._draft = _SubKegiatanDraft(meta=meta, sheet=sheet, page_only=draft.page_only)
        return self._draft

    @staticmethod
    def _heading(row: Sequence[CellValue], columns: dict[str, int]) -> bool:
        """A numbered row with neither unit price, quantity nor unit heads the lines under it."""
        return (
            not parse_rupiah(cell(row, columns, "harga_satuan"))
            and not quantity(cell(row, columns, "volume"))
            and not quantity(cell(row, columns, "koefisien"))
            and cell_text(row, columns, "satuan") is None
        )

    @staticmethod
    def _account_in_text(
        row: Sequence[CellValue], columns: dict[str, int], uraian: str
    ) -> tuple[str, str] | None:
        """An account grouping row written as text (code and name in one cell): no unit price."""
        if parse_rupiah(cell(row, columns, "harga_satuan")):
            return None
        first = next((v for v in row if isinstance(v, str) and v.strip()), "")
        for text in (uraian, first):
            written = _written_account(text)
            if written is not None:
                return written
        # the code alone in another column (under No), its name under Uraian
        amounts = {columns.get("harga_satuan"), columns.get("jumlah")}
        for col, value in enumerate(row):
            code = value.strip() if isinstance(value, str) else ""
            if col not in amounts and _BELANJA_CODE.match(code) and re.search(r"[A-Za-z]", uraian):
                return code, uraian
        return None

    def _continues_line_above(
        self, rows: Sequence[Sequence[CellValue]], index: int, columns: dict[str, int], uraian: str
    ) -> bool:
        """A row with only text in the Uraian column, right under a line, is that line's text
        typed on to a second row: ``Spesifikasi: ...`` fills its spesifikasi (its other cells may
        repeat the line's: merged cells filled down), any other text ends its uraian (``Honorarium
        Narasumber`` / ``Tingkat Provinsi``). The line is updated."""
        assert self._draft is not None
        lines = self._draft.lines
        at = columns.get("uraian")
        if not lines or lines[-1].row != index - 1 or at is None or not re.search(r"[A-Za-z]", uraian):
            return False
        row, above = rows[index], rows[index - 1]
        others = [(k, v) for k, v in enumerate(row) if k != at and v is not None and str(v).strip()]
        if any(k >= len(above) or v != above[k] for k, v in others):
            return False
        if _TOTAL_LABEL.match(uraian) or _SUBGROUP_MARK.match(uraian) or _ACCOUNT_NAME_START.match(uraian):
            return False
        if _written_account(uraian) is not None:
            return False
        line = lines[-1]
        name, spec = split_inline_spec(f"{line.uraian} {uraian.strip()}")
        if spec is not None and line.spesifikasi is None:
            lines[-1] = line.model_copy(update={"spesifikasi": spec})
        elif others or _TEXT_FACT.match(uraian):
            return False  # a labelled fact of another kind: not this line's text
        else:
            lines[-1] = line.model_copy(update={"uraian": name})
        return True

    def _next_line_id(self) -> str:
        """The number after the previous line's (or the count of lines), never one already used."""
        assert self._draft is not None
        lines = self._draft.lines
        previous = lines[-1].line_id if lines else "0"
        candidate = str(int(previous) + 1) if previous.isdigit() else str(len(lines) + 1)
        used = {line.line_id for line in lines}
        while candidate in used:
            candidate += "a"
        return candidate

    @staticmethod
    def _unnumbered_line_refusal(
        row: Sequence[CellValue], columns: dict[str, int], uraian: str
    ) -> str | None:
        """Why a row of a table without a No column is not a budget line (None: it is one)."""
        if not re.search(r"[A-Za-z]", uraian):
            return "no description (Uraian empty)"
        if _SUBGROUP_MARK.match(uraian):
            return "sub-group label"
        harga = parse_rupiah(cell(row, columns, "harga_satuan"))
        if harga is None or harga <= 0:
            counted = quantity(cell(row, columns, "volume")) or quantity(cell(row, columns, "koefisien"))
            if not counted or not parse_rupiah(cell(row, columns, "jumlah")):
                return "no unit price"
        return None

    def _open_group(self, kode: str, uraian: str | None, subtotal: int | None, row: int) -> None:
        assert self._draft is not None
        draft = self._draft
        draft.subgroups.clear()  # a new account opens its own sub-groups
        draft.open_groups = [g for g in draft.open_groups if kode.startswith(g.kode_rekening + ".")]
        group = AccountGroup(kode_rekening=kode, uraian=uraian, declared_subtotal=subtotal, row=row)
        draft.groups.append(group)
        draft.open_groups.append(group)

    def _line(
        self,
        row: Sequence[CellValue],
        columns: dict[str, int],
        no: str,
        kode: str | None,
        uraian: str,
        sheet: str | None,
        index: int,
    ) -> RkaLine:
        assert self._draft is not None
        koefisien = (
            split_koefisien(row, self._koefisien_span)
            if len(self._koefisien_span) > 1
            else cell_text(row, columns, "koefisien")
        )
        volume_cell = cell(row, columns, "volume")
        volume = parse_decimal(volume_cell)
        written_count = volume_cell if isinstance(volume_cell, str) else None
        if volume is None:
            # ``12 Rim`` under Volume, or only a Koefisien ``2 Orang x 3 Kali``
            volume = quantity(volume_cell)
            if not volume:
                volume, written_count = parse_koefisien(koefisien) or Decimal(0), koefisien
        harga = parse_rupiah(cell(row, columns, "harga_satuan")) or 0
        jumlah = parse_rupiah(cell(row, columns, "jumlah")) or 0
        run_in = run_in_account(uraian) if self._ocr else None
        run_in_subtotal: int | None = None
        if run_in is not None:
            # A scan banded the account row under this line into it: the line keeps its own part.
            uraian = run_in.item
            amounts = split_run_in_amounts(cell_text(row, columns, "jumlah") or "", int(volume * harga))
            if amounts is not None:
                jumlah, run_in_subtotal = amounts
        # ``1.000`` or ``1,000`` is a thousand or one: the reading the line's total follows.
        volume = volume_for(written_count, volume, harga, jumlah)
        satuan = cell_text(row, columns, "satuan")
        if satuan is None or parse_decimal(satuan) is not None:
            written = volume_cell if isinstance(volume_cell, str) else koefisien
            satuan = koefisien_units(written) or satuan
        elif self._ocr and not known_unit(satuan) and known_unit(koefisien_units(koefisien)):
            # A scan's small unit cell may come out as a stray glyph (``V`` for ``OK``): the
            # koefisien's units (``3 Org x 1 Kegiatan``) then say it.
            satuan = koefisien_units(koefisien)
        times = frequency(cell(row, columns, "frekuensi"))
        if times is not None and times != 1:
            # ``Vol | Satuan | Frek``: the line buys Vol × Frek; the koefisien says so.
            koefisien = koefisien or f"{show_number(volume)} {satuan or 'Unit'} x {show_number(times)} Kali"
            volume *= times
        group = self._draft.open_groups[-1] if self._draft.open_groups else None
        uraian, written_koefisien = split_trailing_count(_LIST_MARK.sub("", uraian), volume)
        koefisien = koefisien or written_koefisien
        spesifikasi = cell_text(row, columns, "spesifikasi")
        if spesifikasi is None:
            uraian, spesifikasi = split_inline_spec(uraian)
        written = written_account(kode)
        line = RkaLine(
            line_id=no.rstrip("."),
            kode_rekening=written[0] if written else (group.kode_rekening if group else None),
            account_name=self._account_name(row)
            or (written[1] if written else None)
            or (group.uraian if group else None),
            uraian=uraian,
            spesifikasi=spesifikasi,
            koefisien=koefisien,
            volume=volume,
            satuan=satuan,
            harga_satuan=harga,
            ppn_percent=_ppn_rate(cell(row, columns, "ppn"), volume, harga, jumlah)
            if "ppn" in columns
            else None,
            jumlah=jumlah,
            subgroup=" / ".join(self._draft.subgroups[m] for m in ("#", "-") if m in self._draft.subgroups)
            or None,
            sheet=sheet,
            row=index,
            read_by_ocr=self._ocr,
        )
        for open_group in self._draft.open_groups:
            open_group.line_ids.append(line.line_id)
        if run_in is not None:
            self._open_group(run_in.code, run_in.name, run_in_subtotal, index)  # for the lines below
        return line

    def _finish(self) -> None:
        if self._draft is not None:
            sub = self._draft.close()
            named = self._draft.meta.get("sub_kegiatan")
            if (
                sub is not None
                and self._draft.page_only
                and self._page_sub_last
                and continues_page_before(self.subs[-1], sub, named)
            ):
                self.subs[-1] = joined(self.subs[-1], sub)
                sub = None
            if sub is not None:
                self.subs.append(sub)
                self._page_sub_last = self._draft.page_only
        self._draft = None

    def result(self, *, opd: str | None, fiscal_year: int | None, rka_id: str | None) -> Rka:
        self._finish()
        self.subs = [_named_by_roster(sub, self._roster) for sub in self.subs]
        if not self.subs:
            raise EmptyIntake.of(self.report, "budget lines (a table with Uraian, Harga Satuan and Jumlah)")
        # No labelled organisation: the title lines above the table may name the OPD.
        opd_code, opd_name = split_code_name(self.organisasi or organisation_in_titles(self.meta_rows))
        return Rka(
            rka_id=rka_id,
            opd=opd or _opd_from(opd_code, opd_name),
            opd_name=opd_name or None,
            fiscal_year=fiscal_year or detect_year(" ".join(self.meta_rows)),
            source=self.source,
            sub_kegiatan=self.subs,
            intake_warnings=self.report.warnings,
        )


def _opd_from(code: str | None, name: str | None) -> str:
    if code:
        return code
    if name:
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())
        return initials[:20] or "OPD"
    return "OPD"


def read_rka_tables(
    tables: Sequence[Table], *, source: str | None = None, pages: Sequence[Page] = ()
) -> RkaTableParser:
    """Feed every table (with its page's text) to a parser; its ``report`` says what was read."""
    page_text = {page.number: page.text for page in pages}
    ocr_pages = frozenset(page.number for page in pages if page.method is ExtractionMethod.OCR)
    parser = RkaTableParser(source=source, ocr_pages=ocr_pages)
    # A page the extraction left out (its OCR budget spent on a slow machine) holds lines that no
    # finding can name: the review says so on its face, never as a silently shorter RKA.
    for page in pages:
        if not page.extracted:
            parser.report.warn(
                IntakeWarningKind.PAGE_NOT_EXTRACTED, f"page {page.number}", "OCR budget spent"
            )
    tables_on = Counter(table.page for table in tables if table.page)
    texts = {page: texts_per_table(page_text.get(page, ""), count) for page, count in tables_on.items()}
    for table in tables:
        queue = texts.get(table.page) if table.page else None
        first, *later = page_parts(table, page_text, tables_on)
        parser.feed_isolated(first, queue.pop(0) if queue else "")
        for part in later:
            parser.feed_isolated(part, page_text.get(part.page or 0, ""))
    return parser


def page_parts(table: Table, page_text: dict[int, str], tables_on: Counter[int | None]) -> list[Table]:
    """A table the extraction joined across pages, cut back into its pages where each page
    repeats the column header or its numbering, when a later page's text opens a sub-kegiatan
    (a SIPD printout starts each sub-kegiatan on a new page under its header block): that page's
    lines are the new sub-kegiatan's. The table whole when the cuts do not give one part a page,
    or a later page holds a table of its own (its text is that table's)."""
    if not (table.page and table.continued_on and table.continued_on > table.page):
        return [table]
    pages = list(range(table.page, table.continued_on + 1))
    if any(tables_on[page] for page in pages[1:]) or not any(
        _opens_sub_kegiatan(line) for page in pages[1:] for line in page_text.get(page, "").splitlines()
    ):
        return [table]
    rows = table.rows
    repeated = [i for i, row in enumerate(rows) if _repeats_header(row)]
    cuts = [i for i in repeated if i > 0 and i - 1 not in repeated]
    if len(cuts) != len(pages) - 1:
        return [table]
    bounds = [0, *cuts, len(rows)]
    return [
        table.model_copy(update={"rows": rows[a:b], "page": page, "continued_on": None, "row_bboxes": []})
        for page, (a, b) in zip(pages, pairwise(bounds), strict=True)
    ]


def _repeats_header(row: Sequence[CellValue]) -> bool:
    """A column header or its numbering row, as each page of a printout repeats it."""
    no = normalise_label(str(row[0])) if row and row[0] is not None else ""
    return is_column_numbering(row) or no in RKA_COLUMNS["no"]


def texts_per_table(page_text: str, tables: int) -> list[str]:
    """The page text each of a page's ``tables`` is read with, in order.

    A page's text serves its first table only (later tables have their header above them),
    unless it opens exactly one sub-kegiatan per table (a Word file's forms, all on its one
    page): then each table gets the block from its own sub-kegiatan's facts to the next one's."""
    lines = page_text.splitlines()
    opening = [i for i, line in enumerate(lines) if _opens_sub_kegiatan(line)]
    if tables < 2 or len(opening) != tables:
        return [page_text, *[""] * (tables - 1)]
    starts = [0, *(_fact_block_start(lines, i) for i in opening[1:])]
    return ["\n".join(lines[a:b]) for a, b in pairwise([*starts, len(lines)])]


def _opens_sub_kegiatan(line: str) -> bool:
    return any(
        _exact_meta_key(normalise_label(str(label))) == "sub_kegiatan" for label, *_ in text_fact_rows(line)
    )


def _fact_block_start(lines: Sequence[str], index: int) -> int:
    """The first line of the run of fact lines (blank lines between) that ends at ``index``:
    a form's program and kegiatan are stated above its sub-kegiatan."""
    start = index
    for i in range(index - 1, -1, -1):
        if not lines[i].strip():
            continue
        if not text_fact_rows(lines[i]):
            break
        start = i
    return start


def parse_rka_tables(
    tables: Sequence[Table],
    *,
    source: str | None = None,
    opd: str | None = None,
    fiscal_year: int | None = None,
    rka_id: str | None = None,
    pages: Sequence[Page] = (),
) -> Rka:
    parser = read_rka_tables(tables, source=source, pages=pages)
    return parser.result(opd=opd, fiscal_year=fiscal_year, rka_id=rka_id)
