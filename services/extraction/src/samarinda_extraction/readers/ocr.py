"""OCR of one page image: turn it upright, read it with Tesseract, never keep less than a plain read.

Cheap looks (milliseconds, see ``page_image``) decide what the page needs: a quarter or half
turn, deskewing, flattening a photo's lighting, enlarging a coarse scan. When they change
nothing, the one Tesseract pass *is* the plain pass. When they change something and the result
looks doubtful (low confidence, or fewer text lines than the image shows), the plain pass over the
untouched image is read too and the better reading kept; which one is reported. Tesseract's own
orientation detection runs only for an unchanged page that reads badly. Tables are then found on
the kept reading's word boxes. Every function is top-level and takes plain values, so a process
pool can run it.

This module decides which passes run and which reading is kept; the rest is below it:
``ocr_prepare`` (the page as Tesseract should see it), ``tesseract`` (one call),
``ocr_choice`` (which of two readings is better), ``ocr_orientation`` (a page turned upright),
``ocr_result`` (the kept reading's re-reads, tables and text: ``ocr_cleanup``, ``ocr_rereads``,
``ocr_crops``, ``ocr_page_tables``, ``ocr_text``), ``ocr_options`` (options and result).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import replace

import numpy as np

from samarinda_extraction.domain.ocr_tables import Grid
from samarinda_extraction.readers import ocr_result, page_image, tesseract
from samarinda_extraction.readers.ocr_choice import (
    better,
    columns_kept_apart,
    holds_clearly_more,
    lost_lines,
    near_tie,
    rows_decide_tie,
    rows_read_whole,
    straightened_kept,
    tables_decide_tie,
)
from samarinda_extraction.readers.ocr_options import OcrOptions, OcrResult, at_declared_dpi
from samarinda_extraction.readers.ocr_orientation import (
    HALF_TURN,
    half_turn_refuted,
    rotation_of,
    set_upright,
    words_stand_on_end,
)
from samarinda_extraction.readers.ocr_page_tables import filled_cells
from samarinda_extraction.readers.ocr_prepare import prepare
from samarinda_extraction.readers.page_image import Image
from samarinda_extraction.readers.ruling import (
    erase_rulings,
    find_grids,
    horizontal_rules,
    solid_rulings,
    vertical_rules,
)
from samarinda_extraction.readers.tesseract import Reading, detect_rotation, osd_available

_STRAIGHTENING = frozenset({"deskewed", "dewarped"})
# Steps after which the page's pixels no longer stand at the file's declared resolution.
_RESCALING = frozenset({"dewarped", "enlarged", "smoothed+enlarged", "unsquashed"})
# Steps whose reading keeps a near tie with the plain one: those that move the page's pixels
# (tables come from that reading: a skewed page's plain one keeps none; a coarse page reads better
# enlarged) and the removal of a stamp (read as it came, its strokes come back as confident junk).
# Not a fax's smoothing and enlarging: its reading ties with the plain one on as many confident
# characters, but Tesseract then cuts the page into other blocks (a second column's lines, a row
# of check boxes read column by column), an order the measure does not see.
_KEEP_TIES = frozenset({"deskewed", "dewarped", "enlarged", "unsquashed", "unstamped"})


def ocr_page(image: Image, options: OcrOptions) -> OcrResult:
    """Read one grayscale (or colour) page image."""
    original = page_image.to_gray(image)
    bilevel = page_image.is_bilevel(original)
    if bilevel:
        # A streak down the page is no ink of the page: taken off the plain reading's page too.
        original, _ = page_image.without_streaks(original)
    prepared, rotation, skew, steps, plain_rivals = prepare(original, bilevel)
    grids: list[Grid] = []
    # A reading whose tables are kept instead of the kept reading's (see below).
    tables_of: Reading | None = None
    unerased = prepared
    if options.find_tables:
        grids, rulings = find_grids(prepared, broken=bilevel)
        rulings = solid_rulings(prepared, rulings, grids, dashed=bilevel)
        # Rules without a grid too (a report-style table ruled only around its header, underlines):
        # Tesseract reads them as rows of dashes or joins them to the words they touch.
        if np.any(rulings):
            prepared = erase_rulings(prepared, rulings)
            steps.append("rulings-erased")
    name = "+".join(steps) or "plain"
    as_came = at_declared_dpi(options)
    if _RESCALING.isdisjoint(steps):
        options = as_came
    if steps and rotation == 0 and plain_rivals and options.parallel_plain:
        # The page was upright as it came and only cleaned up (or photographed nearly square
        # on): the plain reading is a real rival, read on the other core meanwhile, and the
        # better one is kept (no silent loss).
        with ThreadPoolExecutor(max_workers=1) as other_core:
            plain = other_core.submit(tesseract.read_once, original, "plain", as_came)
            cleaned = straightened = tesseract.read_once(prepared, name, options)
            whole = rows_read_whole(cleaned, plain.result())
            if whole:
                # The plain reading broke the rows the cleaned one reads whole: however surely it
                # read its pieces, the text written from it loses each row's order.
                best = cleaned
            elif _STRAIGHTENING.isdisjoint(steps) and rows_decide_tie(plain.result(), cleaned):
                # The other way round on a page left in place, but only on a near tie (a fax
                # made smooth and large reads as much, its rows broken into pieces): the count
                # cannot choose, the order it does not see does. Not beyond a tie: a ruled
                # grid's cells, read whole with its rulings erased, rebuild its rows.
                best = plain.result()
            elif "dewarped" in steps or "deskewed" in steps:
                # A photo's or a skewed page's plain reading can be as confident but gives no
                # table's rows (ruled or not), and Tesseract reads its cells in its own order,
                # often column by column: the straightened reading keeps a near tie even when the
                # plain one is surer (a wider margin let a leaflet's boxes, taken for a grid, win
                # over a far better plain reading).
                best = straightened_kept(cleaned, plain.result())
            elif not grids and _KEEP_TIES.isdisjoint(steps):
                # Any other cleaning (lighting flattened, specks or rulings removed) must earn
                # its keep: near a tie the page as it came is kept (a column rule or a title the
                # cleaning took away leaves as many confident characters, but in another order
                # or as other words). Not on a ruled table's page: with its rulings erased its
                # cells read whole, read as it came whole rows go missing.
                best = better(plain.result(), cleaned)
                kept_as_came = best is not cleaned
                if bilevel and kept_as_came and _tables_keep_cleaned(cleaned, unerased, plain.result()):
                    # But on a fax whose cleaned reading keeps clearly more of the page's tables,
                    # the tables are that reading's: the count does not see the plain reading
                    # take a table's rows apart (the text stays the plain one's).
                    tables_of = cleaned
            else:
                best = better(cleaned, plain.result())
            if "deskewed" not in best.name and not whole:
                # A skewed page's plain reading joins few lines across a gutter because its
                # sloping rows break apart, not because it keeps columns apart: the deskewed
                # reading's rows read whole are a table's, not a sidebar taken in.
                best = columns_kept_apart(best, plain.result())
        best = _second_pass_if_doubtful(best, original, prepared, [], options, as_came)
    else:
        straightened = tesseract.read_once(prepared, name, options)
        best = _second_pass_if_doubtful(straightened, original, prepared, steps, options, as_came)
    if best.image is original and ("deskewed" in steps or "dewarped" in steps):
        # The skewed page read better as it came: its rows slope across each other, so neither
        # rulings nor aligned words give cells; its text stays in Tesseract's order. Its tables
        # are the straightened reading's (level rows and rulings, however its text scored), when
        # that reading stood the right way up too; the page image shown is then the straightened
        # one, which the tables' boxes are on.
        as_read = replace(options, find_tables=False)
        result = ocr_result.page_result(best, [], rotation_of(best.name, rotation), skew, as_read)
        if rotation == 0 and options.find_tables and straightened.words:
            row_rules = horizontal_rules(unerased, broken=bilevel)
            column_rules = vertical_rules(unerased, broken=bilevel)
            level = ocr_result.page_result(
                straightened, grids, rotation, skew, options, row_rules=row_rules, column_rules=column_rules
            )
            sure = straightened.mean_confidence >= options.retry_below_confidence
            if level.tables and sure and not holds_clearly_more(best, straightened):
                # The straightened reading, sure of itself, stands level enough to give a table's
                # rows, and the plain one holds not clearly more: the plain one's few more
                # confident characters are the photo's sloping rows read in pieces (its row
                # numbers a column apart, read after the page), whose order the count does not see.
                return level
            if level.tables:
                result = replace(
                    result, tables=level.tables, page_png=level.page_png, page_size=level.page_size
                )
        return result
    if tables_of is not None and best.image is original:
        text = ocr_result.page_result(best, [], rotation, skew, replace(options, find_tables=False))
        column_rules = vertical_rules(unerased, broken=True)
        row_rules = horizontal_rules(unerased, broken=True)
        tabled = ocr_result.page_result(
            tables_of, grids, rotation, skew, options, column_rules, row_rules, column_rules
        )
        return replace(text, tables=tabled.tables, page_png=tabled.page_png, page_size=tabled.page_size)
    if best.image is not prepared and options.find_tables:
        grids, _ = find_grids(best.image, broken=bilevel)
    # Looked for where the rulings still are: erased, a rule leaves only a gap between columns.
    ruled = unerased if best.image is prepared else best.image
    rules = vertical_rules(ruled, broken=bilevel)
    # Row rules serve only the tables ruled across only.
    row_rules = horizontal_rules(ruled, broken=bilevel) if options.find_tables else []
    return ocr_result.page_result(
        best,
        grids,
        rotation_of(best.name, rotation),
        skew,
        options,
        rules,
        row_rules=row_rules,
        column_rules=rules,
    )


def _tables_keep_cleaned(cleaned: Reading, unerased: Image, plain: Reading) -> bool:
    """Whether a fax's cleaned reading, near a tie with the plain one on the count, keeps clearly
    more filled table cells (``tables_decide_tie``), each found with the rules of its own image
    (the cleaned one's before they were erased)."""
    if not near_tie(plain, cleaned):
        return False

    def cells(reading: Reading, ruled: Image) -> int:
        rules = vertical_rules(ruled, broken=True)
        return filled_cells(reading, horizontal_rules(ruled, broken=True), rules)

    return tables_decide_tie(cells(plain, plain.image), cells(cleaned, unerased))


def _second_pass_if_doubtful(
    best: Reading,
    original: Image,
    prepared: Image,
    steps: list[str],
    options: OcrOptions,
    as_came: OcrOptions,
) -> Reading:
    """A doubtful reading (low confidence, or fewer lines than the image shows) is checked: a
    changed page is also read as it came, and the better reading kept; a reading that is still
    unsure then gets Tesseract's orientation detection (the cheap looks can misjudge which way
    up a page full of numbers is), and the turned page is read if OSD is sure."""
    if best.timed_out:
        return best
    if words_stand_on_end(best):
        # The looks took a page on its side for upright (a wide unruled table's gutters run
        # across it as sharply as its lines do), and Tesseract turned it on its own: it reads
        # confidently, but loses whole columns, and its words' boxes, on end, give neither lines
        # nor tables. The page turned upright is read too and kept unless it reads worse; a
        # doubtful one is then checked as any reading is (a fax's may lose to its plain one).
        best = set_upright(best, options)
    expected_lines = page_image.text_line_count(prepared)
    if best.mean_confidence >= options.retry_below_confidence and not lost_lines(best, expected_lines):
        return best
    if steps:
        plain = tesseract.read_once(original, "plain", as_came)
        best = better(best, plain)
        if best is plain and HALF_TURN in steps and _STRAIGHTENING.intersection(steps):
            best = half_turn_refuted(plain, prepared, steps, options)
        if words_stand_on_end(best):
            # The page as it came won, on its side: the looks turned it the wrong way up (a
            # dark banner's white letters reverse the ascender evidence).
            best = set_upright(best, options)
    if best.mean_confidence < options.retry_below_confidence and osd_available():
        turned = detect_rotation(best.image, options)
        if turned:
            name = f"{best.name}+osd-turned{turned}" if best.name != "plain" else f"osd-turned{turned}"
            best = better(best, tesseract.read_once(page_image.turn(best.image, turned), name, options))
    return best


def ocr_pages(
    images: Sequence[Image], options: OcrOptions, executor: Executor | None = None
) -> list[OcrResult]:
    """OCR several pages, in parallel when an executor (a process pool) is given."""
    run: Callable[[Image], OcrResult] = functools.partial(ocr_page, options=options)
    if executor is None or len(images) == 0:
        return [run(image) for image in images]
    return list(executor.map(run, images))
