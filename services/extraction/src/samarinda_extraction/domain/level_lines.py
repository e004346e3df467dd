"""Short blocks Tesseract read apart from the lines they stand level with, put back in their rows.

Tesseract's layout analysis cuts a column of amounts off its labels, and the right-hand one of
two or three signature columns off the others, and reads it after everything to its left (the
page's footer included): "Uang muka Rp" pages away from its "7.450.000". Such a block is read
after a paragraph that stands wholly below it, is short (a few lines, or nothing but numbers),
and its lines stand level with lines to their left; it is written into those rows, left to
right, and a line of it level with none goes between the rows it stands between. Tesseract can
also read such a column of amounts as the head of the block standing below it across a blank band
(the last amount over a signature block): those lines of numbers are a block of their own.

Columns of text are left alone: a block inside a column of prose (paragraphs of several lines
of several words that leave room beside them) is never moved, and nothing is moved into one; a
prose paragraph across the whole text width (a letter's body) is no column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from samarinda_extraction.domain.ocr_tables import Box, Word, split_paragraphs

# A block of at most so many lines may be moved (a signature column, a date); a column of
# numbers however long.
_SHORT_BLOCK = 3
# Prose: a paragraph of at least so many lines of at least so many words on average ...
_PROSE_LINES = 3
_PROSE_WORDS = 5
# ... that is a column when it spans less than this share of the page's text width.
_COLUMN_SHARE = 0.75
# Two lines are level when they share this much of the lower one's height.
_LEVEL = 0.5
# A blank band this many text heights tall between a paragraph's lines sets its lines of numbers
# above apart from the rest (a paragraph's line spacing leaves well under one).
_APART_HEIGHTS = 1.5
_NUMBER = re.compile(r"^[\d.,%()/:-]*\d[\d.,%()/:-]*$")


def level_rows(lines: Sequence[Sequence[Word]], tables: Sequence[Box] = ()) -> list[list[Word]]:
    """Tesseract's lines (in its order, ``[]`` between paragraphs) with each short block that
    stands beside lines to its left written into their rows (see the module)."""
    paragraphs = [piece for p in split_paragraphs(lines) for piece in _numbers_apart(p)]
    words = [w for p in paragraphs for line in p for w in line]
    if not words:
        return [list(line) for line in lines]
    left, right = min(w.x0 for w in words), max(w.x1 for w in words)
    columns = [
        _span(p)
        for p in paragraphs
        if _is_prose(p) and _span(p)[1] - _span(p)[0] < _COLUMN_SHARE * (right - left)
    ]
    tops = [min(w.y0 for line in p for w in line) for p in paragraphs]
    moved = False
    for index, block in enumerate(paragraphs):
        bottom = max(w.y1 for line in block for w in line) if block else 0
        # Only a block read after a paragraph standing wholly below it is out of place (a block
        # beside labels and read after them, an addressee's, is where it belongs).
        if not any(top >= bottom for top in tops[:index]) or not _movable(block, tables, columns):
            continue
        x0 = min(w.x0 for line in block for w in line)
        targets: list[tuple[int, int] | None] = [
            _level_line(line, paragraphs, index, x0, columns) for line in block
        ]
        if sum(t is not None for t in targets) < min(2, len(block)):
            continue
        home = next(t for t in targets if t is not None)
        for line, target in zip(block, targets, strict=True):
            if target is None:
                _insert_by_height(paragraphs, home[0], list(line))
            else:
                p, n = target
                paragraphs[p][n] = sorted([*paragraphs[p][n], *line], key=lambda w: w.x0)
                home = target
        paragraphs[index] = []
        moved = True
    if not moved:
        return [list(line) for line in lines]
    out: list[list[Word]] = []
    for paragraph in (p for p in paragraphs if p):
        if out:
            out.append([])
        out.extend(paragraph)
    return out


def _numbers_apart(paragraph: list[list[Word]]) -> list[list[list[Word]]]:
    """The paragraph, or its first lines of numbers only and the rest when a blank band parts
    them (an amount column's last amount read with the signature block below it)."""
    for n in range(1, min(len(paragraph), _SHORT_BLOCK + 1)):
        if not all(_NUMBER.match(w.text) for w in paragraph[n - 1]):
            break
        above, below = paragraph[:n], paragraph[n:]
        height = max(w.height for line in above for w in line)
        if min(w.y0 for w in below[0]) - max(w.y1 for line in above for w in line) >= _APART_HEIGHTS * height:
            return [above, below]
    return [paragraph]


def _span(paragraph: Sequence[Sequence[Word]]) -> tuple[float, float]:
    return min(w.x0 for line in paragraph for w in line), max(w.x1 for line in paragraph for w in line)


def _is_prose(paragraph: Sequence[Sequence[Word]]) -> bool:
    return len(paragraph) >= _PROSE_LINES and sum(len(line) for line in paragraph) >= _PROSE_WORDS * len(
        paragraph
    )


def _in_column(x0: float, x1: float, columns: Sequence[tuple[float, float]]) -> bool:
    return any(min(x1, c1) - max(x0, c0) > 0.5 * (x1 - x0) for c0, c1 in columns)


def _movable(
    block: Sequence[Sequence[Word]], tables: Sequence[Box], columns: Sequence[tuple[float, float]]
) -> bool:
    words = [w for line in block for w in line]
    if not words or _is_prose(block) or _in_column(*_span(block), columns):
        return False
    if any(b.holds(w) for w in words for b in tables):
        return False
    return len(block) <= _SHORT_BLOCK or all(_NUMBER.match(w.text) for w in words)


def _level_line(
    line: Sequence[Word],
    paragraphs: Sequence[Sequence[Sequence[Word]]],
    own: int,
    x0: float,
    columns: Sequence[tuple[float, float]],
) -> tuple[int, int] | None:
    """The line of another paragraph level with ``line`` and ending left of the block, if one."""
    top, bottom = min(w.y0 for w in line), max(w.y1 for w in line)
    for p, paragraph in enumerate(paragraphs):
        if p == own:
            continue
        for n, other in enumerate(paragraph):
            o_top, o_bottom = min(w.y0 for w in other), max(w.y1 for w in other)
            shared = min(bottom, o_bottom) - max(top, o_top)
            if shared < _LEVEL * min(bottom - top, o_bottom - o_top) or max(w.x1 for w in other) > x0:
                continue
            if _in_column(min(w.x0 for w in other), max(w.x1 for w in other), columns):
                return None
            return p, n
    return None


def _insert_by_height(paragraphs: list[list[list[Word]]], p: int, line: list[Word]) -> None:
    """A line of a moved block level with no row goes among paragraph ``p``'s rows by its height."""
    top = min(w.y0 for w in line)
    rows = paragraphs[p]
    at = next((n for n, row in enumerate(rows) if min(w.y0 for w in row) > top), len(rows))
    rows.insert(at, line)
