"""Columns a spreadsheet hides from its reader.

A workbook may keep helper columns beside its table (a koefisien's factors, a check total) and hide
them: the author's table is what shows. Read as cells they are numbers under no label, and a
table whose columns are told from their contents can take a helper for the price or the volume.
A hidden column's cells are read as empty; its place is kept so the columns do not shift.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from samarinda_common.extracted import CellValue


class ColumnDimension(Protocol):
    """What openpyxl says of a run of columns (``min``/``max`` counted from 1)."""

    min: int | None
    max: int | None
    hidden: bool


def hidden_columns(dimensions: Iterable[ColumnDimension]) -> frozenset[int]:
    """The 0-based indexes of the columns a sheet's column dimensions mark hidden."""
    hidden: set[int] = set()
    for dimension in dimensions:
        if dimension.hidden and dimension.min:
            hidden.update(range(dimension.min - 1, (dimension.max or dimension.min)))
    return frozenset(hidden)


def blank_columns(rows: Sequence[Sequence[CellValue]], columns: frozenset[int]) -> list[list[CellValue]]:
    """The rows with the cells of ``columns`` emptied (the other cells where they were)."""
    return [[None if index in columns else value for index, value in enumerate(row)] for row in rows]
