"""Table structure on an OCR'd page, from Tesseract's word boxes (and the ruling lines, if any).

Ruled tables: the cells are the boxes between the detected lines; each word goes to the cell that
holds its centre, so a cell wrapped onto two lines stays one cell. Unruled tables: words are
grouped into visual rows, a row is split into segments at gaps much wider than a word space, a
run of rows with three or more segments is a table, and its columns are the gutters that no
segment crosses; a row that only continues cells of the row above (its first column empty) is
a wrapped line and joins that row. Pure functions on plain values.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from samarinda_extraction.domain.cell_marks import without_stray_marks
from samarinda_extraction.domain.quality import CONFIDENT_WORD

_SPACES = re.compile(r"\s+")
# A table's header takes at most this many lines (wrapped labels); a line further down with two
# segments more than the table has columns starts another table.
_HEADER_LINES = 3
_NUMBER_WORD = re.compile(r"\d[\d.,/]*\d")


@dataclass(frozen=True)
class Word:
    text: str
    confidence: float
    x0: int
    y0: int
    x1: int
    y1: int
    order: int = 0  # Tesseract's reading order: keeps the words of a wrapped cell in sequence
    block: int = -1  # Tesseract's layout block on the page; -1 for a word read again in a crop

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def height(self) -> int:
        return self.y1 - self.y0


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def holds(self, word: Word) -> bool:
        """Whether the word's centre lies in the box (edges included)."""
        return self.x0 <= word.cx <= self.x1 and self.y0 <= word.cy <= self.y1

    @classmethod
    def around(cls, words: Sequence[Word]) -> Box:
        """The smallest box holding every one of ``words`` whole."""
        return cls(
            min(w.x0 for w in words),
            min(w.y0 for w in words),
            max(w.x1 for w in words),
            max(w.y1 for w in words),
        )


@dataclass(frozen=True)
class Grid:
    """Ruling lines of one table: sorted x positions of the vertical and y of the horizontal."""

    xs: tuple[int, ...]
    ys: tuple[int, ...]
    # (row, index into xs) where that inner column rule is not drawn across the row: its cells
    # are merged into one (a group's label across the table).
    open_edges: frozenset[tuple[int, int]] = frozenset()
    # (row, column) where the row rule above that row is not drawn across the column: a rule
    # under a label spanning columns ("Plan 2027" over "Target" and "Budget") stops at the cells
    # of the header's other labels, which span both its rows. Their text is in the upper row.
    open_rules: frozenset[tuple[int, int]] = frozenset()

    def merged_column(self, row: int, column: int) -> int:
        """The first column of the merged cell that ``column`` belongs to on ``row``."""
        while column > 0 and (row, column) in self.open_edges:
            column -= 1
        return column

    def merged_row(self, row: int, column: int) -> int:
        """The first row of the merged cell that ``column`` belongs to on ``row``."""
        while row > 0 and (row, column) in self.open_rules:
            row -= 1
        return row


@dataclass
class OcrTable:
    rows: list[list[str | None]]
    box: Box
    row_boxes: list[Box] = field(default_factory=list)


def covers(word: Word, other: Word) -> bool:
    """Whether ``word``'s box holds half of ``other``'s area or more (the same ink read twice)."""
    across = min(word.x1, other.x1) - max(word.x0, other.x0)
    down = min(word.y1, other.y1) - max(word.y0, other.y0)
    area = (other.x1 - other.x0) * (other.y1 - other.y0)
    return across > 0 and down > 0 and 2 * across * down >= area > 0


def is_noise(word: Word) -> bool:
    """A mark Tesseract is unsure of and that holds no letter or digit: a speck, a bit of
    ruling or a stamp's edge read as punctuation."""
    return word.confidence < CONFIDENT_WORD and not any(ch.isalnum() for ch in word.text)


# A word this many times as tall as the page's median word (two lines and the gap between them),
# and narrower than this share of its height per character, is glyphs of several lines read as
# one word. (A fax's blurred amount is up to twice as tall as the median word, and its dots narrow.)
_STACKED_HEIGHT = 2.4
_STACKED_WIDTH = 0.35
# ... and no wider than a glyph or two of the text (this many median word heights): a word of a
# line a fax's streak runs through comes back as tall as the streak, but as wide as its letters.
_STACKED_GLYPHS = 1.5


def stacked_words(words: Sequence[Word]) -> list[Word]:
    """Words Tesseract made of glyphs stacked over several lines: a column of one-digit row
    numbers read as one tall, narrow word of two or three wrong letters. A large
    title's words are as tall but as wide as their letters are high."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    return [
        w
        for w in words
        if len(w.text) >= 2
        and w.height > _STACKED_HEIGHT * height
        and (w.x1 - w.x0) < min(_STACKED_WIDTH * w.height * len(w.text), _STACKED_GLYPHS * height)
    ]


def _join(words: Sequence[Word], lines: Sequence[Sequence[Word]] = ()) -> str | None:
    """A cell's text: its words line by line, left to right, then those of the ``lines`` it
    wraps onto. (Not Tesseract's order: a word read again on its own, a lone "I" between two
    words, comes back with an order of its own and would go to the cell's end.)"""
    kept = [[w for w in part if not is_noise(w)] for part in (words, *lines)]
    texts = [_line_text(line) for part in kept for line in visual_rows(part)]
    text = _SPACES.sub(" ", " ".join(texts)).strip()
    # A footnote marker "*)" is no stray bracket.
    if text.count("(") != text.count(")") - text.count("*)"):
        # A ruling next to the text comes back as a stray bracket.
        text = text.removeprefix("(") if text.startswith("(") and ")" not in text else text.removesuffix(")")
    return text.strip() or None


# A lone dot or comma read as a word of its own, closer to the word before than this share of
# the line's tallest word (a word space is wider), is that word's end: "a" and the dot of an
# enumeration's "a.", a row number's "1" and its dot. (Two words of letters or digits stand as
# close on a blurred scan's line and stay apart.)
_GLUED_MARK = 0.5
_CLOSING_MARKS = frozenset(".,;")


def _line_text(line: Sequence[Word]) -> str:
    """A line's words left to right, a space between two of them (none before a lone dot or
    comma that stands closer than a word space)."""
    height = max(w.height for w in line)
    text = line[0].text
    for before, word in itertools.pairwise(line):
        mark = bool(word.text) and set(word.text) <= _CLOSING_MARKS
        glued = mark and 0 <= word.x0 - before.x1 < _GLUED_MARK * height
        text += ("" if glued else " ") + word.text
    return text


# A word this many times as tall as the page's median word is no line of the text's size ...
_SCRIBBLE_HEIGHT = 1.3
# ... and, read unsurely, or below this confidence with letters wider than this share of its
# height, it is a signature's or a stamp's stroke that Tesseract read as letters ("NA", "YWK").
# (A letter-spaced title's letters are as wide, but it is read surely.)
_SCRIBBLE_WIDTH = 1.1
_SURE_WORD = 80.0
# A word of this many characters at most, each wider than this many times the text's height
# (no letter, digit or symbol of the text is: an em dash is one height wide) and this many
# times the text's usual character (a fax at standard resolution, squashed to half its height,
# makes every glyph wider than tall), is a stroke whatever its confidence.
_STROKE_CHARACTERS = 3
_STROKE_WIDTH = 1.2
_STROKE_CHARACTER_WIDTHS = 1.6


def scribbles(words: Sequence[Word]) -> list[Word]:
    """Words that are strokes read as letters: a signature in a table's last column comes back
    as a few capitals, taller than the text and as wide as a word, at a low confidence or with
    each letter wider than it is tall. A heading's larger words are read surely. A blurred word
    of the text swells as tall and is read as unsurely, but it is written where the text is: an
    amount (``4.080.000``), or a word a space from the text's words on its line (``4 bln`` in
    ``4 org x 4 bln``), is no stroke."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    unsure = [
        w
        for w in words
        if w.height > _SCRIBBLE_HEIGHT * height
        and (
            w.confidence < CONFIDENT_WORD
            or (w.confidence < _SURE_WORD and (w.x1 - w.x0) > _SCRIBBLE_WIDTH * w.height * len(w.text))
        )
    ]
    text = [w for w in words if w.height <= _SCRIBBLE_HEIGHT * height]
    return [w for w in unsure if not _AMOUNT.match(w.text) and not _spaced_from_text(w, text, height)]


# An amount with its thousands grouped, a trailing comma or full stop read from the blur.
_AMOUNT = re.compile(r"^\d{1,3}(?:[.,]\d{3})+[.,]?$")


def _spaced_from_text(word: Word, text: Sequence[Word], height: float) -> bool:
    """Whether a word of the text's size stands at most a text height to the left or right of
    ``word`` on its line (a word space apart, not a column's gutter)."""
    return any(
        min(word.y1, w.y1) - max(word.y0, w.y0) > 0.5 * w.height
        and max(w.x0 - word.x1, word.x0 - w.x1) <= height
        for w in text
    )


def wide_strokes(words: Sequence[Word]) -> list[Word]:
    """Words of two or three "letters" each wider than any glyph of the text: a small signature
    of the text's height, read (even surely) as two wide capitals, or a long dash under a name. Only
    a ruled cell's text leaves them out: there the rules, not the words, make the rows and
    columns (an unruled table's structure comes from its words, a blurred fax's wide ones too)."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    character = statistics.median((w.x1 - w.x0) / max(1, len(w.text)) for w in words)
    stroke = max(_STROKE_WIDTH * height, _STROKE_CHARACTER_WIDTHS * character)
    return [w for w in words if len(w.text) <= _STROKE_CHARACTERS and (w.x1 - w.x0) > stroke * len(w.text)]


# A mark at most this share of the text height wide is thinner than any glyph's stem ...
_HAIRLINE = 0.1
# ... and such marks one above the other (within that share) on this many lines are a line.
_HAIRLINE_MARKS = 3


def hairline_marks(words: Sequence[Word]) -> list[Word]:
    """Marks that are a thin vertical line read as glyphs, one per text line: a fax's scanner
    streak down the page, or a rule the eraser left, comes back as "i", ":" or "!" in every row
    it crosses, each a pixel or two wide and one above the other. One thin mark alone is kept
    (a full stop's or an "i"'s stem may be that thin on a small scan)."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    thin = [w for w in words if w.x1 - w.x0 <= _HAIRLINE * height]
    return [
        w
        for w in thin
        if len({round(v.cy) for v in thin if abs(v.cx - w.cx) <= _HAIRLINE * height}) >= _HAIRLINE_MARKS
    ]


# A mark at most this share of the text height both wide and tall is a speck of the scan, not a
# glyph (a full stop standing alone is larger).
_SPECK = 0.12


def specks(words: Sequence[Word]) -> list[Word]:
    """Specks read as marks: a deskewed scan's dust comes back as ":", "2" or "©", a pixel or
    two across, and one in a gutter joins the columns on either side of it."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    return [w for w in words if max(w.x1 - w.x0, w.height) <= _SPECK * height]


# A dash is a flat stroke: at most this share of the text height tall, twice as wide as tall at
# least, and no wider than the text is tall.
_DASH_HEIGHT = 0.2


def as_dashes(words: Sequence[Word]) -> list[Word]:
    """The words with a lone letter or digit the shape of a dash read as the dash it is: a
    scan's empty cell marked "-", a few pixels tall, comes back as "g", "5" or "~"; no glyph
    but a dash (or an underscore) is that flat."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    return [
        replace(w, text="-")
        if len(w.text) == 1
        and w.text.isalnum()
        and w.height <= _DASH_HEIGHT * height
        and 2 * w.height <= w.x1 - w.x0 <= height
        else w
        for w in words
    ]


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
        row, column = _slot(grid.ys, word.cy), _slot(grid.xs, word.cx)
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
                cells.setdefault(grid.merged_column(r, _slot(grid.xs, word.cx) or 0), []).append(word)
            values = [_join(cells.get(c, [])) for c in range(columns)]
            if any(v is not None for v in values):
                rows.append(values)
                row_boxes.append(Box(grid.xs[0], top, grid.xs[-1], bottom))
    if len(rows) < 2:
        return None
    return OcrTable(rows, Box(grid.xs[0], grid.ys[0], grid.xs[-1], grid.ys[-1]), row_boxes)


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
    text = [w for w in words if w.text.strip() and not is_noise(w)]
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
        inside = [w for w in text if Box(left, ys[0], right, ys[-1]).holds(w)]
        held = {_slot(ys, w.cy) for w in inside}
        if len(held) < _MIN_BANDS or 2 * len(held) <= len(ys) - 1:
            continue
        middles = _band_columns(inside, height)
        if len(middles) >= 2:
            out.append(Grid((int(left), *middles, int(right)), ys))
    return out


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


def _split_ruled_row(
    words: list[Word], grid: Grid, top: float, bottom: float
) -> list[tuple[float, float, list[Word]]]:
    lines = visual_rows(words)
    if len(lines) < 2:
        return [(top, bottom, words)]
    filled = [
        [any(_slot(grid.xs, w.cx) == c for w in line) for c in range(len(grid.xs) - 1)] for line in lines
    ]
    starts = row_starts([_baseline(line) for line in lines], filled, by_spacing=False)
    # A row as tall as two of its siblings or more has lost a rule: its keyed lines are rows.
    # Otherwise a key (the first column) set in the middle of its row's lines, the cells
    # centred vertically, claims the lines above it: a line starts a row only under a part
    # that already has its own key.
    lost_rule = bottom - top >= _LOST_RULE_HEIGHTS * statistics.median(
        b - a for a, b in itertools.pairwise(grid.ys)
    )
    parts: list[tuple[float, float, list[Word]]] = []
    for line, start in zip(lines, starts, strict=True):
        keyed = bool(parts) and any(_slot(grid.xs, w.cx) == 0 for w in parts[-1][2])
        if start and parts and (lost_rule or keyed):
            cut = (max(w.y1 for w in parts[-1][2]) + min(w.y0 for w in line)) / 2
            parts[-1] = (parts[-1][0], cut, parts[-1][2])
            parts.append((cut, bottom, list(line)))
        elif parts:
            parts[-1][2].extend(line)
        else:
            parts.append((top, bottom, list(line)))
    return parts


# A ruled row this many times as tall as its table's usual row holds rows whose rules the scan lost.
_LOST_RULE_HEIGHTS = 1.8


def _slot(edges: Sequence[int], value: float) -> int | None:
    for i in range(len(edges) - 1):
        if edges[i] <= value < edges[i + 1]:
            return i
    return None


def split_paragraphs(lines: Sequence[Sequence[Word]]) -> list[list[list[Word]]]:
    """Tesseract's lines cut at its paragraph breaks (the empty lines between them)."""
    out: list[list[list[Word]]] = [[]]
    for line in lines:
        if line:
            out[-1].append(list(line))
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def visual_rows(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped into rows by vertical position (columns Tesseract read as separate blocks
    come together again), each row left to right."""
    if not words:
        return []
    # A lone mark (a row number's dot, a comma) is a fraction of a line high and says nothing
    # about the text's height: counted in, a cell of "5" and its dot would be two rows.
    text = [w for w in words if _holds_text([w])] or list(words)
    height = statistics.median(w.height for w in text)
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.cy):
        if rows and abs(word.cy - statistics.median(w.cy for w in rows[-1])) <= 0.5 * height:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w.x0) for row in rows]


def split_at_gaps(row: Sequence[Word], gap: float) -> list[list[Word]]:
    """A line's words (left to right) in runs: a new run starts after a gap wider than ``gap``."""
    segments: list[list[Word]] = [[row[0]]]
    for word in row[1:]:
        if word.x0 - segments[-1][-1].x1 > gap:
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def unruled_tables(words: Sequence[Word], min_rows: int = 3, min_columns: int = 3) -> list[OcrTable]:
    """Tables without ruling, found from the alignment of the words.

    A table starts at a line split into ``min_columns`` or more segments (runs of words with
    gaps wider than the text height between them). The lines below belong to it while they
    follow at the table's line pitch and either have as many segments or fit, segment by
    segment, into its columns (a wrapped cell's second line; a row whose first cell is empty).
    Columns are the gutters that no segment of a full line crosses; lines are grouped into rows
    by :func:`row_starts`.
    """
    lines = _side_by_side_joined(visual_rows([w for w in words if w.text.strip() and not is_noise(w)]))
    if not lines:
        return []
    height = statistics.median(w.height for line in lines for w in line)
    split = [split_at_gaps(line, 1.0 * height) for line in lines]
    tables: list[OcrTable] = []
    start = taken = 0
    while start < len(lines):
        # A label-and-value line (``Lokasi : ...``) is a header block's, and the table under it
        # starts at its own header: started there, a group row below would carry the label's
        # words into the table's columns.
        if len(split[start]) < min_columns or _labelled(split[start]):
            start += 1
            continue
        # A header label of two lines, centred on the header's line, sits half a line higher:
        # grouped as a line of its own just above, it is the header's still.
        first = start
        if start > taken and _baseline(lines[start]) - _baseline(lines[start - 1]) < height:
            first = start - 1
        end = start + 1
        runs = _covered(lines[start : start + 1], split[start : start + 1], min_columns)
        pitch = 4.5 * height
        while end < len(lines) and _baseline(lines[end]) - _baseline(lines[end - 1]) <= pitch:
            # A line of fewer segments than a row has must fit strictly, each segment within one
            # column: a wrapped cell's line does; a signature or note line whose words a space
            # apart fall under two columns is no row, and taken in it would close their gutter.
            short = len(split[end]) < min_columns
            # Set apart, a line of fewer segments than half the table's columns is a block of
            # totals or a note under it (a "label : Rp amount" line has three; its colons, a
            # segment of their own, are no cells).
            few = short or 2 * sum(1 for segment in split[end] if _holds_text(segment)) <= len(runs)
            if few and end - start >= 3 and _set_apart(lines[start : end + 1]):
                break
            fits = _fits(split[end], runs, height / 2, word_spaced=not short)
            steps = [_baseline(b) - _baseline(a) for a, b in itertools.pairwise(lines[first : end + 1])]
            if short and end - start >= 3 and fits and steps[-1] > statistics.median(steps[:-1]):
                # Two columns whose values a scan sets less than the text height apart (bold
                # amounts) are one run, yet a gutter runs down between them inside it: a line
                # set further below than rows are whose words run across that gutter (a
                # signature block's place and date under the amounts) is no wrapped cell.
                inside_runs = [
                    e for e in gutters(lines[first:end], height) if any(a < e < b for a, b in runs)
                ]
                fits = not _crosses(split[end], inside_runs)
            if short and not fits and not _group_row(split[end], runs, height / 2):
                break
            if (
                end - start >= 2
                and len(split[end]) >= len(runs) + 2
                and (
                    not fits
                    or (
                        end - start > _HEADER_LINES
                        and len(split[end]) >= max(len(segments) for segments in split[start:end]) + 2
                    )
                    or len(gutters(lines[start:end], height)) <= min_columns
                )
            ):
                # Two columns more than the table has and words outside its columns: the header
                # of the next table; or lines of prose, whose gaps leave no gutters between
                # them; or, below more lines than a header takes, the column header of a table
                # under a block of label-and-value lines, whose lines have fewer segments. (A
                # row right under a header whose cells run together has more segments than the
                # header, each word in one of the table's columns; a row whose cell comes within
                # a word space of the next column's merges their runs, yet has no more segments
                # than the table's fullest line.)
                break
            wider = _covered(lines[start : end + 1], split[start : end + 1], min_columns)
            if len(wider) < min_columns <= len(runs):
                break  # a line across the columns (a stamp's or a note's words) would merge them
            end += 1
            runs = wider
            # After two lines the table's own spacing is known: a paragraph further down is not in it.
            # Lines less than the text height apart are parts of one line (a header's label of
            # two lines centred on it) and say nothing about the spacing.
            pitches = [_baseline(b) - _baseline(a) for a, b in itertools.pairwise(lines[start:end])]
            pitches = [p for p in pitches if p >= height]
            if pitches:
                pitch = min(4.5 * height, 2.0 * max(pitches))
        edges = gutters(lines[first:end], height)
        table = _unruled(lines[first:end], edges, min_columns)
        if table is not None and len(table.rows) >= min_rows:
            tables.append(table)
        start = taken = end
    return tables


def _group_row(segments: list[list[Word]], runs: list[tuple[int, int]], slack: float) -> bool:
    """Whether a line of fewer segments than a row has is a group row of the table: a name run
    in from its first columns across the next ones (an RKA's account ``5.1.02.01.01.0024 Belanja
    Alat Tulis Kantor``, a catalogue's section) with its subtotal alone in the last column. Its
    name crosses gutters whole, as no wrapped cell does, yet it is a row of the table, not a note
    under it: every group would otherwise end the table there, and the pieces between group rows,
    too short to tell from prose, be dropped."""
    if len(segments) < 2 or len(runs) < 3:
        return False
    name, *rest = segments
    subtotal = rest[-1]
    return (
        name[0].x0 < runs[1][1]
        and len(subtotal) == 1
        and _NUMBER_WORD.fullmatch(subtotal[0].text) is not None
        and _reaches(subtotal[0].x0, subtotal[0].x1, runs[-1:], slack) == 1
        and _fits(rest, runs, slack, word_spaced=False)
    )


def _labelled(segments: list[list[Word]]) -> bool:
    """Whether a line has a segment led by a colon alone (``Label : value``)."""
    return any(set(segment[0].text) == {":"} for segment in segments[1:])


def _holds_text(segment: Sequence[Word]) -> bool:
    return any(ch.isalnum() for w in segment for ch in w.text)


# A line this many times the table's widest line step below its last line is set apart from it.
_SET_APART = 1.25


def _set_apart(lines: Sequence[Sequence[Word]]) -> bool:
    """Whether the last line stands clearly further below the one before than the table's
    lines stand from each other: a block of totals or a note under an unruled table (its labels
    and amounts fit under the table's columns, and taken in they would cross its gutters and
    leave most of its cells empty), not a wrapped cell's line nor a row with empty first cells.
    Lines less than the text height apart (a header's labels of three lines centred on it) are
    parts of one line and say nothing about the table's spacing: a line is set apart from them
    only when it stands clearly further than a line below."""
    steps = [_baseline(b) - _baseline(a) for a, b in itertools.pairwise(lines)]
    height = statistics.median(w.height for line in lines for w in line)
    return steps[-1] > _SET_APART * max([*steps[:-1], height])


def _side_by_side_joined(lines: list[list[Word]]) -> list[list[Word]]:
    """Neighbouring lines whose words stand side by side at the same height joined: a word a
    scan smeared taller than its row (a blurred amount) is grouped apart from it and would
    pass for a row of its own."""
    out: list[list[Word]] = []
    for line in lines:
        if out and _same_height(out[-1], line) and not _overlap_in_x(out[-1], line):
            out[-1] = sorted([*out[-1], *line], key=lambda w: w.x0)
        else:
            out.append(line)
    return out


def _same_height(a: Sequence[Word], b: Sequence[Word]) -> bool:
    a0, a1 = statistics.median(w.y0 for w in a), statistics.median(w.y1 for w in a)
    b0, b1 = statistics.median(w.y0 for w in b), statistics.median(w.y1 for w in b)
    return min(a1, b1) - max(a0, b0) > 0.5 * min(a1 - a0, b1 - b0)


def _overlap_in_x(a: Sequence[Word], b: Sequence[Word]) -> bool:
    return any(min(u.x1, v.x1) > max(u.x0, v.x0) for u in a for v in b)


# Glyphs that reach below the baseline: a word holding one ends lower than its line's baseline.
_DESCENDERS = frozenset("gjpqyQ(),;[]{}|/_")


def _baseline(line: Sequence[Word]) -> float:
    """Where the line's letters stand: the words' bottoms, those with a descender left out
    (a header of "Nilai (Rp)" and "Keterangan" would otherwise sit lower than it does, and its
    spacing to the first row pass for a wrapped cell's)."""
    plain = [w.y1 for w in line if _DESCENDERS.isdisjoint(w.text)]
    return statistics.median(plain or [w.y1 for w in line])


def _fits(
    segments: list[list[Word]], runs: list[tuple[int, int]], slack: float, word_spaced: bool = True
) -> bool:
    """Every segment reaches into one column at most: it overlaps (by more than ``slack``) at
    most one run of x positions the table's full lines cover. A left-aligned cell under a
    centred header, a bold subtotal wider than the amounts or a right-aligned amount reaching past
    its header all fit; a line of prose across the columns does not. A segment of several
    columns' words that a word space apart (a row number and the text beside it) fits when each
    of its words reaches into one column and none stands between the columns, and it spans less
    than half the table (a line of prose across it does not fit, whatever its words); not when
    ``word_spaced`` is off."""
    half = (runs[-1][1] - runs[0][0]) / 2 if runs else 0
    for segment in segments:
        x0, x1 = segment[0].x0, segment[-1].x1
        if _reaches(x0, x1, runs, slack) > 1 and (
            not word_spaced or x1 - x0 > half or any(_reaches(w.x0, w.x1, runs, slack) != 1 for w in segment)
        ):
            return False
    return True


def _crosses(segments: list[list[Word]], edges: Sequence[int]) -> bool:
    """Whether a segment runs across one of the column ``edges``."""
    return any(segment[0].x0 < edge < segment[-1].x1 for segment in segments for edge in edges)


def _reaches(x0: int, x1: int, runs: list[tuple[int, int]], slack: float) -> int:
    return sum(1 for a, b in runs if min(x1, b) - max(x0, a) > slack)


def _covered(
    lines: list[list[Word]], split: list[list[list[Word]]], min_columns: int
) -> list[tuple[int, int]]:
    """The runs of x positions covered by a segment of a full line (one with ``min_columns``)."""
    spans = sorted(
        (segment[0].x0, segment[-1].x1)
        for segments in split
        if len(segments) >= min_columns
        for segment in segments
    )
    runs: list[tuple[int, int]] = []
    for x0, x1 in spans:
        if runs and x0 <= runs[-1][1]:
            runs[-1] = (runs[-1][0], max(runs[-1][1], x1))
        else:
            runs.append((x0, x1))
    return runs


# A gutter between two columns is at least this share of the text height wide, and lines whose
# words cross it whole may number this share of the table's: a row number Tesseract glued to the
# code beside it, a header centred over two columns.
_GUTTER_WIDTH = 0.45
# A gutter narrower than the text height is as wide as a word space can be: it must separate
# words on this share of the lines (a narrow number column beside its codes does on every row;
# the space in "per 1.000" of a unit column on the few rows that have one does not).
_NARROW_GUTTER = 1.0
_NARROW_SUPPORT = 1 / 3
# A word stands at a gutter's edge when it ends or starts this share of the text height from it.
_EDGE_TOLERANCE = 0.5
_CROSSING_SHARE = 1 / 5
# A word read below this confidence closes no gutter: Tesseract's guess at a smudge, or a word it
# ran into a mark beside it ("“printer" of a quote mark left of it), is no evidence of where a
# column's words stand (it stays in its cell's text).
_GUESS = 20.0
# A gutter separates words on this many lines at least: two rows that begin with the same word
# leave a gap after it that is no column's.
_GUTTER_LINES = 3
# A word read with a speck beside it comes back below this confidence (a clean word reads 90+).
_SPECKED_CONFIDENCE = 80.0


def gutters(
    lines: Sequence[Sequence[Word]], height: float, sparse_columns: bool = True, headed: bool = True
) -> list[int]:
    """Column edges of an unruled table from its words' x-alignment (as a "stream" table reader
    does): the middles of the x ranges that run down through the rows with no word in them, a
    few words crossing them whole allowed. Edges are the table's left end, the gutters' middles
    and its right end + 1.

    Gaps between segments would merge a narrow number column into the next (its numbers stand
    a word space from the code beside them); the gap between words found in every row is a
    gutter however narrow. A sparse column (a value in two rows of twenty) is no gutter: its
    words lie inside the range instead of crossing it. Without ``sparse_columns`` (the columns
    of a page's text) a few words may also lie inside (a headline's or a footer's, across the
    page).

    With ``headed`` (a table's lines, its header first) how wide a gutter is, wide or as narrow
    as a word space, is judged on the body's lines: a header wider than the values under it
    (centred "Harga (Rp)" over right-aligned amounts) narrows their gutter to a word space at the
    top line only, and the column would merge with its neighbour. The edge still falls in the
    gap the header leaves, so that no header word is cut."""
    left = min(w.x0 for line in lines for w in line)
    right = max(w.x1 for line in lines for w in line)
    width = right - left + 1
    open_ = _open_ranges(lines, left, width, sparse_columns)
    body_open = _open_ranges(lines[1:], left, width, sparse_columns) if headed and len(lines) > 2 else open_
    widest: dict[tuple[int, int], tuple[int, int]] = {}
    for a, b in _true_runs(open_):
        if a > 0 and b < width and b - a >= _GUTTER_WIDTH * height:
            # One body gutter is one column break, in the widest gap its header leaves (the
            # spaces between a header's own words over it are none).
            body = _run_of(body_open, a, b)
            if body not in widest or b - a > widest[body][1] - widest[body][0]:
                widest[body] = (a, b)
    middles = [
        left + (a + b) // 2
        for body, (a, b) in sorted(widest.items(), key=lambda item: item[1])
        if _is_gutter(lines, left + a, left + b, height, body[1] - body[0])
    ]
    return [left, *middles, right + 1]


def _open_ranges(lines: Sequence[Sequence[Word]], left: int, width: int, sparse_columns: bool) -> np.ndarray:
    """Per x position from ``left``, whether it runs down the lines with no word in it (a few
    crossing it whole allowed)."""
    coverage = np.zeros(width, dtype=np.int32)
    for line in lines:
        covered = np.zeros(width, dtype=bool)
        for w in line:
            if w.confidence >= _GUESS:
                x0, x1 = _inked(w)
                covered[x0 - left : x1 - left] = True
        coverage += covered
    open_ = coverage <= int(_CROSSING_SHARE * len(lines))
    # A run of words a word space apart on a line two cells or more short of the fullest is one
    # cell merged across columns (a group row's long name): it crosses a gutter whole although its
    # words, one by one, lie in it, and where it ends inside a gutter (a shorter group name) it
    # runs on from the columns on its left, no column's words. (On a full line such a run is two
    # cells a scan ran together.)
    height = statistics.median(w.height for line in lines for w in line) if lines else 0.0
    split = [split_at_gaps(line, height) for line in lines]
    most = max((len(segments) for segments in split), default=0)
    merged = [segment for segments in split if len(segments) <= most - 2 for segment in segments]
    for _ in range(3 if sparse_columns else 0):
        runs = _true_runs(open_)
        blocked = open_.copy()
        for a, b in runs:
            for segment in (segment for segments in split for segment in segments):
                if segment in merged and segment[0].x0 - left <= a:
                    continue
                for w in segment:
                    x0, x1 = (x - left for x in _inked(w))
                    # A speck read as a quote mark blocks no gutter.
                    inside = (
                        x0 < b and x1 > a and any(ch.isalnum() for ch in w.text) and w.confidence >= _GUESS
                    )
                    # A word whose box crosses the range whole crosses it, however its trailing
                    # marks are left off: the marks of a word Tesseract ran across the gutter ("1:"
                    # for a row number and the "Jl." beside it) reach the other column.
                    crosses = min(x0, w.x0 - left) <= a and max(x1, w.x1 - left) >= b
                    if inside and not crosses and not _widened_by_a_speck(w, x0, x1, a, b):
                        blocked[max(a, x0) : min(b, x1)] = False
        if np.array_equal(blocked, open_):
            break
        open_ = blocked
    return open_


def _widened_by_a_speck(word: Word, x0: int, x1: int, a: int, b: int) -> bool:
    """Whether the word (inked from ``x0`` to ``x1``) reaches into the range [a, b) from beside
    it, most of it outside, because a speck was read with it: its box runs on over the speck,
    and it comes back less sure or with the speck as a mark before it. It is the next column's
    word, in no column of its own there. (A right-aligned column's widest number reaches into
    the gap before it as surely read: it does close the gap there.)"""
    within = min(b, x1) - max(a, x0)
    reaches = (x0 < a or x1 > b) and 2 * within < x1 - x0
    specked = word.confidence < _SPECKED_CONFIDENCE or not word.text[:1].isalnum()
    return reaches and specked


_TRAILING_MARKS = re.compile(r"[^\w%)]+$")


def _inked(word: Word) -> tuple[int, int]:
    """The x range of a word without the marks a noisy scan glued to its end (a speck's dash or
    comma after an amount), left off in proportion to their share of its characters, so that
    they do not close the gutter the word ends at. (A mark before a word read surely stays: it
    may be the column's own, an opening quote.)"""
    marks = _TRAILING_MARKS.search(word.text)
    if marks is None or marks.start() == 0:
        return word.x0, word.x1
    return word.x0, round(word.x0 + (word.x1 - word.x0) * marks.start() / len(word.text))


def _run_of(flags: np.ndarray, a: int, b: int) -> tuple[int, int]:
    """The run of ``flags`` that holds [a, b) ([a, b) itself if none does)."""
    return next(((c, d) for c, d in _true_runs(flags) if c <= a and b <= d), (a, b))


def _is_gutter(lines: Sequence[Sequence[Word]], x0: int, x1: int, height: float, width: int) -> bool:
    """Whether the range separates words on enough lines: a wide one (``width``, as the body's
    lines leave it) on a few (at least two or three), a narrow one on a third of the lines that
    reach past it with a word standing at its edge (a column's aligned edge: left-aligned text
    starts there, right-aligned numbers end there; words far off on either side say nothing
    about a gap as wide as a word space). Lines that end before the range (a wrapped cell's
    lines of a column further left) say nothing about it either."""
    least = min(_GUTTER_LINES, max(2, len(lines) - 1))
    if width >= _NARROW_GUTTER * height:
        return _separated(lines, x0, x1, None) >= least
    reaching = sum(1 for line in lines if any(w.x0 >= x1 for w in line))
    if _separated(lines, x0, x1, _EDGE_TOLERANCE * height) >= max(least, _NARROW_SUPPORT * reaching):
        return True
    return _separated(lines, x0, x1, None) >= least and _before_aligned_numbers(lines, x0, x1, height)


# Right-aligned numbers: this share of a column's numbers end within the edge tolerance of their
# median end.
_ALIGNED_SHARE = 2 / 3


def _before_aligned_numbers(lines: Sequence[Sequence[Word]], x0: int, x1: int, height: float) -> bool:
    """Whether the words right after the range are numbers right-aligned down the column (a
    column of amounts): their aligned right ends are a column's edge, and the gap left of them,
    however narrow where the widest amount comes close to the text before it, is its gutter."""
    middle = (x0 + x1) / 2
    nexts = [min((w for w in line if w.x0 >= middle), key=lambda w: w.x0, default=None) for line in lines]
    found = [w for w in nexts if w is not None]
    ends = [_inked(w)[1] for w in found if _NUMBER_WORD.fullmatch(w.text.strip(",.-:;'")) is not None]
    if len(ends) < max(_GUTTER_LINES, _ALIGNED_SHARE * len(found)):
        return False
    median = statistics.median(ends)
    return sum(1 for end in ends if abs(end - median) <= _EDGE_TOLERANCE * height) >= _ALIGNED_SHARE * len(
        ends
    )


def _separated(lines: Sequence[Sequence[Word]], x0: int, x1: int, near: float | None) -> int:
    """How many lines have words on both sides of the range (one of them within ``near`` of
    its edge, if given). A word on a side may reach into the range short of its middle: the
    range lets a few words cross its edge by a pixel or two (a right-aligned row number of two
    digits ends a pixel further than one of one digit), and those rows are separated still."""
    middle = (x0 + x1) / 2
    return sum(
        1
        for line in lines
        if any(w.x1 <= middle for w in line)
        and any(w.x0 >= middle for w in line)
        and (near is None or any(x0 - near <= w.x1 <= middle or middle <= w.x0 <= x1 + near for w in line))
    )


def _true_runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """The [start, end) ranges where ``flags`` is true."""
    padded = np.concatenate(([False], flags, [False])).astype(np.int8)
    changes = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b)) for a, b in zip(changes[::2], changes[1::2], strict=True)]


def _split_at_edges(lines: Sequence[Sequence[Word]], edges: Sequence[int]) -> list[list[Word]]:
    """Lines with each number word that crosses a column edge cut there: Tesseract glues a
    row number to the code a word space beside it ("7" and "2.04.01" read as "72.04.01"). The
    cut falls between the characters in proportion to the word's width (digits are about as
    wide as each other). A number with a word of the line after it in the column past the edge
    is left whole: that word is the column's value, and the number a longer one of the column
    before reaching past a gutter the other lines leave (the deepest level's account code under
    codes indented by level)."""
    out: list[list[Word]] = []
    for line in lines:
        kept: list[Word] = []
        for word in line:
            inside = [e for e in edges[1:-1] if word.x0 < e < word.x1]
            beyond = next((e for e in edges if e > max(inside, default=word.x1)), edges[-1])
            if any(word.x1 <= w.x0 and w.cx < beyond for w in line):
                kept.append(word)
            else:
                kept.extend(_cut_number(word, inside))
        out.append(kept)
    return out


def _cut_number(word: Word, edges: Sequence[int]) -> list[Word]:
    if len(edges) != 1 or not _NUMBER_WORD.fullmatch(word.text):
        return [word]
    guess = round(len(word.text) * (edges[0] - word.x0) / (word.x1 - word.x0))
    # A cut beside a dot or a comma would be inside one number: the nearest one between digits.
    cuts = [
        at
        for at in (guess, guess - 1, guess + 1)
        if 0 < at < len(word.text) and word.text[at - 1].isdigit() and word.text[at].isdigit()
    ]
    if not cuts:
        return [word]
    at = cuts[0]
    head, tail = word.text[:at], word.text[at:]
    x = word.x0 + (word.x1 - word.x0) * at // len(word.text)
    return [
        replace(word, text=head, x1=x - 1),
        replace(word, text=tail, x0=x + 1),
    ]


def row_starts(
    baselines: Sequence[float],
    filled: Sequence[Sequence[bool]],
    by_spacing: bool = True,
    height: float = 0.0,
    numbers: Sequence[Sequence[bool]] = (),
) -> list[bool]:
    """Which table lines start a row (the others continue the row above: a wrapped cell).

    When rows are spaced wider than the lines inside a wrapped cell (most printed tables pad
    their cells), the spacing decides: a line closer to the one above than the midpoint of the
    narrow and the wide spacing continues it. With even spacing, a line continues the row above
    when it fills fewer than half of the columns and only columns the row above has filled.
    Without ``by_spacing`` (lines inside one ruled row) only the content decides, and a line
    must also fill the first column to start a row. Lines less than ``height`` (the text's)
    apart are parts of one line set a little apart (a scan's value lower than its row): they say
    nothing about the spacing and continue the row above. ``numbers`` (as ``filled``: the cells
    holding a number): a number does not wrap, so a line with a number under the row's own
    number in the same column is a row of its own (a totals row under the last item).
    """
    starts = [True] * len(baselines)
    pitches = [b - a for a, b in itertools.pairwise(baselines)]
    spacing = _row_spacing([p for p in pitches if p >= height and p > 0]) if by_spacing else None
    usual = statistics.median([p for p in pitches if p >= height and p > 0] or [0.0])
    row_filled: Sequence[bool] = filled[0] if filled else []
    row_numbers: Sequence[bool] = numbers[0] if numbers else []
    for i in range(1, len(filled)):
        cells = filled[i]
        count = sum(cells)
        second_number = bool(numbers) and any(a and b for a, b in zip(numbers[i], row_numbers, strict=True))
        under_row = all(above or not here for here, above in zip(cells, row_filled, strict=True))
        continues = 2 * count < len(cells) and under_row and not second_number
        if spacing is not None:
            # Spaced closer than rows are, or a little closer with the content of a wrapped
            # line (the spacing varies where a row's cells are set at different heights); a
            # line filling most columns is a row however close, and so is a line with a second
            # number in a column (a group's code under an item's, set tight on a crowded page).
            wrap, row = spacing
            pitch = pitches[i - 1]
            close = pitch <= (wrap + row) / 2 or (continues and pitch < row)
            # A line that fills the first column under a row with its numbers but no key starts a
            # row too (a group's code and name under a subtotal). (A row whose key is set lower,
            # in the middle of its lines, has no numbers on its lines above the key's.)
            keyed = bool(cells[0]) and not row_filled[0] and any(row_numbers)
            starts[i] = not close or 2 * count > len(cells) or second_number or keyed
        elif by_spacing:
            # Rows and wrapped lines spaced too alike to tell apart by spacing alone: a line set
            # tighter than the usual spacing, its first cell empty and its others under the
            # row's (a row's key, a time or a name, wraps less often than the text beside it),
            # continues the row even when it fills most columns.
            tucked = not cells[0] and under_row and not second_number and pitches[i - 1] < _TUCKED * usual
            starts[i] = not (continues or tucked)
        else:
            # Inside one ruled row only a line with its first cell filled can be a row of its own.
            starts[i] = not continues and cells[0]
        if by_spacing and pitches[i - 1] < height:
            # Less than a line below the one above: a part of its line set a little apart (a
            # header's label of two lines centred on it), however many cells it fills.
            starts[i] = False
        row_filled = cells if starts[i] else [a or b for a, b in zip(row_filled, cells, strict=True)]
        if numbers:
            row_numbers = (
                numbers[i] if starts[i] else [a or b for a, b in zip(row_numbers, numbers[i], strict=True)]
            )
    return starts


# Lines this much farther apart than the closest two are spaced as rows, not as a wrapped cell.
_ROW_SPACING = 1.2
# A line closer than this share of the table's usual spacing to the one above is set tight.
_TUCKED = 0.9
# Rows of a few lines each still leave a wide spacing for every fifth line at least.
_WIDE_SHARE = 0.2


def _row_spacing(pitches: Sequence[float]) -> tuple[float, float] | None:
    """The spacing of a wrapped cell's lines and of the rows, when the spacing tells them
    apart: the closest lines' and the usual spacing of the wider ones. The wider spacings must
    come twice at least: one wide gap alone is the header's (or a section's) and says nothing
    about rows, nor do a few (a table of even rows with a header and two section titles set
    apart); the median, not the widest, keeps those gaps from passing for the rows' spacing."""
    if not pitches:
        return None
    closest = min(pitches)
    wide = [p for p in pitches if p > _ROW_SPACING * closest]
    if len(wide) < max(2, _WIDE_SHARE * len(pitches)):
        return None
    return closest, statistics.median(wide)


def merge_complementary_columns(edges: list[int], filled: Sequence[Sequence[bool]]) -> list[int]:
    """Neighbouring columns that no line fills both of are one column: a left-aligned header
    over right-aligned numbers leaves a gutter between them that is no column break."""
    keep = [edges[0]]
    merged = [filled_column(filled, 0)]
    for c in range(1, len(edges) - 1):
        column = filled_column(filled, c)
        if any(a and b for a, b in zip(merged[-1], column, strict=True)):
            keep.append(edges[c])
            merged.append(column)
        else:
            merged[-1] = [a or b for a, b in zip(merged[-1], column, strict=True)]
    return [*keep, edges[-1]]


def without_headed_word_spaces(edges: list[int], lines: Sequence[Sequence[Word]], height: float) -> list[int]:
    """The edges without a gutter as narrow as a word space that a word of the table's first
    line crosses, or that has no header word on one side: a cell of the same two words on every
    row ("incl. VAT") leaves a narrow gap down all its rows, but its header, centred over both
    words, stands across that gap; a value of digit groups in a fixed-width font ("1980 07 2")
    leaves gaps down all its rows too, its short header standing over one group only. (A
    narrow number column's gutter beside a code has a header of its own on either side.)"""
    kept = [edges[0]]
    body = [w for line in lines[1:] for w in line]
    header = _header_words(lines, height)
    for c in range(1, len(edges) - 1):
        left, edge, right = kept[-1], edges[c], edges[c + 1]
        crossed = any(w.x0 < edge < w.x1 for w in lines[0])
        headed = any(left <= w.cx < edge for w in header) and any(edge <= w.cx < right for w in header)
        before = max((w.x1 for w in body if w.x1 <= edge), default=None)
        after = min((w.x0 for w in body if w.x0 >= edge), default=None)
        narrow = before is not None and after is not None and after - before < _NARROW_GUTTER * height
        if not ((crossed or not headed) and narrow):
            kept.append(edge)
    return [*kept, edges[-1]]


def _header_words(lines: Sequence[Sequence[Word]], height: float) -> list[Word]:
    """The words of the table's first line, and of the next when it stands less than the text
    height below (a label of two lines centred on the header's line is grouped apart)."""
    if len(lines) > 1 and _baseline(lines[1]) - _baseline(lines[0]) < height:
        return [*lines[0], *lines[1]]
    return list(lines[0])


def without_unheaded_tails(edges: list[int], lines: Sequence[Sequence[Word]], height: float) -> list[int]:
    """The edges without a gutter before a column that no header word stands over and whose
    every word runs on a word space from a word on its left: the tail of a wrapped cell's line
    (an NIP's last group under a name, its groups a fixed width and so aligned down every row)
    passes for a column of its own, and merged with the next it would put that group in
    another column's cell."""
    kept = [edges[0]]
    header = _header_words(lines, height)
    body = lines[1:]
    for c in range(1, len(edges) - 1):
        left, edge, right = kept[-1], edges[c], edges[c + 1]
        starts = [
            min((w for w in line if edge <= w.cx < right), key=lambda w: w.x0, default=None) for line in body
        ]
        firsts = [(line, w) for line, w in zip(body, starts, strict=True) if w is not None]
        unheaded = not any(edge <= w.cx < right for w in header)
        runs_on = all(
            any(left <= v.cx < edge and 0 <= w.x0 - v.x1 < _NARROW_GUTTER * height for v in line)
            for line, w in firsts
        )
        if not (firsts and unheaded and runs_on):
            kept.append(edge)
    return [*kept, edges[-1]]


# A label's word space in a fixed-width font is up to this many times the text height (two
# columns' labels stand further apart).
_LABEL_SPACE = 2.0


def without_header_only_columns(
    edges: list[int], lines: Sequence[Sequence[Word]], height: float
) -> list[int]:
    """The edges without a gutter beside a column that only the table's first line fills, where
    that line's words stand a word space apart across it: a label of two words centred over
    right-aligned amounts ("Total (USD)") is wider than they are, its first word stands over
    nothing and passes for a column of its own. (An empty column's label stands a gutter away
    from its neighbours'.) A body word that crosses the gutter whole fills neither side: a value
    longer than the rest of its column ("No. Bukti" over short numbers and one long one) runs
    under both words of its label, and the gutter between them is no column's, however wide the
    label's space in a fixed-width font."""
    kept = [edges[0]]
    body = [w for line in lines[1:] for w in line]
    for c in range(1, len(edges) - 1):
        left, edge, right = kept[-1], edges[c], edges[c + 1]
        beside = [w for w in body if not w.x0 < edge < w.x1]
        empty_side = not any(left <= w.cx < edge for w in beside) or not any(
            edge <= w.cx < right for w in beside
        )
        before = max((w.x1 for w in lines[0] if left <= w.cx < edge), default=None)
        after = min((w.x0 for w in lines[0] if edge <= w.cx < right), default=None)
        space = None if before is None or after is None else after - before
        spaced = space is not None and space < _NARROW_GUTTER * height
        crossed = space is not None and space < _LABEL_SPACE * height and len(beside) < len(body)
        if not (empty_side and (spaced or crossed)):
            kept.append(edge)
    return [*kept, edges[-1]]


def without_run_on_sparse_columns(
    edges: list[int], lines: Sequence[Sequence[Word]], height: float
) -> list[int]:
    """The edges without a gutter beside a column that fewer than half the lines fill, where
    every line filling it runs on across the gutter at a word space: the label of a column of
    right-aligned amounts ("Nominal (Rp)") and a total's label ("Jumlah seluruhnya") reach left
    of where the amounts begin, and the gap down the amounts' left passes for a gutter. Their
    first words are no column of their own (a real column stands a gutter from its neighbours
    on the lines that fill both)."""
    kept = [edges[0]]
    for c in range(1, len(edges) - 1):
        left, edge, right = kept[-1], edges[c], edges[c + 1]
        befores = [[w for w in line if left <= w.cx < edge] for line in lines]
        afters = [[w for w in line if edge <= w.cx < right] for line in lines]
        spaces = [
            min(w.x0 for w in after) - max(w.x1 for w in before)
            for before, after in zip(befores, afters, strict=True)
            if before and after
        ]
        sparse = min(sum(1 for b in befores if b), sum(1 for a in afters if a))
        run_on = all(0 <= space < _NARROW_GUTTER * height for space in spaces)
        if not (spaces and len(spaces) == sparse and 2 * sparse < len(lines) and run_on):
            kept.append(edge)
    return [*kept, edges[-1]]


def without_mark_only_columns(
    edges: list[int], lines: Sequence[Sequence[Word]]
) -> tuple[list[int], list[list[Word]]]:
    """The edges and lines without a column that holds no letter or digit on any line: a fax's
    specks read as quotes and colons, lined up beside a column of codes, pass for a column of
    their own. Its marks go, and its space to a neighbour (lines left empty go too)."""

    def column(word: Word) -> int | None:
        return _slot(edges, word.cx)

    holding = {column(w) for line in lines for w in line if _holds_text([w])}
    marks_only = [c for c in range(len(edges) - 1) if c not in holding]
    if not marks_only or not holding:
        return edges, [list(line) for line in lines]
    dropped = {c if c > 0 else 1 for c in marks_only}
    kept = [e for i, e in enumerate(edges) if i not in dropped]
    out = [[w for w in line if column(w) not in marks_only] for line in lines]
    return kept, [line for line in out if line]


def filled_column(filled: Sequence[Sequence[bool]], column: int) -> list[bool]:
    return [line[column] for line in filled]


def kept_edges(lines: Sequence[Sequence[Word]], edges: list[int]) -> tuple[list[int], list[list[Word]]]:
    """The column edges found from the gaps (:func:`gutters`) that divide columns, and the lines
    with their numbers cut at them: not the tail of a word run past its header, not the halves of
    columns filled on complementary lines, not a space between a header's words, not a column
    holding a header or marks alone, not a sparse column whose words run on from a neighbour's."""
    cut = _split_at_edges(lines, edges)
    height = statistics.median(w.height for line in lines for w in line)
    edges = without_unheaded_tails(edges, cut, height)
    edges = merge_complementary_columns(
        edges, [[any(_slot(edges, w.cx) == c for w in line) for c in range(len(edges) - 1)] for line in cut]
    )
    edges = without_header_only_columns(without_headed_word_spaces(edges, cut, height), cut, height)
    edges = without_run_on_sparse_columns(edges, cut, height)
    # Numbers are cut at the edges that are left only: a number cut at an edge dropped above
    # would come back whole in one cell with a space in it.
    return without_mark_only_columns(edges, _split_at_edges(lines, edges))


def _unruled(lines: list[list[Word]], edges: list[int], min_columns: int) -> OcrTable | None:
    def columns_of(line: list[Word]) -> dict[int, list[Word]]:
        cells: dict[int, list[Word]] = {}
        for word in line:
            column = _slot(edges, word.cx)
            if column is not None:
                cells.setdefault(column, []).append(word)
        return cells

    edges, lines = kept_edges(lines, edges)
    height = statistics.median(w.height for line in lines for w in line)
    # Words of an indented pair of columns (a code and its name, both indented by level) that
    # stand in the name's sub-column: one column more right of the pair.
    columns = range(len(edges) - 1)
    in_column = [[[w for w in line if _slot(edges, w.cx) == c] for line in lines] for c in columns]
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
        cells_of_lines.append([_join(cells.get(c, [])) for c in range(len(edges) - 1)])
        boxes_of_lines.append(Box(left, min(w.y0 for w in line), right, max(w.y1 for w in line)))
    if _has_colon_column(cells_of_lines):
        return None  # ``Label : value`` lines: a form, read as text lines (see form_layout)
    # A cell of guesses alone (``_GUESS``) starts no row: a smudge read beside a wrapped cell's
    # second line would make it a row of its own.
    sure = [
        {c for c, words in columns_of(line).items() if any(w.confidence >= _GUESS for w in words)}
        for line in lines
    ]
    starts = row_starts(
        [_baseline(line) for line in lines],
        [
            [v is not None and c in held for c, v in enumerate(values)]
            for values, held in zip(cells_of_lines, sure, strict=True)
        ],
        height=height,
        numbers=[
            [v is not None and _NUMBER_WORD.fullmatch(v) is not None for v in values]
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
    out = [[_join([], cells.get(c, [])) for c in range(len(edges) - 1)] for cells in words_of_rows]
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


def header_wraps(cells: Sequence[Sequence[str | None]]) -> bool:
    """Whether the table's second line continues its first, the column labels: both lines are
    labels, no cell of them a number (a label may hold one: "PPh 21", "Pajak 10%"), the second
    fills fewer columns than the first and only columns the first fills (the labels that
    wrapped), and the line under them holds a digit (the body starts). A header's lines are
    often set as far apart as rows are, so the spacing cannot tell; a table of words alone gives
    no sign where its header ends and keeps its lines."""
    if len(cells) < 3:
        return False
    first, second, third = cells[0], cells[1], cells[2]

    def digits(line: Sequence[str | None]) -> bool:
        return any(ch.isdigit() for v in line if v for ch in v)

    def numbers(line: Sequence[str | None]) -> bool:
        return any(digits([v]) and not any(ch.isalpha() for ch in v) for v in line if v)

    filled = [v is not None for v in first]
    wrapped = [v is not None for v in second]
    return (
        not numbers(first)
        and not numbers(second)
        and digits(third)
        and sum(wrapped) < sum(filled)
        and all(above or not here for here, above in zip(wrapped, filled, strict=True))
    )


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


# A column of text holds this many lines at least (a signature block beside a date is none).
_COLUMN_LINES = 8


def text_columns(words: Sequence[Word]) -> list[list[Word]]:
    """The words of each column of text on a page set in columns side by side (a newsletter),
    found as a table's columns are, from the gutters that run down the page; [] on a page of
    one column. A table inside one column shares its lines with the other column's prose and
    is only found within its own."""
    lines = visual_rows([w for w in words if w.text.strip() and not is_noise(w)])
    if len(lines) < 2 * _COLUMN_LINES:
        return []
    height = statistics.median(w.height for line in lines for w in line)
    edges = gutters(lines, height, sparse_columns=False, headed=False)
    if len(edges) < 3:
        return []
    columns = [[w for line in lines for w in line if a <= w.cx < b] for a, b in itertools.pairwise(edges)]
    if any(len(visual_rows(column)) < _COLUMN_LINES for column in columns):
        return []
    return columns


def mostly_filled(table: OcrTable) -> bool:
    """Whether two cells in three hold a value: a table without rules is a grid of values
    (its wrapped cells joined); prose cut at its word gaps (a fax's speckled lines, two
    columns of text side by side) leaves many cells empty."""
    cells = [v for row in table.rows for v in row]
    return 3 * sum(1 for v in cells if v is not None) >= 2 * len(cells)


# A word this many text heights from its neighbours on the line stands alone (a cell's value).
_LONE_GAP = 1.5


def lone_letter_pairs(words: Sequence[Word]) -> list[Word]:
    """Words of one or two letters standing alone on their line, as a table cell's value does:
    the Indonesian model reads a lone symbol ("%") as a letter pair ("Yo") at high confidence,
    so such a word is worth reading again (an English first reading sees the symbol). In prose
    the short words ("di", "ke") stand a word space from their neighbours."""
    out: list[Word] = []
    for line in visual_rows(words):
        height = statistics.median(w.height for w in line)
        for i, word in enumerate(line):
            if not (word.text.isalpha() and len(word.text) <= 2):
                continue
            before = line[i - 1].x1 if i else None
            after = line[i + 1].x0 if i + 1 < len(line) else None
            if all(
                x is None or abs(x - edge) >= _LONE_GAP * height
                for x, edge in ((before, word.x0), (after, word.x1))
            ):
                out.append(word)
    return out


# A short mark Tesseract read below this confidence, standing apart on its line (wider than a
# word space, this share of the text height: a right-aligned row number stands a cell's padding
# from the text beside it), is read again.
_UNSURE_MARK = 65.0
_SHORT_MARK = 6
_APART = 0.6


def unsure_lone_marks(words: Sequence[Word]) -> list[list[Word]]:
    """Short runs of words standing apart on their line (a table cell's value), every word of
    them read unsurely: a column of one- and two-digit row numbers that Tesseract's layout
    analysis took for a block of its own comes back as letter pairs ("Fo", "BR") at 30-60, or
    beside a speck read surely as a dash.
    Read on its own, such a cell reads as what it is. Each run is a few characters at most (a
    cell's number or code, not a paragraph's unsure words)."""
    out: list[list[Word]] = []
    for line in visual_rows(words):
        height = statistics.median(w.height for w in line)
        for run in split_at_gaps(line, _APART * height):
            text = "".join(w.text for w in run)
            if len(text) <= _SHORT_MARK and statistics.mean(w.confidence for w in run) < _UNSURE_MARK:
                out.append(run)
    return out


def symbol_read_again(first: str, again: Sequence[str]) -> str | None:
    """The second reading of a lone letter pair where it is one symbol without letters or
    digits ("%", "-"): a letter pair read again as letters keeps its first reading."""
    if len(again) != 1 or any(ch.isalnum() for ch in again[0]) or not again[0]:
        return None
    return again[0] if again[0] != first else None


# A paragraph with this share of its words outside a table's box runs on outside it.
_RUNS_ON = 0.2


def cuts_through_paragraphs(box: Box, paragraphs: Sequence[Sequence[Word]]) -> bool:
    """Whether most of the words in ``box`` belong to paragraphs of Tesseract's that go on
    outside it: the "table" is then lines of prose (two columns of a newsletter side by side, a
    justified line's wide word gaps, a heading's strokes taken for a grid), which Tesseract
    read as paragraphs and which written row by row would interleave. A table's cells Tesseract
    reads as paragraphs of their own, as columns inside the table, or as one paragraph with the
    table's title."""
    inside_total = crossing = 0
    for paragraph in paragraphs:
        outside = [w for w in paragraph if not box.holds(w)]
        inside = len(paragraph) - len(outside)
        inside_total += inside
        # A few words outside are the table's title or specks Tesseract joined to its cells; a
        # long title line just above a short table is its title too, however many its words.
        if inside and len(outside) >= _RUNS_ON * len(paragraph) and not _title_above(box, outside):
            crossing += inside
    return 2 * crossing > inside_total


# A title stands this many of its line's heights above the table, at most.
_TITLE_GAP = 2.0


def _title_above(box: Box, words: Sequence[Word]) -> bool:
    """Whether ``words`` are one line just above ``box``: the table's title."""
    rows = visual_rows(words)
    if len(rows) != 1:
        return False
    height = statistics.median(w.height for w in words)
    bottom = max(w.y1 for w in words)
    return bottom <= box.y0 + 0.5 * height and box.y0 - bottom <= _TITLE_GAP * height


# A block of Tesseract's that goes on this many lines outside a table's box runs on outside it
# (one line is a title Tesseract joined to a column) ...
_BLOCK_LINES_OUTSIDE = 2
# ... and holds the words of a column when they reach down this share of the box's height ...
_BLOCK_DOWN_THE_BOX = 0.5
# ... but not across this share of its width: a block holding the words of every column is the
# table itself, run on from the lines above it (a letter's sentence introducing the table).
_BLOCK_ACROSS_THE_BOX = 0.9


def joins_running_blocks(box: Box, words: Sequence[Word]) -> bool:
    """Whether the "table" in ``box`` sets a column of one of Tesseract's layout blocks beside
    another block's lines, the first block going on for lines above or below the box: a shaded
    sidebar next to the body's text, whose lines fall level by chance and, written row by row,
    would interleave two texts. A table's columns Tesseract reads as blocks that end with it."""

    inside = [w for w in words if box.holds(w)]
    blocks = {w.block for w in inside if w.block >= 0}
    if len(blocks) < 2:
        return False
    for block in blocks:
        mine = [w for w in inside if w.block == block]
        outside = [w for w in words if w.block == block and not box.holds(w)]
        if len(visual_rows(outside)) < _BLOCK_LINES_OUTSIDE or len(outside) < _RUNS_ON * (
            len(mine) + len(outside)
        ):
            continue
        wide = max(w.x1 for w in mine) - min(w.x0 for w in mine)
        tall = max(w.y1 for w in mine) - min(w.y0 for w in mine)
        if wide < _BLOCK_ACROSS_THE_BOX * (box.x1 - box.x0) and tall >= _BLOCK_DOWN_THE_BOX * (
            box.y1 - box.y0
        ):
            return True
    return False


# Tables one above the other at most this many text heights apart are pieces of one table.
_STACK_GAP = 1.5


def stacked_extent(index: int, boxes: Sequence[Box], height: float) -> Box:
    """The box of table ``index`` joined with the tables found straight above and below it, each
    within ``_STACK_GAP`` text heights of the next and sharing most of its width: an unruled
    table's finder cuts it where a row leaves a column empty or a gutter narrows, while
    Tesseract reads each of its columns as one block down all the pieces. Judged piece by
    piece, each column block would run on outside the piece, as a sidebar's does."""
    order = sorted(range(len(boxes)), key=lambda i: boxes[i].y0)
    at = order.index(index)
    first = last = at

    def joined(a: Box, b: Box) -> bool:
        overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
        return b.y0 - a.y1 <= _STACK_GAP * height and overlap > 0.5 * max(a.x1 - a.x0, b.x1 - b.x0)

    while first > 0 and joined(boxes[order[first - 1]], boxes[order[first]]):
        first -= 1
    while last < len(order) - 1 and joined(boxes[order[last]], boxes[order[last + 1]]):
        last += 1
    stack = [boxes[order[i]] for i in range(first, last + 1)]
    return Box(
        min(b.x0 for b in stack), min(b.y0 for b in stack), max(b.x1 for b in stack), max(b.y1 for b in stack)
    )


# A cell holding a number alone (a row number, a quantity, an amount, a percentage), or a code
# written in digit groups a space apart (an NIP).
_NUMBER_CELL = re.compile(r"[\d.,%]*\d[\d.,%]*(?: [\d.,%]*\d[\d.,%]*)*")
# A column of numbers: this many of them, and nothing but numbers below the header.
_MIN_NUMBERS_IN_COLUMN = 4


def number_columns(table: OcrTable) -> int:
    """How many of the table's columns hold, below its first row, only numbers and at least
    four of them. Two such columns make a table whatever paragraphs Tesseract drew over it (it
    can run a paragraph from a table's rows on into the signature lines under it); prose cut
    at its word gaps never lines numbers up in a column. A speck read at a number's edge (a
    fax's, a skewed scan's) is no word in the column, and a label in the last row is a total's
    (an amount column's first cells run on into "Jumlah seluruhnya")."""
    body = table.rows[1:]
    count = 0
    for column in range(len(table.rows[0]) if table.rows else 0):
        cells = [without_stray_marks(row[column]) if column < len(row) else None for row in body]
        values = [v for v in cells if v]
        words = [v for v in values if not _NUMBER_CELL.fullmatch(v)]
        total = bool(cells) and words == [cells[-1]]
        numbers = len(values) - len(words)
        count += numbers >= _MIN_NUMBERS_IN_COLUMN and (not words or total)
    return count


def words_outside(words: Sequence[Word], boxes: Sequence[Box]) -> list[Word]:
    return [w for w in words if not any(b.holds(w) for b in boxes)]


def unread(blobs: Sequence[tuple[int, int, int, int]], words: Sequence[Word], margin: int = 4) -> list[Box]:
    """The ink blobs no word box touches, grouped into runs along a line (one crop each):
    text Tesseract's layout analysis skipped (a lone cell at the end of a row, a "%")."""
    if not blobs:
        return []
    # blobs x words, all at once: a page has hundreds of each
    b = np.asarray(blobs, dtype=np.int64)[:, None, :]
    corners = [(x.x0, x.y0, x.x1, x.y1) for x in words] or [(-9, -9, -9, -9)]
    w = np.asarray(corners, dtype=np.int64)[None, :, :]
    touched = (
        (
            (w[..., 0] - margin < b[..., 2])
            & (b[..., 0] < w[..., 2] + margin)
            & (w[..., 1] - margin < b[..., 3])
            & (b[..., 1] < w[..., 3] + margin)
        )
        .any(axis=1)
        .tolist()
    )
    left = [blob for blob, hit in zip(blobs, np.asarray(touched).tolist(), strict=True) if not hit]
    runs: list[list[float]] = []
    for x0, y0, x1, y1 in sorted(left, key=lambda b: b[0]):
        height = y1 - y0
        for run in runs:
            same_line = min(run[3], y1) - max(run[1], y0) > 0.5 * min(run[3] - run[1], height)
            if same_line and x0 - run[2] < 2 * height:
                run[:] = [run[0], min(run[1], y0), max(run[2], x1), max(run[3], y1)]
                break
        else:
            runs.append([x0, y0, x1, y1])
    return [Box(*run) for run in sorted(runs, key=lambda r: (r[1], r[0]))]
