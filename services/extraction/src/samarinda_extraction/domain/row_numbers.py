"""A table's column of row numbers read into the column beside it, set apart again.

On a blurred or warped scan the gap between a narrow "No" column and the next one can come out
no wider than a word space, and a rule between them can be lost: the table then comes out with
"No Kode Barang" as its first header cell and "1 1.1.7.01.03.01.001" as the first cell of each
row. When the header's first cell starts with "No" and the body's first cells start with row
numbers going up, with no body cell a row number alone, the numbers are a column of their own:
each row gets it back. A row without a number keeps its text in the first column when it is a
total row (a label and a single figure), else the text moves to the second (the row's number was
lost). Pure functions on cell strings.
"""

from __future__ import annotations

import itertools
import re

_HEADER = re.compile(r"(No\.?|NO\.?|Nomor)\s+(\S.*)")
_NUMBERED = re.compile(r"(\d{1,3}\.?)\s+(\S.*)")
_NUMBER_ALONE = re.compile(r"\d{1,3}\.?")
# The body's rows must show the merged numbers this many times, and in more than half its rows.
_MIN_NUMBERED = 3

Rows = list[list[str | None]]


def _number(cell: str | None) -> int | None:
    match = _NUMBERED.fullmatch(cell or "")
    return int(match.group(1).rstrip(".")) if match else None


def _merged_numbers(rows: Rows) -> bool:
    if len(rows) < 2 or not rows[0] or not _HEADER.fullmatch(rows[0][0] or ""):
        return False
    firsts = [row[0] if row else None for row in rows[1:]]
    if any(_NUMBER_ALONE.fullmatch(cell or "") for cell in firsts):
        return False
    numbers = [n for cell in firsts if (n := _number(cell)) is not None]
    return (
        len(numbers) >= _MIN_NUMBERED
        and 2 * len(numbers) > len(firsts)
        and all(a < b for a, b in itertools.pairwise(numbers))
    )


def _apart(row: list[str | None], header: bool) -> list[str | None]:
    first, rest = (row[0] if row else None), row[1:]
    match = (_HEADER if header else _NUMBERED).fullmatch(first or "")
    if match:
        return [match.group(1), match.group(2), *rest]
    if sum(1 for cell in rest if cell) <= 1:
        return [first, None, *rest]  # a total row's label spans the first columns
    return [None, first, *rest]


def row_numbers_apart(rows: Rows) -> Rows:
    """The rows with the row numbers read into the second column set apart (see the module);
    as read when the table shows no such merge."""
    if not _merged_numbers(rows):
        return rows
    return [_apart(row, index == 0) for index, row in enumerate(rows)]
