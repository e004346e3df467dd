"""The plain values an OCR'd page is read into, and the line primitives every table and text
reader shares.

A word and its box, a table's ruling grid and a found table; which words are noise; words
grouped into visual lines, a line cut at its gaps or into paragraphs, where a line's letters
stand, which interval of sorted edges holds a value. Separate because every other table module
(and the page readers) stands on these and on nothing else, so none of them needs another.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from samarinda_extraction.domain.quality import CONFIDENT_WORD

NUMBER_WORD = re.compile(r"\d[\d.,/]*\d")


@dataclass(frozen=True)
class Word:
    text: str
    confidence: float
    x0: int
    y0: int
    x1: int
    y1: int
    order: int = 0  # Tesseract's reading order: keeps the words of a wrapped cell in sequence
    block: int = -1  # Tesseract's layout block on the page; -1 for a word read again in a crop

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def height(self) -> int:
        return self.y1 - self.y0


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def holds(self, word: Word) -> bool:
        """Whether the word's centre lies in the box (edges included)."""
        return self.x0 <= word.cx <= self.x1 and self.y0 <= word.cy <= self.y1

    @classmethod
    def around(cls, words: Sequence[Word]) -> Box:
        """The smallest box holding every one of ``words`` whole."""
        return cls(
            min(w.x0 for w in words),
            min(w.y0 for w in words),
            max(w.x1 for w in words),
            max(w.y1 for w in words),
        )


@dataclass(frozen=True)
class Grid:
    """Ruling lines of one table: sorted x positions of the vertical and y of the horizontal."""

    xs: tuple[int, ...]
    ys: tuple[int, ...]
    # (row, index into xs) where that inner column rule is not drawn across the row: its cells
    # are merged into one (a group's label across the table).
    open_edges: frozenset[tuple[int, int]] = frozenset()
    # (row, column) where the row rule above that row is not drawn across the column: a rule
    # under a label spanning columns ("Plan 2027" over "Target" and "Budget") stops at the cells
    # of the header's other labels, which span both its rows. Their text is in the upper row.
    open_rules: frozenset[tuple[int, int]] = frozenset()

    def merged_column(self, row: int, column: int) -> int:
        """The first column of the merged cell that ``column`` belongs to on ``row``."""
        while column > 0 and (row, column) in self.open_edges:
            column -= 1
        return column

    def merged_row(self, row: int, column: int) -> int:
        """The first row of the merged cell that ``column`` belongs to on ``row``."""
        while row > 0 and (row, column) in self.open_rules:
            row -= 1
        return row


@dataclass
class OcrTable:
    rows: list[list[str | None]]
    box: Box
    row_boxes: list[Box] = field(default_factory=list)


def covers(word: Word, other: Word) -> bool:
    """Whether ``word``'s box holds half of ``other``'s area or more (the same ink read twice)."""
    across = min(word.x1, other.x1) - max(word.x0, other.x0)
    down = min(word.y1, other.y1) - max(word.y0, other.y0)
    area = (other.x1 - other.x0) * (other.y1 - other.y0)
    return across > 0 and down > 0 and 2 * across * down >= area > 0


def is_noise(word: Word) -> bool:
    """A mark Tesseract is unsure of and that holds no letter or digit: a speck, a bit of
    ruling or a stamp's edge read as punctuation."""
    return word.confidence < CONFIDENT_WORD and not any(ch.isalnum() for ch in word.text)


def slot_of(edges: Sequence[int], value: float) -> int | None:
    for i in range(len(edges) - 1):
        if edges[i] <= value < edges[i + 1]:
            return i
    return None


def split_paragraphs(lines: Sequence[Sequence[Word]]) -> list[list[list[Word]]]:
    """Tesseract's lines cut at its paragraph breaks (the empty lines between them)."""
    out: list[list[list[Word]]] = [[]]
    for line in lines:
        if line:
            out[-1].append(list(line))
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def visual_rows(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped into rows by vertical position (columns Tesseract read as separate blocks
    come together again), each row left to right."""
    if not words:
        return []
    # A lone mark (a row number's dot, a comma) is a fraction of a line high and says nothing
    # about the text's height: counted in, a cell of "5" and its dot would be two rows.
    text = [w for w in words if holds_text([w])] or list(words)
    height = statistics.median(w.height for w in text)
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.cy):
        if rows and abs(word.cy - statistics.median(w.cy for w in rows[-1])) <= 0.5 * height:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w.x0) for row in rows]


def split_at_gaps(row: Sequence[Word], gap: float) -> list[list[Word]]:
    """A line's words (left to right) in runs: a new run starts after a gap wider than ``gap``."""
    segments: list[list[Word]] = [[row[0]]]
    for word in row[1:]:
        if word.x0 - segments[-1][-1].x1 > gap:
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def holds_text(segment: Sequence[Word]) -> bool:
    return any(has_text(w) for w in segment)


def has_text(word: Word) -> bool:
    """The word holds a letter or a digit (not a mark alone: a speck read as ``:`` or ``.``)."""
    return any(ch.isalnum() for ch in word.text)


def text_words(words: Sequence[Word]) -> list[Word]:
    """The words that are text: neither blank nor noise (see :func:`is_noise`)."""
    return [w for w in words if w.text.strip() and not is_noise(w)]


def text_height(lines: Sequence[Sequence[Word]]) -> float:
    """The text's height: the median height of the lines' words."""
    return statistics.median(w.height for line in lines for w in line)


# Glyphs that reach below the baseline: a word holding one ends lower than its line's baseline.
_DESCENDERS = frozenset("gjpqyQ(),;[]{}|/_")


def baseline(line: Sequence[Word]) -> float:
    """Where the line's letters stand: the words' bottoms, those with a descender left out
    (a header of "Nilai (Rp)" and "Keterangan" would otherwise sit lower than it does, and its
    spacing to the first row pass for a wrapped cell's)."""
    plain = [w.y1 for w in line if _DESCENDERS.isdisjoint(w.text)]
    return statistics.median(plain or [w.y1 for w in line])


def words_outside(words: Sequence[Word], boxes: Sequence[Box]) -> list[Word]:
    return [w for w in words if not any(b.holds(w) for b in boxes)]
