"""Ruling lines of tables on a page image (OpenCV morphology): each table's row and column edges."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import cv2
import numpy as np

from samarinda_extraction.domain.ocr_tables import Box, Grid

Image = np.ndarray


def find_grids(gray: Image, broken: bool = False) -> tuple[list[Grid], Image]:
    """One :class:`Grid` per ruled table on an upright, deskewed page, and the mask of all the
    ruling lines (255 on a line).

    ``broken``: the page came as a fax or 1-bit scan, whose thin rules are dotted and dashed
    (the threshold dropped their grey parts). Shorter pieces are then bridged across wider gaps;
    that could also join the bars of a line of capitals, so these rulings count only inside a
    grid they form with the columns' rules, and only there are they erased."""
    width = gray.shape[1]
    ink = cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, max(15, (width // 80) | 1), 15
    )
    grids, frame = _grids(ink, _BRIDGING, _COLUMN_INKED, broken)
    if not broken:
        return grids, frame
    repaired, repaired_frame = _grids(ink, _BROKEN_BRIDGING, _DASHED_COLUMN_INKED, broken)
    repaired = [grid for grid in repaired if _cells_hold_text(grid, ink.shape)]
    if len(repaired) < len(grids) or sum(len(g.ys) for g in repaired) <= sum(len(g.ys) for g in grids):
        return grids, frame
    return repaired, cv2.bitwise_or(frame, cv2.bitwise_and(repaired_frame, grid_lines(repaired, frame.shape)))


# A vertical rule is at least this share of the page's height long (two lines of text at 300 dpi)
# and inked along this share of its length (a fax's dashed rule along half of it; the stems of
# letters that start a column, bridged from line to line, leave the gaps between the lines).
_VERTICAL_RULE = 1 / 40
_RULE_INKED = 0.85
_DASHED_RULE_INKED = 0.5
# A horizontal rule is at least this share of the page's width long: a table's, drawn across
# several columns; an underline under a word or a signature's name is shorter.
_HORIZONTAL_RULE = 1 / 4


def vertical_rules(gray: Image, broken: bool = False) -> list[Box]:
    """The page's vertical rule lines, each as a thin box (``broken``: a fax's, see find_grids);
    whether one divides columns of text is for the words around it to tell."""
    return _rules(gray, broken, horizontal=False)


def horizontal_rules(gray: Image, broken: bool = False) -> list[Box]:
    """The page's horizontal rule lines across a quarter of its width or more, each as a thin
    box; whether they rule a table's rows is for the words between them to tell."""
    return _rules(gray, broken, horizontal=True)


def _rules(gray: Image, broken: bool, horizontal: bool) -> list[Box]:
    height, width = gray.shape[:2]
    ink = cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, max(15, (width // 80) | 1), 15
    )
    length = max(15, int(_HORIZONTAL_RULE * width if horizontal else _VERTICAL_RULE * height))
    runs = _long_runs(ink, length, horizontal, _BROKEN_BRIDGING if broken else _BRIDGING)
    inked = _DASHED_RULE_INKED if broken else _RULE_INKED
    thickest = _MAX_RULE_THICKNESS * (height if horizontal else width) + 4
    count, _, stats, _ = cv2.connectedComponentsWithStats(runs, connectivity=8)
    rules = []
    for label in range(1, count):
        x, y, w, h, _ = stats[label]
        long, thick = (w, h) if horizontal else (h, w)
        if long < length or thick > thickest:
            continue
        if (ink[y : y + h, x : x + w] > 0).any(axis=0 if horizontal else 1).mean() >= inked:
            rules.append(Box(int(x), int(y), int(x + w), int(y + h)))
    return rules


# A table's row holds a line of text and its padding: its rules lie this share of the page's
# longer side apart at least (a 7-pt line at 300 dpi is ~1.1 %), each of them. The fax's wide
# bridging joins the letters of running text too: line by line into "rules", and stems standing
# above each other into "columns", a grid whose rows are a letter's height or less; erased, it
# takes the paragraph's words with it. Inside a real table, the bars of a cell's wrapped lines
# joined so leave a row or two thinner than a line among the real rows: such a grid splits the
# rows' text that the narrower bridging's grid reads whole. A column holds a glyph at least:
# two "column rules" closer than a line is high are the edges of one stroke or the stems of a
# line of text, and such a grid laid over a header's words takes them apart.
_MIN_ROW_SHARE = 0.011


def _cells_hold_text(grid: Grid, shape: tuple[int, ...]) -> bool:
    """Whether the grid's rows are, each of them, tall enough to hold a line of text, and its
    columns wide enough to hold a glyph."""
    least = _MIN_ROW_SHARE * max(shape[:2])
    return float(np.min(np.diff(grid.ys))) >= least and float(np.min(np.diff(grid.xs))) >= least


# How far (px) a broken rule's pixels may lie from the line its grid found: its thickness and
# what the deskewing left of its slope.
_RULE_REACH = 8


def grid_lines(grids: list[Grid], shape: tuple[int, ...]) -> Image:
    """A mask of the bands along each grid's rows and columns, and nothing else: joined at the
    fax's bridging, the bars of a line of digits or capitals (a code's dots, the tops of "7" and
    "5") pass for a ruling inside a cell, and erasing them would erase the text."""
    mask = np.zeros(shape[:2], np.uint8)
    for grid in grids:
        # within the grid's outer rules (and their thickness): outside, nothing is its ruling
        top, bottom, left, right = _outer_box(grid)
        for y in grid.ys:
            mask[max(top, y - _RULE_REACH) : min(bottom, y + _RULE_REACH + 1), left:right] = 255
        for x in grid.xs:
            mask[top:bottom, max(left, x - _RULE_REACH) : min(right, x + _RULE_REACH + 1)] = 255
    return mask


def _outer_box(grid: Grid) -> tuple[int, int, int, int]:
    """Top, bottom, left and right of the area a grid's outer rules enclose, their thickness in."""
    return grid.ys[0] - 3, grid.ys[-1] + 4, grid.xs[0] - 3, grid.xs[-1] + 4


# (piece, gap) as divisors of the shortest run kept: pieces a fifth of it (longer than any stroke
# of a letter) bridged across a third of it. On a bilevel page (piece 0) any dash of _FAX_DASH px
# bridged across half of it: a fax's thin rules come as dashes of 10-20 px after enlarging,
# shorter than a fifth of a run; the grid test below keeps the bars of letters so joined out.
_BRIDGING = (5, 3)
_BROKEN_BRIDGING = (0, 2)
_FAX_DASH = 7


def _grids(
    ink: Image, bridging: tuple[int, int], column_inked: float, streaked: bool
) -> tuple[list[Grid], Image]:
    """The grids of the page's ink; ``streaked``: a fax or 1-bit scan, whose glass may have left
    straight vertical streaks down the page, to be told from column rules."""
    height, width = ink.shape
    horizontal = _long_runs(ink, width // 20, True, bridging)
    vertical = _long_runs(ink, height // 60, False, bridging)
    # Close small breaks (fax, JPEG) so that each ruling is one run.
    horizontal = cv2.dilate(horizontal, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 3)))
    vertical = cv2.dilate(vertical, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 15)))
    frame = cv2.bitwise_or(horizontal, vertical)
    count, _, stats, _ = cv2.connectedComponentsWithStats(frame, connectivity=8)
    grids = []
    for label in range(1, count):
        x, y, w, h, _ = stats[label]
        if w < width // 4 or h < height // 30:
            continue
        ys = _edges(horizontal[y : y + h, x : x + w].sum(axis=1) / 255, 0.6 * w, y)
        # The edges of a photographed sheet, warped flat, lie along the image's border: no rules.
        ys = [e for e in ys if _EDGE * height < e < (1 - _EDGE) * height]
        if len(ys) < 3:
            continue
        # Columns between the first and the last rule; a vertical line running on far past them
        # both ways (dirt on a fax's or scanner's glass, a fold) is no column rule. (One way
        # only may be the same column of a table just above or below.)
        top, bottom = ys[0], ys[-1]
        band = vertical[top : bottom + 1, x : x + w].sum(axis=0) / 255
        reach = max(50, (bottom - top) // 10)
        xs = [
            edge
            for edge in _edges(band, 0.6 * (bottom - top), x)
            if not (
                vertical[max(0, top - 2 * reach) : max(0, top - reach), edge].any()
                and vertical[bottom + reach : bottom + 2 * reach, edge].any()
            )
        ]
        xs = [
            e
            for e in xs
            if _EDGE * width < e < (1 - _EDGE) * width
            and _crosses_rows(ink, e, ys, column_inked)
            and not (streaked and _runs_through_text(ink, e, ys))
        ]
        xs = _one_per_rule(xs, band, x, _column_reach(ys))
        if len(xs) >= 3:
            open_rules: frozenset[tuple[int, int]] = frozenset()
            if not streaked:
                # On a fax the bars of a line of capitals, bridged, run as far as a short rule.
                ys, open_rules = _with_partial_rules(horizontal, xs, ys)
            grids.append(Grid(tuple(xs), tuple(ys), _open_edges(ink, xs, ys), open_rules))
    return _distinct(sorted(grids, key=lambda g: g.ys[0])), frame


# A column rule crosses a row from the rule above it to the rule below it; the stems of letters
# that start a column on row after row ("l", "d", "I"), bridged across the row rules into one
# vertical run, fill a row only as far as the letters are tall, never its padding. So a column
# counts when it fills a share of some rows: of the rows between two rules, at least
# _CROSSED_ROWS (a cell merged across the column, an account row spanning the table, leaves a
# row uncrossed). A fax's rule broken into dashes fills half a row at least.
_COLUMN_INKED = 0.85
_DASHED_COLUMN_INKED = 0.5
_CROSSED_ROWS = 1 / 3
# Pixels next to a row's rules left out (the rule's own thickness and blur).
_RULE_MARGIN = 3


def _crosses_rows(ink: Image, x: int, ys: list[int], share: float) -> bool:
    """Whether the column found at ``x`` fills ``share`` of enough of the rows between ``ys``.

    The column's position is ``x`` averaged over the grid's height; a page left with a slight
    skew moves the rule sideways row by row, so each row looks for it within a reach that grows
    with the grid's height, and lets it step a pixel inside the row."""
    reach = _column_reach(ys)
    left, right = max(0, x - reach), x + reach + 1
    crossed = rows = 0
    for above, below in itertools.pairwise(ys):
        band = ink[above + _RULE_MARGIN : below - _RULE_MARGIN, left:right] > 0
        if band.shape[0] < _RULE_MARGIN or band.shape[1] < 3:
            continue
        rows += 1
        stepping = band[:, :-2] | band[:, 1:-1] | band[:, 2:]
        crossed += float(stepping.mean(axis=0).max()) >= share
    return rows > 0 and crossed >= max(1.0, _CROSSED_ROWS * rows)


# A row rule drawn across part of a grid only (under a label spanning columns) runs along this
# share of each column it crosses, from column rule to column rule, and crosses two at least.
_PARTIAL_INKED = 0.9
_PARTIAL_COLUMNS = 2


def _with_partial_rules(
    horizontal: Image, xs: Sequence[int], ys: Sequence[int]
) -> tuple[list[int], frozenset[tuple[int, int]]]:
    """The grid's row rules with those drawn across some of its columns only, and the (row,
    column) pairs whose rule above is not drawn: the cells merged across it. A two-row header
    whose upper labels span columns ("Plan 2027" over "Target" and "Budget") has a rule under
    those labels only; read as one row, the sub-labels would join the labels above them."""
    top, bottom = ys[0], ys[-1]
    drawn = np.stack(
        [horizontal[top:bottom, a:b].mean(axis=1) / 255 >= _PARTIAL_INKED for a, b in itertools.pairwise(xs)],
        axis=1,
    )
    crossing: dict[int, frozenset[int]] = {}
    for y in _edges(drawn.sum(axis=1), _PARTIAL_COLUMNS, top):
        if min(abs(y - e) for e in ys) <= _RULE_REACH:
            continue
        near = drawn[max(0, y - top - _RULE_REACH) : y - top + _RULE_REACH + 1]
        columns = frozenset(int(c) for c in np.flatnonzero(near.any(axis=0)))
        if len(columns) < len(xs) - 1:
            crossing[y] = columns
    all_ys = sorted([*ys, *crossing])
    open_rules = frozenset(
        (row, column)
        for row, y in enumerate(all_ys)
        if y in crossing
        for column in range(len(xs) - 1)
        if column not in crossing[y]
    )
    return all_ys, open_rules


def _column_reach(ys: Sequence[int]) -> int:
    """How far (px) from a column's averaged position :func:`_crosses_rows` looks for its rule."""
    return max(3, (ys[-1] - ys[0]) // 100)


def _one_per_rule(xs: Sequence[int], band: np.ndarray, origin: int, reach: int) -> list[int]:
    """The column edges with those less than ``reach`` apart taken as one, the best-inked down
    the grid (``band``, from ``origin``): the stems of the capitals that start a cell's lines
    close beside its rule, bridged into a line, cross the rows within the reach of that rule,
    borrowing its ink; taken as a column they split off an empty one and are erased with it."""
    out: list[int] = []
    for edge in xs:
        if out and edge - out[-1] < reach:
            if band[edge - origin] > band[out[-1] - origin]:
                out[-1] = edge
        else:
            out.append(edge)
    return out


# A column rule that fills at most this share of a row's height is not drawn across that row.
_UNDRAWN = 0.3
# A drawn rule runs into both ends of its row (even a fax's dashes, a few pixels apart); this
# share of the row's height at its top and at its bottom is the cell's padding, which a letter
# beside the rule's place (a merged group row's text, across the column) leaves blank.
_ROW_ENDS = 1 / 8


def _open_edges(ink: Image, xs: Sequence[int], ys: Sequence[int]) -> frozenset[tuple[int, int]]:
    """(row, column edge) pairs where the inner column rule is not drawn across the row: a cell
    merged across columns (a group's label spanning the table). Only a rule clearly absent
    counts (a fax's dashed rule still fills half its row); so does one whose place holds ink
    that stops short of the row's ends (the stems of the merged label's letters)."""
    reach = max(3, (ys[-1] - ys[0]) // 100)
    out: set[tuple[int, int]] = set()
    for row, (above, below) in enumerate(itertools.pairwise(ys)):
        for edge, x in enumerate(xs[1:-1], 1):
            band = ink[above + _RULE_MARGIN : below - _RULE_MARGIN, max(0, x - reach) : x + reach + 1] > 0
            if band.shape[0] >= _RULE_MARGIN and band.shape[1] >= 3 and not _drawn(band):
                out.add((row, edge))
    return frozenset(out)


def _drawn(band: Image) -> bool:
    """Whether a pixel column of a row's band (True where inked) holds a rule across the row."""
    end = max(2, int(_ROW_ENDS * band.shape[0]))
    across = (band.mean(axis=0) >= _UNDRAWN) & band[:end].any(axis=0) & band[-end:].any(axis=0)
    return bool(across.any())


# A column rule has its cells' padding on both sides; a streak of dirt on a fax's or scanner's
# glass runs straight through the words of the cells it crosses, touching ink on both sides.
# Pixels beside the line looked at (at least), the share of a row's height inked on both sides that makes
# the row pierced, and how many pierced rows (at least, and as a share of the rows) make a streak:
# a real rule, with text set tight against it, is touched on both sides in a row or two at most.
_FLANK = 4
# Pixels right beside the line's body skipped: a fax's rule, resampled, swells by a pixel or so
# on both sides along a stretch of its length (its edge columns half inked), and that swelling
# is the rule's own ink, not a letter's it cuts through.
_RAGGED_EDGE = 2
_PIERCED_ROW = 0.2
_PIERCED_ROWS_MIN = 3
_PIERCED_ROWS_SHARE = 1 / 8


def _runs_through_text(ink: Image, x: int, ys: Sequence[int]) -> bool:
    """Whether the vertical line at ``x`` cuts through the text of enough of the rows between
    ``ys`` to be a streak rather than a column rule: in a pierced row, ink lies right against the
    line on its left and on its right along a good share of the row's height. A streak is a pixel
    or two wide and the page's letters may stand apart that much: ink within half the reach
    counts as touching."""
    reach = max(10, (ys[-1] - ys[0]) // 100)
    flank = max(_FLANK, reach // 2)
    left, right = max(0, x - reach), x + reach + 1
    pierced = rows = 0
    for above, below in itertools.pairwise(ys):
        band = ink[above + _RULE_MARGIN : below - _RULE_MARGIN, left:right] > 0
        if band.shape[0] < _RULE_MARGIN:
            continue
        body = np.flatnonzero(band.mean(axis=0) >= 0.5)
        if not len(body):
            continue
        rows += 1
        first, last = body[0] - _RAGGED_EDGE, body[-1] + _RAGGED_EDGE
        touched_left = band[:, max(0, first - flank) : max(0, first)].any(axis=1)
        touched_right = band[:, last + 1 : last + 1 + flank].any(axis=1)
        pierced += float((touched_left & touched_right).mean()) >= _PIERCED_ROW
    return pierced >= max(_PIERCED_ROWS_MIN, _PIERCED_ROWS_SHARE * rows)


# Share of the page's width or height along its border where no table's rule lies.
_EDGE = 0.015


def _distinct(grids: list[Grid]) -> list[Grid]:
    """One grid per table: the sheet's edges and the table's rules are one connected frame on a
    dewarped photo, found apart from the table's own; of two grids over the same area, the one
    with more cells is kept. (Not merely more rows: the frame's grid gains a row from a footer's
    rule it reaches, and its column rules, measured down to that rule, fall short and are lost.)"""
    kept: list[Grid] = []
    for grid in sorted(grids, key=lambda g: -(len(g.xs) - 1) * (len(g.ys) - 1)):
        if not any(_overlap(grid, other) > 0.5 for other in kept):
            kept.append(grid)
    return sorted(kept, key=lambda g: g.ys[0])


def _overlap(a: Grid, b: Grid) -> float:
    """The shared area of two grids as a share of the smaller one's."""
    width = min(a.xs[-1], b.xs[-1]) - max(a.xs[0], b.xs[0])
    height = min(a.ys[-1], b.ys[-1]) - max(a.ys[0], b.ys[0])
    smaller = min((a.xs[-1] - a.xs[0]) * (a.ys[-1] - a.ys[0]), (b.xs[-1] - b.xs[0]) * (b.ys[-1] - b.ys[0]))
    return max(0, width) * max(0, height) / max(smaller, 1)


def _long_runs(ink: Image, length: int, horizontal: bool, bridging: tuple[int, int]) -> Image:
    """Straight ink runs at least ``length`` long, also where a fax or a worn ribbon broke the
    line into dashes: pieces ``length / bridging[0]`` long are bridged across gaps up to
    ``length / bridging[1]``, and what is then long enough is kept."""

    def kernel(size: int) -> np.ndarray:
        return cv2.getStructuringElement(cv2.MORPH_RECT, (size, 1) if horizontal else (1, size))

    piece, gap = bridging
    pieces = cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel(max(length // piece, 15) if piece else _FAX_DASH))
    bridged = cv2.morphologyEx(pieces, cv2.MORPH_CLOSE, kernel(max(length // gap, 3)))
    return cv2.morphologyEx(bridged, cv2.MORPH_OPEN, kernel(length))


# A rule outside a grid is inked along this share of its length at least: the bars of a line of
# bold capitals, or the stems of letters stacked on aligned lines (a letter's label column), are
# bridged into runs as long as a rule, but with gaps between the letters.
_SOLID = 0.85
# A ruling component this share of the page's shorter side long both ways is a frame, not a line.
_FRAME = 0.03
# A rule is at most this share of the page's shorter side thick (a heavy header rule at 300 dpi
# is 8 px, 12 px are allowed): the stems and bars of a masthead's large bold letters are solid
# along their length too, but several times thicker, and erased they leave the title unreadable.
_MAX_RULE_THICKNESS = 0.005


def solid_rulings(gray: Image, rulings: Image, grids: list[Grid], dashed: bool = False) -> Image:
    """The rulings along a grid's rows and columns, and outside the grids only lines inked
    solidly along their length (underlines, a header's rules), or any line when ``dashed`` (a
    fax breaks every rule into dashes: there a dashed line is still a rule). A grid's rules may
    be broken: the grid vouches for them. A frame (a logo's, a photo's, a sidebar's box) stays:
    erased, it leaves the drawing inside to be read as letters, where Tesseract skips a framed
    picture, and the text inside it to be joined line by line to the text beside it."""
    ink = cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, max(15, (gray.shape[1] // 80) | 1), 15
    )
    inside = np.zeros_like(rulings)
    for grid in grids:
        top, bottom, left, right = _outer_box(grid)
        inside[top:bottom, left:right] = 255
    # Inside a grid only the bands along its own rows and columns are erased: the stems of
    # letters that start a left-aligned column ("l", "I", "d") on row after row, bridged across
    # the row rules between them, pass for a column rule, and erased they lose their stems.
    kept = cv2.bitwise_and(rulings, grid_lines(grids, rulings.shape))
    outside = cv2.bitwise_and(rulings, cv2.bitwise_not(inside))
    thickest = max(3, round(_MAX_RULE_THICKNESS * min(gray.shape[:2])))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(outside, connectivity=8)
    for label in range(1, count):
        x, y, w, h, _ = stats[label]
        box = ink[y : y + h, x : x + w] > 0
        if min(w, h) > _FRAME * min(gray.shape):
            if _is_frame(labels[y : y + h, x : x + w] == label):
                continue
            # Lines across a box: a table no grid was found for (a skewed or broken scan), erased
            # when one of its lines is solid, as a rule is.
            solid = (
                dashed
                or _has_thin_solid_line(box.mean(axis=1), thickest)
                or _has_thin_solid_line(box.mean(axis=0), thickest)
            )
        else:
            # The best-inked line along the component's long side (the dilation widened it).
            solid = dashed or _has_thin_solid_line(box.mean(axis=1) if w >= h else box.mean(axis=0), thickest)
        if solid:
            kept[labels == label] = 255
    return kept


def _has_thin_solid_line(coverage: np.ndarray, thickest: int) -> bool:
    """Whether some line of rows (or columns) is inked along ``_SOLID`` of the length and, with
    its half-inked edges, at most ``thickest`` wide: a rule stands out sharply from the paper
    beside it; the stem of a large bold letter is thicker, a slanted stroke's coverage rises
    and falls gradually over many rows."""
    inked = np.concatenate([[False], coverage >= 0.5, [False]]).astype(np.int8)
    starts = np.flatnonzero(np.diff(inked) == 1)
    ends = np.flatnonzero(np.diff(inked) == -1)
    return any(
        end - start <= thickest and coverage[start:end].max() >= _SOLID
        for start, end in zip(starts, ends, strict=True)
    )


def _is_frame(component: Image) -> bool:
    """A box with no lines across it: at most two lines spanning its width and two its height (a
    table ruled inside has more)."""
    return _spanning_lines(component.mean(axis=1)) <= 2 and _spanning_lines(component.mean(axis=0)) <= 2


def _spanning_lines(coverage: Image) -> int:
    """How many separate runs of rows (or columns) are inked across half the component or more."""
    spanning = (coverage >= 0.5).astype(np.int8)
    return int(np.count_nonzero(np.diff(spanning, prepend=0) == 1))


def erase_rulings(gray: Image, rulings: Image) -> Image:
    """The page without its table lines: Tesseract's layout analysis reads a ruled table badly
    (whole rows and cells vanish), the words alone it reads well; the cells come from the grid."""
    return np.where(cv2.dilate(rulings, np.ones((3, 3), np.uint8)) > 0, np.uint8(255), gray).astype(np.uint8)


def _edges(profile: np.ndarray, threshold: float, origin: int) -> list[int]:
    """Centres of the runs of the profile that reach the threshold."""
    edges: list[int] = []
    start = None
    for i, on in enumerate(np.append(profile >= threshold, False)):
        if on and start is None:
            start = i
        elif not on and start is not None:
            edges.append(origin + (start + i - 1) // 2)
            start = None
    return edges
