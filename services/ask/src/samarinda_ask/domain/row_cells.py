"""A table row's cells: which header names which value, which cell sums the row, which row is a total.

A row is read as ``header: value`` cells before any scoring; what a cell holds (its kind, whether it
adds up its row, whether the row is a table's total) is a fact of the row itself, shared by figure
choice, scoring, headings and sums, so it is decided once here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from samarinda_common.indonesian_text import words

from samarinda_ask.domain.figures import FigureKind, cell_figure
from samarinda_ask.domain.passages import Cell, Unit
from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.vocabulary import VOCABULARY

_CELL = re.compile(r"^(?P<header>[^:|]{1,80}):\s*(?P<value>.+)$")


_KIND_UNIT = re.compile(r"\s*(?:rp|rupiah|%|persen)\s*", re.IGNORECASE)


_ROW_KIND = re.compile(r"\((?:dalam\s+)?(?:rp|rupiah|%|persen)\)", re.IGNORECASE)


def row_cells(text: str, caption: str | None = None) -> tuple[Cell, ...]:
    parts = []
    for part in text.split(" | "):
        match = _CELL.match(part.strip())
        parts.append((match["header"].strip(), match["value"].strip()) if match else ("", part.strip()))
    # A row labelled in rupiah or percent ("Pendapatan retribusi (Rp)") holds bare figures of that
    # kind; so does a row whose unit cell says so ("Satuan: %" beside "Target 2030: 4,75").
    label = " ".join(v for _, v in parts if not re.fullmatch(r"[\d.,\s]+", v))
    label += "".join(
        f" ({v})" for h, v in parts if h.lower() in VOCABULARY.unit_headers and _KIND_UNIT.fullmatch(v)
    )
    if caption and (stated := _ROW_KIND.search(caption)) and not any(_names_kind(h) for h, _ in parts):
        # A table whose title line gives its unit ("(dalam Rupiah)") and whose columns name
        # none (months, zones, markets) holds bare figures of that unit in every column.
        label += f" {stated.group()}"
    return tuple(
        Cell(h, v, cell_figure(f"{h} {label}" if _ROW_KIND.search(label) else h, v)) for h, v in parts
    )


def sums_its_row(cell: Cell, cells: Sequence[Cell]) -> bool:
    """A bare figure under a lone "Total" or "Jumlah" (read as rupiah) that is the sum of the row's
    other bare figures, which read as plain numbers: the total of twelve monthly counts, a count
    when a count is asked."""
    figure = cell.figure
    if figure is None or figure.kind is not FigureKind.MONEY or not only_weak_money_words(cell.header):
        return False
    if _KIND_UNIT.search(cell.value):
        return False
    parts = [
        c.figure.value for c in cells if c is not cell and c.figure and c.figure.kind is FigureKind.NUMBER
    ]
    # A row's first cell may be its row number ("No: 3"), no part of its sum.
    first = cells[0] if cells else None
    numbered = (
        first is not None
        and first is not cell
        and first.figure is not None
        and first.figure.kind is FigureKind.NUMBER
        and ROW_NUMBER_CELL.fullmatch(first.value) is not None
    )
    sums = {sum(parts), sum(parts) - parts[0]} if numbered and parts else {sum(parts)}
    return (len(parts) >= 2 and figure.value in sums) or figure.value == _sum_just_before(cell, cells)


def _sum_just_before(cell: Cell, cells: Sequence[Cell]) -> Decimal | None:
    """The sum of the bare numbers standing right before ``cell`` (two at least): "Laki-laki,
    Perempuan, Jumlah, Jumlah KK" totals its first two, and the count after it is no part."""
    run: list[Decimal] = []
    for c in reversed(cells[: cells.index(cell)]):
        if c.figure is None or c.figure.kind is not FigureKind.NUMBER:
            break
        run.append(c.figure.value)
    return sum(run, Decimal(0)) if len(run) >= 2 else None


ROW_NUMBER_CELL = re.compile(r"\s*\d{1,3}\.?\s*")


def only_weak_money_words(header: str) -> bool:
    found = re.findall(r"[^\W\d_]+", header.lower())
    return bool(found) and all(w in VOCABULARY.weak_money_headers for w in found)


def _names_kind(header: str) -> bool:
    """A column header that names the kind of its figures itself ("Harga (Rp)", "Capaian %")."""
    # "Jumlah" or "Total" alone says how much of whatever the table counts: no kind of its own.
    return any(
        word in VOCABULARY.percent_headers
        or (word in VOCABULARY.money_headers and word not in VOCABULARY.weak_money_headers)
        for word in re.findall(r"[a-z%]+", header.lower())
    )


def is_total_row(unit: Unit) -> bool:
    """A row labelled "Jumlah" or "Total" (its only words are sum words, a remark in brackets
    aside: "TOTAL (belum termasuk biaya pasang)")."""
    labels = [
        BRACKETED.sub(" ", c.value)
        for c in unit.cells
        if c.figure is None and re.search(r"[^\W\d_]", BRACKETED.sub(" ", c.value))
    ]
    return bool(labels) and all({stem(w) for w in words(v)} <= VOCABULARY.sum_stems for v in labels)


BRACKETED = re.compile(r"\([^)]*\)")


def headerless(unit: Unit) -> bool:
    """A row of a table read without column names: no cell says what it holds."""
    return unit.is_row and all(not c.header for c in unit.cells)


def cell_under(unit: Unit, header: str) -> Cell | None:
    return next((c for c in unit.cells if c.header == header), None)
