"""A page's label/value blocks (a form) read as lines, not as two columns of text.

Tesseract's layout analysis cuts a block of ``Label : value`` lines (the header block of an RKA
printout, a letter's ``Nomor / Sifat / Perihal``) into a column of labels and a column of values,
and reads them one after the other: the labels then stand pages away from their values. Only the
rows of such a block are rewritten row by row, and only up to the gutter that ends its values: the
rest of the page (the letter's prose, a signature block, the addressee's block beside the labels,
a newsletter's columns) keeps Tesseract's reading order, which row-by-row writing would interleave.

A block is a run of consecutive rows whose first words are a short label set apart from a value,
with the values starting at one x (and the rows where a long value wraps). A column of text beside
another is not: its lines are long runs of words that fill their column, and a column's short
last lines are not consecutive. With colons it takes two label rows, without them three whose
labels are ragged (an RKA header). A block beside the values (an addressee's, two lines or more)
is read after the block; a single line there (a date) with its row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from samarinda_extraction.domain.codes import is_number_word
from samarinda_extraction.domain.ocr_tables import Box, Word, visual_rows

# A label is at most this share of the width the page's text spans ...
_NARROW = 0.3
# ... and its value starts within this share of it from the label's start (two signature blocks
# side by side, "PIHAK KEDUA ... PIHAK PERTAMA", are further apart).
_VALUE_WITHIN = 0.5
# A gap this many text heights wide sets a label apart from its value (a word space is ~0.3).
_GAP = 1.5
# A label has at most so many words; with a colon after it, a few more.
_LABEL_WORDS = 4
_LABEL_WORDS_WITH_COLON = 6
# So many label rows make a block, without colons and with them (one could be a heading).
_MIN_LABELS = 3
_MIN_LABELS_WITH_COLONS = 2
# Labels without colons fill at most this share of the room before their values, on average.
_RAGGED = 0.6
# The values of one block start at the same x, give or take this many text heights.
_ALIGNED = 1.5
# Rows further apart than this many text heights (baseline to top) are not one block.
_ROW_GAP = 1.6
# A gutter this many text heights wide right of the values ends the block (an addressee block
# or a date beside a letter's labels): as wide as a label's gap, many times a word space.
_GUTTER = _GAP


@dataclass(frozen=True)
class _Row:
    words: Sequence[Word]
    label: Sequence[Word]  # empty for a value's wrapped line
    value_x: float
    colon: bool


def form_rows(lines: Sequence[Sequence[Word]], tables: Sequence[Box] = ()) -> list[list[Word]] | None:
    """The page's lines (Tesseract's, in its order, ``[]`` between paragraphs) with each label
    block outside the tables written as its visual rows (label, colon, value), where Tesseract
    read its first word; None when the page has no label block."""
    free = [w for line in lines for w in line if not _inside(w, tables)]
    blocks = [block for block in label_blocks(visual_rows(free)) if not _table_rows_read_whole(block, lines)]
    if blocks:
        height = sorted(w.height for w in free)[len(free) // 2]
        paragraphs = _paragraphs(lines)
        blocks = [_without_prose_beside(block, paragraphs, height) for block in blocks]
    if not blocks:
        return None
    owner = {id(w): index for index, block in enumerate(blocks) for row in block for w in row}
    moved = _anchors(lines, blocks, owner)
    out: list[list[Word]] = []
    emitted: set[int] = set()

    def emit(index: int) -> None:
        emitted.add(index)
        out.extend([[], *(list(row) for row in blocks[index]), []])

    for number, line in enumerate(lines):
        for early in sorted(i for i, (at, before) in moved.items() if at == number and before):
            emit(early)
        rest: list[Word] = []
        for word in line:
            index = owner.get(id(word))
            if index is None:
                rest.append(word)
            elif index not in emitted and index not in moved:
                if rest:
                    out.append(rest)
                    rest = []
                emit(index)
        if rest or not line:
            out.append(rest)
        for late in sorted(i for i, (at, before) in moved.items() if at == number and not before):
            emit(late)
    return out


def _table_rows_read_whole(block: Sequence[Sequence[Word]], lines: Sequence[Sequence[Word]]) -> bool:
    """Whether Tesseract read most of the block's rows each as a line of its own that goes on
    past the block's gutter with numbers only: a table's rows (an account's code and name, then
    its amounts), already in order; written only up to the gutter, they would lose their amounts
    to a column of numbers read after them. (Words of text past the gutter, an addressee's block
    beside a letter's labels, are a block of their own.)"""
    line_of = {id(w): number for number, line in enumerate(lines) for w in line}
    rows = [{line_of.get(id(w)) for w in row} for row in block]
    # A line holding several of the block's rows (the block read as one line) is no row's own.
    shared = Counter(number for numbers in rows for number in numbers)
    in_block = {id(w) for row in block for w in row}
    whole = 0
    for numbers in rows:
        number = next(iter(numbers))
        if len(numbers) != 1 or number is None or shared[number] > 1:
            continue
        beyond = [w.text for w in lines[number] if id(w) not in in_block]
        whole += bool(beyond) and all(is_number_word(text) for text in beyond)
    return 2 * whole > len(block)


def _paragraphs(lines: Sequence[Sequence[Word]]) -> tuple[dict[int, int], list[int]]:
    """Each word's Tesseract paragraph (by the word's id), and how many lines each paragraph has."""
    of: dict[int, int] = {}
    sizes = [0]
    for line in lines:
        if not line:
            if sizes[-1]:
                sizes.append(0)
            continue
        of.update({id(w): len(sizes) - 1 for w in line})
        sizes[-1] += 1
    return of, sizes


def _without_prose_beside(
    block: Sequence[Sequence[Word]], paragraphs: tuple[dict[int, int], list[int]], height: float
) -> list[list[Word]]:
    """The block's rows without the words a gutter right of their value that belong to a
    paragraph of Tesseract's with more lines than the block holds: the last line of a sidebar's
    note level with the block's first row is the note's, not the row's (a single line beside the
    labels, a date, its own paragraph, stays with its row). Words in a paragraph that also holds
    the row's own words left of them are the row's: Tesseract read the row whole, and a column
    beside it that a row below closes (a two-column box over a full-width row) has no gutter to
    cut at (``_cut_at_gutter``), so cutting its rows here would write that column after the
    full-width row."""
    of, sizes = paragraphs
    held: dict[int, int] = {}
    for row in block:
        for paragraph in {of[id(w)] for w in row if id(w) in of}:
            held[paragraph] = held.get(paragraph, 0) + 1
    gapped = [
        [i for i in range(1, len(row)) if row[i].x0 - row[i - 1].x1 > _GUTTER * height] for row in block
    ]
    # Where the block's values start: a numbered label ("1. Nama : ...") has a gap after its
    # number too, and its colon and value are no gutter's.
    firsts = sorted(row[gaps[0]].x0 for row, gaps in zip(block, gapped, strict=True) if gaps)
    value_x = firsts[len(firsts) // 2] if firsts else 0
    out: list[list[Word]] = []
    for row, gaps in zip(block, gapped, strict=True):
        cut = len(row)
        # The first gap is the label's; a gutter comes after the value's first word.
        for index in (i for i in gaps[1:] if row[i].x0 > value_x + height):
            beside = {of.get(id(w)) for w in row[index:]}
            own = {of.get(id(w)) for w in row[:index]}
            if all(p is not None and p not in own and sizes[p] > held[p] for p in beside):
                cut = index
                break
        out.append(list(row[:cut]))
    return out


def _anchors(
    lines: Sequence[Sequence[Word]], blocks: Sequence[Sequence[Sequence[Word]]], owner: dict[int, int]
) -> dict[int, tuple[int, bool]]:
    """Blocks Tesseract began out of place, each with the line it goes after (False) or before
    (True): after the last line read later that stands above it over the same stretch of the
    page (a letterhead read after the label column), else before the first line read earlier
    that stands below it (a party's "Selanjutnya disebut ..." read before its labels). A
    column's lines beside the block do not count."""
    moved: dict[int, tuple[int, bool]] = {}
    for index, block in enumerate(blocks):
        words = [w for row in block for w in row]
        x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
        top, bottom = min(w.y0 for w in words), max(w.y1 for w in words)
        first = next(n for n, line in enumerate(lines) if any(owner.get(id(w)) == index for w in line))
        above, below = [], []
        for n, line in enumerate(lines):
            rest = [w for w in line if id(w) not in owner]
            if not rest or min(w.x0 for w in rest) >= x1 or max(w.x1 for w in rest) <= x0:
                continue
            if max(w.y1 for w in rest) <= top:
                above.append(n)
            elif min(w.y0 for w in rest) >= bottom:
                below.append(n)
        if above and above[-1] > first:
            moved[index] = (above[-1], False)
        elif below and below[0] < first:
            moved[index] = (below[0], True)
        if index in moved:
            at, before = moved[index]
            if _out_of_order(above, below, at if before else at + 1) >= _out_of_order(above, below, first):
                # Tesseract's order is out of page order all over (a fax's specks and streaks
                # cut it into blocks read in any order, a stray mark in the margin read last):
                # the move puts the block before more lines above it, or after more lines
                # below it, than where it was read, and keeps it there.
                del moved[index]
    return moved


def _out_of_order(above: Sequence[int], below: Sequence[int], at: int) -> int:
    """How many lines over a block's stretch stand out of page order with it when the block is
    read just before line ``at``: lines above it read after, lines below it read before."""
    return sum(1 for n in above if n >= at) + sum(1 for n in below if n < at)


def label_blocks(rows: Sequence[Sequence[Word]]) -> list[list[list[Word]]]:
    """The label blocks among a page's visual rows (top to bottom, each left to right): each a
    list of rows, each row the label's and value's words (without what stands right of the
    block's gutter)."""
    words = [w for row in rows for w in row]
    if not words:
        return []
    height = sorted(w.height for w in words)[len(words) // 2]
    left = min(w.x0 for w in words)
    span = max(w.x1 for w in words) - left
    blocks: list[list[_Row]] = []
    current: list[_Row] = []
    previous: Sequence[Word] | None = None
    for row in rows:
        near = (
            previous is not None and min(w.y0 for w in row) - max(w.y1 for w in previous) <= _ROW_GAP * height
        )
        labelled = _label_row(row, height, span)
        if labelled and near and current and abs(labelled.value_x - _value_x(current)) <= _ALIGNED * height:
            current.append(labelled)
        elif not labelled and near and current and abs(row[0].x0 - _value_x(current)) <= _ALIGNED * height:
            current.append(_Row(row, [], row[0].x0, False))  # a long value wrapped onto this row
        else:
            blocks.append(current)
            current = [labelled] if labelled else []
        previous = row
    blocks.append(current)
    return [_cut_at_gutter(block, height) for block in blocks if _is_block(block)]


def _label_row(row: Sequence[Word], height: float, span: float) -> _Row | None:
    label = _label_by_colon(row) or _first_run(row, _GAP * height)
    if not label or len(label) == len(row):
        return None
    value = row[len(label)]
    colon = label[-1].text.endswith(":") or value.text.startswith(":")
    narrow = label[-1].x1 - label[0].x0 <= _NARROW * span
    close = value.x0 - label[0].x0 <= _VALUE_WITHIN * span
    short = len(label) <= (_LABEL_WORDS_WITH_COLON if colon else _LABEL_WORDS)
    return _Row(row, label, value.x0, colon) if narrow and close and short else None


def _value_x(block: Sequence[_Row]) -> float:
    """Where the block's values start (its label rows')."""
    starts = sorted(r.value_x for r in block if r.label)
    return starts[len(starts) // 2]


def _is_block(block: Sequence[_Row]) -> bool:
    """Label rows enough: two with colons, or three whose labels are ragged (words of different
    lengths in a column wider than most of them; the lines of a narrow column of text beside
    another fill their column)."""
    labels = [r for r in block if r.label]
    if len(labels) >= _MIN_LABELS_WITH_COLONS and sum(1 for r in labels if r.colon) >= 2:
        return True
    widths = sum(r.label[-1].x1 - r.label[0].x0 for r in labels)
    offsets = sum(r.value_x - r.label[0].x0 for r in labels)
    return len(labels) >= _MIN_LABELS and widths <= _RAGGED * offsets


def _cut_at_gutter(block: Sequence[_Row], height: float) -> list[list[Word]]:
    """The block's rows up to the first gutter right of where its values start: words beyond it
    belong to a block beside (an addressee, a date) that Tesseract reads on its own."""
    start = _value_x(block) - _ALIGNED * height
    spans = sorted((w.x0, w.x1) for r in block for w in r.words if w.x0 >= start)
    cut = float("inf")
    reach = spans[0][1] if spans else 0
    for x0, x1 in spans[1:]:
        if x0 - reach > _GUTTER * height:
            cut = reach
            break
        reach = max(reach, x1)
    if sum(1 for r in block if any(w.x0 > cut for w in r.words)) < 2:
        # A single line beside the labels (the date at the right of ``Nomor``) reads with its row.
        return [list(r.words) for r in block]
    return [[w for w in r.words if w.x0 < cut] for r in block]


def _label_by_colon(row: Sequence[Word]) -> Sequence[Word]:
    """The words before a colon (``Nomor :``, ``Nomor:``, ``Nomor :900``) among a row's first
    few: the colon may stand close to a long label, with no gap to tell them apart."""
    for index, word in enumerate(row[: _LABEL_WORDS_WITH_COLON + 1]):
        if word.text.startswith(":"):
            return row[:index]
        if word.text.endswith(":"):
            return row[: index + 1]
    return ()


def _first_run(row: Sequence[Word], gap: float) -> Sequence[Word]:
    """The words of a row up to its first gap wider than ``gap``."""
    for index in range(1, len(row)):
        if row[index].x0 - row[index - 1].x1 > gap:
            return row[:index]
    return row


def _inside(word: Word, boxes: Sequence[Box]) -> bool:
    return any(b.holds(word) for b in boxes)
