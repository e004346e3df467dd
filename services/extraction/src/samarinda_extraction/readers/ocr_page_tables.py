"""The page's tables from the kept reading: ruled ones from the grids (their weak cells found,
and read again, and lone dashes in empty cells), unruled ones from the words' alignment, each kept
only when it is a table and not prose or columns; their cells cleaned and corrected. Apart from
the page's text, which only writes the tables found here in their place."""

from __future__ import annotations

import statistics
from collections.abc import Iterator, Sequence
from dataclasses import replace

import numpy as np

from samarinda_extraction.domain.cell_marks import without_stray_marks
from samarinda_extraction.domain.codes import correct_codes
from samarinda_extraction.domain.column_rules import dividing_rules, split_by_rule
from samarinda_extraction.domain.column_styles import in_column_style
from samarinda_extraction.domain.lines_past_tables import lines_run_past
from samarinda_extraction.domain.ocr_tables import (
    Box,
    Grid,
    OcrTable,
    Word,
    banded_grids,
    columns_hold_words,
    cuts_through_paragraphs,
    hairline_marks,
    joins_running_blocks,
    mostly_filled,
    number_columns,
    ruled_table,
    scribbles,
    specks,
    split_paragraphs,
    stacked_extent,
    text_columns,
    unruled_tables,
    wide_strokes,
    words_outside,
)
from samarinda_extraction.domain.row_numbers import row_numbers_apart
from samarinda_extraction.domain.running_gutters import gutter_runs_on
from samarinda_extraction.domain.stacked_amounts import amounts_stacked
from samarinda_extraction.domain.vehicle_numbers import correct_vehicle_numbers
from samarinda_extraction.readers import page_image
from samarinda_extraction.readers.tesseract import Reading

# Cells re-read on their own per table, at most: a day-by-day grid has hundreds of cells of one
# or two letters the page reading skips.
_MAX_CELL_REREADS = 320
_CELL_INSET = 5
_CELL_REREAD_CONFIDENCE = 60.0
# A dash found alone in an empty ruled cell is as sure as a well-read word.
_DASH_CONFIDENCE = 90.0


def page_tables(
    reading: Reading,
    grids: list[Grid],
    rereads: list[list[tuple[list[Word], list[Word]]]],
    rules: Sequence[Box] = (),
) -> list[OcrTable]:
    # Strokes read as letters (a signature, a scanner streak) are ink but no cell's text; nor are
    # specks and smudges.
    strokes = {*scribbles(reading.words), *hairline_marks(reading.words), *specks(reading.words)}
    words = [w for w in reading.words if w not in strokes]
    # A ruled cell's signature read as a few over-wide letters is left out of the grid's cells.
    signed = set(wide_strokes(reading.words))
    cell_words = [w for w in words if w not in signed]
    ruled = [
        t
        for grid, again in zip(grids, rereads, strict=True)
        if (t := ruled_table(_with_cells_read_again(cell_words, again), grid))
        and not lines_run_past(t.box, reading.lines)
    ]
    rest = words_outside(words, [t.box for t in ruled])
    dividers = dividing_rules(rules, rest)
    # Tesseract may run one paragraph from a ruled table's cells on into the lines below it: only
    # the words outside the ruled tables make the paragraphs an unruled table is weighed against.
    paragraphs = [
        loose
        for paragraph in split_paragraphs(reading.lines)
        if (loose := words_outside([w for line in paragraph for w in line], [t.box for t in ruled]))
    ]

    height = statistics.median(w.y1 - w.y0 for w in words) if words else 0.0

    def kept(table: OcrTable, found: list[OcrTable]) -> bool:
        boxes = [t.box for t in found]
        return (
            mostly_filled(table)
            and not amounts_stacked(table, words)
            and (
                number_columns(table) >= 2
                or not (
                    cuts_through_paragraphs(table.box, paragraphs)
                    or joins_running_blocks(
                        stacked_extent(boxes.index(table.box), boxes, height), reading.words
                    )
                    or gutter_runs_on(table.box, reading.words)
                )
            )
        )

    candidates = unruled_tables(rest)
    unruled = [t for t in candidates if kept(t, candidates)]
    if not unruled:
        # On a page set in columns a table inside one column shares its lines with the
        # other column's prose: looked for within each column.
        unruled = [
            t
            for column in text_columns(rest)
            for found in [unruled_tables(column)]
            for t in found
            if kept(t, found)
        ]
    # Two lists side by side in a form's panel, a rule between them, are no table.
    unruled = [t for t in unruled if not split_by_rule(t, dividers)]
    found = sorted(ruled + unruled, key=lambda t: t.box.y0)
    for table in found:
        cleaned = [[without_stray_marks(v) for v in row] for row in table.rows]
        table.rows = in_column_style(
            row_numbers_apart([[_corrected_cell(v) if v else v for v in row] for row in cleaned])
        )
    return found


def filled_cells(reading: Reading, row_rules: Sequence[Box], column_rules: Sequence[Box]) -> int:
    """How many cells hold text in the tables found on a reading's words alone (unruled, and
    ruled across only by ``row_rules``; nothing read again): what two readings of one page are
    weighed by when they read about as much text. A reading that took a table's rows apart, or
    joined them to the text beside them, keeps fewer of its cells."""
    if not reading.words:
        return 0
    height = statistics.median(w.height for w in reading.words)
    grids = [
        g for g in banded_grids(row_rules, reading.words, [], column_rules) if columns_hold_words(g, height)
    ]
    tables = page_tables(reading, grids, [[] for _ in grids], column_rules)
    return sum(1 for table in tables for row in table.rows for value in row if value)


def _corrected_cell(value: str) -> str:
    """A cell's codes repaired by their grammar; a vehicle's plate and chassis number too, which
    only a table's column holds (in running text a plate's shape is too often something else)."""
    return correct_vehicle_numbers(correct_codes(value))


def weak_cells(reading: Reading, grid: Grid) -> list[tuple[Box, list[Word]]]:
    """Cells of a ruled table read weakly on the page (inked but empty, a glyph or two of low
    confidence, e.g. a lone "%", or no word read surely), each with the words the page reading
    put in it."""
    weak: list[tuple[Box, list[Word]]] = []
    for x0, y0, x1, y1 in _cells(grid):
        inside = [w for w in reading.words if x0 <= w.cx < x1 and y0 <= w.cy < y1]
        text = "".join(w.text for w in inside)
        # A lone symbol ("%") comes back from the page as a short letter pair ("Yo").
        short = bool(inside) and len(text) <= 2 and (text.isalpha() or min(w.confidence for w in inside) < 80)
        # A cell no word of which was read surely (a lone digit read as a few marks at 40) is weak too.
        unsure = bool(inside) and max(w.confidence for w in inside) < _CELL_REREAD_CONFIDENCE
        if (inside and not short and not unsure) or len(weak) == _MAX_CELL_REREADS:
            continue
        crop = reading.image[y0 + _CELL_INSET : y1 - _CELL_INSET, x0 + _CELL_INSET : x1 - _CELL_INSET]
        if crop.size == 0 or np.count_nonzero(crop < 128) < 30:
            continue  # a really empty cell
        weak.append((Box(x0 + _CELL_INSET, y0 + _CELL_INSET, x1 - _CELL_INSET, y1 - _CELL_INSET), inside))
    return weak


def dash_cells(reading: Reading, grid: Grid, text_height: float) -> list[Word]:
    """A "-" word for each cell of a ruled table that holds no word but a lone dash (an empty
    value marked so): Tesseract reads no word there, and the row would lose a cell."""
    dashes: list[Word] = []
    for x0, y0, x1, y1 in _cells(grid):
        if any(x0 <= w.cx < x1 and y0 <= w.cy < y1 for w in reading.words):
            continue
        crop = reading.image[y0 + _CELL_INSET : y1 - _CELL_INSET, x0 + _CELL_INSET : x1 - _CELL_INSET]
        mark = page_image.lone_dash(crop, text_height)
        if mark is not None:
            left, top = x0 + _CELL_INSET, y0 + _CELL_INSET
            box = (left + mark[0], top + mark[1], left + mark[2], top + mark[3])
            dashes.append(Word("-", _DASH_CONFIDENCE, *box, order=len(reading.words) + len(dashes)))
    return dashes


def _cells(grid: Grid) -> Iterator[tuple[int, int, int, int]]:
    """The bounds (left, top, right, bottom) of a grid's cells, row by row."""
    for r in range(len(grid.ys) - 1):
        for c in range(len(grid.xs) - 1):
            yield grid.xs[c], grid.ys[r], grid.xs[c + 1], grid.ys[r + 1]


def _with_cells_read_again(words: list[Word], rereads: list[tuple[list[Word], list[Word]]]) -> list[Word]:
    """The page's words, a weak cell's replaced by its reading on its own where that is sure."""
    for inside, again in rereads:
        if again and sum(w.confidence for w in again) / len(again) >= _CELL_REREAD_CONFIDENCE:
            order = inside[0].order if inside else len(words)
            words = [w for w in words if w not in inside] + [replace(w, order=order) for w in again]
    return words


def relative_table(table: OcrTable, width: int, height: int) -> OcrTable:
    def scale(box: Box) -> Box:
        return Box(
            min(1.0, max(0.0, box.x0 / width)),
            min(1.0, max(0.0, box.y0 / height)),
            min(1.0, max(0.0, box.x1 / width)),
            min(1.0, max(0.0, box.y1 / height)),
        )

    return OcrTable(table.rows, scale(table.box), [scale(b) for b in table.row_boxes])
