"""A number Tesseract read as pieces cut at its dots, joined again.

In a monospaced font a dot or a comma takes a whole character cell, drawn in its middle: the
blank half cell beside it looks like a word space to Tesseract, and "18.250.400,00" comes back as
"18." "250." "400,00" (or "7" ".842." "500,00"). Split so, the pieces of right-aligned amounts
stand one above the other and a table's column is cut in three; a code loses its dots' meaning.
The blank beside such a dot is narrower than the font's word space, which is a whole cell: a gap
that narrow between two pieces of digits, one of them ending or the other starting with the dot,
is inside one number. Pure functions on plain values.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import replace

from samarinda_extraction.domain.ocr_tables import Word

_DIGITS = re.compile(r"[\d.,]*\d[\d.,]*")
_SEPARATORS = ".,"
# Pieces of one number stand closer than this share of the page's word space. (A monospaced
# font's blank half cell beside a dot is about 0.4 of its word space; a proportional font's word
# space is about the width of that half cell, so its words "1." and "250" stay apart.)
_PIECE_GAP = 0.6
_LETTER = re.compile(r"[^\W\d_]")


def word_space(lines: Sequence[Sequence[Word]]) -> float | None:
    """The page's usual space between two words of letters on a line (None without any)."""
    gaps = [
        b.x0 - a.x1
        for line in lines
        for a, b in itertools.pairwise(line)
        if _LETTER.search(a.text) and _LETTER.search(b.text) and b.x0 > a.x1
    ]
    return statistics.median(gaps) if gaps else None


def _pieces_of_one(before: Word, word: Word, space: float) -> bool:
    if not (_DIGITS.fullmatch(before.text) and _DIGITS.fullmatch(word.text)):
        return False
    at_dot = (before.text[-1] in _SEPARATORS) != (word.text[0] in _SEPARATORS)
    return at_dot and 0 <= word.x0 - before.x1 < _PIECE_GAP * space


def joined_pieces(lines: Sequence[Sequence[Word]]) -> dict[Word, Word | None]:
    """For each word of ``lines`` (rows of words, left to right) that is the first piece of
    a number cut at its dots, the number whole; each further piece maps to None."""
    space = word_space(lines)
    if space is None:
        return {}
    out: dict[Word, Word | None] = {}
    for line in lines:
        run: list[Word] = []
        for word in line:
            if run and _pieces_of_one(run[-1], word, space):
                run.append(word)
                continue
            out.update(_whole(run))
            run = [word]
        out.update(_whole(run))
    return out


def _whole(run: Sequence[Word]) -> dict[Word, Word | None]:
    if len(run) < 2:
        return {}
    first = replace(
        run[0],
        text="".join(w.text for w in run),
        confidence=min(w.confidence for w in run),
        y0=min(w.y0 for w in run),
        x1=run[-1].x1,
        y1=max(w.y1 for w in run),
    )
    return {run[0]: first, **dict.fromkeys(run[1:])}
