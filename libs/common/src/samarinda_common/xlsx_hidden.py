"""Columns a spreadsheet hides from its reader.

A workbook may keep helper columns beside its table (a koefisien's factors, a check total) and hide
them: the author's table is what shows. Read as cells they are numbers under no label, and a
table whose columns are told from their contents can take a helper for the price or the volume.
A hidden column's cells are read as empty; its place is kept so the columns do not shift.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Protocol
from xml.etree import ElementTree

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


# An uploaded workbook is untrusted XML: the standard library's parser fetches no external entity,
# and the expat it is built with (2.4.1 on) refuses an entity expansion that would blow up
# (billion laughs), so the two parts read here need no third-party parser.


def _local(tag: str) -> str:
    """An element's or attribute's name without its namespace (``{...main}col`` → ``col``)."""
    return tag.rpartition("}")[2]


def _children(xml: bytes, name: str) -> list[dict[str, str]]:
    """The attributes (by local name) of every ``name`` element of a small XML part."""
    try:
        root = ElementTree.fromstring(xml) if xml else None  # noqa: S314 (see above)
    except ElementTree.ParseError:
        return []  # a part openpyxl would refuse too: the read of the cells says so, not this
    return [
        {_local(key): value for key, value in element.attrib.items()}
        for element in (root.iter() if root is not None else ())
        if _local(element.tag) == name
    ]


def _column_dimensions(part: IO[bytes]) -> list[ColumnDimension]:
    """A worksheet's ``<col>`` elements, read up to its ``<sheetData>``: ``<cols>`` comes before
    the cells, so the (large) cells are never parsed."""
    dimensions: list[ColumnDimension] = []
    try:
        for _event, element in ElementTree.iterparse(part, events=("start",)):  # noqa: S314 (see above)
            name = _local(element.tag)
            if name == "sheetData":
                break
            if name == "col":
                dimensions.append(_Dimension({_local(key): value for key, value in element.attrib.items()}))
    except ElementTree.ParseError:
        pass  # a malformed sheet: the columns read before the fault are all it says
    return dimensions


class _Dimension:
    def __init__(self, attributes: dict[str, str]):
        self.min = int(attributes["min"]) if attributes.get("min", "").isdigit() else None
        self.max = int(attributes["max"]) if attributes.get("max", "").isdigit() else None
        self.hidden = attributes.get("hidden") in ("1", "true")


def hidden_columns_by_sheet(workbook: str | Path | IO[bytes]) -> dict[str, frozenset[int]]:
    """Each worksheet's hidden columns by its name, read from the ``<cols>`` of the workbook's XML:
    a read-only openpyxl workbook does not say which columns are hidden, and loading the whole
    workbook to learn it costs more than reading its cells."""
    with zipfile.ZipFile(workbook) as archive:
        names = set(archive.namelist())

        def part(name: str) -> bytes:
            return archive.read(name) if name in names else b""

        targets = {}
        for relationship in _children(part("xl/_rels/workbook.xml.rels"), "Relationship"):
            target = relationship.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
            targets[relationship.get("Id", "")] = path
        hidden: dict[str, frozenset[int]] = {}
        for sheet in _children(part("xl/workbook.xml"), "sheet"):
            path = targets.get(sheet.get("id", ""), "")
            if path in names:
                with archive.open(path) as xml:
                    dimensions = _column_dimensions(xml)
            else:
                dimensions = []
            hidden[sheet.get("name", "")] = hidden_columns(dimensions)
        return hidden
