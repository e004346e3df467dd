"""A page's label/value blocks (a form) read as lines, not as two columns of text.

Tesseract's layout analysis cuts a block of ``Label : value`` lines (the header block of an RKA
printout, a letter's ``Nomor / Sifat / Perihal``) into a column of labels and a column of values,
and reads them one after the other: the labels then stand pages away from their values. A real
two-column page has two wide columns; a form has a narrow column of labels whose lines sit on the
same baselines as the values beside them. Such a page is read row by row instead.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence

from samarinda_extraction.domain.ocr_tables import Box, Word, visual_rows

# A label column is at most this share of the width the page's text spans.
_NARROW = 0.3
# A gap this many text heights wide sets a label apart from its value (a word space is ~0.3).
_GAP = 1.5
# So many label lines beside their values make a form (one could be a heading and a page number).
_MIN_LABELS = 3
# Rows further apart than this many median row pitches start a new paragraph.
_PARAGRAPH_GAP = 1.6


def form_rows(lines: Sequence[Sequence[Word]], tables: Sequence[Box] = ()) -> list[list[Word]] | None:
    """The page's lines (Tesseract's, in its order, ``[]`` between paragraphs) as visual rows
    top to bottom, ``[]`` where the gap between rows is a paragraph's, when its rows outside the
    tables are a form's labels beside their values; None when they are not."""
    words = [w for line in lines for w in line]
    if not words or not _is_form(visual_rows([w for w in words if not _inside(w, tables)])):
        return None
    rows = visual_rows(words)
    if len(rows) < 2:
        return rows
    baselines = [statistics.median(w.y1 for w in row) for row in rows]
    pitch = statistics.median(b - a for a, b in itertools.pairwise(baselines))
    out: list[list[Word]] = [rows[0]]
    for (previous, row), (before, base) in zip(
        itertools.pairwise(rows), itertools.pairwise(baselines), strict=True
    ):
        if base - before > _PARAGRAPH_GAP * pitch and not _same_table(previous, row, tables):
            out.append([])
        out.append(row)
    return out


def _is_form(rows: Sequence[Sequence[Word]]) -> bool:
    """Three or more rows that start with a narrow label set apart from the value beside it, and
    more of them than rows that start with a wide run of text set apart from another (a page in
    columns). Judged on visual rows: Tesseract may have read the labels as a column of lines, or
    all the labels, colons and values of the block as one line."""
    if not rows:
        return False
    left = min(w.x0 for row in rows for w in row)
    span = max(w.x1 for row in rows for w in row) - left
    height = statistics.median(w.height for row in rows for w in row)
    labels = columns = 0
    for row in rows:
        first = _first_run(row, _GAP * height)
        if len(first) == len(row):
            continue
        if first[-1].x1 - first[0].x0 <= _NARROW * span:
            labels += 1
        else:
            columns += 1
    return labels >= _MIN_LABELS and labels > columns


def _first_run(row: Sequence[Word], gap: float) -> Sequence[Word]:
    """The words of a row up to its first gap wider than ``gap``."""
    for index in range(1, len(row)):
        if row[index].x0 - row[index - 1].x1 > gap:
            return row[:index]
    return row


def _inside(word: Word, boxes: Sequence[Box]) -> bool:
    return any(b.x0 <= word.cx <= b.x1 and b.y0 <= word.cy <= b.y1 for b in boxes)


def _same_table(a: Sequence[Word], b: Sequence[Word], tables: Sequence[Box]) -> bool:
    return any(_inside(a[0], [box]) and _inside(b[0], [box]) for box in tables)
