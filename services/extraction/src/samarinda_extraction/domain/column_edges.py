"""Which gutters are column edges: those that divide columns, not gaps inside one.

A gutter is dropped when it cuts off a wrapped line's tail, splits a column filled on
complementary lines, falls between the words of a label, leaves a column of a header or of
marks alone, or runs beside a sparse column whose words run on from a neighbour's. A row
number glued to the code beside it is cut at the edges kept. Separate from the gutters
themselves: these are judgements on the table's header and cells, not on x alignment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from samarinda_extraction.domain.column_gutters import NARROW_GUTTER
from samarinda_extraction.domain.ocr_words import (
    NUMBER_WORD,
    Word,
    baseline,
    holds_text,
    slot_of,
    text_height,
)


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
    if len(edges) != 1 or not NUMBER_WORD.fullmatch(word.text):
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
    body = [w for line in lines[1:] for w in line]
    header = _header_words(lines, height)

    def divides(left: int, edge: int, right: int) -> bool:
        crossed = any(w.x0 < edge < w.x1 for w in lines[0])
        headed = any(left <= w.cx < edge for w in header) and any(edge <= w.cx < right for w in header)
        before = max((w.x1 for w in body if w.x1 <= edge), default=None)
        after = min((w.x0 for w in body if w.x0 >= edge), default=None)
        narrow = before is not None and after is not None and after - before < NARROW_GUTTER * height
        return not ((crossed or not headed) and narrow)

    return _kept_where(edges, divides)


def _header_words(lines: Sequence[Sequence[Word]], height: float) -> list[Word]:
    """The words of the table's first line, and of the next when it stands less than the text
    height below (a label of two lines centred on the header's line is grouped apart)."""
    if len(lines) > 1 and baseline(lines[1]) - baseline(lines[0]) < height:
        return [*lines[0], *lines[1]]
    return list(lines[0])


def without_unheaded_tails(edges: list[int], lines: Sequence[Sequence[Word]], height: float) -> list[int]:
    """The edges without a gutter before a column that no header word stands over and whose
    every word runs on a word space from a word on its left: the tail of a wrapped cell's line
    (an NIP's last group under a name, its groups a fixed width and so aligned down every row)
    passes for a column of its own, and merged with the next it would put that group in
    another column's cell."""
    header = _header_words(lines, height)
    body = lines[1:]

    def divides(left: int, edge: int, right: int) -> bool:
        starts = [
            min((w for w in line if edge <= w.cx < right), key=lambda w: w.x0, default=None) for line in body
        ]
        firsts = [(line, w) for line, w in zip(body, starts, strict=True) if w is not None]
        unheaded = not any(edge <= w.cx < right for w in header)
        runs_on = all(
            any(left <= v.cx < edge and 0 <= w.x0 - v.x1 < NARROW_GUTTER * height for v in line)
            for line, w in firsts
        )
        return not (firsts and unheaded and runs_on)

    return _kept_where(edges, divides)


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
    body = [w for line in lines[1:] for w in line]

    def divides(left: int, edge: int, right: int) -> bool:
        beside = [w for w in body if not w.x0 < edge < w.x1]
        empty_side = not any(left <= w.cx < edge for w in beside) or not any(
            edge <= w.cx < right for w in beside
        )
        before = max((w.x1 for w in lines[0] if left <= w.cx < edge), default=None)
        after = min((w.x0 for w in lines[0] if edge <= w.cx < right), default=None)
        space = None if before is None or after is None else after - before
        spaced = space is not None and space < NARROW_GUTTER * height
        crossed = space is not None and space < _LABEL_SPACE * height and len(beside) < len(body)
        return not (empty_side and (spaced or crossed))

    return _kept_where(edges, divides)


def without_run_on_sparse_columns(
    edges: list[int], lines: Sequence[Sequence[Word]], height: float
) -> list[int]:
    """The edges without a gutter beside a column that fewer than half the lines fill, where
    every line filling it runs on across the gutter at a word space: the label of a column of
    right-aligned amounts ("Nominal (Rp)") and a total's label ("Jumlah seluruhnya") reach left
    of where the amounts begin, and the gap down the amounts' left passes for a gutter. Their
    first words are no column of their own (a real column stands a gutter from its neighbours
    on the lines that fill both)."""

    def divides(left: int, edge: int, right: int) -> bool:
        befores = [[w for w in line if left <= w.cx < edge] for line in lines]
        afters = [[w for w in line if edge <= w.cx < right] for line in lines]
        spaces = [
            min(w.x0 for w in after) - max(w.x1 for w in before)
            for before, after in zip(befores, afters, strict=True)
            if before and after
        ]
        sparse = min(sum(1 for b in befores if b), sum(1 for a in afters if a))
        run_on = all(0 <= space < NARROW_GUTTER * height for space in spaces)
        return not (spaces and len(spaces) == sparse and 2 * sparse < len(lines) and run_on)

    return _kept_where(edges, divides)


def without_mark_only_columns(
    edges: list[int], lines: Sequence[Sequence[Word]]
) -> tuple[list[int], list[list[Word]]]:
    """The edges and lines without a column that holds no letter or digit on any line: a fax's
    specks read as quotes and colons, lined up beside a column of codes, pass for a column of
    their own. Its marks go, and its space to a neighbour (lines left empty go too)."""

    def column(word: Word) -> int | None:
        return slot_of(edges, word.cx)

    holding = {column(w) for line in lines for w in line if holds_text([w])}
    marks_only = [c for c in range(len(edges) - 1) if c not in holding]
    if not marks_only or not holding:
        return edges, [list(line) for line in lines]
    dropped = {c if c > 0 else 1 for c in marks_only}
    kept = [e for i, e in enumerate(edges) if i not in dropped]
    out = [[w for w in line if column(w) not in marks_only] for line in lines]
    return kept, [line for line in out if line]


def _kept_where(edges: list[int], divides: Callable[[int, int, int], bool]) -> list[int]:
    """The table's outer edges and each inner one whose gutter ``divides(left, edge, right)``
    columns, judged left to right: ``left`` is the last edge kept (the columns either side of a
    gutter dropped are one), ``right`` the next edge found."""
    kept = [edges[0]]
    for c in range(1, len(edges) - 1):
        if divides(kept[-1], edges[c], edges[c + 1]):
            kept.append(edges[c])
    return [*kept, edges[-1]]


def filled_column(filled: Sequence[Sequence[bool]], column: int) -> list[bool]:
    return [line[column] for line in filled]


def kept_edges(lines: Sequence[Sequence[Word]], edges: list[int]) -> tuple[list[int], list[list[Word]]]:
    """The column edges found from the gaps (:func:`gutters`) that divide columns, and the lines
    with their numbers cut at them: not the tail of a word run past its header, not the halves of
    columns filled on complementary lines, not a space between a header's words, not a column
    holding a header or marks alone, not a sparse column whose words run on from a neighbour's."""
    cut = _split_at_edges(lines, edges)
    height = text_height(lines)
    edges = without_unheaded_tails(edges, cut, height)
    edges = merge_complementary_columns(
        edges, [[any(slot_of(edges, w.cx) == c for w in line) for c in range(len(edges) - 1)] for line in cut]
    )
    edges = without_header_only_columns(without_headed_word_spaces(edges, cut, height), cut, height)
    edges = without_run_on_sparse_columns(edges, cut, height)
    # Numbers are cut at the edges that are left only: a number cut at an edge dropped above
    # would come back whole in one cell with a space in it.
    return without_mark_only_columns(edges, _split_at_edges(lines, edges))
