"""The rows and cells of an unruled table, from its lines and its column edges.

Words go to the column that holds their centre (an indented code-and-name pair split into its
two sub-columns), lines are grouped into rows, and a wrapped cell's lines are joined. Lines of
``Label : value`` or most rows one cell wide are no table. Separate from where the table starts
and ends (:mod:`unruled_tables`).
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence

from samarinda_extraction.domain.cell_text import cell_text
from samarinda_extraction.domain.column_edges import kept_edges
from samarinda_extraction.domain.column_gutters import GUESS
from samarinda_extraction.domain.ocr_words import (
    NUMBER_WORD,
    Box,
    OcrTable,
    Word,
    baseline,
    slot_of,
    split_at_gaps,
    text_height,
)
from samarinda_extraction.domain.table_rows import header_wraps, row_starts


def unruled_table(lines: list[list[Word]], edges: list[int], min_columns: int) -> OcrTable | None:
    def columns_of(line: list[Word]) -> dict[int, list[Word]]:
        cells: dict[int, list[Word]] = {}
        for word in line:
            column = slot_of(edges, word.cx)
            if column is not None:
                cells.setdefault(column, []).append(word)
        return cells

    edges, lines = kept_edges(lines, edges)
    height = text_height(lines)
    # Words of an indented pair of columns (a code and its name, both indented by level) that
    # stand in the name's sub-column: one column more right of the pair.
    columns = range(len(edges) - 1)
    in_column = [[[w for w in line if slot_of(edges, w.cx) == c] for line in lines] for c in columns]
    pairs = {c: seconds for c, cells in enumerate(in_column) if (seconds := indented_pair(cells, height))}
    if pairs:
        slot = columns_of

        def columns_of(line: list[Word]) -> dict[int, list[Word]]:
            cells: dict[int, list[Word]] = {}
            for column, words in slot(line).items():
                for word in words:
                    moved = column + sum(1 for c in pairs if c < column or (c == column and word in pairs[c]))
                    cells.setdefault(moved, []).append(word)
            return cells

        edges = [*edges, *([edges[-1]] * len(pairs))]
    if len(edges) - 1 < min_columns:
        return None
    left, right = edges[0], edges[-1] - 1
    cells_of_lines: list[list[str | None]] = []
    boxes_of_lines: list[Box] = []
    for line in lines:
        cells = columns_of(line)
        cells_of_lines.append([cell_text(cells.get(c, [])) for c in range(len(edges) - 1)])
        boxes_of_lines.append(Box(left, min(w.y0 for w in line), right, max(w.y1 for w in line)))
    if _has_colon_column(cells_of_lines):
        return None  # ``Label : value`` lines: a form, read as text lines (see form_layout)
    # A cell of guesses alone (``GUESS``) starts no row: a smudge read beside a wrapped cell's
    # second line would make it a row of its own.
    sure = [
        {c for c, words in columns_of(line).items() if any(w.confidence >= GUESS for w in words)}
        for line in lines
    ]
    starts = row_starts(
        [baseline(line) for line in lines],
        [
            [v is not None and c in held for c, v in enumerate(values)]
            for values, held in zip(cells_of_lines, sure, strict=True)
        ],
        height=height,
        numbers=[
            [v is not None and NUMBER_WORD.fullmatch(v) is not None for v in values]
            for values in cells_of_lines
        ],
    )
    if header_wraps(cells_of_lines):
        starts[1:3] = [False, True]
    # A wrapped cell's words are joined as one (a bracket opened on its first line and closed
    # on the second is no stray bracket).
    words_of_rows: list[dict[int, list[list[Word]]]] = []
    boxes: list[Box] = []
    for line, box, start in zip(lines, boxes_of_lines, starts, strict=True):
        if not words_of_rows or start:
            words_of_rows.append({})
            boxes.append(box)
        else:
            boxes[-1] = Box(left, boxes[-1].y0, right, box.y1)
        for column, words in columns_of(line).items():
            words_of_rows[-1].setdefault(column, []).append(words)
    out = [[cell_text([], cells.get(c, [])) for c in range(len(edges) - 1)] for cells in words_of_rows]
    if 2 * sum(1 for values in out if sum(v is not None for v in values) >= 2) < len(out):
        # Most rows one cell wide: prose (a headline's wide word gaps, a column of text beside
        # a stamp's or a signature's specks), each paragraph glued into a "cell".
        return None
    return OcrTable(out, Box(left, boxes[0].y0, right, boxes[-1].y1), boxes)


# A column is an indented pair when this share of its lines at least (and three) hold two runs of
# words a gutter apart, and this share at most hold more.
_PAIRED_LINES = 0.5
_RUN_ON_LINES = 0.1
# The two runs stand at least this many of the column's median word spaces apart; a word space
# is narrower than this many text heights.
_PAIR_GAP_SPACES = 2.0
_SPACE_HEIGHTS = 1.5


def indented_pair(cells: Sequence[Sequence[Word]], height: float) -> set[Word]:
    """The words of the right sub-column when one column's cells are two columns indented
    together (an account code and its name, both set further right by the account's level): no
    gutter runs down between them, as the deepest level's code reaches past where the top
    level's name begins, yet on most lines the code and the name stand a gutter apart. A line of
    one run (a wrapped name's second line, a total's label without a code) goes with the
    sub-column whose runs start nearest to it. Empty when the column is no such pair: its two
    runs could be told apart by one gutter down the column (a currency sign before right-aligned
    amounts), or its lines rarely hold two runs."""
    ordered = [sorted(cell, key=lambda w: w.x0) for cell in cells if cell]
    # Two runs stand a gutter apart, clearly wider than the column's word spaces: a fixed-pitch
    # font's spaces are nearly as wide as the text is high, and by chance some reach past it.
    # (Gaps wider than a space can be are the gutters themselves, left out of the spaces.)
    spaces = [
        space
        for cell in ordered
        for a, b in itertools.pairwise(cell)
        if (space := b.x0 - a.x1) < _SPACE_HEIGHTS * height
    ]
    gap = max(height, _PAIR_GAP_SPACES * statistics.median(spaces)) if spaces else height
    split = [split_at_gaps(cell, gap) for cell in ordered]
    paired = [segments for segments in split if len(segments) == 2]
    run_on = sum(1 for segments in split if len(segments) > 2)
    if len(paired) < max(3, _PAIRED_LINES * len(split)) or run_on > _RUN_ON_LINES * len(split):
        return set()
    firsts = [segments[0][0].x0 for segments in paired]
    seconds = [segments[1][0].x0 for segments in paired]
    if max(segments[0][-1].x1 for segments in paired) + height < min(seconds):
        return set()
    out: set[Word] = set()
    for segments in split:
        if len(segments) == 1:
            x0 = segments[0][0].x0
            if min(abs(x - x0) for x in seconds) < min(abs(x - x0) for x in firsts):
                out.update(segments[0])
        else:
            out.update(w for segment in segments[1:] for w in segment)
    return out


def _has_colon_column(cells: Sequence[Sequence[str | None]]) -> bool:
    """A column of colons between labels and values: on two labelled lines or more (a cell
    filled left of it), two in three of them at least (OCR turns the odd ``: -`` into ``De``; a
    long value's wrapped line has no label and no colon; a party's "I." numbers only its first
    line)."""
    for column in range(1, max((len(line) for line in cells), default=0)):
        marks = [
            line[column] or ""
            for line in cells
            if line[column] is not None and any(v is not None for v in line[:column])
        ]
        if len(marks) >= 2 and 3 * sum(1 for m in marks if m.startswith(":")) >= 2 * len(marks):
            return True
    return False
