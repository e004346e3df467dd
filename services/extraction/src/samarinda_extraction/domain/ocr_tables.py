"""Table structure on an OCR'd page, from Tesseract's word boxes (and the ruling lines, if any).

Ruled tables: the cells are the boxes between the detected lines; each word goes to the cell that
holds its centre, so a cell wrapped onto two lines stays one cell. Unruled tables: words are
grouped into visual rows, a row is split into segments at gaps much wider than a word space, a
run of rows with three or more segments is a table, and its columns are the gutters that no
segment crosses; a row that only continues cells of the row above (its first column empty) is
a wrapped line and joins that row. Pure functions on plain values.

This module is the front of the table reading: the names the page readers use, each from the
module that decides it: ``ocr_words`` (words, boxes, grids and lines), ``ocr_marks`` (marks that
are no text), ``reread_words`` (what is read again), ``ruled_tables`` and ``banded_tables`` (a
table found by its rules), ``unruled_tables`` (where a table without rules starts and ends),
``column_gutters`` and ``column_edges`` (how its columns are decided), ``table_rows`` and
``unruled_cells`` (how rows and wrapped cells are built), ``cell_text`` (a cell's text),
``text_columns`` (a page's columns of prose) and ``table_or_prose`` (whether a table found is
prose).
"""

from __future__ import annotations

from samarinda_extraction.domain.banded_tables import banded_grids, through_text
from samarinda_extraction.domain.column_edges import (
    filled_column,
    kept_edges,
    merge_complementary_columns,
    without_headed_word_spaces,
    without_header_only_columns,
    without_mark_only_columns,
    without_run_on_sparse_columns,
    without_unheaded_tails,
)
from samarinda_extraction.domain.column_gutters import gutters
from samarinda_extraction.domain.ocr_marks import (
    as_dashes,
    hairline_marks,
    scribbles,
    specks,
    stacked_words,
    wide_strokes,
)
from samarinda_extraction.domain.ocr_words import (
    Box,
    Grid,
    OcrTable,
    Word,
    covers,
    is_noise,
    split_at_gaps,
    split_paragraphs,
    visual_rows,
    words_outside,
)
from samarinda_extraction.domain.reread_words import (
    lone_letter_pairs,
    symbol_read_again,
    unread,
    unsure_lone_marks,
)
from samarinda_extraction.domain.ruled_tables import columns_hold_words, ruled_table
from samarinda_extraction.domain.table_or_prose import (
    cuts_through_paragraphs,
    joins_running_blocks,
    mostly_filled,
    number_columns,
    stacked_extent,
)
from samarinda_extraction.domain.table_rows import header_wraps, row_starts
from samarinda_extraction.domain.text_columns import text_columns
from samarinda_extraction.domain.unruled_cells import indented_pair
from samarinda_extraction.domain.unruled_tables import unruled_tables

__all__ = [
    "Box",
    "Grid",
    "OcrTable",
    "Word",
    "as_dashes",
    "banded_grids",
    "columns_hold_words",
    "covers",
    "cuts_through_paragraphs",
    "filled_column",
    "gutters",
    "hairline_marks",
    "header_wraps",
    "indented_pair",
    "is_noise",
    "joins_running_blocks",
    "kept_edges",
    "lone_letter_pairs",
    "merge_complementary_columns",
    "mostly_filled",
    "number_columns",
    "row_starts",
    "ruled_table",
    "scribbles",
    "specks",
    "split_at_gaps",
    "split_paragraphs",
    "stacked_extent",
    "stacked_words",
    "symbol_read_again",
    "text_columns",
    "through_text",
    "unread",
    "unruled_tables",
    "unsure_lone_marks",
    "visual_rows",
    "wide_strokes",
    "without_headed_word_spaces",
    "without_header_only_columns",
    "without_mark_only_columns",
    "without_run_on_sparse_columns",
    "without_unheaded_tails",
    "words_outside",
]
