"""Whether a found table is a table, or prose and sidebars that only line up like one.

A table without rules is mostly filled; prose cut at its word gaps is not. A "table" whose
words belong to Tesseract's paragraphs or layout blocks that run on outside it is lines of
text (the pieces of one table a finder cut apart are judged together); columns of numbers make a
table whatever paragraphs were drawn over it. Separate: these judge a table already found, with
the page's paragraphs and blocks as evidence.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence

from samarinda_extraction.domain.cell_marks import without_stray_marks
from samarinda_extraction.domain.ocr_words import Box, OcrTable, Word, visual_rows


def mostly_filled(table: OcrTable) -> bool:
    """Whether two cells in three hold a value: a table without rules is a grid of values
    (its wrapped cells joined); prose cut at its word gaps (a fax's speckled lines, two
    columns of text side by side) leaves many cells empty."""
    cells = [v for row in table.rows for v in row]
    return 3 * sum(1 for v in cells if v is not None) >= 2 * len(cells)


# A paragraph with this share of its words outside a table's box runs on outside it.
_RUNS_ON = 0.2


def cuts_through_paragraphs(box: Box, paragraphs: Sequence[Sequence[Word]]) -> bool:
    """Whether most of the words in ``box`` belong to paragraphs of Tesseract's that go on
    outside it: the "table" is then lines of prose (two columns of a newsletter side by side, a
    justified line's wide word gaps, a heading's strokes taken for a grid), which Tesseract
    read as paragraphs and which written row by row would interleave. A table's cells Tesseract
    reads as paragraphs of their own, as columns inside the table, or as one paragraph with the
    table's title."""
    inside_total = crossing = 0
    for paragraph in paragraphs:
        outside = [w for w in paragraph if not box.holds(w)]
        inside = len(paragraph) - len(outside)
        inside_total += inside
        # A few words outside are the table's title or specks Tesseract joined to its cells; a
        # long title line just above a short table is its title too, however many its words.
        if inside and len(outside) >= _RUNS_ON * len(paragraph) and not _title_above(box, outside):
            crossing += inside
    return 2 * crossing > inside_total


# A title stands this many of its line's heights above the table, at most.
_TITLE_GAP = 2.0


def _title_above(box: Box, words: Sequence[Word]) -> bool:
    """Whether ``words`` are one line just above ``box``: the table's title."""
    rows = visual_rows(words)
    if len(rows) != 1:
        return False
    height = statistics.median(w.height for w in words)
    bottom = max(w.y1 for w in words)
    return bottom <= box.y0 + 0.5 * height and box.y0 - bottom <= _TITLE_GAP * height


# A block of Tesseract's that goes on this many lines outside a table's box runs on outside it
# (one line is a title Tesseract joined to a column) ...
_BLOCK_LINES_OUTSIDE = 2
# ... and holds the words of a column when they reach down this share of the box's height ...
_BLOCK_DOWN_THE_BOX = 0.5
# ... but not across this share of its width: a block holding the words of every column is the
# table itself, run on from the lines above it (a letter's sentence introducing the table).
_BLOCK_ACROSS_THE_BOX = 0.9


def joins_running_blocks(box: Box, words: Sequence[Word]) -> bool:
    """Whether the "table" in ``box`` sets a column of one of Tesseract's layout blocks beside
    another block's lines, the first block going on for lines above or below the box: a shaded
    sidebar next to the body's text, whose lines fall level by chance and, written row by row,
    would interleave two texts. A table's columns Tesseract reads as blocks that end with it."""

    inside = [w for w in words if box.holds(w)]
    blocks = {w.block for w in inside if w.block >= 0}
    if len(blocks) < 2:
        return False
    for block in blocks:
        mine = [w for w in inside if w.block == block]
        outside = [w for w in words if w.block == block and not box.holds(w)]
        if len(visual_rows(outside)) < _BLOCK_LINES_OUTSIDE or len(outside) < _RUNS_ON * (
            len(mine) + len(outside)
        ):
            continue
        wide = max(w.x1 for w in mine) - min(w.x0 for w in mine)
        tall = max(w.y1 for w in mine) - min(w.y0 for w in mine)
        if wide < _BLOCK_ACROSS_THE_BOX * (box.x1 - box.x0) and tall >= _BLOCK_DOWN_THE_BOX * (
            box.y1 - box.y0
        ):
            return True
    return False


# Tables one above the other at most this many text heights apart are pieces of one table.
_STACK_GAP = 1.5


def stacked_extent(index: int, boxes: Sequence[Box], height: float) -> Box:
    """The box of table ``index`` joined with the tables found straight above and below it, each
    within ``_STACK_GAP`` text heights of the next and sharing most of its width: an unruled
    table's finder cuts it where a row leaves a column empty or a gutter narrows, while
    Tesseract reads each of its columns as one block down all the pieces. Judged piece by
    piece, each column block would run on outside the piece, as a sidebar's does."""
    order = sorted(range(len(boxes)), key=lambda i: boxes[i].y0)
    at = order.index(index)
    first = last = at

    def joined(a: Box, b: Box) -> bool:
        overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
        return b.y0 - a.y1 <= _STACK_GAP * height and overlap > 0.5 * max(a.x1 - a.x0, b.x1 - b.x0)

    while first > 0 and joined(boxes[order[first - 1]], boxes[order[first]]):
        first -= 1
    while last < len(order) - 1 and joined(boxes[order[last]], boxes[order[last + 1]]):
        last += 1
    stack = [boxes[order[i]] for i in range(first, last + 1)]
    return Box(
        min(b.x0 for b in stack), min(b.y0 for b in stack), max(b.x1 for b in stack), max(b.y1 for b in stack)
    )


# A cell holding a number alone (a row number, a quantity, an amount, a percentage), or a code
# written in digit groups a space apart (an NIP).
_NUMBER_CELL = re.compile(r"[\d.,%]*\d[\d.,%]*(?: [\d.,%]*\d[\d.,%]*)*")
# A column of numbers: this many of them, and nothing but numbers below the header.
_MIN_NUMBERS_IN_COLUMN = 4


def number_columns(table: OcrTable) -> int:
    """How many of the table's columns hold, below its first row, only numbers and at least
    four of them. Two such columns make a table whatever paragraphs Tesseract drew over it (it
    can run a paragraph from a table's rows on into the signature lines under it); prose cut
    at its word gaps never lines numbers up in a column. A speck read at a number's edge (a
    fax's, a skewed scan's) is no word in the column, and a label in the last row is a total's
    (an amount column's first cells run on into "Jumlah seluruhnya")."""
    body = table.rows[1:]
    count = 0
    for column in range(len(table.rows[0]) if table.rows else 0):
        cells = [without_stray_marks(row[column]) if column < len(row) else None for row in body]
        values = [v for v in cells if v]
        words = [v for v in values if not _NUMBER_CELL.fullmatch(v)]
        total = bool(cells) and words == [cells[-1]]
        numbers = len(values) - len(words)
        count += numbers >= _MIN_NUMBERS_IN_COLUMN and (not words or total)
    return count
