"""An unruled table whose rows were cut wrongly: several lines, each with its own amount, taken
as one row.

Evenly spaced lines leave the row grouping only the cells to go by, and a list of items under a
heading, each with its amount further right than the heading's (a cash count's "B." and its
numbered parts, their amounts in a sub-column), reads as one row wrapped over all their lines.
An amount never wraps onto a cell's next line: a row holding one on several of its lines is
several rows. Written as such a table the lines run together in a few long cells and lose
their order; left to the page's text they keep it. Pure functions on plain values.
"""

from __future__ import annotations

from collections.abc import Sequence

from samarinda_extraction.domain.column_styles import DOTTED_AMOUNT
from samarinda_extraction.domain.ocr_tables import OcrTable, Word, visual_rows

# A wrapped row holds an amount on at most this many of its lines (the amount and the one below it
# of a two-line cell at most, a wrapped code's second part).
_MAX_AMOUNT_LINES = 2


def amounts_stacked(table: OcrTable, words: Sequence[Word]) -> bool:
    """Whether a row of ``table`` (by its boxes) holds amounts on more of its lines than a
    wrapped row can."""
    for box in table.row_boxes:
        lines = visual_rows([w for w in words if box.holds(w)])
        with_amount = sum(1 for line in lines if any(DOTTED_AMOUNT.fullmatch(w.text) for w in line))
        if with_amount > _MAX_AMOUNT_LINES:
            return True
    return False
