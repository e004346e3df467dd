"""Where an RKA table's column header stands and which column holds which field: labels checked and
completed by the body's arithmetic (``rka_columns``), the superseded columns of an RKA
Perubahan left out, a header read from the lines when no labels name the fields, and the columns
an Uraian label is merged over.

Pure functions of the table's rows; the walk (``table_reader``) keeps what they found for the
table's intake trace. Apart because finding a header is a search over rows, not a reading of one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from samarinda_common.extracted import CellValue
from samarinda_common.price_catalogue import (
    HEADER_DEPTH,
    HeaderMatch,
    header_window,
    match_columns,
    normalise_label,
    parse_decimal,
)
from samarinda_common.table_rows import cell_at, is_column_numbering

from samarinda_rka_review.domain.rka_columns import (
    ColumnFit,
    fit_columns,
    lines_without_header,
    roles_from_lines,
)
from samarinda_rka_review.domain.row_kinds import amounts_in, is_blank
from samarinda_rka_review.domain.rules import RKA_LAYOUT
from samarinda_rka_review.domain.section_rows import facts_row
from samarinda_rka_review.domain.text import known_unit

RKA_COLUMNS = RKA_LAYOUT.columns
_REQUIRED = RKA_LAYOUT.required_columns
_LABEL_CHARS = 40  # a column label is short; a longer text above the lines is a title or a fact


_SUPERSEDED = frozenset(RKA_LAYOUT.superseded_groups)


def _without_superseded(
    rows: Sequence[Sequence[CellValue]], window: HeaderMatch
) -> tuple[HeaderMatch, str | None]:
    """An RKA Perubahan prints the amounts before the change beside those after it, under group
    labels (``Sebelum Perubahan`` | ``Setelah Perubahan``): the columns under a superseded group
    are left out, so each field is read from the budget as changed. Also says what was left out."""
    # The group row may sit just above a header that reads complete on its own row.
    group_rows = [
        index
        for index in range(max(0, window.top - (HEADER_DEPTH - 1)), window.row)
        if any(isinstance(value, str) and normalise_label(value) in _SUPERSEDED for value in rows[index])
    ]
    if not group_rows:
        return window, None
    header_rows = [list(row) for row in rows[min(group_rows[0], window.top) : window.row + 1]]
    width = max(len(row) for row in header_rows)
    superseded: dict[int, str] = {}
    for row in header_rows[:-1]:
        group = None
        for col in range(width):
            value = cell_at(row, col)
            if value not in (None, ""):
                group = str(value).strip()
            if group is not None and normalise_label(group) in _SUPERSEDED:
                superseded[col] = group
    if not superseded:
        return window, None
    masked = [[None if col in superseded else value for col, value in enumerate(row)] for row in header_rows]
    found = header_window(masked, 0, RKA_COLUMNS)
    if found is None:
        return window, None
    names = ", ".join(str(col + 1) for col in sorted(superseded))
    groups = " / ".join(dict.fromkeys(superseded.values()))
    return (
        HeaderMatch(window.row, found.columns, first_row=window.first_row),
        f"columns {names} left out: under {groups!r} (the budget before the change)",
    )


def _label_row(row: Sequence[CellValue]) -> bool:
    """A row of column labels: two or more short texts, no amount, no header fact."""
    filled = [v for v in row if v not in (None, "") and str(v).strip()]
    texts = [v for v in filled if isinstance(v, str) and parse_decimal(v) is None and len(v) <= _LABEL_CHARS]
    return len(texts) >= 2 and len(texts) == len(filled) and not facts_row(row)


def uraian_span(rows: Sequence[Sequence[CellValue]], header: HeaderMatch) -> tuple[int, ...]:
    """The columns an Uraian label is merged over (indentation levels of a hand-made sheet):
    the unlabelled columns right of it (or repeating its label), up to the next labelled one."""
    col = header.columns.get("uraian")
    if col is None:
        return ()
    taken = set(header.columns.values())
    span = [col]
    header_rows = rows[max(0, header.top) : header.row + 1]
    if not header_rows:
        return (col,)  # the header stands above the table: nothing says the label is merged
    width = max(len(row) for row in header_rows)

    def labels(at: int) -> list[CellValue]:
        return [cell_at(row, at) for row in header_rows]

    for next_col in range(col + 1, width):
        # unlabelled, or the Uraian label repeated (a merged cell filled across its span)
        merged = all(v in (None, "") for v in labels(next_col)) or labels(next_col) == labels(col)
        if next_col in taken or not merged:
            break
        span.append(next_col)
    return tuple(span)


@dataclass(frozen=True)
class FoundHeader:
    """A table's column header and how its columns were told, for the table's intake trace: the
    roles read from contents (field: why) and the decisions taken on the way."""

    match: HeaderMatch
    inferred: dict[str, str]
    decisions: list[str]
    # A header read from the lines with no labels above them: the row right above the lines,
    # the last of the block above (a header fact too).
    fact_row: Sequence[CellValue] | None = None


def find_header(rows: Sequence[Sequence[CellValue]], start: int, scan: int) -> FoundHeader | None:
    """The first header at/after ``start`` whose columns, checked against the body under it,
    cover the required fields (labels completed by contents: ``rka_columns.fit_columns``)."""
    needed = set(_REQUIRED)
    for index in range(start, min(len(rows), start + scan)):
        if amounts_in(rows[index]) >= 2:
            continue  # a priced line whose unit or note reads like a label, not a header
        window = header_window(rows, index, RKA_COLUMNS)
        if window is None:
            continue
        window, left_out = _without_superseded(rows, window)
        fit = fit_columns(rows, window.row + 1, window.columns)
        if not needed <= fit.columns.keys():
            continue
        if not needed <= window.columns.keys() and not _nothing_between(rows, window.row, fit):
            continue  # labels above the real header (a preamble row): the body is not right under it
        inferred = dict(fit.inferred)
        decisions = [left_out] if left_out else []  # roles from contents show in the columns
        columns = fit.columns
        if not needed <= window.columns.keys() or needed & fit.inferred.keys():
            # Labels that did not give the line's amounts are no guide to No and Satuan either.
            columns = _roles_from_lines(rows, window.row + 1, fit.columns, inferred)
        return FoundHeader(HeaderMatch(window.row, columns, first_row=window.first_row), inferred, decisions)
    return None


def _roles_from_lines(
    rows: Sequence[Sequence[CellValue]], body_start: int, columns: dict[str, int], inferred: dict[str, str]
) -> dict[str, int]:
    found = roles_from_lines(rows, body_start, columns, known_unit)
    inferred.update({name: f"column {col + 1}: {why}" for name, (col, why) in found.items()})
    return {**columns, **{name: col for name, (col, _) in found.items()}}


def header_from_body(rows: Sequence[Sequence[CellValue]], start: int) -> FoundHeader | None:
    """A table whose header names no field we know, or that has none: its columns read from
    its lines (``rka_columns.lines_without_header``). The header is the row of labels right
    above the lines (past a column-numbering row), when there is one."""
    fit = lines_without_header(rows, start)
    if fit is None or fit.first_line is None or not set(_REQUIRED) <= fit.columns.keys():
        return None
    inferred = dict(fit.inferred)
    decisions = ["no column header recognised: every column read from the lines"]
    columns = _roles_from_lines(rows, fit.first_line, fit.columns, inferred)
    above = fit.first_line - 1
    while above >= start and (is_blank(rows[above]) or is_column_numbering(rows[above])):
        above -= 1
    if above >= start and _label_row(rows[above]):
        return FoundHeader(HeaderMatch(above, columns), inferred, decisions)
    # No labels: the lines start right under the block above, whose last row is a fact too.
    # Lines from the table's first row on (its header printed apart, as a band of its own)
    # have their header row just above the table's start.
    fact_row = None
    if fit.first_line > start and not is_blank(rows[fit.first_line - 1]):
        fact_row = rows[fit.first_line - 1]
    return FoundHeader(HeaderMatch(fit.first_line - 1, columns), inferred, decisions, fact_row)


def _nothing_between(rows: Sequence[Sequence[CellValue]], header_row: int, fit: ColumnFit) -> bool:
    """A header completed from contents stands right above its lines: no row of labels lies
    between it and the first line whose amounts gave the columns away."""
    if fit.first_line is None:
        return False
    return not any(len(match_columns(row, RKA_COLUMNS)) >= 2 for row in rows[header_row + 1 : fit.first_line])
