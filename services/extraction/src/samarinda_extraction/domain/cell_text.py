"""A table cell's text from the words that fall in it.

Line by line, left to right, noise dropped, a lone closing mark glued to the word before, a
stray bracket from a ruling trimmed and an enumeration's letters as written. Separate because
the ruled and the unruled tables build their cells alike.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from samarinda_extraction.domain.list_markers import with_list_markers
from samarinda_extraction.domain.ocr_words import Word, is_noise, visual_rows

_SPACES = re.compile(r"\s+")


def cell_text(words: Sequence[Word], lines: Sequence[Sequence[Word]] = ()) -> str | None:
    """A cell's text: its words line by line, left to right, then those of the ``lines`` it
    wraps onto. (Not Tesseract's order: a word read again on its own, a lone "I" between two
    words, comes back with an order of its own and would go to the cell's end.)"""
    kept = [[w for w in part if not is_noise(w)] for part in (words, *lines)]
    texts = [_line_text(line) for part in kept for line in visual_rows(part)]
    text = _SPACES.sub(" ", " ".join(texts)).strip()
    # A footnote marker "*)" is no stray bracket.
    if text.count("(") != text.count(")") - text.count("*)"):
        # A ruling next to the text comes back as a stray bracket.
        text = text.removeprefix("(") if text.startswith("(") and ")" not in text else text.removesuffix(")")
    return with_list_markers(text.strip()) or None


# A lone dot or comma read as a word of its own, closer to the word before than this share of
# the line's tallest word (a word space is wider), is that word's end: "a" and the dot of an
# enumeration's "a.", a row number's "1" and its dot. (Two words of letters or digits stand as
# close on a blurred scan's line and stay apart.)
_GLUED_MARK = 0.5
_CLOSING_MARKS = frozenset(".,;")


def _line_text(line: Sequence[Word]) -> str:
    """A line's words left to right, a space between two of them (none before a lone dot or
    comma that stands closer than a word space, nor on either side of a hyphen that joins
    them: see :func:`_hyphen_joins`)."""
    height = max(w.height for w in line)
    text = token = line[0].text
    for before, word in itertools.pairwise(line):
        mark = bool(word.text) and set(word.text) <= _CLOSING_MARKS
        glued = mark and 0 <= word.x0 - before.x1 < _GLUED_MARK * height
        if glued or _hyphen_joins(token, before, word, height):
            token += word.text
            text += word.text
        else:
            token = word.text
            text += " " + word.text
    return text


def _hyphen_joins(token: str, before: Word, word: Word, height: float) -> bool:
    """Whether a hyphen joins two words of a code split apart by the reading (``BKU-`` and
    ``071``; ``BKU``, ``-`` and ``071``): a lone hyphen whose box runs into the word before
    has no space before it, and a ``token`` (the text since the last space) ending in one after
    letters or digits has none after it when the next word stands closer than a word space.
    (A dash set between two words, a space either side, is read as a word of its own clear of
    them and stays so.)"""
    if word.text == "-" and before.text and word.x0 < before.x1:
        return True
    return (
        len(token) > 1
        and token.endswith("-")
        and token[-2].isalnum()
        and word.text[:1].isalnum()
        and 0 <= word.x0 - before.x1 < _GLUED_MARK * height
    )
