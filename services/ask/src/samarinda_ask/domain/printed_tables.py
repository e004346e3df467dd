"""Tables a PDF or a scan printed as lines of text, read back into cells.

A born-digital PDF's table, or a scanned one, often reaches the index as lines ("Palaran 142 738"
under "Kecamatan Luas Panen (ha) Produksi (ton)"): the label and the figures of a row stand apart
from the column names that say what each figure is. Aligning each row's trailing figures with the
last column names of the header line above gives the row its cells back, so a question can pick
the column it asks for, sum the rows, or tell a total row from the items.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from samarinda_ask.domain.vocabulary import VOCABULARY

# A figure cell: a number as Indonesian tables print it ("1.250", "45,10", "12%"), or a dash for none.
_FIGURE = re.compile(r"(?:\d[\d.,]*%?|-|–)")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_ROW_NUMBER = re.compile(r"\d{1,3}\.?")
_NUMBER_HEADER = re.compile(r"no\.?|nomor", re.IGNORECASE)
_CURRENCY = re.compile(r"rp\.?", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = (".", "!", "?", ":", ";", ",")
# Fewer rows than this under a header line is no table (a sentence's figures may follow a title).
MIN_ROWS = 2
# A row's label is a name, not a sentence.
MAX_LABEL_WORDS = 8

Cells = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PrintedRow:
    header: str  # the header line: rows under one header are one table
    cells: Cells  # (column name, value) pairs


def _tokens(line: str) -> list[str]:
    """The line's words, a currency sign joined to the amount it prefixes ("Rp 1.250" is one)."""
    tokens: list[str] = []
    for token in line.split():
        if tokens and _CURRENCY.fullmatch(tokens[-1]) and _FIGURE.fullmatch(token):
            tokens[-1] = f"{tokens[-1]} {token}"
        else:
            tokens.append(token)
    return tokens


def _is_figure(token: str) -> bool:
    # A year closes a date ("4 Juni 2025"), a cell of words, not a figure column.
    return _FIGURE.fullmatch(
        token.removeprefix("Rp ").removeprefix("Rp. ")
    ) is not None and not _YEAR.fullmatch(token)


def _is_unit_word(token: str) -> bool:
    """A short word after the figures that says what they count ("kg", "batang", "unit")."""
    return token.isalpha() and len(token) <= 8


def _header_groups(header: str) -> list[str]:
    """The header's words, a parenthesised unit joined to the word before it ("Luas (ha)")."""
    groups: list[str] = []
    depth = 0
    for token in header.split():
        if groups and (depth > 0 or token.startswith("(")):
            groups[-1] = f"{groups[-1]} {token}"
        else:
            groups.append(token)
        depth += token.count("(") - token.count(")")
        depth = max(depth, 0)
    return groups


def _is_header(line: str) -> bool:
    """A line of column names: two words or more, no figure outside a parenthesised unit, no
    sentence ending."""
    bare = re.sub(r"\([^)]*\)", "", line)
    return (
        len(_header_groups(line)) >= 2
        and not re.search(r"\d", bare)
        and not line.rstrip().endswith(_SENTENCE_END)
        and len(line) <= 120
    )


class _Row:
    """A line read as label words then trailing figures (then perhaps a unit word)."""

    def __init__(self, line: str) -> None:
        tokens = _tokens(line)
        self.number = tokens[0] if len(tokens) > 2 and _ROW_NUMBER.fullmatch(tokens[0]) else None
        rest = tokens[1:] if self.number else tokens
        self.unit = rest[-1] if len(rest) >= 3 and _is_unit_word(rest[-1]) and _is_figure(rest[-2]) else None
        rest = rest[:-1] if self.unit else rest
        figures = 0
        while figures < len(rest) and _is_figure(rest[-1 - figures]):
            figures += 1
        self.tokens = rest
        self.figures = figures

    @property
    def valid(self) -> bool:
        label = self.tokens[: len(self.tokens) - self.figures]
        # A field of running text ("Dibayarkan kepada penyedia: Rp 38.465.000") ends the table.
        return (
            self.figures >= 1
            and any(_LETTER.search(t) for t in label)
            and len(label) <= MAX_LABEL_WORDS
            and not label[-1].endswith(":")
        )

    def cells(self, label: str, columns: Sequence[str], number: str | None, unit: str | None) -> Cells | None:
        if self.figures < len(columns):
            return None  # a row missing a figure cannot be aligned
        split = len(self.tokens) - len(columns)
        cells: list[tuple[str, str]] = []
        if number and self.number:
            cells.append((number, self.number))
        # Figures beyond the header's columns (OCR noise, a code such as "16-16-16") stay in the label.
        cells.append((label, " ".join(self.tokens[:split])))
        cells.extend(zip(columns, self.tokens[split:], strict=True))
        if unit and self.unit:
            cells.append((unit, self.unit))
        return tuple(cells)


def printed_rows(lines: Sequence[str]) -> dict[int, PrintedRow]:
    """The cells of each line (by index) that is a row of a table printed under a header line.

    Rows follow their header one after another; how many figure columns the table has is the
    count most of its rows end with, matched to as many column names at the header's end.
    """
    aligned: dict[int, PrintedRow] = {}
    i = 0
    while i < len(lines):
        if not _is_header(lines[i]):
            i += 1
            continue
        rows: list[tuple[int, _Row]] = []
        j = i + 1
        while j < len(lines) and (row := _Row(lines[j])).valid:
            rows.append((j, row))
            j += 1
        if len(rows) >= MIN_ROWS:
            aligned.update(_aligned(lines[i], rows))
        i = max(j, i + 1)
    return aligned


def _aligned(header: str, rows: Sequence[tuple[int, _Row]]) -> dict[int, PrintedRow]:
    groups = _header_groups(header)
    numbered = sum(r.number is not None for _, r in rows) * 2 >= len(rows)
    number = groups.pop(0) if numbered and groups and _NUMBER_HEADER.fullmatch(groups[0]) else None
    with_units = sum(r.unit is not None for _, r in rows) * 2 >= len(rows)
    unit = groups.pop() if with_units and groups and groups[-1].lower() in VOCABULARY.unit_headers else None
    width = Counter(r.figures for _, r in rows).most_common(1)[0][0]
    if len(groups) < width + 1:
        return {}
    label = " ".join(groups[: len(groups) - width])
    columns = groups[len(groups) - width :]
    aligned: dict[int, PrintedRow] = {}
    for index, row in rows:
        if (cells := row.cells(label, columns, number, unit)) is not None:
            aligned[index] = PrintedRow(header, cells)
    return aligned
