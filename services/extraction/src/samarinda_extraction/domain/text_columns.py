"""The columns of text on a page set in columns side by side (a newsletter).

Found as a table's columns are, from the gutters that run down the page. Separate: it splits a
page's prose, not a table.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from samarinda_extraction.domain.column_gutters import gutters
from samarinda_extraction.domain.ocr_words import Word, text_height, text_words, visual_rows

# A column of text holds this many lines at least (a signature block beside a date is none).
_COLUMN_LINES = 8


def text_columns(words: Sequence[Word]) -> list[list[Word]]:
    """The words of each column of text on a page set in columns side by side (a newsletter),
    found as a table's columns are, from the gutters that run down the page; [] on a page of
    one column. A table inside one column shares its lines with the other column's prose and
    is only found within its own."""
    lines = visual_rows(text_words(words))
    if len(lines) < 2 * _COLUMN_LINES:
        return []
    height = text_height(lines)
    edges = gutters(lines, height, sparse_columns=False, headed=False)
    if len(edges) < 3:
        return []
    columns = [[w for line in lines for w in line if a <= w.cx < b] for a, b in itertools.pairwise(edges)]
    if any(len(visual_rows(column)) < _COLUMN_LINES for column in columns):
        return []
    return columns
