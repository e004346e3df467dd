"""Columns a spreadsheet hides from its reader.

A workbook may keep helper columns beside its table (a koefisien's factors, a check total) and hide
them: the author's table is what shows. Read as cells they are numbers under no label, and a
table whose columns are told from their contents can take a helper for the price or the volume.
A hidden column's cells are read as empty; its place is kept so the columns do not shift.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Protocol

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


_ATTRIBUTE = re.compile(r'([\w:]+)="([^"]*)"')
_SHEET = re.compile(r"<(?:\w+:)?sheet\s([^>]*)>")
_RELATIONSHIP = re.compile(r"<(?:\w+:)?Relationship\s([^>]*)>")
_COLS = re.compile(r"<(?:\w+:)?cols>(.*?)</(?:\w+:)?cols>", re.S)
_COL = re.compile(r"<(?:\w+:)?col\s([^>]*)>")


class _Dimension:
    def __init__(self, attributes: dict[str, str]):
        self.min = int(attributes["min"]) if attributes.get("min", "").isdigit() else None
        self.max = int(attributes["max"]) if attributes.get("max", "").isdigit() else None
        self.hidden = attributes.get("hidden") in ("1", "true")


def _attributes(text: str) -> dict[str, str]:
    return {
        name.rpartition(":")[2] if name.endswith(":id") else name: value
        for name, value in _ATTRIBUTE.findall(text)
    }


def hidden_columns_by_sheet(workbook: str | Path | IO[bytes]) -> dict[str, frozenset[int]]:
    """Each worksheet's hidden columns by its name, read from the ``<cols>`` of the workbook's XML:
    a read-only openpyxl workbook does not say which columns are hidden, and loading the whole
    workbook to learn it costs more than reading its cells."""
    with zipfile.ZipFile(workbook) as archive:
        names = set(archive.namelist())

        def text(name: str) -> str:
            return archive.read(name).decode("utf-8", "replace") if name in names else ""

        targets = {}
        for match in _RELATIONSHIP.finditer(text("xl/_rels/workbook.xml.rels")):
            attributes = _attributes(match.group(1))
            target = attributes.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
            targets[attributes.get("Id", "")] = path
        hidden: dict[str, frozenset[int]] = {}
        for match in _SHEET.finditer(text("xl/workbook.xml")):
            attributes = _attributes(match.group(1))
            sheet = targets.get(attributes.get("id", ""), "")
            cols = _COLS.search(text(sheet)) if sheet in names else None
            dimensions = (
                [_Dimension(_attributes(col.group(1))) for col in _COL.finditer(cols.group(1))]
                if cols
                else []
            )
            hidden[html.unescape(attributes.get("name", ""))] = hidden_columns(dimensions)
        return hidden
