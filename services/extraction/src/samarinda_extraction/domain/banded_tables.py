"""Tables ruled across only (a rule under each row, no column rules).

Runs of rules of the same ends at row spacing give the rows; the columns are the gutters the
words between them leave, decided as an unruled table's are. A rule that runs through words is
a line of text or a streak, no row's rule. Separate: the region comes from the rules, the
columns from the words.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence

from samarinda_extraction.domain.column_edges import kept_edges
from samarinda_extraction.domain.column_gutters import gutters
from samarinda_extraction.domain.ocr_words import (
    Box,
    Grid,
    Word,
    slot_of,
    split_at_gaps,
    text_words,
    visual_rows,
)

# Rules of one table ruled across only end within this many text heights of each other; rules
# closer than a text height are one (a double rule under the totals). Its rows are at most
# _BAND_HEIGHTS text heights tall (a cell wrapped onto several lines), and it has _MIN_BANDS of
# them at least (a header and two rows): a report ruled around its header only has two, a
# letterhead's double rule one.
_SAME_END = 2.0
_BAND_HEIGHTS = 12.0
_MIN_BANDS = 3


def banded_grids(
    rules: Sequence[Box], words: Sequence[Word], grids: Sequence[Grid], column_rules: Sequence[Box] = ()
) -> list[Grid]:
    """Grids of the tables ruled across only, with no column rules (a rule under each row):
    rules of the same ends stacked at row spacing give the rows; the columns are the gutters the
    words between them leave, taken over all the rows at once (see :func:`gutters`), so that a
    cell wrapped onto several lines stays in its row and column. A table a grid was found for
    (its row rules are among ``rules``), or with column rules of its own (``column_rules``: a
    grid the scan left too faint to be found), is left to the readers that use them."""
    text = text_words(words)
    if not text:
        return []
    height = statistics.median(w.height for w in text)
    rules = [rule for rule in rules if not through_text(rule, text)]
    out: list[Grid] = []
    for run in _rule_runs(rules, height):
        left, right = min(r.x0 for r in run), max(r.x1 for r in run)
        ys = tuple(int(r.y0 + r.y1) // 2 for r in run)
        box = Box(left, ys[0], right, ys[-1])
        if any(_boxes_meet(box, Box(g.xs[0], g.ys[0], g.xs[-1], g.ys[-1])) for g in grids) or any(
            _divides(rule, box) for rule in column_rules
        ):
            continue
        ys = _without_outlying_bands(ys, [w for w in text if box.holds(w)], height)
        for part in _tables_apart(ys, [w for w in text if Box(left, ys[0], right, ys[-1]).holds(w)], height):
            inside = [w for w in text if Box(left, part[0], right, part[-1]).holds(w)]
            held = {slot_of(part, w.cy) for w in inside}
            if len(held) < _MIN_BANDS or 2 * len(held) <= len(part) - 1:
                continue
            middles = _band_columns(inside, height)
            if len(middles) >= 2:
                out.append(Grid((int(left), *middles, int(right)), part))
    return out


def _tables_apart(ys: tuple[int, ...], words: Sequence[Word], height: float) -> list[tuple[int, ...]]:
    """The run's rules as the tables they rule: two tables of the same width one under the other,
    a title line between them in a band of its own ("Deductions:"), stack their rules at row
    spacing, yet their columns differ; taken as one table, the columns of the upper one cut
    through the cells of the lower. Split at such a band when the rows above and below it each
    make a table (_MIN_BANDS bands) and leave different columns; a group row across the columns
    of one table leaves the same columns above and below it and keeps the table whole."""

    def within(part: tuple[int, ...]) -> list[Word]:
        return [w for w in words if part[0] <= w.cy < part[-1]]

    for k in range(_MIN_BANDS, len(ys) - _MIN_BANDS - 1):
        band = [w for w in words if ys[k] <= w.cy < ys[k + 1]]
        if len(visual_rows(band)) != 1 or len(split_at_gaps(sorted(band, key=lambda w: w.x0), height)) != 1:
            continue
        above, below = ys[: k + 1], ys[k + 1 :]
        upper, lower = _band_columns(within(above), height), _band_columns(within(below), height)
        if len(upper) >= 2 and len(lower) >= 2 and not _same_columns(upper, lower, height):
            return [above, *_tables_apart(below, words, height)]
    return [ys]


# Column edges of one table decided over different rows lie within this many text heights.
_SAME_EDGE = 2.0


def _same_columns(a: Sequence[int], b: Sequence[int], height: float) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= _SAME_EDGE * height for x, y in zip(a, b, strict=True))


# An end band this many times as tall as the run's usual band may be no row of the table.
_OUTLYING_BAND = 2.0


def _band_columns(words: Sequence[Word], height: float) -> list[int]:
    """The inner column edges the words between a run of rules leave (see :func:`gutters`)."""
    lines = visual_rows(words)
    return kept_edges(lines, gutters(lines, height))[0][1:-1] if lines else []


def _without_outlying_bands(ys: tuple[int, ...], words: Sequence[Word], height: float) -> tuple[int, ...]:
    """The run's rules without an end band far taller than its usual band whose words close the
    gutters the other bands leave: a letterhead's rule lies above a title and a block of labels
    within reach of the table's first rule, and taken as its top rule those lines run across
    the table's columns. (A tall header band whose labels stand over the columns keeps them.)"""

    def columns(edges: tuple[int, ...]) -> int:
        return len(_band_columns([w for w in words if edges[0] <= w.cy < edges[-1]], height))

    for _ in range(2):
        if len(ys) <= _MIN_BANDS + 1:
            break
        bands = [b - a for a, b in itertools.pairwise(ys)]
        usual = statistics.median(bands)
        if bands[0] > _OUTLYING_BAND * usual and columns(ys[1:]) > columns(ys):
            ys = ys[1:]
        elif bands[-1] > _OUTLYING_BAND * usual and columns(ys[:-1]) > columns(ys):
            ys = ys[:-1]
    return ys


# A row's rule lies in the gap between lines of text; one running through words along this share
# of its length or more is no rule. On a fax the wide bridging that mends broken rules joins a
# line of text into a "rule" (along its baseline or the tops of its small letters), and a streak
# runs through the words too. A rule laid under a row by hand or by a printer never crosses its
# words (a word's box may touch it on a page not quite level: its edges are left out).
_THROUGH_TEXT = 0.15
_WORD_EDGE = 1 / 8


def through_text(rule: Box, words: Sequence[Word]) -> bool:
    """Whether the rule runs through words (their boxes but for the top and bottom eighth) along
    a fair share of its length: a line of text or a streak across it, no row's rule."""
    y = (rule.y0 + rule.y1) / 2
    crossed = sum(
        min(w.x1, rule.x1) - max(w.x0, rule.x0)
        for w in words
        if w.x0 < rule.x1
        and rule.x0 < w.x1
        and w.y0 + _WORD_EDGE * w.height <= y <= w.y1 - _WORD_EDGE * w.height
    )
    return crossed >= _THROUGH_TEXT * (rule.x1 - rule.x0)


def _rule_runs(rules: Sequence[Box], height: float) -> list[list[Box]]:
    """The rules in runs of the same ends, each at most a band's height below the one before."""
    runs: list[list[Box]] = []
    for rule in sorted(rules, key=lambda r: r.y0):
        run = next(
            (
                run
                for run in runs
                if abs(run[-1].x0 - rule.x0) <= _SAME_END * height
                and abs(run[-1].x1 - rule.x1) <= _SAME_END * height
                and rule.y0 - run[-1].y1 <= _BAND_HEIGHTS * height
            ),
            None,
        )
        if run is None:
            runs.append([rule])
        elif rule.y0 - run[-1].y1 >= height:
            run.append(rule)
    return [run for run in runs if len(run) > _MIN_BANDS]


# A vertical line running on past a table both ways by this share of its height (and by
# _RUN_PAST_LEAST px at least) is a streak down the page (dirt on a fax's or scanner's glass, a
# fold), no rule of the table's columns.
_RUN_PAST = 0.1
_RUN_PAST_LEAST = 50


def _divides(rule: Box, box: Box) -> bool:
    """Whether a vertical rule runs down half the box or more inside it, between its ends, and
    not on far past both of them (a streak)."""
    inside = box.x0 < (rule.x0 + rule.x1) / 2 < box.x1
    reach = max(_RUN_PAST_LEAST, _RUN_PAST * (box.y1 - box.y0))
    streak = rule.y0 < box.y0 - reach and rule.y1 > box.y1 + reach
    return inside and not streak and 2 * (min(rule.y1, box.y1) - max(rule.y0, box.y0)) >= box.y1 - box.y0


def _boxes_meet(a: Box, b: Box) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1
