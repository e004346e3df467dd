"""A table drawn without column rules, read from where its words stand.

Some born-digital prints rule only the rows (or nothing but a filled header band); the ruled-table
finder then sees no table at all. The columns are still visible as gutters: vertical strips that
the words of nearly every line leave blank. A line of text is a row; its words, joined into
phrases where they are a space apart, go to the column their phrase starts in, so a title or an
account name written across several columns stays one cell (as a merged cell keeps its value in
its first column). The rules bound the table (``row_ruled_regions``), so a group row between
two runs of lines does not end it, as it would end a table found from alignment alone on a scan
(``ocr_tables.unruled_tables``).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from samarinda_common.extracted import CellValue

# Words closer than this many text heights belong to one phrase (a space is ~0.25–0.3 of it).
_PHRASE_GAP = 0.5
# A gutter may be crossed by this share of the lines (titles and group rows written across it).
_CROSSING_SHARE = 0.15
# Lines of fewer phrases (than 3, or than this share of the fullest line's) are titles or group
# rows written across columns: they do not vote on where the gutters are.
_MIN_PHRASES = 3
_VOTER_SHARE = 0.6
# A strip narrower than this many text heights is the space between two words, not a gutter.
_MIN_GUTTER = 0.3


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass(frozen=True)
class _Phrase:
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)


@dataclass(frozen=True)
class Rule:
    """A horizontal ruling line (or the top or bottom edge of a filled band)."""

    y: float
    x0: float
    x1: float


# Rules further apart than this many points do not bound rows of one table (a row of two or
# three wrapped lines stays under it).
_MAX_ROW_PITCH = 48.0
# Rules whose ends (or heights) differ by less than this are one table's (or one rule drawn twice).
_SAME_EDGE = 4.0


def row_ruled_regions(rules: Sequence[Rule]) -> list[tuple[float, float, float, float]]:
    """The boxes ``(x0, top, x1, bottom)`` of runs of at least three rules stacked one above the
    other, each starting and ending where the run's first does (within a few points) and close
    enough to bound rows."""
    runs: list[list[Rule]] = []
    for rule in sorted(rules, key=lambda r: (r.y, r.x0)):
        run = runs[-1] if runs else None
        if run is not None and rule.y - run[-1].y <= _MAX_ROW_PITCH and _same_extent(rule, run[0]):
            if rule.y - run[-1].y > _SAME_EDGE:
                run.append(rule)
        else:
            runs.append([rule])
    return [
        (min(r.x0 for r in run), run[0].y, max(r.x1 for r in run), run[-1].y) for run in runs if len(run) >= 3
    ]


# A header band holds a line of text: two rules closer than this are one rule drawn double (a
# letterhead's thick-and-thin underline), not a band.
_MIN_BAND = 8.0


def header_band_regions(rules: Sequence[Rule], foot: float) -> list[tuple[float, float, float, float]]:
    """The boxes of tables ruled only around their header (and their total), not between lines:
    each band of two close rules of one extent runs down to the next band of that extent, or to
    ``foot`` (the page's) when no band follows, as a table going on overleaf does. A band with
    no lines under it (a total's) yields a box with no table in it, which the words then show."""
    ordered = sorted(rules, key=lambda r: (r.y, r.x0))
    bands = [
        (a, b)
        for a, b in pairwise(ordered)
        if _MIN_BAND <= b.y - a.y <= _MAX_ROW_PITCH and _same_extent(a, b)
    ]
    boxes: list[tuple[float, float, float, float]] = []
    for index, (top, _) in enumerate(bands):
        below = [a.y for a, _ in bands[index + 1 :] if _same_extent(a, top)]
        boxes.append((top.x0, top.y, top.x1, below[0] if below else foot))
    return boxes


def _same_extent(a: Rule, b: Rule) -> bool:
    return abs(a.x0 - b.x0) <= _SAME_EDGE and abs(a.x1 - b.x1) <= _SAME_EDGE


def grid_from_words(words: Sequence[Word]) -> list[list[CellValue]]:
    """The rows of the table the words form, or [] when fewer than two lines have several
    columns (running text, not a table)."""
    lines = [_phrases(line) for line in _lines(words)]
    most = max((len(line) for line in lines), default=0)
    voters = [line for line in lines if len(line) >= max(_MIN_PHRASES, _VOTER_SHARE * most)]
    if len(voters) < 2:
        return []
    height = statistics.median_high(w.bottom - w.top for w in words)
    bounds = [
        bound
        for strip in _blank_strips(voters, int(_CROSSING_SHARE * len(voters)), height)
        for bound in _inner_bounds(strip, lines, height)
    ]
    if not bounds:
        return []
    grid: list[list[CellValue]] = []
    for line in lines:
        if any(line is voter for voter in voters):
            # a full row: a header's labels set close together still fall in their own columns
            line = [part for phrase in line for part in _split_at(phrase, bounds)]
        row: list[list[str]] = [[] for _ in range(len(bounds) + 1)]
        for phrase in line:
            row[_column(phrase.x0, bounds)].append(phrase.text)
        grid.append([" ".join(texts) or None for texts in row])
    return grid


def _lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped by the line they sit on: a word whose middle lies within a line's height."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        middle = (word.top + word.bottom) / 2
        if lines and lines[-1][0].top <= middle <= lines[-1][0].bottom:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _phrases(line: Sequence[Word]) -> list[_Phrase]:
    phrases: list[_Phrase] = []
    for word in line:
        gap_limit = _PHRASE_GAP * (word.bottom - word.top)
        if phrases and word.x0 - phrases[-1].x1 <= gap_limit:
            phrases[-1] = _Phrase((*phrases[-1].words, word))
        else:
            phrases.append(_Phrase((word,)))
    return phrases


def _split_at(phrase: _Phrase, bounds: Sequence[float]) -> list[_Phrase]:
    """The phrase cut before each word that starts in another column than the word before."""
    parts = [[phrase.words[0]]]
    for before, word in pairwise(phrase.words):
        if _column(word.x0, bounds) != _column(before.x0, bounds):
            parts.append([word])
        else:
            parts[-1].append(word)
    return [_Phrase(tuple(part)) for part in parts]


def _column(x: float, bounds: Sequence[float]) -> int:
    return sum(1 for b in bounds if b <= x)


def _blank_strips(
    lines: Sequence[Sequence[_Phrase]], allowed: int, height: float
) -> list[tuple[float, float]]:
    """The strips between the leftmost and rightmost text that at most ``allowed`` lines write
    in (at least a few spaces wide)."""
    edges = sorted({x for line in lines for p in line for x in (p.x0, p.x1)})
    strips: list[tuple[float, float]] = []
    start: float | None = None
    end = edges[0] if edges else 0.0
    for a, b in pairwise(edges):
        middle = (a + b) / 2
        if sum(1 for line in lines if any(p.x0 < middle < p.x1 for p in line)) <= allowed:
            start = a if start is None else start
            end = b
            continue
        if start is not None and end - start >= _MIN_GUTTER * height:
            strips.append((start, end))
        start = None
    return strips


def _inner_bounds(
    strip: tuple[float, float], lines: Sequence[Sequence[_Phrase]], height: float
) -> list[float]:
    """The column boundaries in a strip the full rows leave blank: one in its middle, or, when
    group rows write a column of their own there (an account code column empty on the lines),
    one in each part of the strip that no line writes in."""
    inner = [
        (max(p.x0, strip[0]), min(p.x1, strip[1]))
        for line in lines
        for p in line
        if p.x0 < strip[1] and p.x1 > strip[0]
    ]
    inner = [(a, b) for a, b in inner if a < b]
    if not inner or any(a <= strip[0] and b >= strip[1] for a, b in inner):
        return [(strip[0] + strip[1]) / 2]
    bounds: list[float] = []
    cursor = strip[0]
    for a, b in sorted(inner):
        if a - cursor >= _MIN_GUTTER * height:
            bounds.append((cursor + a) / 2)
        cursor = max(cursor, b)
    if strip[1] - cursor >= _MIN_GUTTER * height:
        bounds.append((cursor + strip[1]) / 2)
    return bounds or [(strip[0] + strip[1]) / 2]
