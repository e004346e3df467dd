"""A word Tesseract's page layout cut in two, joined again.

Read at the resolution its file declares, a page of two blocks side by side (signature blocks, a
receipt beside a date) can lead Tesseract to place a column edge through the words of one
block: "Bendahara" comes back as "Bendah" ending one of its lines and "ara" starting a line of
another block, level with it and a letter's gap to its right. A word space is several times
that gap, and no two of Tesseract's blocks stand that close, so the two pieces are one word.
Pure functions on plain values.
"""

from __future__ import annotations

from collections.abc import Sequence

from samarinda_extraction.domain.number_pieces import word_space
from samarinda_extraction.domain.ocr_tables import Word

# The two pieces stand closer than this share of the page's word space.
_CUT_GAP = 0.5
# They share this share of the shorter one's height at least (one line of text).
_LEVEL = 0.5


def cut_words_joined(lines: Sequence[Sequence[Word]]) -> dict[Word, Word | None]:
    """For each word cut in two at the end of one of Tesseract's lines and the start of another:
    the left piece mapped to the whole word, the right piece to None."""
    space = word_space(lines)
    if space is None:
        return {}
    ends = [line[-1] for line in lines if line]
    starts = {id(line[0]): line[0] for line in lines if line}
    joined: dict[Word, Word | None] = {}
    for left in ends:
        right = next((w for w in starts.values() if _cut_apart(left, w, space) and w not in joined), None)
        if right is None or left in joined:
            continue
        joined[left] = Word(
            text=left.text + right.text,
            confidence=min(left.confidence, right.confidence),
            x0=left.x0,
            y0=min(left.y0, right.y0),
            x1=right.x1,
            y1=max(left.y1, right.y1),
            order=left.order,
            block=left.block,
        )
        joined[right] = None
    return joined


def _cut_apart(left: Word, right: Word, space: float) -> bool:
    if right is left or not (left.text[-1:].isalnum() and right.text[:1].isalnum()):
        return False
    gap = right.x0 - left.x1
    overlap = min(left.y1, right.y1) - max(left.y0, right.y0)
    return 0 <= gap < _CUT_GAP * space and overlap >= _LEVEL * min(left.height, right.height)
