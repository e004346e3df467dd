"""Totals added up over the rows they cite: a sum over named rows, over one column, over month columns.

A model may copy figures, never add them: the service adds them here and cites every row it adds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from samarinda_common.indonesian_text import words

from samarinda_ask.domain.figures import Figure, FigureKind, is_year
from samarinda_ask.domain.listed_items import named_items
from samarinda_ask.domain.mismatches import UNIT_IN_BRACKETS
from samarinda_ask.domain.named_periods import months_named
from samarinda_ask.domain.passages import Answer, Cell, Unit
from samarinda_ask.domain.periods import asks_total
from samarinda_ask.domain.question import Question
from samarinda_ask.domain.question_terms import index_terms
from samarinda_ask.domain.rendering import citation_of
from samarinda_ask.domain.row_cells import cell_under
from samarinda_ask.domain.scoring import MIN_COVERAGE, Scored
from samarinda_ask.domain.sentences import reads_as_row
from samarinda_ask.domain.summed_rows import (
    frame_held_alike,
    listed_rows,
    rows_matching_all,
    rows_naming,
    rows_written_whole,
)
from samarinda_ask.domain.vocabulary import VOCABULARY

# A column of rupiah by its name ("Realisasi (Rp)", "Nilai Rupiah").
_RUPIAH_HEADER = re.compile(r"\bRp\b|rupiah", re.IGNORECASE)


def _under_rupiah(scored: Scored) -> bool:
    """The row's figure stands under a column its name says holds rupiah."""
    return any(c.figure == scored.figure and _RUPIAH_HEADER.search(c.header) for c in scored.unit.cells)


def sum_answer(question: Question, scored: Sequence[Scored]) -> Answer | None:
    """Rows of one table that together cover the question's items, summed, each row stated.

    Used when the question asks for a total over several named things and no single unit
    (such as a printed "Jumlah" row) covers them all.
    """
    by_table: dict[tuple[str, int | None, str | None], list[Scored]] = {}
    # Rupiah, or counts when the question counts (its figures then come from a count column).
    summable = {FigureKind.MONEY}
    if question.wants in (FigureKind.COUNT, None) or question.weak_kind:
        # "Jumlah seluruh perahu ...?" asks no kind, but a total is a count; a word that only
        # leans to rupiah (a weak money word) sums the counts of rows that state no rupiah.
        summable |= {FigureKind.COUNT, FigureKind.NUMBER}
    for s in scored:
        # A table row, or a row of a table printed as text (keyed by its chunk).
        printed = not s.unit.is_row and reads_as_row(s.unit.text)
        # Counts only from a real table's count column: a row printed as text has no headers, and
        # its leading row number reads as a count ("1 Samarinda Utara").
        kinds = summable if s.unit.is_row else {FigureKind.MONEY}
        # A count asked with no word for money is no total of rows under a rupiah column
        # ("penyewa gedung" are not the income of the months it names).
        if question.counts_without_money and _under_rupiah(s):
            continue
        if (s.unit.is_row or printed) and s.figure is not None and s.figure.kind in kinds:
            passage = s.unit.passage
            key = (passage.document_id, passage.table, passage.id if printed else passage.sheet)
            if not any(s.unit.text == other.unit.text for other in by_table.get(key, [])):
                by_table.setdefault(key, []).append(s)
    written = rows_written_whole(question, by_table) if question.wants_sum else None
    if written is not None:
        return _sum_of(written)
    listed = listed_rows(question, by_table) if question.wants_sum else None
    if listed is not None:
        return _sum_of(listed)
    # "total ... setahun 2024" over a table of months: every row of the year; "total X" where
    # every row of one table covers X (no row or cell tells them apart): every one of them.
    every = question.wants_sum or asks_total(question)
    matching = rows_matching_all(scored, by_table) if every else None
    if matching is not None:
        return _sum_of(matching)
    named = rows_naming(question, scored, by_table)
    if named is not None:
        return _sum_of(named)
    if not question.wants_sum:
        return None  # one thing named, its rows not told apart: the single answer, or none
    if scored and scored[0].coverage >= 0.95:
        return None  # one unit (a printed "Jumlah" row) states the total
    wanted = set(question.terms)
    items = named_items(question)
    best: tuple[float, list[Scored]] | None = None
    for rows in by_table.values():
        # Terms every row of the table shares ("belanja") say nothing about which rows are meant.
        shared = set.intersection(*(wanted - set(r.missing) for r in rows))
        telling = wanted - shared
        chosen = [r for r in rows if telling - set(r.missing)]
        covered = shared | set().union(*(telling - set(r.missing) for r in chosen)) if chosen else shared
        share = len(covered) / max(1, len(wanted))
        if (
            len(chosen) >= 2
            and frame_held_alike(question, items, chosen)
            and (best is None or share > best[0])
        ):
            best = (share, chosen)
    if best is None or best[0] < 0.99:
        return None
    return _sum_of(sorted(best[1], key=lambda r: r.unit.passage.first_row or 0))


def _one_column(rows: Sequence[Scored]) -> list[Scored]:
    """The rows with their figures from one column: the column of the rows whose figure only one
    cell holds (where "Jumlah KPM" and "Paket Tersalurkan" are equal, either cell could have been
    picked; the rows where they differ tell which column answers)."""
    telling: Counter[str] = Counter()
    for r in rows:
        # By value: the row's figure may carry the unit its column counts ("1.976 kpm"), the cell not.
        holding = [
            c.header
            for c in r.unit.cells
            if c.figure is not None and r.figure is not None and c.figure.value == r.figure.value
        ]
        if len(holding) == 1:
            telling[holding[0]] += 1
    if not telling:
        return list(rows)
    header = telling.most_common(1)[0][0]
    return [
        replace(r, figure=_counted(r.unit, _as_picked(figure, r.figure), cell))
        if (cell := cell_under(r.unit, header)) and (figure := _column_figure(cell))
        else r
        for r in rows
    ]


def _as_picked(figure: Figure, picked: Figure | None) -> Figure:
    """The column's figure, of the kind it was picked as when it is the row's figure (a row's
    "Jumlah" read as rupiah is a count where a count was asked)."""
    return picked if picked is not None and picked.value == figure.value else figure


def _column_figure(cell: Cell) -> Figure | None:
    """The cell's figure in a column of figures: a count that reads like a year ("1976" KPM) is
    still a count there (alone, a cell "2025" is taken for a year and holds no figure)."""
    if cell.figure is not None:
        return cell.figure
    return Figure(FigureKind.NUMBER, Decimal(cell.value.strip())) if is_year(cell.value) else None


def _sum_of(rows: Sequence[Scored]) -> Answer:
    """The rows' figures added up, each row named with its figure; every addend from one column
    (a row whose two count columns both fit the question must not give the other one)."""
    rows = _one_column(rows)
    figures = [_counted(r.unit, r.figure) for r in rows if r.figure is not None]
    total = sum((f.value for f in figures), Decimal(0))
    kinds = {f.kind for f in figures}
    figure = Figure(
        kinds.pop() if len(kinds) == 1 else FigureKind.MONEY, total, figures[0].unit if figures else None
    )
    labels = _row_labels([r.unit for r in rows])
    stated = "; ".join(
        f"{label} {_counted(r.unit, r.figure).render()}"
        for label, r in zip(labels, rows, strict=True)
        if r.figure is not None
    )
    return Answer(
        found=True,
        # The rows are listed, not counted: "dari 3 baris" would state a figure no quote prints.
        text=f"{figure.render()}, jumlah dari baris berikut: {stated}.",
        citations=tuple(citation_of(r.unit) for r in rows),
        confidence=round(min(r.coverage for r in rows), 3),
        figure=figure,
        evidence=tuple(r.unit for r in rows),
        summed=True,
    )


def month_columns_sum(question: Question, scored: Sequence[Scored]) -> Answer | None:
    """A total over some of the months ("April-Juni") of a row with a column per month: the
    asked months' columns added up, each stated; the row's "Jumlah" column is every month's."""
    if len(question.months) < 2 or not scored or scored[0].coverage < MIN_COVERAGE:
        return None
    best = scored[0]
    if not best.unit.is_row:
        return None
    by_month: dict[str, tuple[Cell, Figure]] = {}
    for cell in best.unit.cells:
        named = months_named(index_terms(cell.header))
        if cell.figure is not None and len(named) == 1:
            by_month[next(iter(named))] = (cell, cell.figure)
    if not question.months < by_month.keys():
        return None  # no month columns, or the asked months are all of them (the row's total)
    asked = [by_month[m] for m in by_month if m in question.months]
    # Bare numbers under month headers take the kind of the row's answering figure ("Jumlah (Rp)").
    kind = best.figure.kind if best.figure is not None else asked[0][1].kind
    figures = [replace(figure, kind=kind, unit=None) for _, figure in asked]
    total = replace(figures[0], value=sum((f.value for f in figures), Decimal(0)))
    stated = "; ".join(f"{cell.header} {f.render()}" for (cell, _), f in zip(asked, figures, strict=True))
    return Answer(
        found=True,
        text=f"{total.render()}, jumlah dari kolom berikut: {stated}.",
        citations=(citation_of(best.unit),),
        confidence=round(best.coverage, 3),
        figure=total,
        evidence=(best.unit,),
        summed=True,
    )


def _counted(unit: Unit, figure: Figure, cell: Cell | None = None) -> Figure:
    """A bare number of a count column (``cell``, else the first cell holding it), with what the
    column counts ("Jumlah KPM" -> "kpm")."""
    if figure.kind is not FigureKind.NUMBER:
        return figure
    cell = cell or next((c for c in unit.cells if c.figure == figure), None)
    # A code in brackets ("Lulus (KB/II)") names the column, not what it counts.
    header = (
        re.sub(r"\([^)]*\)", lambda b: b[0] if UNIT_IN_BRACKETS.fullmatch(b[0]) else " ", cell.header)
        if cell
        else ""
    )
    counted = [w for w in words(header) if w not in VOCABULARY.weak_money_headers and not w.isdigit()]
    # A bare "Jumlah" column counts in the unit its row's "Satuan" cell names.
    units = [c.value.lower() for c in unit.cells if c.header.lower() in VOCABULARY.unit_headers and c.value]
    unit_name = counted[-1] if counted else units[0] if units else None
    return replace(figure, kind=FigureKind.COUNT, unit=unit_name) if unit_name else figure


def _row_labels(units: Sequence[Unit]) -> list[str]:
    """Each row's label: its first cell with words in it whose value tells the rows apart (the
    kelompok tani, not the kecamatan every summed row shares), else its first cell with words."""
    headers = [c.header for c in units[0].cells if c.figure is None and re.search(r"[^\W\d_]{3}", c.value)]
    for header in headers:
        values = [next((c.value for c in u.cells if c.header == header), None) for u in units]
        if all(values) and len(set(values)) == len(values):
            return [str(v) for v in values]
    return [_row_label(u) for u in units]


def _row_label(unit: Unit) -> str:
    """The row's first cell with words in it (its item)."""
    for cell in unit.cells:
        if cell.figure is None and re.search(r"[^\W\d_]{3}", cell.value):
            return cell.value
    return unit.cells[0].value if unit.cells else unit.text
