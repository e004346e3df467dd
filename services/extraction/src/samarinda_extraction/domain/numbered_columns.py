"""A numbered list set in two columns, read down the left column, then down the right one.

A letter's distribution list or a list of attendees is often set in two columns to save space:
items 1 to 5 on the left, 6 to 10 on the right. Tesseract reads it across the page, line by line
("1. ... 6. ...", "2. ... 7. ..."), which interleaves the items. A run of consecutive lines each
cut at a gutter into a left and a right piece that both start with an item number, the numbers
going up by one down each column and the right column's first following the left column's last
(a left item alone on the last line when the count is odd), is such a list; nothing else holds
that numbering (a table's numbered rows have one number column; a form's label and value do not
both start with a number).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence

from samarinda_extraction.domain.ocr_tables import Word, split_at_gaps

# A gutter between the columns is at least this many text heights wide (a word space is less
# than one).
_GUTTER_HEIGHTS = 1.5
# An item number as Tesseract reads it, its own word: "7." or "7)".
_ITEM_NUMBER = re.compile(r"(\d{1,3})[.)]")
# A list in two columns has at least this many lines holding both.
_MIN_PAIRED_LINES = 2


def numbered_columns_read_down(lines: Sequence[Sequence[Word]]) -> list[list[Word]] | None:
    """Tesseract's lines (in its order, ``[]`` between paragraphs) with every numbered list in
    two columns (see the module) written as a paragraph of its own where it began: the left
    column's items, then the right column's; None when the page has no such list."""
    words = [w for line in lines for w in line]
    if not words:
        return None
    gutter = _GUTTER_HEIGHTS * statistics.median(w.height for w in words)
    out: list[list[Word]] = []
    found = False
    index = 0
    while index < len(lines):
        run = _list_at(lines, index, gutter)
        if run is None:
            out.append(list(lines[index]))
            index += 1
            continue
        end, left, right = run
        out.extend([[], *left, *right, []])
        found = True
        index = end
    return out if found else None


def _list_at(
    lines: Sequence[Sequence[Word]], start: int, gutter: float
) -> tuple[int, list[list[Word]], list[list[Word]]] | None:
    """The list in two columns starting at line ``start``: where its lines end (exclusive), its
    left and right column's items (one line each); None when none starts there."""
    left: list[list[Word]] = []
    right: list[list[Word]] = []
    numbers: list[tuple[int, int]] = []
    index = start
    while index < len(lines):
        line = lines[index]
        if not line:
            # Tesseract may cut the list into paragraphs between its lines.
            if not left:
                return None
            index += 1
            continue
        pieces = split_at_gaps(sorted(line, key=lambda w: w.x0), gutter)
        pair = [_number(p) for p in pieces] if len(pieces) == 2 else []
        if len(pair) != 2 or None in pair:
            break
        numbers.append((pair[0], pair[1]))  # type: ignore[arg-type]
        left.append(pieces[0])
        right.append(pieces[1])
        index += 1
    if len(left) < _MIN_PAIRED_LINES or not _continues(numbers):
        return None
    end = index
    last_left = numbers[-1][0]
    if right and numbers[0][1] == last_left + 2 and index < len(lines):
        # An odd count: the left column's last item stands alone on the line below.
        alone = split_at_gaps(sorted(lines[index], key=lambda w: w.x0), gutter) if lines[index] else []
        if len(alone) == 1 and _number(alone[0]) == last_left + 1:
            left.append(alone[0])
            end = index + 1
            last_left += 1
    if numbers[0][1] != last_left + 1:
        return None
    return end, left, right


def _number(piece: Sequence[Word]) -> int | None:
    match = _ITEM_NUMBER.fullmatch(piece[0].text)
    return int(match.group(1)) if match else None


def _continues(numbers: Sequence[tuple[int, int]]) -> bool:
    """Whether each column's numbers go up by one from line to line."""
    return all(a[0] + 1 == b[0] and a[1] + 1 == b[1] for a, b in itertools.pairwise(numbers))
