"""Price references (SSH, HSPK, ASB, SBU) read from generic table rows.

Works on rows of raw cell values, so the same parser reads an openpyxl sheet, a CSV and a table
extracted from a PDF. Header labels are found by fuzzy matching (``Harga Satuan (Rp)``, ``Harga``,
``HARGA SATUAN``, ``Spesfikasi``...), columns may come in any order, and title rows, section rows
and repeated headers on continuation pages are tolerated. The number parsing and header detection
helpers are public because the RKA parser needs exactly the same behaviour.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from difflib import SequenceMatcher
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from samarinda_common.extracted import CellValue, Page, Table
from samarinda_common.intake import EmptyIntake, IntakeReport, TableIntake
from samarinda_common.rules import RulesFile, load_rules
from samarinda_common.table_rows import cell_at, is_column_numbering
from samarinda_common.unit_legend import spelled_out, unit_legend

DEFAULT_PPN_PERCENT = Decimal(11)


# --- numbers in Indonesian notation -------------------------------------------------------------

_NUMBER_NOISE = re.compile(r"(?i)\b(rp|idr)\.?|[.,]-\s*$|\s|%")
_THOUSANDS_DOTS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_THOUSANDS_COMMAS = re.compile(r"^\d{1,3}(,\d{3})+$")
# Prices written with a scale word (``1,2 jt``, ``850 rb``, ``Rp 1,5 juta``).
_MONEY_SCALE = re.compile(r"(?i)^(.*\d)\s*(rb|ribu|jt|juta|m|miliar|milyar)\.?$")
_SCALES = {
    "rb": 10**3,
    "ribu": 10**3,
    "jt": 10**6,
    "juta": 10**6,
    "m": 10**9,
    "miliar": 10**9,
    "milyar": 10**9,
}


_AMOUNT_IN_WORDS = re.compile(r"(?<=\d)\s*(?:,-)?\s*\((?=[^)]*[A-Za-z]{3})[^)]*\)\s*$")


def parse_decimal(value: Any, *, money: bool = False) -> Decimal | None:
    """Parse ``1.250.000,00``, ``Rp 45.000``, ``11%``, ``0,5``, ``1,250,000.50`` or a cell number;
    with ``money`` also ``1,2 jt`` and ``850 rb``.

    ``money`` resolves the one ambiguous form, a single separator followed by exactly three
    digits (``45.000`` / ``45,000``): prices are thousands, measurements may be decimals.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    if money:
        # An amount followed by its words (``12.600.000 (dua belas juta enam ratus ribu)``).
        value = _AMOUNT_IN_WORDS.sub("", str(value))
    scaled = _MONEY_SCALE.match(str(value).strip()) if money else None
    if scaled:
        number = parse_decimal(scaled.group(1), money=True)
        return None if number is None else number * _SCALES[scaled.group(2).lower()]
    text = _NUMBER_NOISE.sub("", str(value)).strip()
    negative = text.startswith("(") and text.endswith(")")
    text = text.strip("()").lstrip("+")
    if text.startswith("-"):
        negative, text = True, text[1:]
    if not text or not re.fullmatch(r"[\d.,]+", text) or not any(c.isdigit() for c in text):
        return None
    text = _canonical_digits(text, money=money)
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return -number if negative else number


def _canonical_digits(text: str, *, money: bool) -> str:
    has_dot, has_comma = "." in text, "," in text
    if has_dot and has_comma:
        decimal_sep = "." if text.rfind(".") > text.rfind(",") else ","
        thousands_sep = "," if decimal_sep == "." else "."
        return text.replace(thousands_sep, "").replace(decimal_sep, ".")
    if has_dot:
        if text.count(".") > 1 or (_THOUSANDS_DOTS.match(text) and (money or len(text) > 5)):
            return text.replace(".", "")
        return text
    if has_comma:
        if text.count(",") > 1 or (_THOUSANDS_COMMAS.match(text) and money):
            return text.replace(",", "")
        return text.replace(",", ".")
    return text


def parse_rupiah(value: Any) -> int | None:
    """An amount in whole rupiah (half-up), or None when the cell holds no number."""
    number = parse_decimal(value, money=True)
    if number is None:
        return None
    return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --- header detection ---------------------------------------------------------------------------

# A machine export names its columns as identifiers (``harga_satuan``, ``total_harga``): the
# underscore separates words there, as a space does in a label typed by a person.
_LABEL_NOISE = re.compile(r"\(\s*(rp|idr|%)\.?\s*\)|\brp\b\.?|[^\w\s/%]|_")


def normalise_label(value: Any) -> str:
    text = str(value or "").lower().replace("\n", " ")
    text = _LABEL_NOISE.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class HeaderMatch:
    row: int  # the header's last row: the body starts below it
    columns: dict[str, int]  # field name -> column index
    first_row: int | None = None  # the header's first row when it spans several (merged group labels)

    @property
    def top(self) -> int:
        return self.row if self.first_row is None else self.first_row


def _label_score(label: str, aliases: Sequence[str], min_score: float = 0.0) -> float:
    if not label:
        return 0.0
    best = 0.0
    for alias in aliases:
        if label == alias:
            return 100.0
        if len(alias) >= 4 and (label.startswith(alias + " ") or label.endswith(" " + alias)):
            best = max(best, 90.0)
        # ratio() is at most 2·min/(sum of lengths): long title cells cannot reach the cut-off, and
        # skipping them keeps the standard library's (quadratic) matcher cheap on header scans.
        ceiling = 200 * min(len(label), len(alias)) / (len(label) + len(alias))
        if ceiling > max(best, min_score - 1e-9):
            best = max(best, 100 * SequenceMatcher(None, label, alias).ratio())
    return best


_LABEL_PARTS = re.compile(r"\s*/\s*")


def read_by_parts(label: str, field_of: Callable[[str], str | None]) -> str | None:
    """The field a label written ``A / B`` or ``A/B`` names by its parts, each read by ``field_of``:
    ``Kode/Nama Akun`` names the account by both parts, ``Sasaran/Keluaran`` the output by the part
    the vocabulary knows. None when no part is known or the parts name different fields
    (``No/Kode``: a label over two columns' worth, not one field)."""
    parts = [part for part in _LABEL_PARTS.split(label) if part]
    if len(parts) < 2:
        return None
    named = {field for part in parts if (field := field_of(part)) is not None}
    return named.pop() if len(named) == 1 else None


def _label_fields(
    label: str, aliases: Mapping[str, Sequence[str]], min_score: float
) -> list[tuple[float, str]]:
    """The fields a column label may name, with their scores; a label no field fits as a whole
    is read by its parts (``read_by_parts``), each part a label word for word, at the lowest
    accepted score so that a label that fits whole wins the column. Parts are not fitted loosely:
    a body cell with a slash (``spek: 20/30 mm``) is no label."""
    fits = [
        (score, name)
        for name, field_aliases in aliases.items()
        if (score := _label_score(label, field_aliases, min_score)) >= min_score
    ]
    if fits:
        return fits
    by_parts = read_by_parts(label, lambda part: _field_named(part, aliases)) or _noted_field(label, aliases)
    return [(min_score, by_parts)] if by_parts else []


# The column of remarks: any column's content may be called that, so a label that joins it to a
# field names the field.
_NOTE_FIELD = "keterangan"


def _noted_field(label: str, aliases: Mapping[str, Sequence[str]]) -> str | None:
    """The field a label joining it with the remarks names (``Spesifikasi/Keterangan``: the
    column describes each item, its remarks are that description)."""
    named = {field for part in _LABEL_PARTS.split(label) if part and (field := _field_named(part, aliases))}
    if _NOTE_FIELD not in named or len(named) != 2:
        return None
    return (named - {_NOTE_FIELD}).pop()


def _field_named(label: str, aliases: Mapping[str, Sequence[str]]) -> str | None:
    """The field ``label`` is, word for word, a label of."""
    return next((name for name, field_aliases in aliases.items() if label in field_aliases), None)


def match_columns(
    row: Sequence[CellValue], aliases: Mapping[str, Sequence[str]], min_score: float = 86.0
) -> dict[str, int]:
    """Assign each field the column whose label fits it best; a column serves one field only."""
    candidates: list[tuple[float, int, str]] = []
    for col, cell in enumerate(row):
        if not isinstance(cell, str):
            continue
        label = normalise_label(cell)
        candidates.extend(
            (score, -col, field_name) for score, field_name in _label_fields(label, aliases, min_score)
        )
    columns: dict[str, int] = {}
    for _score, neg_col, field_name in sorted(candidates, reverse=True):
        col = -neg_col
        if field_name not in columns and col not in columns.values():
            columns[field_name] = col
    return columns


# A header printed over up to three rows: a banner or group label merged over sub-labels
# (``RINCIAN BELANJA`` over ``Rincian Perhitungan`` over ``Koefisien | Satuan | Harga``).
HEADER_DEPTH = 3


def detect_header(
    rows: Sequence[Sequence[CellValue]],
    aliases: Mapping[str, Sequence[str]],
    required: Iterable[str],
    *,
    start: int = 0,
    scan: int = 60,
) -> HeaderMatch | None:
    """The first header at/after ``start`` (within ``scan`` rows) whose labels cover ``required``.

    A header may span up to ``HEADER_DEPTH`` rows: each row under the first that holds only
    labels is stacked onto the ones above (a merged group label over its sub-labels), and the
    stack naming the most fields wins; the match ends on the header's last label row."""
    needed = set(required)
    for index in range(start, min(len(rows), start + scan)):
        found = header_window(rows, index, aliases)
        if found is not None and needed <= found.columns.keys():
            return found
    return None


def header_window(
    rows: Sequence[Sequence[CellValue]],
    index: int,
    aliases: Mapping[str, Sequence[str]],
    *,
    end: int | None = None,
) -> HeaderMatch | None:
    """The best reading of a header starting at ``index``: the row alone, or stacked with the
    label rows under it (down to ``end`` at most). None when the row names no field or the stack
    fewer than two."""
    labels: list[CellValue] = list(rows[index])
    best = match_columns(labels, aliases)
    if not best:
        return None  # a header's first row names a field: a title above it is not part of it
    last = min(len(rows), index + HEADER_DEPTH) if end is None else end + 1
    end = index
    for below_index in range(index + 1, last):
        below = rows[below_index]
        if not _continues_header(labels, below, aliases):
            break
        labels = _stack_labels(labels, below, aliases)
        end = below_index
        stacked = match_columns(labels, aliases)
        if len(stacked) >= len(best):
            best = stacked
    if len(best) < 2:
        return None
    if end > index:
        # A title above the header (``DAFTAR HARGA SATUAN``) may name a field too: the header
        # starts at the lowest row that reads the same columns.
        tighter = header_window(rows, index + 1, aliases, end=end)
        if tighter is not None and tighter.row == end and len(tighter.columns) >= len(best):
            return tighter
    return HeaderMatch(end, best, first_row=index if end > index else None)


def _is_label(value: CellValue, aliases: Mapping[str, Sequence[str]], min_score: float = 86.0) -> bool:
    label = normalise_label(value) if isinstance(value, str) else ""
    return bool(label) and bool(_label_fields(label, aliases, min_score))


def _continues_header(
    header: Sequence[CellValue], below: Sequence[CellValue], aliases: Mapping[str, Sequence[str]]
) -> bool:
    """The row under a header holds only column labels, some of them new (a sub-header row).

    A sub-label the vocabulary does not know (``Kebutuhan``, ``Merk/Tipe``) may sit among known
    ones: the row still continues the header when it has no number and most of its cells are
    labels (a body row has amounts; a section row has one cell)."""
    filled = [(col, value) for col, value in enumerate(below) if value not in (None, "")]
    if not filled:
        return False
    if _sub_labels_of_a_group(header, filled):
        return True
    known = sum(1 for _, value in filled if _is_label(value, aliases))
    if known < len(filled):
        unknown_ok = (
            known >= 2
            and 2 * known >= len(filled)
            and all(isinstance(v, str) and (not re.search(r"\d", v) or _year_label(v)) for _, v in filled)
        )
        if not unknown_ok:
            return False
    return any(col >= len(header) or header[col] != value for col, value in filled)


def _year_label(value: str) -> bool:
    """A sub-label saying which year a price column is for (``TA 2027``, ``Tahun 2027``): a header
    word with a number, not a body row's text."""
    return _YEAR.fullmatch(value.strip()) is not None


def _sub_labels_of_a_group(header: Sequence[CellValue], filled: Sequence[tuple[int, CellValue]]) -> bool:
    """Words, two or more, all under labels merged across their columns (``Besaran`` over
    ``Eselon II | Eselon III``): sub-labels the vocabulary need not know. A body row has amounts
    or text under single-column labels; a section row has one cell."""
    anchors = _merge_anchors(list(header))
    groups: dict[int, int] = {}
    for col, value in filled:
        if (
            not isinstance(value, str)
            or not re.search(r"[A-Za-z]{2}", value)
            or parse_rupiah(value) is not None
        ):
            return False
        anchor = anchors[col] if col < len(anchors) else col
        if col >= len(header) or header[anchor] in (None, ""):
            return False
        groups[anchor] = groups.get(anchor, 0) + 1
    return all(count >= 2 for count in groups.values())


def _stack_labels(
    header: Sequence[CellValue], below: Sequence[CellValue], aliases: Mapping[str, Sequence[str]]
) -> list[CellValue]:
    """One label per column: the sub-label, unless the two read together as a known label
    (``Harga`` above ``Satuan`` is ``Harga Satuan``, not the unit column). A top label merged
    across several sub-labels (``Harga`` over ``Satuan | Harga Satuan``) only groups them."""
    width = max(len(header), len(below))
    top = [header[col] if col < len(header) else None for col in range(width)]
    sub = [below[col] if col < len(below) else None for col in range(width)]
    anchors = _merge_anchors(top)
    grouped_subs: dict[int, int] = {}
    for col in range(width):
        if sub[col] not in (None, ""):
            grouped_subs[anchors[col]] = grouped_subs.get(anchors[col], 0) + 1
    stacked: list[CellValue] = []
    for col in range(width):
        label = top[anchors[col]]
        if sub[col] in (None, "") or sub[col] == label:
            stacked.append(top[col])
            continue
        if not isinstance(label, str):
            stacked.append(sub[col])
            continue
        if grouped_subs[anchors[col]] > 1:
            # A group's sub-labels name fields of their own (``Satuan``), except a bare word
            # that names the group's field only together with the group's label.
            own = _known_label(sub[col], aliases)
            joined_label = None if own else _known_label(f"{sub[col]} {label}", aliases)
            stacked.append(joined_label or sub[col])
            continue
        joined = f"{label} {sub[col]}"
        # A lone sub-label naming no field (``TA 2027`` under ``Harga Satuan (Rp)``) qualifies the
        # label above it: the column keeps the field the top label names.
        keep_top = _known_label(label, aliases) and not _is_label(sub[col], aliases)
        stacked.append(joined if _known_label(joined, aliases) else label if keep_top else sub[col])
    return stacked


def _known_label(value: CellValue, aliases: Mapping[str, Sequence[str]]) -> str | None:
    """``value`` when it is, word for word, a label of some field."""
    if not isinstance(value, str):
        return None
    label = normalise_label(value)
    return value if any(label in field_aliases for field_aliases in aliases.values()) else None


def _merge_anchors(top: Sequence[CellValue]) -> list[int]:
    """For each column, the column holding the top label it sits under: a merged cell is stored
    in its first column (the rest empty) or, in some PDF tables, repeated across the span."""
    anchors: list[int] = []
    for col, value in enumerate(top):
        previous = anchors[-1] if anchors else col
        continues = col > 0 and (value in (None, "") or value == top[col - 1])
        anchors.append(previous if continues else col)
    return anchors


def cell(row: Sequence[CellValue], columns: Mapping[str, int], field_name: str) -> CellValue:
    col = columns.get(field_name)
    if col is None or col >= len(row):
        return None
    return row[col]


def cell_text(row: Sequence[CellValue], columns: Mapping[str, int], field_name: str) -> str | None:
    value = cell(row, columns, field_name)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None


# --- price references ---------------------------------------------------------------------------


class CatalogueKind(StrEnum):
    SSH = "SSH"  # standar satuan harga: goods and services
    HSPK = "HSPK"  # harga satuan pokok kegiatan: construction work items
    ASB = "ASB"  # analisis standar belanja
    SBU = "SBU"  # standar biaya umum: honoraria, travel, meeting allowances


class PriceReference(BaseModel):
    """One row of a price catalogue. Prices are ceilings; ``harga`` is as printed."""

    model_config = ConfigDict(frozen=True)

    id: str
    kode: str | None = None
    # The asset classification code (kodefikasi barang milik daerah, e.g. 1.3.2.10.01.02.002 for a
    # laptop), when the catalogue gives one: it says whether the item is a fixed asset and of which class.
    kode_barang: str | None = None
    # The belanja accounts the catalogue lets the item be booked to (e.g. 5.2.02.10.01.0002).
    akun: tuple[str, ...] = ()
    uraian: str
    spesifikasi: str | None = None
    satuan: str | None = None
    # The code the catalogue printed as the satuan when a legend spells it out (``satuan`` is then
    # the legend's phrase): a line may write either, and both are the row's unit.
    satuan_kode: str | None = None
    harga: int = Field(ge=0, description="rupiah")
    includes_ppn: bool = False
    tahun: int | None = None
    kind: CatalogueKind = CatalogueKind.SSH
    kelompok: str | None = Field(default=None, description="section heading the row sits under")
    keterangan: str | None = None
    source_document: str | None = Field(
        default=None, description="file name (readable origin) cited to reviewers"
    )
    document_id: str | None = Field(default=None, description="the uploaded document the row was read from")
    page: int | None = None
    sheet: str | None = None
    row: int | None = None

    def harga_excl_ppn(self, ppn_percent: Decimal = DEFAULT_PPN_PERCENT) -> int:
        if not self.includes_ppn:
            return self.harga
        net = Decimal(self.harga) * 100 / (100 + ppn_percent)
        return int(net.quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def description(self) -> str:
        parts = [self.uraian, self.spesifikasi or ""]
        return " — ".join(p for p in parts if p)

    def search_text(self) -> str:
        """What to embed/index for retrieval: the words a reviewer would match on."""
        return " ".join(p for p in (self.uraian, self.spesifikasi, self.satuan, self.kelompok) if p)

    def citation(self) -> str:
        where = [self.kind.value + (f" {self.tahun}" if self.tahun else "")]
        if self.kode:
            where.append(f"kode {self.kode}")
        if self.source_document:
            where.append(self.source_document)
        if self.page is not None:
            where.append(f"hal. {self.page}")
        if self.sheet:
            where.append(f"lembar {self.sheet}")
        if self.row is not None:
            where.append(f"baris {self.row + 1}")
        return ", ".join(where)

    def to_metadata(self) -> dict[str, Any]:
        """Flat metadata for a VectorIndex document (``kind`` = price_reference for filtering)."""
        return {
            "kind": "price_reference",
            "price_reference": self.model_dump(mode="json"),
            "satuan": self.satuan,
            "fiscal_year": self.tahun,
        }

    @classmethod
    def from_metadata(cls, metadata: Mapping[str, Any]) -> PriceReference:
        return cls.model_validate(metadata["price_reference"])


class CatalogueLayout(RulesFile):
    """``data/catalogue_layout.toml``: the column labels of a price catalogue."""

    required_columns: tuple[str, ...] = Field(min_length=1)
    columns: dict[str, tuple[str, ...]]
    # "upper"/"lower" -> label words of the two bounds of one price (``[price_bounds]``)
    price_bounds: dict[str, tuple[str, ...]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _consistent(self) -> CatalogueLayout:
        unknown = set(self.required_columns) - set(self.columns)
        if unknown:
            raise ValueError(f"required_columns not in [columns]: {sorted(unknown)}")
        for name, labels in self.columns.items():
            odd = [label for label in labels if label != normalise_label(label)]
            if odd:
                raise ValueError(f"[columns] {name}: labels must be written normalised: {odd}")
        return self


def load_catalogue_layout(path: Path | None = None) -> CatalogueLayout:
    return load_rules(CatalogueLayout, "samarinda_common.data", "catalogue_layout.toml", path)


CATALOGUE_LAYOUT = load_catalogue_layout()
CATALOGUE_COLUMNS: dict[str, tuple[str, ...]] = CATALOGUE_LAYOUT.columns
_REQUIRED_COLUMNS = CATALOGUE_LAYOUT.required_columns
_PRICE_BOUNDS = {
    bound: re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\b")
    for bound, words in CATALOGUE_LAYOUT.price_bounds.items()
}

_KIND_PATTERNS: tuple[tuple[CatalogueKind, re.Pattern[str]], ...] = (
    (CatalogueKind.HSPK, re.compile(r"(?i)\bhspk\b|harga satuan pokok")),
    (CatalogueKind.ASB, re.compile(r"(?i)\basb\b|analisis standar belanja")),
    (CatalogueKind.SBU, re.compile(r"(?i)\bsbu\b|standar biaya")),
    (CatalogueKind.SSH, re.compile(r"(?i)\bssh\b|standar satuan harga|standar harga")),
)
_YEAR = re.compile(r"(?i)(?:tahun(?:\s+anggaran)?|ta\.?)\s*(20\d\d)|\b(20\d\d)\b")
# The fiscal year said as such ("Tahun Anggaran 2027", "TA 2027", "T.A. 2027"): a title also names
# the year of the regulation that enacts the catalogue ("Nomor 31 Tahun 2026"), usually the year
# before the one its prices are for.
_FISCAL_YEAR = re.compile(r"(?i)(?:\btahun\s+anggaran|\bt\.?\s?a\b\.?)\s*(20\d\d)\b")


_PPN_WRITTEN_OUT = re.compile(r"pajak\s+pertambahan\s+nilai(?:\s*\(\s*ppn\s*\))?")


def _includes_ppn(text: str | None) -> bool | None:
    """True/False when the text states whether prices include PPN, None when it is silent."""
    # the tax written out ("Pajak Pertambahan Nilai (PPN)") is stated as its short form
    lowered = _PPN_WRITTEN_OUT.sub("ppn", (text or "").lower())
    if "ppn" not in lowered:
        return None
    if re.search(r"(belum|tidak|tanpa|excl)\w*\s+(termasuk\s+)?ppn", lowered):
        return False
    if re.search(r"(termasuk|incl\w*|dengan|setelah|\+)\s*ppn", lowered):
        return True
    return None


def _title_text(rows: Sequence[Sequence[CellValue]]) -> str:
    return " ".join(str(c) for row in rows for c in row if isinstance(c, str))


def detect_year(text: str) -> int | None:
    match = _FISCAL_YEAR.search(text) or _YEAR.search(text)
    if not match:
        return None
    return int(match.group(1) or match.group(2))


def detect_kind(text: str) -> CatalogueKind | None:
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(text):
            return kind
    return None


@dataclass(frozen=True)
class CatalogueContext:
    """What a table inherits from the document: its header mapping, year, kind, PPN convention."""

    columns: dict[str, int]
    year: int | None
    kind: CatalogueKind
    includes_ppn: bool
    # An SBU matrix (``Uraian | Satuan | Eselon II | Eselon III``): a price per (row, column),
    # the column's label describing the item. Empty for a table with one price column.
    matrix: tuple[tuple[int, str], ...] = ()


def parse_price_rows(
    rows: Sequence[Sequence[CellValue]],
    *,
    source_document: str | None = None,
    document_id: str | None = None,
    page: int | None = None,
    sheet: str | None = None,
    year: int | None = None,
    kind: CatalogueKind | None = None,
    inherited: CatalogueContext | None = None,
    trace: TableIntake | None = None,
    preamble: str = "",
    section: str | None = None,
) -> tuple[list[PriceReference], CatalogueContext | None]:
    """Parse one table. Without a header of its own it uses ``inherited`` (a continuation page).
    ``trace`` collects the header recognised and every row left out, with the reason; ``preamble``
    is the page text above the table (a printout's title block is not part of its table);
    ``section`` the heading printed just above it, the kelompok of its rows until a heading row."""
    trace = trace or TableIntake(where="table", rows=len(rows))
    header = detect_header(rows, CATALOGUE_COLUMNS, _REQUIRED_COLUMNS)
    if header is not None and header.top > 0 and _header_with_price_from_contents(rows[: header.top])[0]:
        # Two tables stacked on one sheet: a matrix whose price columns no label names
        # (``Uraian | Satuan | Dalam Kota | Luar Kota``) above a table with a price label. Each is
        # read with its own header; the rows keep their places (blank rows stand for the other).
        above = [*rows[: header.top], *([] for _ in rows[header.top :])]
        below = [*([] for _ in rows[: header.top]), *rows[header.top :]]
        parts = [
            parse_price_rows(
                part,
                source_document=source_document,
                document_id=document_id,
                page=page,
                sheet=sheet,
                year=year,
                kind=kind,
                trace=trace,
                preamble=preamble,
            )
            for part in (above, below)
        ]
        return [*parts[0][0], *parts[1][0]], parts[1][1]
    inferred_price: str | None = None
    matrix: tuple[tuple[int, str], ...] = ()
    if header is None:
        header, inferred_price, matrix = _header_with_price_from_contents(rows)
    else:
        matrix = _price_group_matrix(rows, header)
    column_year: int | None = None
    if header is not None and matrix:
        chosen = price_column_for_year(
            matrix, year or detect_year(f"{preamble} {_title_text(rows[: header.top])}")
        )
        if chosen is not None:
            # One price per fiscal year (``TA 2026 | TA 2027``): the others are comparisons, not
            # prices of other items; the row is read at the one year its catalogue is for.
            column, column_year = chosen
            header, matrix = (
                HeaderMatch(header.row, {**header.columns, "harga": column}, header.first_row),
                (),
            )
    if header is None and _has_own_header(rows):
        # A table with a header we cannot complete is a different table, not a continuation:
        # reading it with the previous table's columns would price the wrong cells.
        trace.note = _missing_columns_note(rows)
        return [], None
    if header is not None:
        bounds = _price_bounds(rows, header, matrix)
        if bounds is not None:
            # a price range or a price without and with PPN: one item, priced at its upper bound
            header, matrix = (
                HeaderMatch(header.row, {**header.columns, "harga": bounds}, header.first_row),
                (),
            )
        trace.header_row = header.row
        trace.columns = header_labels(rows, header)
        if inferred_price:
            trace.columns["harga"] = f"read from contents: {inferred_price}"
        title = f"{preamble} {_title_text(rows[: header.row + 1])}"
        price_label_ppn = _includes_ppn(_column_label(rows, header, header.columns["harga"]))
        context = CatalogueContext(
            columns=header.columns,
            year=column_year or year or detect_year(title) or (inherited.year if inherited else None),
            kind=kind or detect_kind(title) or (inherited.kind if inherited else CatalogueKind.SSH),
            includes_ppn=bool(_includes_ppn(title) if price_label_ppn is None else price_label_ppn),
            matrix=matrix,
        )
        body_start = header.row + 1
    elif inherited is not None:
        context, body_start = inherited, 0
        trace.note = "no header of its own: read as a continuation of the previous table"
        trace.columns = {name: f"column {col + 1}" for name, col in context.columns.items()}
    else:
        trace.note = _missing_columns_note(rows)
        return [], None

    references: list[PriceReference] = []
    kelompok = section
    for index in range(body_start, len(rows)):
        row = rows[index]
        uraian = cell_text(row, context.columns, "uraian")
        # A matrix may write each column's component code under its price: a code is no price.
        read_amount = _amount if context.matrix else parse_rupiah
        priced = [
            (label, read_amount(cell_at(row, col)))
            for col, label in context.matrix or ((context.columns["harga"], ""),)
        ]
        harga = next((amount for _, amount in priced if amount), priced[0][1])
        if all(value in (None, "") for value in row):
            continue
        if is_column_numbering(row):
            trace.skip(index, "column numbering row", row)
            continue
        if uraian is None or not re.search(r"[A-Za-z]", uraian):
            heading = _section_heading(row)
            kelompok = heading or kelompok
            trace.skip(index, "section heading" if heading else "no item description (Uraian empty)", row)
            continue
        if harga is None or harga <= 0:
            # A repeated header has text under Satuan, so it is skipped here, not taken as a section.
            if _looks_like_section(row, context.columns):
                kelompok = uraian
                trace.skip(index, "section heading", row)
            elif len(match_columns(row, CATALOGUE_COLUMNS)) >= 2:
                trace.skip(index, "repeated header", row)
            else:
                price = cell(row, context.columns, "harga")
                trace.skip(index, f"no price under {trace.columns.get('harga', 'Harga')!r}: {price!r}", row)
            continue
        satuan = cell_text(row, context.columns, "satuan")
        if "satuan" not in context.columns:
            uraian, satuan = unit_in_name(uraian)
        keterangan = cell_text(row, context.columns, "keterangan")
        row_ppn = _includes_ppn(keterangan)
        spesifikasi = cell_text(row, context.columns, "spesifikasi")
        if "spesifikasi" not in context.columns and row_ppn is None:
            # SBU tables without a Spesifikasi column describe the item under Keterangan
            # (``Pejabat Eselon II``, ``Provinsi DKI Jakarta``); a PPN note is not a description.
            spesifikasi = keterangan
        kode = cell_text(row, context.columns, "kode")
        kode_barang = cell_text(row, context.columns, "kode_barang")
        akun_text = cell_text(row, context.columns, "akun")
        akun = account_codes(akun_text)
        if kode_barang is None and kode is not None and KODE_BARANG.match(kode):
            kode_barang = kode  # SIPD builds component codes on the asset classification
        for label, amount in priced:
            if not amount or amount <= 0:
                continue
            references.append(
                PriceReference(
                    id=_reference_id(source_document, sheet, page, index, f"{uraian}|{label}"),
                    # a code column under another label still identifies the row for citations
                    kode=kode or kode_barang or (akun_text if not akun else None),
                    kode_barang=kode_barang,
                    akun=akun,
                    uraian=uraian,
                    spesifikasi=", ".join(p for p in (spesifikasi, label) if p) or None,
                    satuan=satuan,
                    harga=amount,
                    includes_ppn=context.includes_ppn if row_ppn is None else row_ppn,
                    tahun=context.year,
                    kind=context.kind,
                    kelompok=kelompok,
                    keterangan=keterangan,
                    source_document=source_document,
                    document_id=document_id,
                    page=page,
                    sheet=sheet,
                    row=index,
                )
            )
    trace.accepted += len(references)
    return references, context


# A kode barang starts at an account group of the balance sheet: 1.1.7 persediaan, 1.3.x aset tetap,
# 1.5.x aset lainnya.
KODE_BARANG = re.compile(r"^1\.[1-5]\.\d+(?:\.\d+)*$")
# A belanja (expenditure) account: 5.1.02.01.01.0024, 5.2.02.10, 5.2.
_ACCOUNT_CODE = re.compile(r"(?<![\d.])5(?:\.\d+)+")


def account_codes(text: str | None) -> tuple[str, ...]:
    """The belanja account codes written in a cell (``5.1.02.01.01.0029; 5.2.02.10.01.0002``)."""
    return tuple(dict.fromkeys(_ACCOUNT_CODE.findall(text or "")))


def header_labels(rows: Sequence[Sequence[CellValue]], header: HeaderMatch) -> dict[str, str]:
    """Each recognised field with the label it was read from (both rows of a two-row header)."""
    labels: dict[str, str] = {}
    for name, col in sorted(header.columns.items(), key=lambda item: item[1]):
        parts = [
            re.sub(r"\s+", " ", str(row[col])).strip()
            for row in rows[header.top : header.row + 1]
            if col < len(row) and isinstance(row[col], str) and row[col].strip()
        ]
        labels[name] = " / ".join(dict.fromkeys(parts)) or f"column {col + 1}"
    return labels


def _missing_columns_note(rows: Sequence[Sequence[CellValue]], scan: int = 30) -> str:
    """Why no header was found: the best candidate row and the required columns it lacks."""
    best: tuple[int, dict[str, int]] | None = None
    for index, row in enumerate(rows[:scan]):
        columns = match_columns(row, CATALOGUE_COLUMNS)
        if columns and (best is None or len(columns) > len(best[1])):
            best = (index, columns)
    required = ", ".join(_REQUIRED_COLUMNS)
    if best is None:
        return f"no header row recognised in the first {min(scan, len(rows))} rows (needs {required})"
    missing = [name for name in _REQUIRED_COLUMNS if name not in best[1]]
    return (
        f"no complete header: row {best[0] + 1} names {', '.join(sorted(best[1]))} "
        f"but not {', '.join(missing)}"
    )


_PRICE_SAMPLE = 30
_CODE_LIKE = re.compile(r"^\s*\d+(\.\d+){2,}\s*$")


def _amount(value: CellValue) -> int | None:
    """An amount in a cell, not a code (``1.1.7.01.02`` reads as a number once its dots go)."""
    if isinstance(value, str) and _CODE_LIKE.match(value) and not _THOUSANDS_DOTS.match(value.strip()):
        return None
    return parse_rupiah(value)


def _header_with_price_from_contents(
    rows: Sequence[Sequence[CellValue]], scan: int = 30
) -> tuple[HeaderMatch | None, str | None, tuple[tuple[int, str], ...]]:
    """A header naming Uraian (and another field) but no price label we know (``Rp``, ``Pagu
    2026``): the price is the one unlabelled column holding an amount on most described rows
    right under it. Several such columns each labelled in words (``Eselon II | Eselon III``)
    are an SBU matrix, one price per column; several labelled otherwise (years) leave it
    undecided. Returns the header, why, and the matrix columns with their labels."""
    for index in range(min(len(rows), scan)):
        window = header_window(rows, index, CATALOGUE_COLUMNS)
        if window is None or "uraian" not in window.columns:
            continue
        taken = set(window.columns.values())
        body = [
            row
            for row in rows[window.row + 1 : window.row + 1 + _PRICE_SAMPLE]
            if isinstance(cell(row, window.columns, "uraian"), str)
            and not is_column_numbering(row)
            and not _codes_only(row, taken)
        ]
        if not body:
            continue
        width = max(len(row) for row in body)
        amounts = {
            col: sum(1 for row in body if col < len(row) and (_amount(row[col]) or 0) >= 100)
            for col in range(width)
            if col not in taken
        }
        priced = [col for col, count in amounts.items() if 5 * count >= 4 * len(body)]
        if len(priced) == 1 and len(body) >= 2:
            col = priced[0]
            why = f"column {col + 1}: an amount on {amounts[col]} of {len(body)} described rows"
            return HeaderMatch(window.row, {**window.columns, "harga": col}, window.first_row), why, ()
        labels = {col: _column_label(rows, window, col) for col in priced}
        if len(priced) > 1 and all(re.search(r"[A-Za-z]{2}", label) for label in labels.values()):
            why = f"columns {', '.join(str(c + 1) for c in priced)}: one price per column (a matrix)"
            header = HeaderMatch(window.row, {**window.columns, "harga": priced[0]}, window.first_row)
            return header, why, tuple(labels.items())
        return None, None, ()
    return None, None, ()


def _codes_only(row: Sequence[CellValue], taken: set[int]) -> bool:
    """A row whose cells outside the labelled columns are all codes (``Kode komponen`` under a
    matrix's prices): not a priced row."""
    values = [v for col, v in enumerate(row) if col not in taken and v not in (None, "")]
    return bool(values) and all(isinstance(v, str) and _CODE_LIKE.match(v) for v in values)


def _price_group_matrix(
    rows: Sequence[Sequence[CellValue]], header: HeaderMatch
) -> tuple[tuple[int, str], ...]:
    """A price label merged over several sub-columns (``Besaran`` over ``Eselon II | Eselon III``)
    each holding amounts: an SBU matrix, one price per sub-column."""
    col = header.columns["harga"]
    if header.first_row is None:
        return ()
    span = [col]
    above = rows[header.top : header.row]
    width = max(len(row) for row in rows[header.top : header.row + 1])
    for next_col in range(col + 1, width):
        merged = all(next_col >= len(row) or row[next_col] in (None, "", row[col]) for row in above)
        if not merged or next_col in header.columns.values():
            break
        span.append(next_col)
    labels = {c: _column_label(rows, header, c) for c in span}
    if len(span) < 2 or not all(re.search(r"[A-Za-z]{2}", label) for label in labels.values()):
        return ()
    body = [
        row
        for row in rows[header.row + 1 : header.row + 1 + _PRICE_SAMPLE]
        if isinstance(cell(row, header.columns, "uraian"), str)
    ]
    for c in span:
        amounts = sum(1 for row in body if c < len(row) and (_amount(row[c]) or 0) > 0)
        if not body or 5 * amounts < 4 * len(body):
            return ()
    return tuple(labels.items())


def price_column_for_year(
    columns: Sequence[tuple[int, str]], preferred: int | None
) -> tuple[int, int] | None:
    """The column and year to read when each price column is labelled with its own fiscal year:
    the ``preferred`` year's column (the catalogue's own year), else the latest year's. None when
    the columns are not one per year (an SBU matrix by grade or destination)."""
    years = {column: detect_year(label) for column, label in columns}
    distinct = {year for year in years.values() if year is not None}
    if len(columns) < 2 or len(distinct) != len(columns):
        return None
    year = preferred if preferred in distinct else max(distinct)
    return next(column for column, found in years.items() if found == year), year


# A unit written at the end of an item's name (``Kertas HVS A4 (Rim)``, ``Tinta / Botol``,
# ``Sewa Tenda per Hari``): one word, no spaces, the catalogue having no Satuan column.
_UNIT_IN_NAME = re.compile(
    r"^(.*?\S)\s*(?:\(\s*([A-Za-z][A-Za-z0-9²]{0,11})\s*\)|/\s*([A-Za-z][A-Za-z0-9²]{0,11})|\bper\s+([A-Za-z][A-Za-z0-9²]{0,11}))\s*$"
)


def unit_in_name(uraian: str) -> tuple[str, str | None]:
    """The item's name and the unit written at its end, when a catalogue has no Satuan column."""
    match = _UNIT_IN_NAME.match(uraian)
    if match is None:
        return uraian, None
    return match.group(1).strip(), next(g for g in match.groups()[1:] if g)


def price_bound(label: str) -> str | None:
    """``upper`` or ``lower`` when a price column's label names one bound of a price (``Harga
    Tertinggi``, ``Sebelum PPN``), else None."""
    with_ppn = _includes_ppn(label)
    if with_ppn is not None:
        return "upper" if with_ppn else "lower"
    text = normalise_label(label)
    found = [bound for bound, words in _PRICE_BOUNDS.items() if words.search(text)]
    return found[0] if len(found) == 1 else None


def _price_bounds(
    rows: Sequence[Sequence[CellValue]], header: HeaderMatch, matrix: tuple[tuple[int, str], ...]
) -> int | None:
    """The upper price column when the table prices each item twice, as a lower and an upper
    bound: the two columns of a "matrix", or the price column and another column of amounts
    labelled as the other bound. None when the prices are not bounds of one price."""
    if matrix:
        labelled = dict(matrix)
    else:
        harga = header.columns["harga"]
        taken = set(header.columns.values())
        width = max((len(row) for row in rows[header.top : header.row + 1]), default=0)
        labelled = {
            col: _column_label(rows, header, col)
            for col in range(width)
            if col == harga or (col not in taken and _amounts_under(rows, header, col))
        }
    bounds = {col: price_bound(label) for col, label in labelled.items()}
    upper = [col for col, bound in bounds.items() if bound == "upper"]
    if len(bounds) != 2 or len(upper) != 1:
        return None
    # ``Harga Satuan | Harga Satuan + PPN``: the other price is the one before PPN
    other = next(bound for col, bound in bounds.items() if col != upper[0])
    with_ppn = _includes_ppn(labelled[upper[0]])
    return upper[0] if other == "lower" or (other is None and with_ppn) else None


def _amounts_under(rows: Sequence[Sequence[CellValue]], header: HeaderMatch, col: int) -> bool:
    body = [row for row in rows[header.row + 1 : header.row + 1 + _PRICE_SAMPLE] if any(row)]
    amounts = sum(1 for row in body if col < len(row) and (_amount(row[col]) or 0) > 0)
    return bool(body) and 2 * amounts >= len(body)


def _column_label(rows: Sequence[Sequence[CellValue]], header: HeaderMatch, col: int) -> str:
    """The lowest label written in a header column (the sub-label under a merged group)."""
    for row in reversed(rows[header.top : header.row + 1]):
        if col < len(row) and isinstance(row[col], str) and row[col].strip():
            return re.sub(r"\s+", " ", row[col]).strip()
    return ""


def _has_own_header(rows: Sequence[Sequence[CellValue]], scan: int = 30) -> bool:
    """Whether a row near the top carries three or more catalogue column labels."""
    return any(len(match_columns(row, CATALOGUE_COLUMNS)) >= 3 for row in rows[:scan])


def _looks_like_section(row: Sequence[CellValue], columns: Mapping[str, int]) -> bool:
    """A heading row (``A. ALAT TULIS KANTOR``): text, but no unit and no price."""
    return cell(row, columns, "satuan") in (None, "") and cell(row, columns, "harga") in (None, "")


def _section_heading(row: Sequence[CellValue]) -> str | None:
    """A heading written outside the Uraian column (``A. ALAT TULIS KANTOR`` merged across the
    row and stored in its first cell): the row's only text, with no number beside it."""
    filled = [value for value in row if value not in (None, "")]
    if len(filled) != 1 or not isinstance(filled[0], str) or not re.search(r"[A-Za-z]{3}", filled[0]):
        return None
    return re.sub(r"\s+", " ", filled[0]).strip()


def _reference_id(source: str | None, sheet: str | None, page: int | None, row: int, uraian: str) -> str:
    key = f"{source}|{sheet}|{page}|{row}|{uraian}"
    return hashlib.sha1(key.encode(), usedforsecurity=False).hexdigest()[:16]


def parse_price_tables(
    tables: Iterable[Table],
    *,
    source_document: str | None = None,
    document_id: str | None = None,
    year: int | None = None,
    kind: CatalogueKind | None = None,
) -> list[PriceReference]:
    """All price references of a document's tables (in order, so continuation pages inherit)."""
    references, _report = read_price_tables(
        tables, source_document=source_document, document_id=document_id, year=year, kind=kind
    )
    return references


def require_price_items(references: Sequence[PriceReference], report: IntakeReport) -> None:
    """Refuse a catalogue that yielded nothing: every price check would silently be skipped."""
    if not references:
        raise EmptyIntake.of(report, "price items")


def read_price_tables(
    tables: Iterable[Table],
    *,
    source_document: str | None = None,
    document_id: str | None = None,
    year: int | None = None,
    kind: CatalogueKind | None = None,
    pages: Sequence[Page] = (),
) -> tuple[list[PriceReference], IntakeReport]:
    """``parse_price_tables`` with the report of what was read and what was left out; ``pages``
    (of a PDF) give the title block printed above a page's table."""
    report = IntakeReport(kind="catalogue", source=source_document)
    references: list[PriceReference] = []
    context: CatalogueContext | None = None
    page_text = {page.number: page.text for page in pages}
    tables = list(tables)
    for table in tables:
        trace = report.table(table_name(table), len(table.rows))
        text = page_text.get(table.page, "") if table.page else ""
        preamble = text_above(text, table.rows)
        rows, new_context = parse_price_rows(
            table.rows,
            source_document=source_document,
            document_id=document_id,
            page=table.page,
            sheet=table.sheet,
            year=year,
            kind=kind,
            inherited=context,
            trace=trace,
            preamble=preamble,
            section=heading_above(text, table.rows),
        )
        references.extend(rows)
        context = new_context or context
    return _units_spelled_out(references, legend_texts(tables, pages)), report


def legend_texts(tables: Sequence[Table], pages: Sequence[Page]) -> list[str]:
    """Where a catalogue may explain its unit codes: the pages' text and every row's text cells
    (a sheet prints its legend in a cell below the table)."""
    rows = (
        " ".join(value for value in row if isinstance(value, str)) for table in tables for row in table.rows
    )
    return [page.text for page in pages] + list(rows)


def _units_spelled_out(references: list[PriceReference], texts: Sequence[str]) -> list[PriceReference]:
    legend = unit_legend(texts)
    if not legend:
        return references
    return [
        reference.model_copy(
            update={"satuan": spelled_out(reference.satuan, legend), "satuan_kode": reference.satuan.strip()}
        )
        if reference.satuan and reference.satuan.strip().upper() in legend
        else reference
        for reference in references
    ]


def text_above(page_text: str, rows: Sequence[Sequence[CellValue]]) -> str:
    """The page's text lines above the table: those before the line that prints its first row.
    Empty when that line cannot be found (a guess could take body rows as the title)."""
    first = next((row for row in rows if sum(1 for v in row if isinstance(v, str) and v.strip()) >= 2), None)
    if first is None:
        return ""
    labels = [re.sub(r"\s+", " ", v).strip() for v in first if isinstance(v, str) and v.strip()]
    lines = page_text.splitlines()
    for index, line in enumerate(lines):
        if line.strip().startswith(labels[0]) and all(label in line for label in labels[:3]):
            return "\n".join(lines[:index])
    return ""


# A section heading printed between tables: numbered (``IV. BIAYA TAMBAT``, ``B) Konsumsi``) or in
# capitals (``BIAYA TAMBAT``), and never carrying an amount.
_NUMBERED_HEADING = re.compile(r"^(?:[IVXLC]+|[A-Z]|\d{1,2})[.)]\s+[A-Za-z]")
_AMOUNT = re.compile(r"\d[.,]\d{3}")


def heading_above(page_text: str, rows: Sequence[Sequence[CellValue]]) -> str | None:
    """The section heading printed directly above a table whose rows the page text also prints
    (an SBU set as one table per section, each under its own heading and repeated header): the
    nearest text line above the table's own lines, when it reads as a heading. Found from the
    first row printed on exactly one line, since a repeated header line cannot say which table
    it belongs to. None when no such line is found: a guess could take a note as the section."""
    lines = [line.strip() for line in page_text.splitlines()]
    for position, row in enumerate(rows):
        labels = [re.sub(r"\s+", " ", v).strip() for v in row if isinstance(v, str) and v.strip()]
        if len(labels) < 2:
            continue
        printed = [i for i, line in enumerate(lines) if all(label in line for label in labels[:3])]
        if len(printed) != 1:
            continue
        # the table's rows above this one (its header) are its own lines, not the heading
        above = [line for line in lines[: printed[0]] if line]
        candidate = above[-position - 1] if len(above) > position else None
        return candidate if candidate is not None and _reads_as_heading(candidate) else None
    return None


def _reads_as_heading(line: str) -> bool:
    if _AMOUNT.search(line) or not re.search(r"[A-Za-z]{3}", line):
        return False
    letters = re.sub(r"[^A-Za-z]", "", line)
    return bool(_NUMBERED_HEADING.match(line)) or (len(line.split()) >= 2 and letters.isupper())


def table_name(table: Table) -> str:
    if table.sheet:
        return f"sheet {table.sheet!r}" + (f" table {table.index + 1}" if table.index else "")
    return f"page {table.page} table {table.index + 1}" if table.page else f"table {table.index + 1}"
