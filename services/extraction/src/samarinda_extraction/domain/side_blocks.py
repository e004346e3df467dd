"""Blocks standing side by side under (or over) a page's text, each read down whole.

Two or three signature blocks at the foot of a page (a title, a blank space for the signature, a
name, an NIP, each block centred in its own column) stand level with each other, and Tesseract
reads them across the page line by line: both titles, then both names, then both NIPs, each
person's lines interleaved with the others'. Such blocks are written one after the other, left
to right, each top to bottom.

Blocks are a run of consecutive rows (top to bottom) whose words, cut at every gap wider than a
word space could be, fall into two or more columns that no piece spans, every row holding at
most one piece of each column: a line across two columns (the body's prose) ends the run. Not
every such run is blocks: a table's rows, a form's labels and values or an amount beside its
label stand in columns too, but follow one another at line spacing, where signature blocks hold
a blank band (the space to sign in) with lines of two columns or more above and below it. Rows
holding a word of a table found on the page are never part of a run, and the run must hold a
line Tesseract read across a gutter (otherwise its own order, column by column, stands). A row
standing over the columns (a date line above the blocks, ending above the top of every other
column) is read first; rows set apart below the blocks (a footer, its left and right parts
under two of the columns) are no part of them.

A signature block can also stand beside a list instead of another block (a letter's copies,
``Lembar 1 : ...``, on the left; the signer's title, space and name on the right): then only the
signature's column holds the blank band, and the list's lines go on level with it. Such a list
to the left of the space is read down whole before the block, as two blocks are.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence

from samarinda_extraction.domain.ocr_tables import Box, Word, split_at_gaps
from samarinda_extraction.domain.sidebars import column_groups, column_order

# A gutter between blocks is at least this many text heights wide (a justified line's word
# space is below one; three centred signature blocks can stand less than two apart).
_GUTTER_HEIGHTS = 1.5
# The blank band of a signature space is at least this many text heights tall (a paragraph's
# spacing is below one and a half).
_BLANK_HEIGHTS = 2.5
# A block's lines above and below its space stand at most this many text heights from the band
# (a shorter title ends a line earlier than its neighbour's; a column whose lines stop far above
# the band and go on far below it, a form's labels over a list of copies, is no block).
_BAND_NEAR = 2.5
# A word of the text is at most this many times its height.
_TALLER = 1.5
# A footer stands at least this many text heights below the blocks (their lines are closer).
_FOOTER_HEIGHTS = 1.5
# Every block has at least so many lines.
_BLOCK_LINES = 2


def blocks_read_down(lines: Sequence[Sequence[Word]], tables: Sequence[Box] = ()) -> list[list[Word]] | None:
    """Tesseract's lines (in its order, ``[]`` between paragraphs) with every run of side-by-side
    blocks (see the module) written as a paragraph of its own where its first line was read: the
    blocks' lines column after column; None when the page has no such blocks."""
    rows = [list(line) for line in lines if line]
    words = [w for row in rows for w in row]
    if not words:
        return None
    height = statistics.median(w.height for w in words)
    order = sorted(rows, key=lambda row: min(w.y0 for w in row))
    runs: list[tuple[list[list[Word]], list[list[Word]]]] = []
    start = 0
    while start < len(order):
        found = _longest_run(order[start:], height, tables)
        found = _blocks_of(*found, height) if found is not None else None
        if found is not None:
            runs.append((found[0], _read_down(found[1])))
            start += len(found[0])
        else:
            start += 1
    if not runs:
        return None
    return _rewritten(lines, runs)


def _longest_run(
    rows: Sequence[list[Word]], height: float, tables: Sequence[Box]
) -> tuple[list[list[Word]], list[list[Word]]] | None:
    """The longest run of rows from the first down that stands in columns: its rows and the
    pieces of their words, one per row and column; None when the first two rows do not."""
    best = None
    for end in range(2, len(rows) + 1):
        pieces = _in_columns(rows[:end], height, tables)
        if pieces is None:
            break
        best = (list(rows[:end]), pieces)
    return best


def _in_columns(rows: Sequence[list[Word]], height: float, tables: Sequence[Box]) -> list[list[Word]] | None:
    """The rows' words cut at every gutter into pieces, when they make two columns or more and
    no row has two pieces in one column; None otherwise."""
    if any(b.holds(w) for row in rows for w in row for b in tables):
        return None
    gutter = _GUTTER_HEIGHTS * height
    pieces: list[list[Word]] = []
    owners: list[int] = []
    for index, row in enumerate(rows):
        for piece in split_at_gaps(sorted(row, key=lambda w: w.x0), gutter):
            pieces.append(piece)
            owners.append(index)
    groups = column_groups([Box.around(piece) for piece in pieces], 0.0)
    if len(groups) < 2:
        return None
    for group in groups:
        if len({owners[i] for i in group}) < len(group):
            return None
    return pieces


def _are_blocks(rows: Sequence[list[Word]], pieces: Sequence[list[Word]], height: float) -> bool:
    groups = column_groups([Box.around(piece) for piece in pieces], 0.0)
    # A signature scribbled into the space (a stamp pressed over it) is read as a few words far
    # taller than the text: they leave the space blank.
    lines = [Box.around(text) for row in rows if (text := _text_sized(row, height))]
    columns = [
        [Box.around(text) for i in group if (text := _text_sized(pieces[i], height))] for group in groups
    ]
    return (
        len(pieces) > len(rows)
        and all(len(group) >= _BLOCK_LINES for group in groups)
        and (_signature_space(lines, columns, height) or _signature_beside_list(columns, height))
    )


def _text_sized(words: Sequence[Word], height: float) -> list[Word]:
    return [w for w in words if w.height <= _TALLER * height]


def _signature_space(rows: Sequence[Box], columns: Sequence[Sequence[Box]], height: float) -> bool:
    """Whether a gap between two rows is a blank band across two columns or more (the space to
    sign in of two blocks at least): lines of theirs just above it and just below it, none within."""
    spans = sorted((row.y0, row.y1) for row in rows)
    near = _BAND_NEAR * height
    for above, below in itertools.pairwise(spans):
        if below[0] - above[1] < _BLANK_HEIGHTS * height:
            continue
        sides = sum(
            1
            for column in columns
            if any(above[1] - near <= b.y1 <= above[1] for b in column)
            and any(below[0] <= b.y0 <= below[0] + near for b in column)
        )
        if sides >= 2:
            return True
    return False


def _signature_beside_list(columns: Sequence[Sequence[Box]], height: float) -> bool:
    """Whether of two columns the right one holds a blank band of its own (a space to sign in:
    lines of the column above and below it) with lines of the left one going on level with the
    band, two at least (a table's wrapped cell holds one or two more lines than its neighbours,
    and a table has more columns), the list beginning level with the signer's title or above it.
    Only the column's first band is a space to sign in: a gap below the signer's name (down to a
    footer) is not, and a list that begins below a name stands under the signature, not beside."""
    if len(columns) != 2 or not all(columns):
        return False
    left, right = sorted(columns, key=lambda column: min(b.x0 for b in column))
    ordered = sorted(right, key=lambda b: b.y0)
    for above, below in itertools.pairwise(ordered):
        if below.y0 - above.y1 >= _BLANK_HEIGHTS * height:
            level = [b for b in left if above.y1 <= b.y0 and b.y1 <= below.y0]
            return len(level) >= _BLOCK_LINES and any(b.y0 < above.y1 for b in left)
    return False


def _blocks_of(
    rows: list[list[Word]], pieces: list[list[Word]], height: float
) -> tuple[list[list[Word]], list[list[Word]]] | None:
    """The run's rows that are blocks, and their pieces: the run without its last rows when a
    gap sets them apart below blocks (a page's footer, its left and right parts level with two
    of the blocks' columns, is a line of its own), or the whole run; None when it is no blocks."""
    for end in range(len(rows) - 1, 1, -1):
        if min(w.y0 for row in rows[end:] for w in row) - max(w.y1 for row in rows[:end] for w in row) < (
            _FOOTER_HEIGHTS * height
        ):
            continue
        below = {id(w) for row in rows[end:] for w in row}
        kept = [piece for piece in pieces if id(piece[0]) not in below]
        if _are_blocks(rows[:end], kept, height):
            return rows[:end], kept
    return (rows, pieces) if _are_blocks(rows, pieces, height) else None


def _read_down(pieces: Sequence[list[Word]]) -> list[list[Word]]:
    reading = column_order([Box.around(piece) for piece in pieces], 0.0)
    return [pieces[i] for i in reading] if reading is not None else list(pieces)


def _rewritten(
    lines: Sequence[Sequence[Word]], runs: Sequence[tuple[list[list[Word]], list[list[Word]]]]
) -> list[list[Word]]:
    """The lines with each run's rows taken out, and its blocks put in as a paragraph where the
    first of its rows stood."""
    run_of = {id(row_word): index for index, (rows, _) in enumerate(runs) for row in rows for row_word in row}
    out: list[list[Word]] = []
    written: set[int] = set()
    for line in lines:
        run = run_of.get(id(line[0])) if line else None
        if run is None:
            out.append(list(line))
        elif run not in written:
            written.add(run)
            out.extend([[], *runs[run][1], []])
    return out
