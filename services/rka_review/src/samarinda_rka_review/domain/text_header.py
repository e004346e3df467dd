"""A column header the table reader left in the page text.

On a scanned page the extraction may find the table's body but read its header line as text above
it (``No Uraian Satuan Harga Satuan Jumlah``): one line of labels, one per column, with no cell
boundaries. Split into the longest known labels, a line that is nothing but labels, exactly as many
as the table has columns, is that table's header row.

It may also lose one column of the table to the page text: a right-hand column printed apart from
the rest (``Jumlah (Rp)`` over its figures) comes out as a block of text lines, its label then one
figure a line, after the table's text. When the table's header names no column for that label's
field and the block holds exactly one figure per row under the header (or per row that carries a
figure), the block is that column, put back on the right in order."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence, Set

from samarinda_common.extracted import CellValue
from samarinda_common.price_catalogue import match_columns, normalise_label, parse_rupiah

from samarinda_rka_review.domain.row_kinds import amounts_in, is_blank

_LONGEST_LABEL_WORDS = 4
# A figure alone on its line (``24.825.000``, ``1.250.000,00``): no words, no label.
_FIGURE_LINE = re.compile(r"\d[\d.,]*")
# The header is among the table's first rows (a title or a group label may stand above it).
_HEADER_SCAN = 5


def split_label_line(line: str, labels: Set[str]) -> list[str] | None:
    """The line as a run of known labels, longest first at each word; None if a word is no label's."""
    words = line.split()
    found: list[str] = []
    start = 0
    while start < len(words):
        for end in range(min(len(words), start + _LONGEST_LABEL_WORDS), start, -1):
            candidate = " ".join(words[start:end])
            if normalise_label(candidate) in labels:
                found.append(candidate)
                start = end
                break
        else:
            return None
    return found


def header_in_text(
    page_text: str, columns: Mapping[str, Set[str]], width: int, required: Sequence[str]
) -> list[str] | None:
    """The last line of ``page_text`` that splits into ``width`` labels naming every required field."""
    labels = {label for names in columns.values() for label in names}
    for line in reversed(page_text.splitlines()):
        split = split_label_line(line, labels)
        if split is None or len(split) != width:
            continue
        named = {
            field for field, names in columns.items() for label in split if normalise_label(label) in names
        }
        if set(required) <= named:
            return split
    return None


def column_in_text(
    rows: Sequence[Sequence[CellValue]],
    page_text: str,
    columns: Mapping[str, Sequence[str]],
    required: Sequence[str],
) -> list[list[CellValue]] | None:
    """``rows`` with the required column the table lost to ``page_text`` put back on the right
    (see the module's note), its label on the header row; None when nothing is missing or the
    text holds no block that fits the rows one to one."""
    width = max((len(row) for row in rows), default=0)
    for index, row in enumerate(rows[:_HEADER_SCAN]):
        named = match_columns(row, columns)
        if len(named) < 2:
            continue
        missing = [field for field in required if field not in named]
        if len(missing) != 1:
            return None
        block = _figure_block(page_text, columns[missing[0]])
        if block is None:
            return None
        label, figures = block
        body = [at for at in range(index + 1, len(rows)) if not is_blank(rows[at])]
        priced = [at for at in body if amounts_in(rows[at])]
        target = body if len(figures) == len(body) else priced if len(figures) == len(priced) else None
        if not target:
            return None
        extra: dict[int, CellValue] = {index: label, **dict(zip(target, figures, strict=True))}
        return [[*row, *[None] * (width - len(row)), extra.get(at)] for at, row in enumerate(rows)]
    return None


def _figure_block(page_text: str, labels: Collection[str]) -> tuple[str, list[str]] | None:
    """The last line of ``page_text`` that is one of ``labels``, with the run of figure lines
    under it (at least two); None when there is none."""
    lines = [line.strip() for line in page_text.splitlines()]
    for at in range(len(lines) - 1, -1, -1):
        if normalise_label(lines[at]) not in labels:
            continue
        figures: list[str] = []
        for line in lines[at + 1 :]:
            if not _FIGURE_LINE.fullmatch(line) or parse_rupiah(line) is None:
                break
            figures.append(line)
        if len(figures) >= 2:
            return lines[at], figures
    return None
