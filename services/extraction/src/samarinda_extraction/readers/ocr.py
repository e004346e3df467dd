"""OCR of one page image: turn it upright, read it with Tesseract, never keep less than a plain read.

Cheap looks (milliseconds, see ``page_image``) decide what the page needs: a quarter or half
turn, deskewing, flattening a photo's lighting, enlarging a coarse scan. When they change
nothing, the one Tesseract pass *is* the plain pass. When they change something and the result
looks doubtful (low confidence, or fewer text lines than the image shows), the plain pass over the
untouched image is read too and the better reading kept; which one is reported. Tesseract's own
orientation detection runs only for an unchanged page that reads badly. Tables are then found on
the kept reading's word boxes. Every function is top-level and takes plain values, so a process
pool can run it.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field, replace

import cv2
import numpy as np
import pytesseract
from samarinda_common.errors import DependencyUnavailable

from samarinda_extraction.domain.cell_marks import without_stray_marks
from samarinda_extraction.domain.codes import correct_codes, is_number_word, number_read_again
from samarinda_extraction.domain.column_rules import dividing_rules, read_beside_rules, split_by_rule
from samarinda_extraction.domain.column_styles import in_column_style
from samarinda_extraction.domain.form_layout import form_rows
from samarinda_extraction.domain.gutters import joins_more_columns
from samarinda_extraction.domain.level_lines import level_rows
from samarinda_extraction.domain.lines_past_tables import lines_run_past
from samarinda_extraction.domain.number_pieces import joined_pieces
from samarinda_extraction.domain.numbered_columns import numbered_columns_read_down
from samarinda_extraction.domain.ocr_tables import (
    Box,
    Grid,
    OcrTable,
    Word,
    as_dashes,
    banded_grids,
    columns_hold_words,
    covers,
    cuts_through_paragraphs,
    hairline_marks,
    is_noise,
    joins_running_blocks,
    lone_letter_pairs,
    mostly_filled,
    number_columns,
    ruled_table,
    scribbles,
    specks,
    split_paragraphs,
    stacked_extent,
    stacked_words,
    symbol_read_again,
    text_columns,
    unread,
    unruled_tables,
    unsure_lone_marks,
    visual_rows,
    wide_strokes,
    words_outside,
)
from samarinda_extraction.domain.quality import (
    calibrated_confidence,
    confident_characters,
    low_confidence_share,
    reads_rows_whole,
    text_shape,
)
from samarinda_extraction.domain.row_numbers import row_numbers_apart
from samarinda_extraction.domain.rule_lines import without_rule_lines
from samarinda_extraction.domain.running_gutters import gutter_runs_on
from samarinda_extraction.domain.side_blocks import blocks_read_down
from samarinda_extraction.domain.sidebars import column_order, cut_at_sidebar
from samarinda_extraction.domain.vehicle_numbers import correct_vehicle_numbers
from samarinda_extraction.readers import page_image
from samarinda_extraction.readers.check_boxes import without_check_boxes
from samarinda_extraction.readers.leaders import without_leader_dots
from samarinda_extraction.readers.ruling import (
    erase_rulings,
    find_grids,
    horizontal_rules,
    solid_rulings,
    vertical_rules,
)

Image = np.ndarray

_MIN_SKEW = 0.5
# Tesseract reads a photographed sheet whose edges lean less than this (degrees) well enough as
# it came for that reading to rival the dewarped one.
_PLAIN_READS_TILT = 4.0
# A bilevel page with fewer specks than this is clean enough as it is.
_MIN_SPECKS = 200
_UPSIDE_DOWN_VOTES = 0.12
# A fax's specks, streaks and broken strokes blur the evidence: upright faxes of our own set vote
# up to 0.2. Below this a doubtful reading still gets Tesseract's orientation detection.
_UPSIDE_DOWN_FAX_VOTES = 0.3
# A reading with fewer visual rows than this share of the image's text lines has lost some.
_MIN_LINE_SHARE = 0.85
_RULE_GLYPHS = "|[]_"
# Cells re-read on their own per table, at most: a day-by-day grid has hundreds of cells of one
# or two letters the page reading skips. The first ones are read one under the other (with the
# page's other crops), the rest this many side by side in a call of their own.
_MAX_CELL_REREADS = 320
_CELLS_ALONE = 40
_CELLS_PER_LINE = 8
_CELL_INSET = 5
_MIN_CALL_SECONDS = 0.5
_BLANK_LINES = re.compile(r"\n{3,}")
_CELL_REREAD_CONFIDENCE = 60.0
# A dash found alone in an empty ruled cell is as sure as a well-read word.
_DASH_CONFIDENCE = 90.0
# Runs of skipped ink re-read per page, at most (all in one Tesseract call), and how sure a word
# read there must be.
_MAX_MISSED_RUNS = 40
_MISSED_WORD_CONFIDENCE = 60.0
# Number words (amounts, codes, percentages) read again on their own with the English model first:
# the Indonesian one reads a "7" as "1" and a "5" as "9" in a condensed sans at 90+ confidence.
_MAX_NUMBER_REREADS = 160
_NUMBER_PAD = 0.3  # of the word's height, around its box
_NUMBERS_PER_LINE = 6
_MAX_LONE_REREADS = 60
_MAX_STRIP_SIDE = 30000
_OSD_TURN = re.compile(r"(?:osd|side)-turned(\d+)")
_HALF_TURN = "turned180"
_STRAIGHTENING = frozenset({"deskewed", "dewarped"})
# A reading whose words of this many characters or more stand taller than wide, most of them,
# is of a page lying on its side.
_ON_END_WORD_LENGTH = 4
# Steps after which the page's pixels no longer stand at the file's declared resolution.
_RESCALING = frozenset({"dewarped", "enlarged", "smoothed+enlarged", "unsquashed"})
# Steps whose reading keeps a near tie with the plain one: those that move the page's pixels
# (tables come from that reading: a skewed page's plain one keeps none; a coarse page reads better
# enlarged) and the removal of a stamp (read as it came, its strokes come back as confident junk).
# Not a fax's smoothing and enlarging: its reading ties with the plain one on as many confident
# characters, but Tesseract then cuts the page into other blocks (a second column's lines, a row
# of check boxes read column by column), an order the measure does not see.
_KEEP_TIES = frozenset({"deskewed", "dewarped", "enlarged", "unsquashed", "unstamped"})


@dataclass(frozen=True)
class OcrOptions:
    languages: str = "ind+eng"
    timeout_seconds: float = 120.0
    # A table's cells re-read together (one Tesseract call): a short call, cut early when stuck.
    crops_timeout_seconds: float = 20.0
    # Below this mean word confidence a changed page is also read plain, an unchanged one re-oriented.
    retry_below_confidence: float = 75.0
    tesseract_config: str = "--psm 3"
    find_tables: bool = True
    keep_page_image: bool = True
    # Read an upright page that was only cleaned up also as it came, on the other core at the
    # same time, and keep the better reading (no silent loss at ~1x wall time, 2x CPU). Off, the
    # plain reading is made only when the cleaned one looks doubtful (low confidence or lost
    # lines): half the CPU on a busy machine, at the risk of a confident but poorer reading.
    parallel_plain: bool = True
    # The resolution the image file declares (dots per inch), None when it declares none: the
    # page as it came is read at it, as plain Tesseract reads the file (estimated from the text's
    # size instead, a 300-dpi page in a large type passes for 400 dpi, and a narrow column's lines
    # are then joined to the next column's).
    declared_dpi: int | None = None
    # time.monotonic() after which no Tesseract call starts and running ones are cut (the
    # document's budget); monotonic time is the same in every process of the machine.
    deadline: float | None = None

    def scaled(self, factor: float) -> OcrOptions:
        """The per-call timeouts multiplied by ``factor``: a benchmark on a machine shared with
        other jobs, where a call cut off drops a page's lines whatever the reading's quality."""
        return replace(
            self,
            timeout_seconds=self.timeout_seconds * factor,
            crops_timeout_seconds=self.crops_timeout_seconds * factor,
        )


@dataclass(frozen=True)
class OcrResult:
    text: str
    confidence: float | None
    rotation: int = 0
    skew_degrees: float = 0.0
    ocr_pass: str = "plain"  # noqa: S105 - the name of a reading, not a password
    timed_out: bool = False
    unreadable_share: float = 0.0
    tables: list[OcrTable] = field(default_factory=list)
    page_png: bytes | None = None
    page_size: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class _Reading:
    name: str
    image: Image
    words: list[Word]
    lines: list[list[Word]]
    timed_out: bool = False

    @property
    def mean_confidence(self) -> float:
        return sum(w.confidence for w in self.words) / len(self.words) if self.words else 0.0


def ocr_page(image: Image, options: OcrOptions) -> OcrResult:
    """Read one grayscale (or colour) page image."""
    original = page_image.to_gray(image)
    bilevel = page_image.is_bilevel(original)
    if bilevel:
        # A streak down the page is no ink of the page: taken off the plain reading's page too.
        original, _ = page_image.without_streaks(original)
    prepared, rotation, skew, steps, plain_rivals = _prepare(original, bilevel)
    grids: list[Grid] = []
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
            plain = other_core.submit(read_once, original, "plain", as_came)
            cleaned = straightened = read_once(prepared, name, options)
            whole = _rows_read_whole(cleaned, plain.result())
            if whole:
                # The plain reading broke the rows the cleaned one reads whole: however surely it
                # read its pieces, the text written from it loses each row's order.
                best = cleaned
            elif _STRAIGHTENING.isdisjoint(steps) and _rows_decide_tie(plain.result(), cleaned):
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
                best = _straightened_kept(cleaned, plain.result())
            elif not grids and _KEEP_TIES.isdisjoint(steps):
                # Any other cleaning (lighting flattened, specks or rulings removed) must earn
                # its keep: near a tie the page as it came is kept (a column rule or a title the
                # cleaning took away leaves as many confident characters, but in another order
                # or as other words). Not on a ruled table's page: with its rulings erased its
                # cells read whole, read as it came whole rows go missing.
                best = _better(plain.result(), cleaned)
            else:
                best = _better(cleaned, plain.result())
            if "deskewed" not in best.name and not whole:
                # A skewed page's plain reading joins few lines across a gutter because its
                # sloping rows break apart, not because it keeps columns apart: the deskewed
                # reading's rows read whole are a table's, not a sidebar taken in.
                best = _columns_kept_apart(best, plain.result())
        best = _second_pass_if_doubtful(best, original, prepared, [], options, as_came)
    else:
        straightened = read_once(prepared, name, options)
        best = _second_pass_if_doubtful(straightened, original, prepared, steps, options, as_came)
    if best.image is original and ("deskewed" in steps or "dewarped" in steps):
        # The skewed page read better as it came: its rows slope across each other, so neither
        # rulings nor aligned words give cells; its text stays in Tesseract's order. Its tables
        # are the straightened reading's (level rows and rulings, however its text scored), when
        # that reading stood the right way up too; the page image shown is then the straightened
        # one, which the tables' boxes are on.
        as_read = replace(options, find_tables=False)
        result = _result(best, [], _rotation_of(best.name, rotation), skew, as_read)
        if rotation == 0 and options.find_tables and straightened.words:
            row_rules = horizontal_rules(unerased, broken=bilevel)
            column_rules = vertical_rules(unerased, broken=bilevel)
            level = _result(
                straightened, grids, rotation, skew, options, row_rules=row_rules, column_rules=column_rules
            )
            sure = straightened.mean_confidence >= options.retry_below_confidence
            if level.tables and sure and not _holds_clearly_more(best, straightened):
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
    if best.image is not prepared and options.find_tables:
        grids, _ = find_grids(best.image, broken=bilevel)
    # Looked for where the rulings still are: erased, a rule leaves only a gap between columns.
    ruled = unerased if best.image is prepared else best.image
    rules = vertical_rules(ruled, broken=bilevel)
    # Row rules serve only the tables ruled across only.
    row_rules = horizontal_rules(ruled, broken=bilevel) if options.find_tables else []
    return _result(
        best,
        grids,
        _rotation_of(best.name, rotation),
        skew,
        options,
        rules,
        row_rules=row_rules,
        column_rules=rules,
    )


def at_declared_dpi(options: OcrOptions) -> OcrOptions:
    """The options that read a page at the resolution its file declares (when it declares one)."""
    if options.declared_dpi is None:
        return options
    return replace(options, tesseract_config=f"{options.tesseract_config} --dpi {options.declared_dpi}")


def _second_pass_if_doubtful(
    best: _Reading,
    original: Image,
    prepared: Image,
    steps: list[str],
    options: OcrOptions,
    as_came: OcrOptions,
) -> _Reading:
    """A doubtful reading (low confidence, or fewer lines than the image shows) is checked: a
    changed page is also read as it came, and the better reading kept; a reading that is still
    unsure then gets Tesseract's orientation detection (the cheap looks can misjudge which way
    up a page full of numbers is), and the turned page is read if OSD is sure."""
    if best.timed_out:
        return best
    if _words_stand_on_end(best):
        # The looks took a page on its side for upright (a wide unruled table's gutters run
        # across it as sharply as its lines do), and Tesseract turned it on its own: it reads
        # confidently, but loses whole columns, and its words' boxes, on end, give neither lines
        # nor tables. The page turned upright is read too and kept unless it reads worse; a
        # doubtful one is then checked as any reading is (a fax's may lose to its plain one).
        best = _set_upright(best, options)
    expected_lines = page_image.text_line_count(prepared)
    if best.mean_confidence >= options.retry_below_confidence and not _lost_lines(best, expected_lines):
        return best
    if steps:
        plain = read_once(original, "plain", as_came)
        best = _better(best, plain)
        if best is plain and _HALF_TURN in steps and _STRAIGHTENING.intersection(steps):
            best = _half_turn_refuted(plain, prepared, steps, options)
        if _words_stand_on_end(best):
            # The page as it came won, on its side: the looks turned it the wrong way up (a
            # dark banner's white letters reverse the ascender evidence).
            best = _set_upright(best, options)
    if best.mean_confidence < options.retry_below_confidence and osd_available():
        turned = detect_rotation(best.image, options)
        if turned:
            name = f"{best.name}+osd-turned{turned}" if best.name != "plain" else f"osd-turned{turned}"
            best = _better(best, read_once(page_image.turn(best.image, turned), name, options))
    return best


def _half_turn_refuted(plain: _Reading, prepared: Image, steps: list[str], options: OcrOptions) -> _Reading:
    """The page straightened but not turned, against the plain reading that beat it turned: the
    looks took it for upside down (a column of signatures' strokes can vote so), and the plain
    reading of a skewed or photographed page breaks its sloping rows apart. Kept as a straightened
    reading is against the plain one when both were read (rows read whole, else a near tie)."""
    name = "+".join(step for step in steps if step != _HALF_TURN)
    straightened = read_once(page_image.turn(prepared, 180), name, options)
    if _rows_read_whole(straightened, plain):
        return straightened
    return _better(straightened, plain, tie_to_a=True)


def _set_upright(reading: _Reading, options: OcrOptions) -> _Reading:
    """A reading of a page on its side against the page turned upright: by the looks' guess of
    which side is up, and the other way when that reads doubtfully. The turned reading is kept
    unless it reads clearly worse."""
    turn = _upright_turn_of_side(reading.image)
    prefix = f"{reading.name}+" if reading.name != "plain" else ""
    turned = read_once(page_image.turn(reading.image, turn), f"{prefix}side-turned{turn}", options)
    if turned.mean_confidence < options.retry_below_confidence:
        other = (turn + 180) % 360
        turned = _better(
            turned, read_once(page_image.turn(reading.image, other), f"{prefix}side-turned{other}", options)
        )
    return _better(turned, reading, tie_to_a=True)


def _words_stand_on_end(reading: _Reading) -> bool:
    """Whether most words of several letters are taller than wide (read off a page on its side)."""
    long_words = [w for w in reading.words if len(w.text) >= _ON_END_WORD_LENGTH]
    return 2 * sum(1 for w in long_words if w.height > w.x1 - w.x0) > len(long_words) > 0


def _upright_turn_of_side(image: Image) -> int:
    """The clockwise turn (90 or 270) that sets a page lying on its side upright."""
    turned = page_image.turn(image, 90)
    return 270 if page_image.upside_down_votes(turned) > _UPSIDE_DOWN_VOTES else 90


def _prepare(gray: Image, bilevel: bool) -> tuple[Image, int, float, list[str], bool]:
    """The page (``bilevel`` when a fax or a 1-bit scan) as Tesseract should see it, the steps
    that made it so, and whether a plain reading of the page as it came could rival it (not for
    a photo taken at an angle)."""
    steps: list[str] = []
    rotation = 0
    if bilevel:
        if page_image.squashed_rows(gray):
            gray = page_image.unsquash(gray)
            steps.append("unsquashed")
        gray, specks = page_image.despeckle(gray)
        if specks > _MIN_SPECKS:
            steps.append("despeckled")
        # While the dots and the check boxes are still solid: smoothed, each dot becomes a grey
        # ring read as an "o", a box's broken sides pieces of letters.
        gray, _ = without_leader_dots(gray)
        gray, _ = without_check_boxes(gray)
        gray, factor = page_image.smooth_bilevel(gray)
        steps.append("smoothed+enlarged" if factor > 1 else "smoothed")
    elif page_image.peppered(gray):
        # Before the looks too: specks blur the skew and orientation evidence.
        gray = page_image.unpepper(gray)
        steps.append("unpeppered")
    sheet = page_image.find_sheet(gray)
    photographed = sheet is not None
    plain_rivals = sheet is None or page_image.quad_tilt(sheet.quad) < _PLAIN_READS_TILT
    if sheet is not None:
        gray = page_image.flatten_sheet(gray, sheet.quad, sheet.outline)
        steps.append("dewarped")
    # Lit before it is looked at: a shadow's edge across the page would pass for a line of ink
    # to the orientation and skew looks (a photographed sheet or not).
    if page_image.background_is_uneven(gray):
        gray = page_image.flatten_illumination(gray)
        steps.append("flattened")
    if page_image.lines_run_vertically(gray):
        rotation = 90
    upright = page_image.turn(gray, rotation) if rotation else gray
    skew = page_image.estimate_skew(upright)
    if abs(skew) >= _MIN_SKEW:
        upright = page_image.rotate(upright, skew)
        steps.append("deskewed")
    if page_image.upside_down_votes(upright) > (_UPSIDE_DOWN_FAX_VOTES if bilevel else _UPSIDE_DOWN_VOTES):
        rotation = (rotation + 180) % 360
        upright = page_image.turn(upright, 180)
    if rotation:
        steps.append(f"turned{rotation}")
    # A photo's ink is soft and grey after flattening: keeping only the near-black ink would
    # erase its text, not a stamp.
    # A fax has no grey ink of its own: the grey is the smoothing's, around every glyph.
    if not photographed and not bilevel and page_image.has_light_marks(upright):
        upright = page_image.drop_light_marks(upright)
        steps.append("unstamped")
    if not bilevel:
        # Not a step of its own: a page whose only cleaning is this gains nothing from a plain
        # reading as a rival (its leader rows read as runs of dots, surely but wrongly).
        upright, _ = without_leader_dots(upright)
        upright, _ = without_check_boxes(upright)
    upright, factor = page_image.enlarge_if_coarse(upright)
    if factor > 1:
        steps.append("enlarged")
    return upright, rotation, skew, steps, plain_rivals


def _rotation_of(pass_name: str, looks_rotation: int) -> int:
    """Clockwise turn of the kept reading against the page as it came."""
    # A straightened page read again unturned (``_half_turn_refuted``) keeps no looks' turn.
    turned_by_looks = looks_rotation == 0 or f"turned{looks_rotation}" in pass_name.split("+")
    base = looks_rotation if turned_by_looks and not pass_name.startswith(("plain", "osd-", "side-")) else 0
    turned = _OSD_TURN.search(pass_name)
    return (base + (int(turned.group(1)) if turned else 0)) % 360


def _lost_lines(reading: _Reading, expected: int) -> bool:
    return expected >= 5 and len(visual_rows(reading.words)) < _MIN_LINE_SHARE * expected


def _near_tie(a: _Reading, b: _Reading) -> bool:
    """Whether two readings hold about as many confidently read characters."""
    score_a, score_b = confident_characters(_pairs(a)), confident_characters(_pairs(b))
    return abs(score_a - score_b) <= 0.03 * max(score_a, score_b, 1)


def _rows_decide_tie(a: _Reading, b: _Reading) -> bool:
    """Whether ``a`` ties with ``b`` on the count and reads the rows whole that ``b`` breaks."""
    return _near_tie(a, b) and _rows_read_whole(a, b)


def _better(a: _Reading, b: _Reading, tie_to_a: bool = False) -> _Reading:
    """The reading with more confidently read characters; near a tie, the more confident one,
    or ``a`` when ``tie_to_a``."""
    score_a, score_b = confident_characters(_pairs(a)), confident_characters(_pairs(b))
    if _near_tie(a, b):
        return b if b.mean_confidence > a.mean_confidence + 1.0 and not tie_to_a else a
    return b if score_b > score_a else a


# A skewed or photographed page's plain reading that is this many points less sure on average
# than the straightened one wins only with this share more confidently read characters.
_UNSURE_PLAIN_POINTS = 5.0
_UNSURE_PLAIN_MARGIN = 0.1


def _straightened_kept(straightened: _Reading, plain: _Reading) -> _Reading:
    """The straightened reading against the page's plain one (``_better``, a near tie to the
    straightened one). A plain reading clearly less sure on average must hold clearly more: its
    few more confident characters are a sloping table's rules and rows read in pieces, whose
    order the count does not see. So must a deskewed scan's, however sure: its rows slope across
    each other, and its pieces, read as surely as the level ones, can no longer be put back into
    rows (a table ruled only across, read cell by cell either way, is rebuilt from level rows
    only)."""
    steps = straightened.name.split("+")
    sloping = "deskewed" in steps and "dewarped" not in steps
    unsure = sloping or plain.mean_confidence < straightened.mean_confidence - _UNSURE_PLAIN_POINTS
    if unsure and not _holds_clearly_more(plain, straightened):
        return straightened
    return _better(straightened, plain, tie_to_a=True)


def _holds_clearly_more(plain: _Reading, straightened: _Reading) -> bool:
    """Whether the plain reading holds clearly more confidently read characters than the
    straightened one (``_UNSURE_PLAIN_MARGIN`` more)."""
    return confident_characters(_pairs(plain)) > (1 + _UNSURE_PLAIN_MARGIN) * confident_characters(
        _pairs(straightened)
    )


def _rows_read_whole(cleaned: _Reading, plain: _Reading) -> bool:
    """Whether the cleaned reading reads the page's rows whole where the plain one breaks them
    apart (``reads_rows_whole``). Not the other way round: a photo's or a skewed page's plain
    lines come out longer when Tesseract joins the desk's texture or the next sloping line to
    them, not because it reads the rows better."""
    return reads_rows_whole(
        confident_characters(_pairs(cleaned)),
        _words_per_line(cleaned),
        confident_characters(_pairs(plain)),
        _words_per_line(plain),
    )


def _words_per_line(reading: _Reading) -> float:
    lines = sum(1 for line in reading.lines if line)
    return len(reading.words) / lines if lines else 0.0


# The plain reading, keeping the columns apart, is kept over a cleaned one that joined them if
# it holds this share of the cleaned one's confidently read characters at least.
_APART_SHARE = 0.7


def _columns_kept_apart(best: _Reading, plain: _Reading) -> _Reading:
    """The plain reading instead of the kept cleaned one when the cleaned one joined clearly
    more lines across a gutter (on a fax made smooth and large, Tesseract reads a boxed sidebar
    as the ends of the body's lines) and holds not much more confident text."""
    if best is plain or not joins_more_columns(best.lines, plain.lines):
        return best
    enough = confident_characters(_pairs(plain)) >= _APART_SHARE * confident_characters(_pairs(best))
    return plain if enough else best


def _pairs(reading: _Reading) -> list[tuple[str, float]]:
    return [(w.text, w.confidence) for w in reading.words]


def _result(
    reading: _Reading,
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
        reading = _flat_marks_as_dashes(_without_rule_lines(_without_stacked_words(reading)))
        reading = _number_pieces_joined(reading)
        find_tables = options.find_tables
        text_height = statistics.median(w.height for w in reading.words)
        if find_tables:
            # A table ruled across only (no column rules) has no grid of rules: its columns come
            # from its words.
            grids = [*grids, *banded_grids(row_rules, reading.words, grids, column_rules)]
        grids = [grid for grid in grids if columns_hold_words(grid, text_height)]
        weak = [_weak_cells(reading, grid) for grid in grids] if find_tables else []
        cells = [box for per_grid in weak for box, _ in per_grid]
        runs = [r for r in _missed_runs(reading) if _box_of_point(r, cells) is None]
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
            run for run in unsure_lone_marks(reading.words) if _box_of_point(Box.around(run), cells) is None
        ][:_MAX_LONE_REREADS]
        in_unsure = {w for run in unsure for w in run}
        lone = [
            w
            for w in lone_letter_pairs(reading.words)
            if _box_of_point(Box(w.x0, w.y0, w.x1, w.y1), cells) is None and w not in in_unsure
        ][:_MAX_LONE_REREADS]
        # A table's first weak cells one under the other (a wrapped cell's lines stay its own); the
        # many more of a wide grid side by side in a call of their own.
        alone = [box for per_grid in weak for box, _ in per_grid[:_CELLS_ALONE]]
        overflow = [box for per_grid in weak for box, _ in per_grid[_CELLS_ALONE:]]
        first = len(alone) + len(runs)
        again = _read_crops(
            reading.image,
            [*alone, *runs, *(_padded(w) for w in lone), *(_padded_run(run) for run in unsure)],
            options,
        )
        read_alone = iter(again[: len(alone)])
        read_over = iter(_cells_read_again(reading.image, overflow, options) if overflow else [])
        cells_again = [
            next(read_alone) if i < _CELLS_ALONE else next(read_over)
            for per_grid in weak
            for i in range(len(per_grid))
        ]
        reading = _with_words_read_again(reading, lone, again[first : first + len(lone)], symbol_read_again)
        reading = _with_runs_read_again(reading, unsure, again[first + len(lone) :])
        reading = _with_missed_ink(reading, again[len(alone) : first])
        if numbers:
            numbers_again = _read_crops(
                reading.image,
                [_padded(w) for w in numbers],
                options,
                _digits_model(options),
                _NUMBERS_PER_LINE,
            )
            reading = _with_words_read_again(reading, numbers, numbers_again, _number_read_again)
        # A piece of a number read again on its own (its first digit, left unread) joins it only now.
        reading = _number_pieces_joined(reading)
        if find_tables:
            cell_words = iter(cells_again)
            rereads = [[(inside, next(cell_words)) for _, inside in per_grid] for per_grid in weak]
            dashes = [w for grid in grids for w in _dash_cells(reading, grid, text_height)]
            tables = _tables(replace(reading, words=[*reading.words, *dashes]), grids, rereads, rules)
    png, preview_size = (None, (0, 0))
    if options.keep_page_image:
        data, w, h = page_image.png_preview(reading.image)
        png, preview_size = data, (w, h)
    pairs = _pairs(reading)
    text = correct_codes(_text(reading.lines, tables, rules))
    # Lines cut at a rule between columns are meant shorter: the rows are judged as written across.
    across = correct_codes(_text(reading.lines, tables)) if rules else text
    text, kept_pass = _rows_kept(text, across, reading, [t.box for t in tables])
    return OcrResult(
        text=text,
        confidence=calibrated_confidence(pairs) if pairs else None,
        rotation=rotation,
        skew_degrees=skew,
        ocr_pass=kept_pass,
        timed_out=reading.timed_out,
        unreadable_share=low_confidence_share(pairs),
        tables=[_relative(t, width, height) for t in tables],
        page_png=png,
        page_size=preview_size,
    )


def _rows_kept(text: str, across: str, reading: _Reading, tables: Sequence[Box] = ()) -> tuple[str, str]:
    """The text written from the kept reading, and the pass it reports; or Tesseract's own text of
    that reading when that reads the page's rows whole where the written one (``across``: as
    written without cutting lines at column rules) breaks them (``reads_rows_whole``): our layout
    never leaves a page's rows in more pieces than Tesseract read them, whatever it rearranged.
    (Not the plain reading's own text against a cleaned one's: a photo's plain lines come out
    longer with the desk's texture joined to them.)"""
    # Side-by-side blocks are read down in both: their lines are meant shorter than Tesseract's.
    own = correct_codes(_own_text(blocks_read_down(reading.lines, tables) or reading.lines))
    if reads_rows_whole(*text_shape(own), *text_shape(across)):
        return own, f"{reading.name}+own-order"
    return text, reading.name


def _own_text(lines: Sequence[Sequence[Word]]) -> str:
    """A reading's words in Tesseract's own lines and order (paragraphs apart)."""
    return _BLANK_LINES.sub("\n\n", "\n".join(" ".join(w.text for w in line) for line in lines)).strip()


def _flat_marks_as_dashes(reading: _Reading) -> _Reading:
    """The reading with each dash read as a letter or digit set back to a dash (``as_dashes``)."""
    dashed = as_dashes(reading.words)
    changed = {w: d for w, d in zip(reading.words, dashed, strict=True) if d is not w}
    if not changed:
        return reading
    return replace(reading, words=dashed, lines=[[changed.get(w, w) for w in line] for line in reading.lines])


def _number_pieces_joined(reading: _Reading) -> _Reading:
    """The reading with each number read as pieces cut at its dots whole again (``joined_pieces``)."""
    # The words' rows, not Tesseract's lines: it may put the pieces of an amount in lines of their own.
    joined = joined_pieces(visual_rows(reading.words))
    if not joined:
        return reading

    def whole(words: Sequence[Word]) -> list[Word]:
        return [new for w in words if (new := joined.get(w, w)) is not None]

    return replace(reading, words=whole(reading.words), lines=[whole(line) for line in reading.lines])


def _without_stacked_words(reading: _Reading) -> _Reading:
    """The reading without words of glyphs stacked over several lines: their ink, left unread,
    is then read again line by line (``_missed_runs``)."""
    stacked = set(stacked_words(reading.words))
    if not stacked:
        return reading
    return replace(
        reading,
        words=[w for w in reading.words if w not in stacked],
        lines=[[w for w in line if w not in stacked] for line in reading.lines],
    )


def _without_rule_lines(reading: _Reading) -> _Reading:
    """The reading without the lines that are a rule read as junk words (``rule_lines``)."""
    lines = without_rule_lines(reading.lines)
    if len(lines) == len(reading.lines):
        return reading
    kept = {id(w) for line in lines for w in line}
    return replace(reading, words=[w for w in reading.words if id(w) in kept], lines=[list(x) for x in lines])


def _padded(word: Word) -> Box:
    pad = _NUMBER_PAD * word.height
    return Box(max(0.0, word.x0 - pad), max(0.0, word.y0 - pad), word.x1 + pad, word.y1 + pad)


def _padded_run(run: Sequence[Word]) -> Box:
    box, pad = Box.around(run), _NUMBER_PAD * max(w.height for w in run)
    return Box(max(0.0, box.x0 - pad), max(0.0, box.y0 - pad), box.x1 + pad, box.y1 + pad)


def _with_runs_read_again(
    reading: _Reading, runs: Sequence[Sequence[Word]], read: Sequence[Sequence[Word]]
) -> _Reading:
    """The reading with each unsure run's words replaced by their second reading, where that is
    sure and surer than the first."""
    changed: dict[Word, list[Word]] = {}
    for run, again in zip(runs, read, strict=True):
        if not again or min(w.confidence for w in again) < _MISSED_WORD_CONFIDENCE:
            continue
        if statistics.mean(w.confidence for w in again) <= statistics.mean(w.confidence for w in run):
            continue
        changed[run[0]] = [replace(w, order=run[0].order) for w in sorted(again, key=lambda w: w.x0)]
        changed.update({w: [] for w in run[1:]})
    if not changed:
        return reading

    def swapped(words: Sequence[Word]) -> list[Word]:
        return [new for w in words for new in changed.get(w, [w])]

    return replace(reading, words=swapped(reading.words), lines=[swapped(line) for line in reading.lines])


def _number_read_again(text: str, again: Sequence[str]) -> str | None:
    """A number word's second reading where it is sure and differs only in digits or in the spaces
    around a dash (rule glyphs a crop caught at its edges are not part of it)."""
    return number_read_again(text, [t.strip(_RULE_GLYPHS) for t in again])


def _with_words_read_again(
    reading: _Reading,
    words: Sequence[Word],
    read: Sequence[Sequence[Word]],
    correct: Callable[[str, Sequence[str]], str | None],
) -> _Reading:
    """The reading with each word replaced by what `correct` makes of its second reading, when
    that reading is sure (a lone letter pair becomes the symbol it is, a number its digits)."""
    changed: dict[Word, Word] = {}
    for word, again in zip(words, read, strict=True):
        if not again or min(w.confidence for w in again) < _MISSED_WORD_CONFIDENCE:
            continue
        text = correct(word.text, [w.text for w in again])
        if text is not None:
            changed[word] = replace(word, text=text)
    if not changed:
        return reading
    return replace(
        reading,
        words=[changed.get(w, w) for w in reading.words],
        lines=[[changed.get(w, w) for w in line] for line in reading.lines],
    )


def _missed_runs(reading: _Reading) -> list[Box]:
    """Runs of word-sized ink no word of the reading covers (a lone value at a row's end, a "%")."""
    height = statistics.median(w.height for w in reading.words)
    return unread(page_image.word_blobs(reading.image, height), reading.words)[:_MAX_MISSED_RUNS]


def _box_of_point(box: Box, cells: Sequence[Box]) -> int | None:
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    for index, cell in enumerate(cells):
        if cell.x0 <= cx <= cell.x1 and cell.y0 <= cy <= cell.y1:
            return index
    return None


def _with_missed_ink(reading: _Reading, read: Sequence[Sequence[Word]]) -> _Reading:
    """The reading plus the words read again in the ink it skipped, where Tesseract is sure of them."""
    added: list[Word] = []
    for words in read:
        for word in words:
            # A run of ink around a word the page read (a shaded cell's edge joined to its
            # number) comes back with that word: taken in again, the cell would hold it twice.
            if (
                word.confidence >= _MISSED_WORD_CONFIDENCE
                and not is_noise(word)
                and not any(covers(w, word) for w in reading.words)
            ):
                added.append(replace(word, order=len(reading.words) + len(added)))
    if not added:
        return reading
    lines = [list(line) for line in reading.lines]
    apart = []
    for word in added:
        line = _line_beside(word, lines)
        if line is None:
            apart.append(word)
        else:
            line.append(word)
            line.sort(key=lambda w: w.x0)
    if apart:
        lines = [*lines, [], *visual_rows(apart)]
    return replace(reading, words=[*reading.words, *added], lines=lines)


# A word read again joins a line whose words end or start this many word heights from it at most.
_LINE_REACH = 2.0


def _line_beside(word: Word, lines: list[list[Word]]) -> list[Word] | None:
    """The line of the reading a word read in skipped ink belongs to: one it stands level with
    and next to (a word a streak or a mark ran through, taken off its line as one tall word and
    read again there), the nearest; None when it stands apart (a lone value of its own)."""
    best, nearest = None, _LINE_REACH * word.height
    for line in lines:
        if not line:
            continue
        top = statistics.median(w.y0 for w in line)
        bottom = statistics.median(w.y1 for w in line)
        if not top <= word.cy <= bottom:
            continue
        distance = max(0.0, min(w.x0 for w in line) - word.x1, word.x0 - max(w.x1 for w in line))
        if distance <= nearest:
            best, nearest = line, distance
    return best


def _read_crops(
    image: Image,
    boxes: Sequence[Box],
    options: OcrOptions,
    languages: str | None = None,
    per_line: int = 1,
) -> list[list[Word]]:
    """The words in each box of the page, in page coordinates, read by ``languages`` (by default
    the page's languages with English first). The crops are laid out ``per_line`` side by side,
    wide apart, line under line, and read in one Tesseract call: a call per crop would load the
    language models each time (a few tenths of a second), and a strip of many short lines takes
    longer than one of fewer, fuller lines."""
    crops = [image[int(b.y0) : int(b.y1), int(b.x0) : int(b.x1)] for b in boxes]
    crops = [c for c in crops if c.size]
    if not crops or len(crops) != len(boxes):
        return [[] for _ in boxes]
    gap = max(20, max(c.shape[0] for c in crops) // 2)
    # Crops side by side stand a gap wider than any space between words apart (psm 6 reads
    # each line of the strip as one line of text; the words are then sorted back by position).
    apart = 4 * gap if per_line > 1 else gap
    slot_width = max(c.shape[1] for c in crops) + apart
    lines = [crops[i : i + per_line] for i in range(0, len(crops), per_line)]
    line_heights = [max(c.shape[0] for c in line) for line in lines]
    # Tesseract refuses an image more than 32767 px high (or wide): the crops that would not fit
    # are left unread (a word's or cell's first reading stays).
    fit, total = 0, gap
    for line, line_height in zip(lines, line_heights, strict=True):
        total += line_height + gap
        if total > _MAX_STRIP_SIDE or len(line) * slot_width + apart > _MAX_STRIP_SIDE:
            break
        fit += 1
    lines, line_heights = lines[:fit], line_heights[:fit]
    if not lines:
        return [[] for _ in boxes]
    strip = np.full(
        (sum(line_heights) + gap * (len(line_heights) + 1), min(per_line, len(crops)) * slot_width + apart),
        255,
        np.uint8,
    )
    corners = []
    top = gap
    for line, line_height in zip(lines, line_heights, strict=True):
        for column, crop in enumerate(line):
            left = apart + column * slot_width
            strip[top : top + crop.shape[0], left : left + crop.shape[1]] = crop
            corners.append((top, left))
        top += line_height + gap
    timeout = min(options.crops_timeout_seconds, options.timeout_seconds)
    crops_options = replace(
        options,
        languages=languages or _english_first(options.languages),
        tesseract_config="--psm 6",
        timeout_seconds=timeout,
    )
    again = read_once(strip, "crops", crops_options)
    out: list[list[Word]] = [[] for _ in boxes]
    for word in again.words:
        for index, ((top, left), crop, box) in enumerate(zip(corners, crops, boxes, strict=False)):
            inside_line = top - gap / 2 <= word.cy < top + crop.shape[0] + gap / 2
            if inside_line and left - apart / 2 <= word.cx < left + crop.shape[1] + apart / 2:
                dx, dy = int(box.x0) - left, int(box.y0) - top
                out[index].append(
                    replace(
                        word, x0=word.x0 + dx, x1=word.x1 + dx, y0=word.y0 + dy, y1=word.y1 + dy, block=-1
                    )
                )
                break
    return out


def _cells_read_again(image: Image, cells: Sequence[Box], options: OcrOptions) -> list[list[Word]]:
    """The words in each weak cell, the cells read side by side (as many as fit the strip's width):
    a wide grid's many short cells (a day's one-letter code) one under the other would make a strip
    taller than Tesseract reads. (Side by side, a wrapped cell's lines may run into those of the
    cells beside it: the first cells of a table are read one under the other.)"""
    widest = max(b.x1 - b.x0 for b in cells)
    per_line = max(1, min(_CELLS_PER_LINE, int(_MAX_STRIP_SIDE // (2 * widest))))
    return _read_crops(image, cells, options, None, per_line)


def _digits_model(options: OcrOptions) -> str:
    return "eng" if "eng" in options.languages.split("+") else options.languages


def _english_first(languages: str) -> str:
    """The languages with English first, for crops (lone values, symbols, weak cells): the
    Indonesian model reads a lone "%" as "Yo" at 90+ confidence, the English one as "%"."""
    names = languages.split("+")
    return "+".join(["eng", *(n for n in names if n != "eng")]) if "eng" in names else languages


def _tables(
    reading: _Reading,
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
    paragraphs = [[w for line in paragraph for w in line] for paragraph in split_paragraphs(reading.lines)]

    height = statistics.median(w.y1 - w.y0 for w in words) if words else 0.0

    def kept(table: OcrTable, found: list[OcrTable]) -> bool:
        boxes = [t.box for t in found]
        return mostly_filled(table) and (
            number_columns(table) >= 2
            or not (
                cuts_through_paragraphs(table.box, paragraphs)
                or joins_running_blocks(stacked_extent(boxes.index(table.box), boxes, height), reading.words)
                or gutter_runs_on(table.box, reading.words)
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


def _corrected_cell(value: str) -> str:
    """A cell's codes repaired by their grammar; a vehicle's plate and chassis number too, which
    only a table's column holds (in running text a plate's shape is too often something else)."""
    return correct_vehicle_numbers(correct_codes(value))


def _weak_cells(reading: _Reading, grid: Grid) -> list[tuple[Box, list[Word]]]:
    """Cells of a ruled table read weakly on the page (inked but empty, a glyph or two of low
    confidence, e.g. a lone "%", or no word read surely), each with the words the page reading
    put in it."""
    weak: list[tuple[Box, list[Word]]] = []
    for r in range(len(grid.ys) - 1):
        for c in range(len(grid.xs) - 1):
            x0, y0, x1, y1 = grid.xs[c], grid.ys[r], grid.xs[c + 1], grid.ys[r + 1]
            inside = [w for w in reading.words if x0 <= w.cx < x1 and y0 <= w.cy < y1]
            text = "".join(w.text for w in inside)
            # A lone symbol ("%") comes back from the page as a short letter pair ("Yo").
            short = (
                bool(inside) and len(text) <= 2 and (text.isalpha() or min(w.confidence for w in inside) < 80)
            )
            # A cell no word of which was read surely (a lone digit read as a few marks at 40) is weak too.
            unsure = bool(inside) and max(w.confidence for w in inside) < _CELL_REREAD_CONFIDENCE
            if (inside and not short and not unsure) or len(weak) == _MAX_CELL_REREADS:
                continue
            crop = reading.image[y0 + _CELL_INSET : y1 - _CELL_INSET, x0 + _CELL_INSET : x1 - _CELL_INSET]
            if crop.size == 0 or np.count_nonzero(crop < 128) < 30:
                continue  # a really empty cell
            weak.append((Box(x0 + _CELL_INSET, y0 + _CELL_INSET, x1 - _CELL_INSET, y1 - _CELL_INSET), inside))
    return weak


def _dash_cells(reading: _Reading, grid: Grid, text_height: float) -> list[Word]:
    """A "-" word for each cell of a ruled table that holds no word but a lone dash (an empty
    value marked so): Tesseract reads no word there, and the row would lose a cell."""
    dashes: list[Word] = []
    for r in range(len(grid.ys) - 1):
        for c in range(len(grid.xs) - 1):
            x0, y0, x1, y1 = grid.xs[c], grid.ys[r], grid.xs[c + 1], grid.ys[r + 1]
            if any(x0 <= w.cx < x1 and y0 <= w.cy < y1 for w in reading.words):
                continue
            crop = reading.image[y0 + _CELL_INSET : y1 - _CELL_INSET, x0 + _CELL_INSET : x1 - _CELL_INSET]
            mark = page_image.lone_dash(crop, text_height)
            if mark is not None:
                left, top = x0 + _CELL_INSET, y0 + _CELL_INSET
                box = (left + mark[0], top + mark[1], left + mark[2], top + mark[3])
                dashes.append(Word("-", _DASH_CONFIDENCE, *box, order=len(reading.words) + len(dashes)))
    return dashes


def _with_cells_read_again(words: list[Word], rereads: list[tuple[list[Word], list[Word]]]) -> list[Word]:
    """The page's words, a weak cell's replaced by its reading on its own where that is sure."""
    for inside, again in rereads:
        if again and sum(w.confidence for w in again) / len(again) >= _CELL_REREAD_CONFIDENCE:
            order = inside[0].order if inside else len(words)
            words = [w for w in words if w not in inside] + [replace(w, order=order) for w in again]
    return words


def _relative(table: OcrTable, width: int, height: int) -> OcrTable:
    def scale(box: Box) -> Box:
        return Box(
            min(1.0, max(0.0, box.x0 / width)),
            min(1.0, max(0.0, box.y0 / height)),
            min(1.0, max(0.0, box.x1 / width)),
            min(1.0, max(0.0, box.y1 / height)),
        )

    return OcrTable(table.rows, scale(table.box), [scale(b) for b in table.row_boxes])


def _text(lines: Sequence[Sequence[Word]], tables: Sequence[OcrTable] = (), rules: Sequence[Box] = ()) -> str:
    """Tesseract's paragraphs in its reading order, a table written row by row, each cell whole
    (where Tesseract may have read it column by column, or a wrapped cell's lines interleaved
    with its neighbours'). On a single-column page the paragraphs and tables go top to bottom:
    next to a large table Tesseract's block order can put a title after the table. A form's
    labels and values (which Tesseract reads as two columns) are read row by row, but the two
    sides of a vertical rule between blocks of text (a boxed form's panel) and a numbered list
    in two columns each down whole."""
    boxes = [t.box for t in tables]
    lines = cut_at_sidebar(lines, boxes) or lines
    lines = blocks_read_down(lines, boxes) or lines
    lines = level_rows(form_rows(lines, boxes) or lines, boxes)
    lines = numbered_columns_read_down(lines) or lines
    free = words_outside([w for line in lines for w in line], boxes)
    lines = read_beside_rules(lines, dividing_rules(rules, free), rules) or lines
    units: list[tuple[Box, str]] = []
    emitted: set[int] = set()
    for paragraph in split_paragraphs(lines):
        kept: list[list[Word]] = []
        for line in paragraph:
            inside = [_box_of(w, boxes) for w in line]
            if kept and any(t is not None for t in inside):
                # A paragraph of Tesseract's can run over a table (a title above it, a note
                # below): its lines on either side are two units, each placed by its own top.
                units.extend(_units(kept))
                kept = []
            for table in dict.fromkeys(t for t in inside if t is not None):
                if table not in emitted:
                    emitted.add(table)
                    rows = (" ".join(cell for cell in row if cell) for row in tables[table].rows)
                    units.append((boxes[table], "\n".join(rows)))
            outside = [w for w, t in zip(line, inside, strict=True) if t is None]
            if outside:
                kept.append(outside)
        if kept:
            units.extend(_units(kept))
    # Columns of text are paragraphs of several lines side by side; one line Tesseract cut in
    # two blocks is not a column layout.
    if not side_by_side([box for box, text in units if "\n" in text]):
        units.sort(key=lambda unit: unit[0].y0)
    else:
        heights = [w.y1 - w.y0 for line in lines for w in line]
        units = in_bands(units, _GUTTER_HEIGHTS * statistics.median(heights) if heights else 0.0)
    return _BLANK_LINES.sub("\n\n", "\n\n".join(text for _, text in units)).strip()


def _units(lines: Sequence[Sequence[Word]]) -> list[tuple[Box, str]]:
    """A paragraph of Tesseract's as units of the page's text: cut where a line stands below the
    line before it but wholly beside it (a centred title and the label at the right under it,
    strung into one block), each part then placed by its own box. (A row read as two lines, a
    label and its value level with it, stays one unit.)"""
    parts: list[list[Sequence[Word]]] = []
    for line in lines:
        if parts and not _apart_below(parts[-1][-1], line):
            parts[-1].append(line)
        else:
            parts.append([line])
    return [_unit(part) for part in parts]


def _apart_below(above: Sequence[Word], line: Sequence[Word]) -> bool:
    """Whether ``line`` stands below ``above`` and shares no stretch of the page's width with it."""
    beside = min(w.x0 for w in line) >= max(w.x1 for w in above) or max(w.x1 for w in line) <= min(
        w.x0 for w in above
    )
    return beside and min(w.y0 for w in line) >= max(w.y1 for w in above)


def _unit(lines: Sequence[Sequence[Word]]) -> tuple[Box, str]:
    """Lines of words as one unit of the page's text, with the box they cover."""
    words = [w for line in lines for w in line]
    box = Box(
        min(w.x0 for w in words), min(w.y0 for w in words), max(w.x1 for w in words), max(w.y1 for w in words)
    )
    return box, "\n".join(" ".join(w.text for w in line) for line in lines)


# A unit standing alone in its band is taken for one across the page (a cut above and below it is
# safe) when it spans this share of the page's text width; a narrower one may be a box of a
# leaflet's grid that Tesseract reads in its own order with its neighbours.
_ACROSS_SHARE = 0.6
# Units this many text heights apart, with nothing crossing between them, are columns.
_GUTTER_HEIGHTS = 1.0


def in_bands(units: Sequence[tuple[Box, str]], gutter: float = 0.0) -> list[tuple[Box, str]]:
    """Units side by side kept in Tesseract's order within the band of the page they share, the
    bands top to bottom: next to a wide table (or beside a pair of signature blocks) Tesseract's
    block order can put a page's title and heading lines after everything below them. The page is
    cut only above or below a unit standing alone in its band (but for one-line marks within its
    height) and across most of the page (a table, a paragraph): two columns whose paragraphs
    happen to end level stay one band, each column read down whole. Within a band, boxes apart by
    a gutter at least ``gutter`` wide that no box crosses are columns (a body and its sidebar):
    each is read down whole, top to bottom, the columns left to right (Tesseract's order can take
    a sidebar's paragraphs in between the body's); a unit ending above every unit of the other
    columns stands over them and is read first."""
    order = sorted(range(len(units)), key=lambda i: units[i][0].y0)
    bands: list[list[int]] = []
    bottom = float("-inf")
    for index in order:
        box = units[index][0]
        if bands and box.y0 < bottom:
            bands[-1].append(index)
            bottom = max(bottom, box.y1)
        else:
            bands.append([index])
            bottom = box.y1
    left = min(box.x0 for box, _ in units)
    right = max(box.x1 for box, _ in units)

    def across(band: list[int]) -> bool:
        widest = max(band, key=lambda i: units[i][0].x1 - units[i][0].x0)
        box = units[widest][0]
        # A mark beside it, one line within its height (a letterhead's emblem read as letters),
        # is no column: the unit still stands alone across the page.
        marks = all(
            "\n" not in units[i][1] and box.y0 <= units[i][0].y0 and units[i][0].y1 <= box.y1
            for i in band
            if i != widest
        )
        return marks and box.x1 - box.x0 >= _ACROSS_SHARE * (right - left)

    joined: list[list[int]] = []
    for band in bands:
        if joined and not across(joined[-1]) and not across(band):
            joined[-1].extend(band)
        else:
            joined.append(band)
    out: list[tuple[Box, str]] = []
    for band in joined:
        reading = column_order([units[i][0] for i in band], gutter) if gutter > 0 else None
        if reading is None:
            out.extend(units[i] for i in sorted(band))
        else:
            out.extend(units[band[i]] for i in reading)
    return out


def side_by_side(boxes: Sequence[Box]) -> bool:
    """Whether any two boxes stand next to each other (columns of text), not one above the other."""
    for a, b in itertools.combinations(boxes, 2):
        overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
        if overlap > 0.5 * min(a.y1 - a.y0, b.y1 - b.y0) and (a.x1 <= b.x0 or b.x1 <= a.x0):
            return True
    return False


def _box_of(word: Word, boxes: Sequence[Box]) -> int | None:
    for index, box in enumerate(boxes):
        if box.holds(word):
            return index
    return None


def ocr_pages(
    images: Sequence[Image], options: OcrOptions, executor: Executor | None = None
) -> list[OcrResult]:
    """OCR several pages, in parallel when an executor (a process pool) is given."""
    run: Callable[[Image], OcrResult] = functools.partial(ocr_page, options=options)
    if executor is None or len(images) == 0:
        return [run(image) for image in images]
    return list(executor.map(run, images))


@functools.cache
def osd_available() -> bool:
    try:
        return "osd" in pytesseract.get_languages(config="")
    except pytesseract.TesseractNotFoundError as exc:
        raise DependencyUnavailable("tesseract is not installed", reason="TESSERACT_MISSING") from exc


def detect_rotation(gray: Image, options: OcrOptions) -> int:
    """Clockwise rotation (0/90/180/270) that makes the page upright, 0 when OSD is unsure."""
    try:
        osd = pytesseract.image_to_osd(
            gray, output_type=pytesseract.Output.DICT, timeout=options.timeout_seconds
        )
    except (pytesseract.TesseractError, RuntimeError):
        return 0  # too little text to tell; keep the page as it is
    if float(osd.get("orientation_conf", 0)) < 2.0:
        return 0
    return int(osd.get("rotate", 0)) % 360


def read_once(gray: Image, name: str, options: OcrOptions) -> _Reading:
    """One Tesseract pass over the page exactly as given (words, boxes, confidences)."""
    if options.deadline is not None:
        left = options.deadline - time.monotonic()
        if left < _MIN_CALL_SECONDS:
            return _Reading(name, gray, [], [], timed_out=True)
        options = replace(options, timeout_seconds=min(options.timeout_seconds, left))
    with tempfile.TemporaryDirectory(prefix="samarinda-ocr-") as scratch:
        path = os.path.join(scratch, "page.png")
        _write_like_a_scan(path, gray)
        return _read_file(path, gray, name, options)


def _read_file(path: str, gray: Image, name: str, options: OcrOptions) -> _Reading:
    try:
        data = pytesseract.image_to_data(
            path,
            lang=options.languages,
            config=options.tesseract_config,
            output_type=pytesseract.Output.DICT,
            timeout=options.timeout_seconds,
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise DependencyUnavailable("tesseract is not installed", reason="TESSERACT_MISSING") from exc
    except RuntimeError as exc:  # pytesseract's timeout
        if "timeout" not in str(exc).lower():
            raise
        return _Reading(name, gray, [], [], timed_out=True)
    words, lines = _words(data)
    return _Reading(name, gray, words, lines)


def _words(data: dict[str, list[object]]) -> tuple[list[Word], list[list[Word]]]:
    """Tesseract's word table as words, and as its lines in reading order."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    words: list[Word] = []
    for i, raw in enumerate(data["text"]):
        # Table rulings come back as "|" glued to or standing between words.
        text = str(raw).strip().strip(_RULE_GLYPHS)
        confidence = float(str(data["conf"][i]))
        if not text or confidence < 0:
            continue
        left, top = int(str(data["left"][i])), int(str(data["top"][i]))
        block = int(str(data["block_num"][i]))
        word = Word(
            text=text,
            confidence=confidence,
            x0=left,
            y0=top,
            x1=left + int(str(data["width"][i])),
            y1=top + int(str(data["height"][i])),
            order=len(words),
            block=block,
        )
        key = (block, int(str(data["par_num"][i])), int(str(data["line_num"][i])))
        lines.setdefault(key, []).append(word)
        words.append(word)
    # An empty line between paragraphs keeps the blank line readers (chunking) split on.
    out: list[list[Word]] = []
    previous: tuple[int, int] | None = None
    for (block, paragraph, _), line in lines.items():
        if previous is not None and (block, paragraph) != previous:
            out.append([])
        out.append(line)
        previous = (block, paragraph)
    return words, out


def _write_like_a_scan(path: str, gray: Image) -> None:
    """A PNG without a resolution, fast to write: Tesseract then estimates the resolution from
    the text's size, as it does for a user's scan. (A BMP, pytesseract's cheap path, always
    claims 96 dpi, which Tesseract's page layout trusts: a 300-dpi table page read as 96 dpi
    splits lines; the same claim on a fax joins them.)"""
    if not cv2.imwrite(path, gray, [cv2.IMWRITE_PNG_COMPRESSION, 1]):
        raise OSError(f"cannot write the page image for Tesseract to {path}")
