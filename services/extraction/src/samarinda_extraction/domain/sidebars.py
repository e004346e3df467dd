"""A sidebar beside a page's text, cut off the lines Tesseract joined it to and read as a column.

Tesseract's layout analysis takes a narrow column beside the body (a leaflet's shaded sidebar of
figures and contacts) for the ends of the body's lines wherever the two stand roughly level:
"... Pemerintah Kota Samarinda ANGKA PENTING 2025". Such a line is cut at the gutter, and its
sidebar piece becomes a paragraph of its own, so that the page's columns can be read down whole.

A gutter is a strip of the page, wider than any word space, that no word crosses over a run of
consecutive rows, with body text (several lines of prose) on its left and a column of text on
its right. Tesseract must have read part of that column apart already (lines of its own, each
level with a line of the body): a form's labels and values, or a table's columns, always stand
level, and are joined in every row; a block under a table's last column (a signature) stands
beside no line of the body.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence

from samarinda_extraction.domain.ocr_tables import Box, Word
from samarinda_extraction.domain.ocr_words import has_text

# A gutter is at least this many text heights wide (a justified line's word space is below one).
_GUTTER_HEIGHTS = 1.5
# Left of it at least so many prose rows (of at least so many words) ...
_PROSE_ROWS = 3
_PROSE_WORDS = 5
# ... right of it at least so many rows, most of them words of letters, ...
_SIDE_ROWS = 5
_WORD_LETTERS = 3
# ... of which Tesseract read at least so many as lines of their own, and joined at least so many.
_OWN_ROWS = 3
_JOINED_ROWS = 1


def cut_at_sidebar(lines: Sequence[Sequence[Word]], tables: Sequence[Box] = ()) -> list[list[Word]] | None:
    """Tesseract's lines (in its order, ``[]`` between paragraphs) with every line of a sidebar's
    rows cut at its gutter, the sidebar pieces of each paragraph a paragraph of their own after
    it; None when the page has no such sidebar."""
    rows = [line for line in lines if line]
    words = [w for line in rows for w in line if not _in_tables(w, tables)]
    if len(words) < 2:
        return None
    height = statistics.median(w.height for w in words)
    # The strip clear down the longest run of rows (a strip at the middle of a short gap can
    # clip a long line's last word and see a gutter only part of the way down).
    found = [
        (len(run), strip, run)
        for strip in _candidate_strips(rows, height)
        if (run := _clear_run(rows, strip, tables)) is not None and _is_sidebar(run, strip, tables)
    ]
    if not found:
        return None
    _, strip, run = max(found, key=lambda item: item[0])
    return _cut(lines, strip, {id(line) for line in run}, tables)


def _in_tables(word: Word, tables: Sequence[Box]) -> bool:
    return any(b.holds(word) for b in tables)


def _candidate_strips(rows: Sequence[Sequence[Word]], height: float) -> list[tuple[float, float]]:
    """The middle of every gap between two words of a line wide enough to be a gutter (specks
    read as punctuation left out)."""
    strips: list[tuple[float, float]] = []
    for line in rows:
        ordered = sorted((w for w in line if has_text(w)), key=lambda w: w.x0)
        for a, b in itertools.pairwise(ordered):
            if b.x0 - a.x1 >= 2 * _GUTTER_HEIGHTS * height:
                middle = (a.x1 + b.x0) / 2
                strips.append((middle - _GUTTER_HEIGHTS * height / 2, middle + _GUTTER_HEIGHTS * height / 2))
    return strips


def _crosses(word: Word, strip: tuple[float, float]) -> bool:
    """Whether a word of text stands in the strip (a speck or a streak read as punctuation, on a
    fax, does not close a gutter)."""
    return _in_strip(word, strip) and has_text(word)


def _in_strip(word: Word, strip: tuple[float, float]) -> bool:
    return word.x0 < strip[1] and word.x1 > strip[0]


def _clear_run(
    rows: Sequence[Sequence[Word]], strip: tuple[float, float], tables: Sequence[Box]
) -> list[Sequence[Word]] | None:
    """The longest run of rows (top to bottom) no word of which crosses the strip, among those
    holding a line with words on both of its sides."""
    ordered = sorted(rows, key=lambda line: min(w.y0 for w in line))
    best: list[Sequence[Word]] = []
    current: list[Sequence[Word]] = []
    for line in [*ordered, None]:
        if line is not None and not any(_crosses(w, strip) and not _in_tables(w, tables) for w in line):
            current.append(line)
            continue
        if len(current) > len(best) and any(_joined(row, strip) for row in current):
            best = current
        current = []
    return best or None


def _joined(line: Sequence[Word], strip: tuple[float, float]) -> bool:
    return any(w.x1 <= strip[0] for w in line) and any(w.x0 >= strip[1] for w in line)


def _is_sidebar(run: Sequence[Sequence[Word]], strip: tuple[float, float], tables: Sequence[Box]) -> bool:
    lefts = [[w for w in line if w.x1 <= strip[0] and not _in_tables(w, tables)] for line in run]
    rights = [[w for w in line if w.x0 >= strip[1] and not _in_tables(w, tables)] for line in run]
    prose = sum(1 for left in lefts if len(left) >= _PROSE_WORDS)
    side = [right for right in rights if right]
    worded = sum(1 for right in side if any(_is_word(w.text) for w in right))
    # A row of its own counts only beside body text (a line of the body level with it): a table's
    # columns below the body (a signature block under a table's last column) are no sidebar.
    bodies = [(min(w.y0 for w in left), max(w.y1 for w in left)) for left in lefts if left]
    own = sum(
        1 for left, right in zip(lefts, rights, strict=True) if right and not left and _level(right, bodies)
    )
    joined = sum(1 for left, right in zip(lefts, rights, strict=True) if right and left)
    return (
        prose >= _PROSE_ROWS
        and len(side) >= _SIDE_ROWS
        and 2 * worded > len(side)
        and own >= _OWN_ROWS
        and joined >= _JOINED_ROWS
    )


def _level(words: Sequence[Word], spans: Sequence[tuple[float, float]]) -> bool:
    top, bottom = min(w.y0 for w in words), max(w.y1 for w in words)
    return any(y0 < bottom and y1 > top for y0, y1 in spans)


def _is_word(text: str) -> bool:
    return sum(c.isalpha() for c in text) >= _WORD_LETTERS


def _cut(
    lines: Sequence[Sequence[Word]], strip: tuple[float, float], run: set[int], tables: Sequence[Box]
) -> list[list[Word]]:
    """The lines with each one of the run cut at the strip: its body piece stays in its paragraph,
    the paragraph's sidebar pieces make a paragraph of their own after it."""
    out: list[list[Word]] = []
    side: list[list[Word]] = []
    for line in [*lines, []]:
        if not line and side:
            out.extend([[], *side])
            side = []
        if id(line) in run:
            # A speck read as punctuation in the gutter belongs to neither column.
            kept = [w for w in line if _in_tables(w, tables) or not _in_strip(w, strip)]
            body = [w for w in kept if w.cx < (strip[0] + strip[1]) / 2 or _in_tables(w, tables)]
            sidebar = [w for w in kept if w not in body]
            out.extend([body] if body else [])
            side.extend([sidebar] if sidebar else [])
        else:
            out.append(list(line))
    return out[:-1]


def column_groups(boxes: Sequence[Box], min_gap: float) -> list[list[int]]:
    """The boxes (a band of the page's units) in columns left to right: cut at every gutter at
    least ``min_gap`` wide that no box crosses. One group when there is no such gutter."""
    order = sorted(range(len(boxes)), key=lambda i: boxes[i].x0)
    groups: list[list[int]] = []
    right = float("-inf")
    for index in order:
        box = boxes[index]
        if groups and box.x0 < right + min_gap:
            groups[-1].append(index)
        else:
            groups.append([index])
        right = max(right, box.x1)
    return groups


def column_order(boxes: Sequence[Box], min_gap: float) -> list[int] | None:
    """The boxes of a band read column by column (see ``column_groups``), each column top to
    bottom, or None when the band is no columns. A box that ends above the top of every box in the
    other columns is not part of a column: it stands over them (a date line over a letter's
    Nomor and Kepada blocks, a title over two header blocks, a signature above a tembusan that
    only looks like a column of its own), and is read first, before the columns are cut again."""
    rest = sorted(range(len(boxes)), key=lambda i: boxes[i].y0)
    above: list[int] = []
    while rest:
        groups = column_groups([boxes[i] for i in rest], min_gap)
        if len(groups) == 1:
            return above + sorted(rest) if above else None
        others = [boxes[rest[i]].y0 for group in groups if 0 not in group for i in group]
        if boxes[rest[0]].y1 > min(others):
            return above + [
                rest[i] for group in groups for i in sorted(group, key=lambda i: boxes[rest[i]].y0)
            ]
        above.append(rest.pop(0))
    return above
