"""Where an unruled table starts and where it ends, from the alignment of the words.

A table starts at a line split into three segments or more; the lines below belong to it while
they follow at its line pitch and fit its columns (a wrapped cell's line, a row with empty
cells, a group row); a paragraph, a block of totals set apart, or the next table's header ends
it. The region found is handed to :mod:`unruled_cells` for its columns and rows.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence

from samarinda_extraction.domain.column_gutters import gutters
from samarinda_extraction.domain.ocr_words import (
    NUMBER_WORD,
    OcrTable,
    Word,
    baseline,
    holds_text,
    split_at_gaps,
    text_height,
    text_words,
    visual_rows,
)
from samarinda_extraction.domain.unruled_cells import unruled_table

# A table's header takes at most this many lines (wrapped labels); a line further down with two
# segments more than the table has columns starts another table.
_HEADER_LINES = 3


def unruled_tables(words: Sequence[Word], min_rows: int = 3, min_columns: int = 3) -> list[OcrTable]:
    """Tables without ruling, found from the alignment of the words.

    A table starts at a line split into ``min_columns`` or more segments (runs of words with
    gaps wider than the text height between them). The lines below belong to it while they
    follow at the table's line pitch and either have as many segments or fit, segment by
    segment, into its columns (a wrapped cell's second line; a row whose first cell is empty).
    Columns are the gutters that no segment of a full line crosses; lines are grouped into rows
    by :func:`row_starts`.
    """
    lines = _side_by_side_joined(visual_rows(text_words(words)))
    if not lines:
        return []
    height = text_height(lines)
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
        if start > taken and baseline(lines[start]) - baseline(lines[start - 1]) < height:
            first = start - 1
        end = start + 1
        runs = _covered(lines[start : start + 1], split[start : start + 1], min_columns)
        pitch = 4.5 * height
        while end < len(lines) and baseline(lines[end]) - baseline(lines[end - 1]) <= pitch:
            # A line of fewer segments than a row has must fit strictly, each segment within one
            # column: a wrapped cell's line does; a signature or note line whose words a space
            # apart fall under two columns is no row, and taken in it would close their gutter.
            short = len(split[end]) < min_columns
            # Set apart, a line of fewer segments than half the table's columns is a block of
            # totals or a note under it (a "label : Rp amount" line has three; its colons, a
            # segment of their own, are no cells).
            few = short or 2 * sum(1 for segment in split[end] if holds_text(segment)) <= len(runs)
            if few and end - start >= 3 and _set_apart(lines[start : end + 1]):
                break
            fits = _fits(split[end], runs, height / 2, word_spaced=not short)
            steps = [baseline(b) - baseline(a) for a, b in itertools.pairwise(lines[first : end + 1])]
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
            pitches = [baseline(b) - baseline(a) for a, b in itertools.pairwise(lines[start:end])]
            pitches = [p for p in pitches if p >= height]
            if pitches:
                pitch = min(4.5 * height, 2.0 * max(pitches))
        edges = gutters(lines[first:end], height)
        table = unruled_table(lines[first:end], edges, min_columns)
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
        and NUMBER_WORD.fullmatch(subtotal[0].text) is not None
        and _reaches(subtotal[0].x0, subtotal[0].x1, runs[-1:], slack) == 1
        and _fits(rest, runs, slack, word_spaced=False)
    )


def _labelled(segments: list[list[Word]]) -> bool:
    """Whether a line has a segment led by a colon alone (``Label : value``)."""
    return any(set(segment[0].text) == {":"} for segment in segments[1:])


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
    steps = [baseline(b) - baseline(a) for a, b in itertools.pairwise(lines)]
    height = text_height(lines)
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
