"""Which of a table's lines start a row and which continue the row above (a wrapped cell).

By the spacing when rows are set further apart than a cell's lines, by the cells they fill
otherwise, and whether a table's second line continues its header's labels. Shared by the ruled
tables (lines inside one ruled row) and the unruled ones.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence


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
            # Nor does a line without the row's key that fills only cells of the row but leaves one
            # of them empty: the row's cells wrapping at once beside one that does not (a name, a
            # rank and a job title beside an NIP). A row without a key of its own (grouped rows)
            # fills all its other cells, or has a number where the row has one.
            wraps = (
                not cells[0]
                and under_row
                and not second_number
                and any(above and not here for here, above in zip(cells[1:], row_filled[1:], strict=True))
            )
            starts[i] = not (continues or tucked or wraps)
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
