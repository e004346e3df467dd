"""A "table" found across the gutter of a page set in two columns of text.

Tesseract can read two columns of a report side by side as one block, each line joined across
the gutter; where a column's prose lines stand level with a key-value list in the other column,
the unruled-table finder then sees rows of three or more cells. A table's gutters end with the
table (the text above and below it runs across the page, or stands on one side only); a
page's gutter between two columns of text runs on for lines above and below the "table", with
words on both sides of it and none across it.
"""

from __future__ import annotations

from collections.abc import Sequence

from samarinda_extraction.domain.ocr_tables import Box, Word, split_at_gaps, visual_rows

# Only a gap this far into the box's width is a gutter between two text columns: a key-value
# list's labels or a table's number column stand close to one side.
_MIDDLE_FROM = 0.25
_MIDDLE_TO = 0.75
# A gap at least this many text heights wide is a gutter (a word space is ~0.3 of one).
_GUTTER_HEIGHTS = 1.5
# Lines further apart than this many text heights (edge to edge) are no longer one column's
# running text (a paragraph break is about one; signature blocks under a table stand further).
_MAX_LINE_GAP = 2.0
# The gutter runs on outside the box for this many lines (a header row or a total written with
# the table's columns is one or two).
_LINES_RUN_ON = 3
# A column's line starts within this many text heights of the box's left edge (a paragraph's
# indent is about two).
_EDGE_HEIGHTS = 3.0


def gutter_runs_on(box: Box, words: Sequence[Word]) -> bool:
    """Whether a gap down the middle part of the box's words runs on, blank, through at least
    ``_LINES_RUN_ON`` lines above and below the box that write on both sides of it."""
    inside = [w for w in words if box.holds(w)]
    if not inside:
        return False
    height = sorted(w.height for w in inside)[len(inside) // 2]
    outside = [w for w in words if not box.holds(w) and w.x1 > box.x0 and w.x0 < box.x1]
    above = [row for row in visual_rows(outside) if row[0].cy < box.y0][::-1]
    below = [row for row in visual_rows(outside) if row[0].cy > box.y1]
    for gap in _middle_gaps(box, inside, height):
        beside = _lines_beside(above, gap, box, box.y0, height)
        beside += _lines_beside(below, gap, box, box.y1, height)
        if beside >= _LINES_RUN_ON:
            return True
    return False


def _middle_gaps(box: Box, words: Sequence[Word], height: float) -> list[float]:
    """The middles of the blank strips, a gutter wide, that no word in the box crosses, in the
    middle part of the box's width."""
    spans = sorted((w.x0, w.x1) for w in words)
    gaps: list[float] = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= _GUTTER_HEIGHTS * height:
            middle = (reach + x0) / 2
            if _MIDDLE_FROM <= (middle - box.x0) / max(box.x1 - box.x0, 1) <= _MIDDLE_TO:
                gaps.append(middle)
        reach = max(reach, x1)
    return gaps


def _one_run(words: Sequence[Word], height: float) -> bool:
    """Whether words of a line stand as one run, no gap a gutter wide between them."""
    return len(split_at_gaps(sorted(words, key=lambda w: w.x0), _GUTTER_HEIGHTS * height)) == 1


def _lines_beside(rows: Sequence[Sequence[Word]], gap: float, box: Box, edge: float, height: float) -> int:
    """How many of the rows, walked away from the box's ``edge``, write on both sides of ``gap``
    before one writes across it or stands apart from the row before."""
    count = 0
    for row in rows:
        top, bottom = min(w.y0 for w in row), max(w.y1 for w in row)
        near, far = (bottom, top) if top < edge else (top, bottom)
        if abs(near - edge) > _MAX_LINE_GAP * height or any(w.x0 < gap < w.x1 for w in row):
            break
        left = [w for w in row if w.x1 <= gap]
        right = [w for w in row if w.x0 >= gap]
        # The left column's line starts at the column's edge and runs on as one piece to the
        # gutter; a table's row goes on there in cells, its wrapped cells' lines away from the edge.
        from_edge = bool(left) and min(w.x0 for w in left) - box.x0 <= _EDGE_HEIGHTS * height
        count += from_edge and bool(right) and _one_run(left, height)
        edge = far
    return count
