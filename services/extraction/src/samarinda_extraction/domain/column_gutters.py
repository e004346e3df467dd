"""Where an unruled table's columns are divided: the gutters its words leave.

The x ranges that run down the lines with no word in them (a few crossing whole allowed), wide
ones on a few lines, narrow ones (as narrow as a word space) where words stand at their edge on
enough lines. Separate: it sees only x positions, and :mod:`column_edges` decides which gutters
are real column breaks.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence

import numpy as np

from samarinda_extraction.domain.ocr_words import NUMBER_WORD, Word, split_at_gaps, text_height

# A gutter between two columns is at least this share of the text height wide, and lines whose
# words cross it whole may number this share of the table's: a row number Tesseract glued to the
# code beside it, a header centred over two columns.
_GUTTER_WIDTH = 0.45
# A gutter narrower than the text height is as wide as a word space can be: it must separate
# words on this share of the lines (a narrow number column beside its codes does on every row;
# the space in "per 1.000" of a unit column on the few rows that have one does not).
NARROW_GUTTER = 1.0
_NARROW_SUPPORT = 1 / 3
# A word stands at a gutter's edge when it ends or starts this share of the text height from it.
_EDGE_TOLERANCE = 0.5
_CROSSING_SHARE = 1 / 5
# A word read below this confidence closes no gutter: Tesseract's guess at a smudge, or a word it
# ran into a mark beside it ("“printer" of a quote mark left of it), is no evidence of where a
# column's words stand (it stays in its cell's text).
GUESS = 20.0
# A gutter separates words on this many lines at least: two rows that begin with the same word
# leave a gap after it that is no column's.
_GUTTER_LINES = 3
# A word read with a speck beside it comes back below this confidence (a clean word reads 90+).
_SPECKED_CONFIDENCE = 80.0


def gutters(
    lines: Sequence[Sequence[Word]], height: float, sparse_columns: bool = True, headed: bool = True
) -> list[int]:
    """Column edges of an unruled table from its words' x-alignment (as a "stream" table reader
    does): the middles of the x ranges that run down through the rows with no word in them, a
    few words crossing them whole allowed. Edges are the table's left end, the gutters' middles
    and its right end + 1.

    Gaps between segments would merge a narrow number column into the next (its numbers stand
    a word space from the code beside them); the gap between words found in every row is a
    gutter however narrow. A sparse column (a value in two rows of twenty) is no gutter: its
    words lie inside the range instead of crossing it. Without ``sparse_columns`` (the columns
    of a page's text) a few words may also lie inside (a headline's or a footer's, across the
    page).

    With ``headed`` (a table's lines, its header first) how wide a gutter is, wide or as narrow
    as a word space, is judged on the body's lines: a header wider than the values under it
    (centred "Harga (Rp)" over right-aligned amounts) narrows their gutter to a word space at the
    top line only, and the column would merge with its neighbour. The edge still falls in the
    gap the header leaves, so that no header word is cut."""
    left = min(w.x0 for line in lines for w in line)
    right = max(w.x1 for line in lines for w in line)
    width = right - left + 1
    open_ = _open_ranges(lines, left, width, sparse_columns)
    body_open = _open_ranges(lines[1:], left, width, sparse_columns) if headed and len(lines) > 2 else open_
    widest: dict[tuple[int, int], tuple[int, int]] = {}
    for a, b in _true_runs(open_):
        if a > 0 and b < width and b - a >= _GUTTER_WIDTH * height:
            # One body gutter is one column break, in the widest gap its header leaves (the
            # spaces between a header's own words over it are none).
            body = _run_of(body_open, a, b)
            if body not in widest or b - a > widest[body][1] - widest[body][0]:
                widest[body] = (a, b)
    middles = [
        left + (a + b) // 2
        for body, (a, b) in sorted(widest.items(), key=lambda item: item[1])
        if _is_gutter(lines, left + a, left + b, height, body[1] - body[0])
    ]
    return [left, *middles, right + 1]


def _open_ranges(lines: Sequence[Sequence[Word]], left: int, width: int, sparse_columns: bool) -> np.ndarray:
    """Per x position from ``left``, whether it runs down the lines with no word in it (a few
    crossing it whole allowed)."""
    coverage = np.zeros(width, dtype=np.int32)
    for line in lines:
        covered = np.zeros(width, dtype=bool)
        for w in line:
            if w.confidence >= GUESS:
                x0, x1 = _inked(w)
                covered[x0 - left : x1 - left] = True
        coverage += covered
    open_ = coverage <= int(_CROSSING_SHARE * len(lines))
    # A run of words a word space apart on a line two cells or more short of the fullest is one
    # cell merged across columns (a group row's long name): it crosses a gutter whole although its
    # words, one by one, lie in it, and where it ends inside a gutter (a shorter group name) it
    # runs on from the columns on its left, no column's words. (On a full line such a run is two
    # cells a scan ran together.)
    height = text_height(lines) if lines else 0.0
    split = [split_at_gaps(line, height) for line in lines]
    most = max((len(segments) for segments in split), default=0)
    merged = [segment for segments in split if len(segments) <= most - 2 for segment in segments]
    for _ in range(3 if sparse_columns else 0):
        runs = _true_runs(open_)
        blocked = open_.copy()
        for a, b in runs:
            for segment in (segment for segments in split for segment in segments):
                if segment in merged and segment[0].x0 - left <= a:
                    continue
                for w in segment:
                    x0, x1 = (x - left for x in _inked(w))
                    # A speck read as a quote mark blocks no gutter.
                    inside = (
                        x0 < b and x1 > a and any(ch.isalnum() for ch in w.text) and w.confidence >= GUESS
                    )
                    # A word whose box crosses the range whole crosses it, however its trailing
                    # marks are left off: the marks of a word Tesseract ran across the gutter ("1:"
                    # for a row number and the "Jl." beside it) reach the other column.
                    crosses = min(x0, w.x0 - left) <= a and max(x1, w.x1 - left) >= b
                    if inside and not crosses and not _widened_by_a_speck(w, x0, x1, a, b):
                        blocked[max(a, x0) : min(b, x1)] = False
        if np.array_equal(blocked, open_):
            break
        open_ = blocked
    return open_


def _widened_by_a_speck(word: Word, x0: int, x1: int, a: int, b: int) -> bool:
    """Whether the word (inked from ``x0`` to ``x1``) reaches into the range [a, b) from beside
    it, most of it outside, because a speck was read with it: its box runs on over the speck,
    and it comes back less sure or with the speck as a mark before it. It is the next column's
    word, in no column of its own there. (A right-aligned column's widest number reaches into
    the gap before it as surely read: it does close the gap there.)"""
    within = min(b, x1) - max(a, x0)
    reaches = (x0 < a or x1 > b) and 2 * within < x1 - x0
    specked = word.confidence < _SPECKED_CONFIDENCE or not word.text[:1].isalnum()
    return reaches and specked


_TRAILING_MARKS = re.compile(r"[^\w%)]+$")


def _inked(word: Word) -> tuple[int, int]:
    """The x range of a word without the marks a noisy scan glued to its end (a speck's dash or
    comma after an amount), left off in proportion to their share of its characters, so that
    they do not close the gutter the word ends at. (A mark before a word read surely stays: it
    may be the column's own, an opening quote.)"""
    marks = _TRAILING_MARKS.search(word.text)
    if marks is None or marks.start() == 0:
        return word.x0, word.x1
    return word.x0, round(word.x0 + (word.x1 - word.x0) * marks.start() / len(word.text))


def _run_of(flags: np.ndarray, a: int, b: int) -> tuple[int, int]:
    """The run of ``flags`` that holds [a, b) ([a, b) itself if none does)."""
    return next(((c, d) for c, d in _true_runs(flags) if c <= a and b <= d), (a, b))


def _is_gutter(lines: Sequence[Sequence[Word]], x0: int, x1: int, height: float, width: int) -> bool:
    """Whether the range separates words on enough lines: a wide one (``width``, as the body's
    lines leave it) on a few (at least two or three), a narrow one on a third of the lines that
    reach past it with a word standing at its edge (a column's aligned edge: left-aligned text
    starts there, right-aligned numbers end there; words far off on either side say nothing
    about a gap as wide as a word space). Lines that end before the range (a wrapped cell's
    lines of a column further left) say nothing about it either."""
    least = min(_GUTTER_LINES, max(2, len(lines) - 1))
    if width >= NARROW_GUTTER * height:
        return _separated(lines, x0, x1, None) >= least
    reaching = sum(1 for line in lines if any(w.x0 >= x1 for w in line))
    if _separated(lines, x0, x1, _EDGE_TOLERANCE * height) >= max(least, _NARROW_SUPPORT * reaching):
        return True
    return _separated(lines, x0, x1, None) >= least and _before_aligned_numbers(lines, x0, x1, height)


# Right-aligned numbers: this share of a column's numbers end within the edge tolerance of their
# median end.
_ALIGNED_SHARE = 2 / 3


def _before_aligned_numbers(lines: Sequence[Sequence[Word]], x0: int, x1: int, height: float) -> bool:
    """Whether the words right after the range are numbers right-aligned down the column (a
    column of amounts): their aligned right ends are a column's edge, and the gap left of them,
    however narrow where the widest amount comes close to the text before it, is its gutter."""
    middle = (x0 + x1) / 2
    nexts = [min((w for w in line if w.x0 >= middle), key=lambda w: w.x0, default=None) for line in lines]
    found = [w for w in nexts if w is not None]
    ends = [_inked(w)[1] for w in found if NUMBER_WORD.fullmatch(w.text.strip(",.-:;'")) is not None]
    if len(ends) < max(_GUTTER_LINES, _ALIGNED_SHARE * len(found)):
        return False
    median = statistics.median(ends)
    return sum(1 for end in ends if abs(end - median) <= _EDGE_TOLERANCE * height) >= _ALIGNED_SHARE * len(
        ends
    )


def _separated(lines: Sequence[Sequence[Word]], x0: int, x1: int, near: float | None) -> int:
    """How many lines have words on both sides of the range (one of them within ``near`` of
    its edge, if given). A word on a side may reach into the range short of its middle: the
    range lets a few words cross its edge by a pixel or two (a right-aligned row number of two
    digits ends a pixel further than one of one digit), and those rows are separated still."""
    middle = (x0 + x1) / 2
    return sum(
        1
        for line in lines
        if any(w.x1 <= middle for w in line)
        and any(w.x0 >= middle for w in line)
        and (near is None or any(x0 - near <= w.x1 <= middle or middle <= w.x0 <= x1 + near for w in line))
    )


def _true_runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """The [start, end) ranges where ``flags`` is true."""
    padded = np.concatenate(([False], flags, [False])).astype(np.int8)
    changes = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b)) for a, b in zip(changes[::2], changes[1::2], strict=True)]
