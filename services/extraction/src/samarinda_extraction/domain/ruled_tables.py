"""Tables whose every row and column is ruled: the cells are the boxes between the rules.

Each word goes to the cell that holds its centre, so a cell wrapped onto two lines stays one
cell; a ruled row that holds several rows (a rule the scan lost) is cut where its lines start
rows of their own. Separate from the unruled finder: here the rules, not the words' alignment,
decide the columns.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence
from dataclasses import replace

from samarinda_extraction.domain.cell_text import cell_text
from samarinda_extraction.domain.ocr_words import (
    Box,
    Grid,
    OcrTable,
    Word,
    baseline,
    has_text,
    slot_of,
    visual_rows,
)
from samarinda_extraction.domain.table_rows import row_starts

# A table's usual column holds a word or more: this many times as wide as the text is tall.
_MIN_COLUMN_HEIGHTS = 2.0


def columns_hold_words(grid: Grid, text_height: float) -> bool:
    """Whether the grid's columns are, as a rule, wide enough for a word and most of its rows
    tall enough for a line. The stems of a line of bold capitals or a signature's name over a
    double rule, joined on a fax, pass for a grid whose columns are a letter wide or whose rows
    are the gaps between two rules; its cells would scatter that line's words."""
    widths = [b - a for a, b in itertools.pairwise(grid.xs)]
    heights = [b - a for a, b in itertools.pairwise(grid.ys)]
    tall = sum(1 for h in heights if h >= text_height)
    return statistics.median(widths) >= _MIN_COLUMN_HEIGHTS * text_height and 2 * tall > len(heights)


def ruled_table(words: Sequence[Word], grid: Grid) -> OcrTable | None:
    """The rows of a table whose every row and column is ruled. A rule the scan lost (a faint
    line on a fax) would join two rows into one cell pair: lines inside one ruled row that
    each fill half the columns or more are rows of their own (see :func:`row_starts`)."""
    if len(grid.xs) < 3 or len(grid.ys) < 3:
        return None
    columns = len(grid.xs) - 1
    by_row: dict[int, list[Word]] = {}
    for word in words:
        row, column = slot_of(grid.ys, word.cy), slot_of(grid.xs, word.cx)
        if row is not None and column is not None:
            # A word Tesseract read together with ink across its row's rule (a speck, what is
            # left of the rule) stands as high as its row lets it: its middle, off its line's,
            # would make a line of its own.
            inside = replace(word, y0=max(word.y0, grid.ys[row]), y1=min(word.y1, grid.ys[row + 1]))
            by_row.setdefault(grid.merged_row(row, column), []).append(inside)
    rows: list[list[str | None]] = []
    row_boxes: list[Box] = []
    for r in range(len(grid.ys) - 1):
        for top, bottom, part in _split_ruled_row(by_row.get(r, []), grid, grid.ys[r], grid.ys[r + 1]):
            cells: dict[int, list[Word]] = {}
            for word in part:
                cells.setdefault(grid.merged_column(r, slot_of(grid.xs, word.cx) or 0), []).append(word)
            values = [cell_text(cells.get(c, [])) for c in range(columns)]
            if any(v is not None for v in values):
                rows.append(values)
                row_boxes.append(Box(grid.xs[0], top, grid.xs[-1], bottom))
    if len(rows) < 2:
        return None
    return OcrTable(rows, Box(grid.xs[0], grid.ys[0], grid.xs[-1], grid.ys[-1]), row_boxes)


def _split_ruled_row(
    words: list[Word], grid: Grid, top: float, bottom: float
) -> list[tuple[float, float, list[Word]]]:
    lines = visual_rows(words)
    if len(lines) < 2:
        return [(top, bottom, words)]
    # A cell holding marks alone (a speck read as ":" or ".") is filled by no text: in the first
    # column it would pass for a key and start a row in the middle of a wrapped cell.
    filled = [
        [any(slot_of(grid.xs, w.cx) == c and has_text(w) for w in line) for c in range(len(grid.xs) - 1)]
        for line in lines
    ]
    starts = row_starts([baseline(line) for line in lines], filled, by_spacing=False)
    # A row as tall as two of its siblings or more may have lost a rule: its keyed lines are
    # rows, each under a part that is a row itself (a line across half its columns or more). A
    # row of one tall cell wrapped onto three lines beside rows of one line is as tall, and its
    # first line, that cell's alone, is no row. Otherwise a key (the first column) set in the
    # middle of its row's lines, the cells centred vertically, claims the lines above it: a
    # line starts a row only under a part that already has its own key.
    lost_rule = bottom - top >= _LOST_RULE_HEIGHTS * statistics.median(
        b - a for a, b in itertools.pairwise(grid.ys)
    )
    parts: list[tuple[float, float, list[Word]]] = []
    whole = False  # whether the last part has a line across half the columns or more
    for line, start, cells in zip(lines, starts, filled, strict=True):
        keyed = bool(parts) and any(slot_of(grid.xs, w.cx) == 0 and has_text(w) for w in parts[-1][2])
        if start and parts and ((lost_rule and whole) or keyed):
            cut = (max(w.y1 for w in parts[-1][2]) + min(w.y0 for w in line)) / 2
            parts[-1] = (parts[-1][0], cut, parts[-1][2])
            parts.append((cut, bottom, list(line)))
            whole = False
        elif parts:
            parts[-1][2].extend(line)
        else:
            parts.append((top, bottom, list(line)))
        whole = whole or 2 * sum(cells) >= len(cells)
    return parts


# A ruled row this many times as tall as its table's usual row holds rows whose rules the scan lost.
_LOST_RULE_HEIGHTS = 1.8
