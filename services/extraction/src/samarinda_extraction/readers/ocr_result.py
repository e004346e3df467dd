"""The page's result from the kept reading: its words tidied, what it read weakly or skipped read
again (two Tesseract calls at most, plus one for a wide grid's many cells), its tables found, its
text written, its confidence and unreadable share measured. Apart from the choice of the reading
(``ocr``), which this module takes as given."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import replace

from samarinda_extraction.domain.codes import correct_codes, is_number_word
from samarinda_extraction.domain.ocr_tables import (
    Box,
    Grid,
    OcrTable,
    banded_grids,
    columns_hold_words,
    lone_letter_pairs,
    symbol_read_again,
    unsure_lone_marks,
)
from samarinda_extraction.domain.quality import calibrated_confidence, low_confidence_share
from samarinda_extraction.readers import ocr_crops, page_image
from samarinda_extraction.readers.ocr_choice import word_pairs
from samarinda_extraction.readers.ocr_cleanup import (
    cut_words_whole,
    flat_marks_as_dashes,
    number_pieces_joined,
    without_rule_line_words,
    without_stacked_words,
)
from samarinda_extraction.readers.ocr_options import OcrOptions, OcrResult
from samarinda_extraction.readers.ocr_page_tables import dash_cells, page_tables, relative_table, weak_cells
from samarinda_extraction.readers.ocr_rereads import (
    SURER_FIRST_MARGIN,
    box_of_point,
    missed_runs,
    number_read_again_in_crop,
    padded,
    with_missed_ink,
    with_runs_read_again,
    with_words_read_again,
)
from samarinda_extraction.readers.ocr_text import page_text, rows_kept
from samarinda_extraction.readers.tesseract import Reading

# A table's first weak cells (at most this many) are read one under the other, with the page's
# other crops; the rest side by side in a call of their own (``ocr_crops``).
_CELLS_ALONE = 40
# Number words (amounts, codes, percentages) read again on their own with the English model first:
# the Indonesian one reads a "7" as "1" and a "5" as "9" in a condensed sans at 90+ confidence.
_MAX_NUMBER_REREADS = 160
_NUMBERS_PER_LINE = 6
_MAX_LONE_REREADS = 60


def page_result(
    reading: Reading,
    grids: list[Grid],
    rotation: int,
    skew: float,
    options: OcrOptions,
    rules: Sequence[Box] = (),
    row_rules: Sequence[Box] = (),
    column_rules: Sequence[Box] = (),
) -> OcrResult:
    height, width = reading.image.shape[:2]
    tables: list[OcrTable] = []
    if reading.words and not reading.timed_out:
        reading = flat_marks_as_dashes(without_rule_line_words(without_stacked_words(reading)))
        reading = number_pieces_joined(cut_words_whole(reading))
        find_tables = options.find_tables
        text_height = statistics.median(w.height for w in reading.words)
        if find_tables:
            # A table ruled across only (no column rules) has no grid of rules: its columns come
            # from its words.
            grids = [*grids, *banded_grids(row_rules, reading.words, grids, column_rules)]
        grids = [grid for grid in grids if columns_hold_words(grid, text_height)]
        weak = [weak_cells(reading, grid) for grid in grids] if find_tables else []
        cells = [box for per_grid in weak for box, _ in per_grid]
        runs = [r for r in missed_runs(reading) if box_of_point(r, cells) is None]
        # Only numbers of the text's size: a word several lines tall is no number of the text.
        usual = 2 * text_height
        numbers = [w for w in reading.words if is_number_word(w.text) and w.height <= usual]
        numbers = numbers[:_MAX_NUMBER_REREADS]
        # Ink the page reading skipped and weak cells of ruled tables, read again in one call;
        # number words in another, by the English model alone (no letters to read there, and
        # one model reads in half the time of two).
        # A weak ruled cell's words are read again with their cell (and replaced as they were read).
        # Unsure short marks alone on their line (a cell's garbled row number) are read again
        # whole, by their own reading.
        unsure = [
            run for run in unsure_lone_marks(reading.words) if box_of_point(Box.around(run), cells) is None
        ][:_MAX_LONE_REREADS]
        in_unsure = {w for run in unsure for w in run}
        lone = [
            w
            for w in lone_letter_pairs(reading.words)
            if box_of_point(Box(w.x0, w.y0, w.x1, w.y1), cells) is None and w not in in_unsure
        ][:_MAX_LONE_REREADS]
        # A table's first weak cells one under the other (a wrapped cell's lines stay its own); the
        # many more of a wide grid side by side in a call of their own.
        alone = [box for per_grid in weak for box, _ in per_grid[:_CELLS_ALONE]]
        overflow = [box for per_grid in weak for box, _ in per_grid[_CELLS_ALONE:]]
        first = len(alone) + len(runs)
        again = ocr_crops.read_crops(
            reading.image,
            [*alone, *runs, *(padded([w]) for w in lone), *(padded(run) for run in unsure)],
            options,
        )
        read_alone = iter(again[: len(alone)])
        read_over = iter(ocr_crops.cells_read_again(reading.image, overflow, options) if overflow else [])
        cells_again = [
            next(read_alone) if i < _CELLS_ALONE else next(read_over)
            for per_grid in weak
            for i in range(len(per_grid))
        ]
        reading = with_words_read_again(reading, lone, again[first : first + len(lone)], symbol_read_again)
        reading = with_runs_read_again(reading, unsure, again[first + len(lone) :])
        reading = with_missed_ink(reading, again[len(alone) : first])
        if numbers:
            numbers_again = ocr_crops.read_crops(
                reading.image,
                [padded([w]) for w in numbers],
                options,
                ocr_crops.digits_model(options),
                _NUMBERS_PER_LINE,
            )
            reading = with_words_read_again(
                reading, numbers, numbers_again, number_read_again_in_crop, SURER_FIRST_MARGIN
            )
        # A piece of a number read again on its own (its first digit, left unread) joins it only now.
        reading = number_pieces_joined(reading)
        if find_tables:
            cell_words = iter(cells_again)
            rereads = [[(inside, next(cell_words)) for _, inside in per_grid] for per_grid in weak]
            dashes = [w for grid in grids for w in dash_cells(reading, grid, text_height)]
            tables = page_tables(replace(reading, words=[*reading.words, *dashes]), grids, rereads, rules)
    png, preview_size = (None, (0, 0))
    if options.keep_page_image:
        data, w, h = page_image.png_preview(reading.image)
        png, preview_size = data, (w, h)
    pairs = word_pairs(reading)
    text = correct_codes(page_text(reading.lines, tables, rules))
    # Lines cut at a rule between columns are meant shorter: the rows are judged as written across.
    across = correct_codes(page_text(reading.lines, tables)) if rules else text
    text, kept_pass = rows_kept(text, across, reading, [t.box for t in tables])
    return OcrResult(
        text=text,
        confidence=calibrated_confidence(pairs) if pairs else None,
        rotation=rotation,
        skew_degrees=skew,
        ocr_pass=kept_pass,
        timed_out=reading.timed_out,
        unreadable_share=low_confidence_share(pairs),
        tables=[relative_table(t, width, height) for t in tables],
        page_png=png,
        page_size=preview_size,
    )
