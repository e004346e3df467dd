"""How much of a reading is readable text, judged without knowing what the page says.

Two readings of one page (the cleaned-up image's and the image's as it came) are compared by
the characters that make sense: words of the languages' lexicon, numbers, amounts, dates and
codes of a valid shape. Tesseract's word confidence alone cannot tell them apart on a coarse or
1-bit page: smoothing a fax's broken strokes makes them confidently read as other letters, so a
poorer reading can hold as many confident characters as the better one. Pure functions; the
lexicon is given (see ``readers.lexicon``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set

from samarinda_extraction.domain.quality import CONFIDENT_WORD

_EDGE_PUNCTUATION = "()[]{}\"'`.,;:!?\u00ab\u00bb\u201c\u201d\u2018\u2019*"
# Amounts (1.250.000,00 / 1,250.50), counts, percentages, dotted codes (1.2.03.04.0005),
# dates (12-05-2025), ranges: digit groups joined by single separators.
_NUMBER = re.compile(r"(Rp\.?)?\d+([.,/:\-]\d+)*(,-)?%?")
_ROMAN = re.compile(r"[IVXLC]{1,6}")
# A short abbreviation stands inside a letter number (".../Setda/...", ".../BPKAD/...").
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]{0,7}\.?")
_LETTER = re.compile(r"[^\W\d_]")


def readable(core: str, lexicon: Set[str]) -> bool:
    """Whether a word (edge punctuation stripped) is a word of the lexicon (any case, each
    hyphenated part one), a number of a valid shape, or a slashed code (a letter number) whose
    every part is a number, a Roman numeral or an abbreviation."""
    if _NUMBER.fullmatch(core) or _is_word(core, lexicon):
        return True
    if "/" in core:
        parts = core.split("/")
        return all(_code_part(part) for part in parts)
    return False


def _code_part(part: str) -> bool:
    return bool(_NUMBER.fullmatch(part) or _ROMAN.fullmatch(part) or _ABBREVIATION.fullmatch(part))


def _is_word(core: str, lexicon: Set[str]) -> bool:
    parts = core.split("-")
    return all(p and _LETTER.match(p) and p.lower() in lexicon for p in parts)


# Characters a reading pays for each line it breaks the text into: a reading that cut the page's
# lines into fragments (a fax's table read cell by cell in blocks) has its words in another order,
# with as many of them readable. From 3 to 10 chose the same readings on the pages it was
# calibrated on (fax, 150 dpi and phone pages of two OCR sets); fewer per line lets a reading
# split into more lines than words win again, more lets a table read a cell per line lose.
LINE_COST = 4


def reading_score(
    lines: Iterable[Sequence[tuple[str, float]]], lexicon: Set[str], line_cost: int = LINE_COST
) -> int:
    """How good a reading, given as its lines of (word, confidence), is: its readable characters
    that Tesseract is sure of, less its unreadable ones, less ``line_cost`` per line. A word of
    the lexicon read unsurely counts for nothing: a shadow's or a stamp's strokes come back as
    short words of the large English list (names, abbreviations) at low confidence."""
    kept = [line for line in lines if line]
    score = -line_cost * len(kept)
    for line in kept:
        for word, confidence in line:
            core = word.strip(_EDGE_PUNCTUATION)
            if not readable(core, lexicon):
                score -= len(core)
            elif confidence >= CONFIDENT_WORD:
                score += len(core)
    return score
