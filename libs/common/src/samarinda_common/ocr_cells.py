"""Table cells read by OCR, repaired by the grammar of what they hold before a parser reads them.

A scanned RKA or catalogue comes out of the extraction service as rows of cell text with the
OCR's slips in it: ``1.250.0O0``, ``Rp1. 250.000,-``, ``1,250.000``, ``5:328.000``, ``O%``, ``6O Orang``, or a
price and an amount that a lost gutter put in one cell (``62.000 2.480.000``) beside an empty
one. Each repair is constrained by the cell's grammar and never invents a digit: a glyph that
looks like a digit (O→0, l→1, S→5...) becomes that digit only where the cell is a number, a
separator only becomes the thousands dot where every group after it has three digits, and a
joined pair is only split into an empty neighbouring cell. A cell that fits no grammar after
the repair is left exactly as read, so the parser reports the row as it was seen.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from difflib import SequenceMatcher

from samarinda_common.extracted import CellValue, ExtractionMethod, Page, Table
from samarinda_common.price_catalogue import normalise_label

# Glyphs Tesseract returns for a digit in a small or degraded print.
_DIGIT_LOOKALIKES = str.maketrans(
    {"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "|": "1", "i": "1", "!": "1",
     "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2"}
)  # fmt: skip
_LOOKALIKE = "OoDQIl|i!SsBZz"
_AMOUNT_CELL = re.compile(
    rf"^(?:(?:rp|idr)\.?\s*)?(?P<body>[\d{re.escape(_LOOKALIKE)}][\d{re.escape(_LOOKALIKE)}.,:;\s]*?)"
    r"\s*(?P<tail>,\s*-|,\s*—|\.\s*-|,\s*[0oO]{2})?\s*$",
    re.IGNORECASE,
)
_PERCENT_CELL = re.compile(rf"^(?P<body>[\d{re.escape(_LOOKALIKE)}]{{1,3}}(?:[.,]\d{{1,2}})?)\s*%$")
# A count in running text (``6O Orang``): digits with look-alikes among them, before a word.
_COUNT_TOKEN = re.compile(rf"(?<![\w.,])(?P<token>[\d{re.escape(_LOOKALIKE)}]{{2,}})(?=\s+[A-Za-z])")
# Between groups: the thousands dot, a comma, or a dot a fax smudged into ":" or ";".
_GROUP_SEPARATOR = re.compile(r"\s*[.,:;]\s*|\s+")
_SPACES = re.compile(r"\s+")
# A header row is one with this many cells that are exactly column labels; a misread label in
# it (``Harcia Satun``) is snapped to the label it is this close to, and clearly closer to than
# to any other.
_HEADER_EXACT = 3
_LABEL_SIMILARITY = 0.8
_LABEL_MARGIN = 0.1
_HEADER_SCAN = 40


def normalise_ocr_tables(
    tables: Sequence[Table], pages: Sequence[Page], labels: Collection[str] = ()
) -> list[Table]:
    """The tables read from OCR'd pages with their cells repaired; the others as they are.
    ``labels`` are the column labels the reader knows (normalised), for misread header cells."""
    ocr_pages = {page.number for page in pages if page.method is ExtractionMethod.OCR}
    return [
        table.model_copy(update={"rows": normalise_rows(table.rows, labels)})
        if table.page in ocr_pages
        else table
        for table in tables
    ]


def label_set(*vocabularies: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """Every column label of the vocabularies (field -> labels), for ``normalise_ocr_tables``."""
    return frozenset(
        label for vocabulary in vocabularies for aliases in vocabulary.values() for label in aliases
    )


def normalise_rows(
    rows: Sequence[Sequence[CellValue]], labels: Collection[str] = ()
) -> list[list[CellValue]]:
    out = [_split_joined_numbers([normalise_cell(value) for value in row]) for row in rows]
    if labels:
        head: list[list[CellValue]] = []
        for row in out[:_HEADER_SCAN]:
            row = spread_merged_header(row, labels)
            head.extend(split_header_from_row(snap_header_labels(row, labels), labels))
        out[:_HEADER_SCAN] = head
    return out


def spread_merged_header(row: Sequence[CellValue], labels: Collection[str]) -> list[CellValue]:
    """A header whose labels the OCR read as one line into one cell, the others left empty
    (``No Kode Nama Satuan Harga`` | | | | |): the labels, one per column, when the cell's
    words read as exactly as many known labels as the row has columns, and in one way only.
    Any other row stays as read."""
    filled = [value for value in row if value not in (None, "")]
    if len(row) < _HEADER_EXACT or len(filled) != 1 or not isinstance(filled[0], str):
        return list(row)
    readings = _label_readings(filled[0].split(), labels, len(row))
    return list(readings[0]) if len(readings) == 1 else list(row)


def _label_readings(words: Sequence[str], labels: Collection[str], count: int) -> list[tuple[str, ...]]:
    """Every way to cut ``words`` into ``count`` consecutive known labels, each as printed."""
    if not words:
        return [()] if count == 0 else []
    if count == 0:
        return []
    readings: list[tuple[str, ...]] = []
    for end in range(1, len(words) + 1):
        label = " ".join(words[:end])
        if normalise_label(label) in labels:
            readings.extend((label, *rest) for rest in _label_readings(words[end:], labels, count - 1))
    return readings


def split_header_from_row(row: Sequence[CellValue], labels: Collection[str]) -> list[list[CellValue]]:
    """A header row that took in the row under it (the rule between them lost on a scan:
    ``Kode Rekening 5.2.02.05.01.0005 | Uraian Belanja Modal ... | Koefisien | ...``) as the two
    rows: each cell that starts with a label keeps the label, what follows goes to the row
    below. Only when two cells or more are labels and what follows a label in one of them starts
    with a code or a number; otherwise the row as it is."""
    names = [normalise_label(value) if isinstance(value, str) else "" for value in row]
    if sum(1 for name in names if name in labels) < 2:
        return [list(row)]
    split: list[tuple[CellValue, CellValue]] = []
    for value, name in zip(row, names, strict=True):
        rest = _after_label(value, name, labels) if name not in labels else None
        split.append((value, None) if rest is None else rest)
    if not any(isinstance(below, str) and below[:1].isdigit() for _, below in split):
        return [list(row)]
    return [[top for top, _ in split], [below for _, below in split]]


def _after_label(value: CellValue, name: str, labels: Collection[str]) -> tuple[str, str] | None:
    """(label, the rest) of a cell that starts with a label, or None: the label that leaves a
    code or number after it (``Kode Rekening`` | ``5.2.02...``, not ``Kode``), else the
    shortest (``Uraian`` | ``Belanja Modal ...``, not ``Uraian Belanja``)."""
    if not isinstance(value, str):
        return None
    words = value.split()
    splits = [
        (" ".join(words[:count]), " ".join(words[count:]))
        for count in range(1, len(words))
        if normalise_label(" ".join(words[:count])) in labels
    ]
    numeric = [split for split in splits if split[1][:1].isdigit()]
    return numeric[-1] if numeric else (splits[0] if splits else None)


def snap_header_labels(row: Sequence[CellValue], labels: Collection[str]) -> list[CellValue]:
    """In a row whose cells are mostly known column labels, a cell the OCR misread
    (``Harcia Satun``) becomes the label it is close to (``harga satuan``); any other row, and
    any cell near no label or near two, stays as read."""
    names = [normalise_label(value) if isinstance(value, str) else "" for value in row]
    if sum(1 for name in names if name in labels) < _HEADER_EXACT:
        return list(row)
    out = list(row)
    for col, name in enumerate(names):
        if not name or name in labels or any(ch.isdigit() for ch in name) or len(name) > 40:
            continue
        scored = sorted((SequenceMatcher(None, name, label).ratio(), label) for label in labels)
        best, label = scored[-1]
        runner_up = scored[-2][0] if len(scored) > 1 else 0.0
        if best >= _LABEL_SIMILARITY and best - runner_up >= _LABEL_MARGIN:
            out[col] = label
    return out


def normalise_cell(value: CellValue) -> CellValue:
    """One cell: an amount, a percentage or a text with counts in it, repaired; else as read."""
    if not isinstance(value, str):
        return value
    text = _SPACES.sub(" ", value).strip()
    if not text:
        return None
    return amount(text) or percentage(text) or _counts(text)


def amount(text: str) -> str | None:
    """``Rp1. 250.0O0,-`` → ``1.250.000``: a rupiah amount in thousands groups, or None when the
    text is not one (more look-alikes than real digits, a group of the wrong length)."""
    match = _AMOUNT_CELL.match(text)
    if match is None:
        return None
    body = match.group("body").strip()
    digits = sum(ch.isdigit() for ch in body)
    lookalikes = sum(ch in _LOOKALIKE for ch in body)
    if digits == 0 or lookalikes > digits:
        return None
    groups = _GROUP_SEPARATOR.split(body.translate(_DIGIT_LOOKALIKES))
    if not all(group.isdigit() for group in groups):
        return None
    if len(groups) == 1:
        return groups[0] if lookalikes or match.group("tail") or text != body else None
    if 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:]):
        return ".".join(groups)
    return None


def percentage(text: str) -> str | None:
    """``O%``, ``1l %`` → ``0%``, ``11%``: a rate of at most three digits."""
    match = _PERCENT_CELL.match(text)
    if match is None:
        return None
    return match.group("body").translate(_DIGIT_LOOKALIKES) + "%"


def _counts(text: str) -> str:
    """Counts before a word (``6O Orang x 4 KaIi``) with their look-alikes made digits, when the
    token has at least as many real digits as look-alikes."""

    def repair(match: re.Match[str]) -> str:
        token = match.group("token")
        digits = sum(ch.isdigit() for ch in token)
        return token.translate(_DIGIT_LOOKALIKES) if digits >= len(token) - digits else token

    return _COUNT_TOKEN.sub(repair, text)


def _is_number(token: str) -> bool:
    return bool(re.fullmatch(r"\d{1,3}(\.\d{3})+|\d+|\d{1,3}%", token))


def _split_joined_numbers(row: list[CellValue]) -> list[CellValue]:
    """``62.000 2.480.000`` in one cell beside an empty one: the two numbers a lost gutter joined
    go one per cell (into the empty cell on the right, else on the left)."""
    out = list(row)
    for col, value in enumerate(row):
        if not isinstance(value, str):
            continue
        parts = value.split(" ")
        if len(parts) != 2 or not all(_is_number(p) for p in parts):
            continue
        if col + 1 < len(out) and out[col + 1] is None:
            out[col], out[col + 1] = parts
        elif col > 0 and out[col - 1] is None:
            out[col - 1], out[col] = parts
    return out
