"""The kept reading's words tidied before anything is read again or written: dashes read as
letters set back to dashes, a number read in pieces joined, a word cut at a block's edge joined,
glyphs stacked over several lines and rules read as junk words dropped. Each takes a reading and
gives one (the words and Tesseract's lines alike); apart from the re-reads because none of them
reads the page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from samarinda_extraction.domain.cut_words import cut_words_joined
from samarinda_extraction.domain.number_pieces import joined_pieces
from samarinda_extraction.domain.ocr_tables import Word, as_dashes, stacked_words, visual_rows
from samarinda_extraction.domain.rule_lines import without_rule_lines
from samarinda_extraction.readers.tesseract import Reading


def flat_marks_as_dashes(reading: Reading) -> Reading:
    """The reading with each dash read as a letter or digit set back to a dash (``as_dashes``)."""
    dashed = as_dashes(reading.words)
    changed = {w: d for w, d in zip(reading.words, dashed, strict=True) if d is not w}
    if not changed:
        return reading
    return reading.rewritten(lambda words: [changed.get(w, w) for w in words])


def number_pieces_joined(reading: Reading) -> Reading:
    """The reading with each number read as pieces cut at its dots whole again (``joined_pieces``)."""
    # The words' rows, not Tesseract's lines: it may put the pieces of an amount in lines of their own.
    joined = joined_pieces(visual_rows(reading.words))
    if not joined:
        return reading

    def whole(words: Sequence[Word]) -> list[Word]:
        return [new for w in words if (new := joined.get(w, w)) is not None]

    return reading.rewritten(whole)


def cut_words_whole(reading: Reading) -> Reading:
    """The reading with each word its layout cut in two at a block's edge whole again
    (``cut_words_joined``)."""
    joined = cut_words_joined(reading.lines)
    if not joined:
        return reading

    def whole(words: Sequence[Word]) -> list[Word]:
        return [new for w in words if (new := joined.get(w, w)) is not None]

    return reading.rewritten(whole)


def without_stacked_words(reading: Reading) -> Reading:
    """The reading without words of glyphs stacked over several lines: their ink, left unread,
    is then read again line by line (``missed_runs``)."""
    stacked = set(stacked_words(reading.words))
    if not stacked:
        return reading
    return reading.rewritten(lambda words: [w for w in words if w not in stacked])


def without_rule_line_words(reading: Reading) -> Reading:
    """The reading without the lines that are a rule read as junk words (``rule_lines``)."""
    lines = without_rule_lines(reading.lines)
    if len(lines) == len(reading.lines):
        return reading
    kept = {id(w) for line in lines for w in line}
    return replace(reading, words=[w for w in reading.words if id(w) in kept], lines=[list(x) for x in lines])
