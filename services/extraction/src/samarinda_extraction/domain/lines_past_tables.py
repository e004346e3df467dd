"""A ruled grid whose rows' text runs on past its box is no table.

On a fax, the wide bridging that mends a dashed rule also joins the bars of running text's letters
into rules: a grid is found over part of a free-text panel (a handwritten note, a paragraph), and
its cells would cut the paragraph's lines into pieces written as table rows. Tesseract reads such
lines whole, on past the grid's edge; a table's own rows it reads inside the table.
"""

from __future__ import annotations

from collections.abc import Sequence

from samarinda_extraction.domain.ocr_tables import Box, Word

# A word of text beside the box has at least so many letters or digits (specks and a rule's
# remains read as marks do not count).
_WORD_CHARACTERS = 2


def lines_run_past(box: Box, lines: Sequence[Sequence[Word]]) -> bool:
    """Whether most of Tesseract's lines that have words in the box go on with words of text left
    or right of it."""
    inside = [line for line in lines if any(box.holds(w) for w in line)]
    past = sum(1 for line in inside if any(_beside(w, box) for w in line))
    return 2 * past > len(inside)


def _beside(word: Word, box: Box) -> bool:
    text = sum(c.isalnum() for c in word.text) >= _WORD_CHARACTERS
    return text and box.y0 <= word.cy <= box.y1 and not box.x0 <= word.cx <= box.x1
