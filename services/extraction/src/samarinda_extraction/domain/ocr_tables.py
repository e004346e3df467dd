"""Table structure on an OCR'd page, from Tesseract's word boxes (and the ruling lines, if any).

Ruled tables: the cells are the boxes between the detected lines; each word goes to the cell that
holds its centre, so a cell wrapped onto two lines stays one cell. Unruled tables: words are
grouped into visual rows, a row is split into segments at gaps much wider than a word space, a
run of rows with three or more segments is a table, and its columns are the gutters that no
segment crosses; a row that only continues cells of the row above (its first column empty) is
a wrapped line and joins that row. Pure functions on plain values.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Word:
    text: str
    confidence: float
    x0: int
    y0: int
    x1: int
    y1: int
    order: int = 0  # Tesseract's reading order: keeps the words of a wrapped cell in sequence

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


@dataclass(frozen=True)
class Grid:
    """Ruling lines of one table: sorted x positions of the vertical and y of the horizontal."""

    xs: tuple[int, ...]
    ys: tuple[int, ...]


@dataclass
class OcrTable:
    rows: list[list[str | None]]
    box: Box
    row_boxes: list[Box] = field(default_factory=list)


def _join(words: Sequence[Word]) -> str | None:
    ordered = sorted(words, key=lambda w: (w.order, w.x0))
    text = _SPACES.sub(" ", " ".join(w.text for w in ordered)).strip()
    if text.count("(") != text.count(")"):
        # A ruling next to the text comes back as a stray bracket.
        text = text.removeprefix("(") if text.startswith("(") and ")" not in text else text.removesuffix(")")
    return text.strip() or None


def ruled_table(words: Sequence[Word], grid: Grid) -> OcrTable | None:
    """The rows of a table whose every row and column is ruled."""
    if len(grid.xs) < 3 or len(grid.ys) < 3:
        return None
    cells: dict[tuple[int, int], list[Word]] = {}
    for word in words:
        col = _slot(grid.xs, word.cx)
        row = _slot(grid.ys, word.cy)
        if col is not None and row is not None:
            cells.setdefault((row, col), []).append(word)
    rows: list[list[str | None]] = []
    row_boxes: list[Box] = []
    for r in range(len(grid.ys) - 1):
        values = [_join(cells.get((r, c), [])) for c in range(len(grid.xs) - 1)]
        if any(v is not None for v in values):
            rows.append(values)
            row_boxes.append(Box(grid.xs[0], grid.ys[r], grid.xs[-1], grid.ys[r + 1]))
    if len(rows) < 2:
        return None
    return OcrTable(rows, Box(grid.xs[0], grid.ys[0], grid.xs[-1], grid.ys[-1]), row_boxes)


def _slot(edges: Sequence[int], value: float) -> int | None:
    for i in range(len(edges) - 1):
        if edges[i] <= value < edges[i + 1]:
            return i
    return None


def visual_rows(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped into rows by vertical position (columns Tesseract read as separate blocks
    come together again), each row left to right."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.cy):
        if rows and abs(word.cy - statistics.median(w.cy for w in rows[-1])) <= 0.5 * height:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w.x0) for row in rows]


def _segments(row: Sequence[Word], gap: float) -> list[list[Word]]:
    segments: list[list[Word]] = [[row[0]]]
    for word in row[1:]:
        if word.x0 - segments[-1][-1].x1 > gap:
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def unruled_tables(words: Sequence[Word], min_rows: int = 3, min_columns: int = 3) -> list[OcrTable]:
    """Tables without ruling, found from the alignment of the words."""
    rows = visual_rows([w for w in words if w.text.strip()])
    if not rows:
        return []
    height = statistics.median(w.height for row in rows for w in row)
    gap = 1.0 * height
    split = [_segments(row, gap) for row in rows]
    tables: list[OcrTable] = []
    start = 0
    while start < len(rows):
        if len(split[start]) < min_columns:
            start += 1
            continue
        end = start + 1
        while end < len(rows) and rows[end][0].cy - rows[end - 1][-1].cy < 4.5 * height:
            if len(split[end]) < min_columns and not _continues(split[end], split[start]):
                break
            end += 1
        table = _unruled(rows[start:end], split[start:end], min_columns)
        if table is not None and len(table.rows) >= min_rows:
            tables.append(table)
        start = end
    return tables


def _continues(segments: list[list[Word]], first: list[list[Word]]) -> bool:
    # A wrapped continuation line starts right of the table's first column.
    return bool(segments) and segments[0][0].x0 > first[0][-1].x1


def _unruled(rows: list[list[Word]], split: list[list[list[Word]]], min_columns: int) -> OcrTable | None:
    left = min(w.x0 for row in rows for w in row)
    right = max(w.x1 for row in rows for w in row)
    covered = [0] * (right - left + 1)
    for segments in split:
        if len(segments) < min_columns:
            continue
        for segment in segments:
            for x in range(segment[0].x0 - left, segment[-1].x1 - left + 1):
                covered[x] += 1
    edges = [left]
    inside = False
    for x, count in enumerate(covered):
        if count and not inside and x > 0:
            edges.append(left + x)  # a gutter between two columns ends here
        inside = count > 0
    edges = [*sorted(set(edges)), right + 1]
    if len(edges) - 1 < min_columns:
        return None
    out: list[list[str | None]] = []
    boxes: list[Box] = []
    for row in rows:
        cells: dict[int, list[Word]] = {}
        for word in row:
            column = _slot(edges, word.cx)
            if column is not None:
                cells.setdefault(column, []).append(word)
        values = [_join(cells.get(c, [])) for c in range(len(edges) - 1)]
        box = Box(left, min(w.y0 for w in row), right, max(w.y1 for w in row))
        if out and values[0] is None:
            out[-1] = [_append(a, b) for a, b in zip(out[-1], values, strict=True)]
            boxes[-1] = Box(left, boxes[-1].y0, right, box.y1)
        else:
            out.append(values)
            boxes.append(box)
    return OcrTable(out, Box(left, boxes[0].y0, right, boxes[-1].y1), boxes)


def _append(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return f"{a} {b}"


def words_outside(words: Sequence[Word], boxes: Sequence[Box]) -> list[Word]:
    return [w for w in words if not any(b.x0 <= w.cx <= b.x1 and b.y0 <= w.cy <= b.y1 for b in boxes)]
