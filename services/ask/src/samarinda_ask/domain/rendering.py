"""The answer's text: the sentence or row that answers, written with the cells that matter, and its citation.

How an answer reads (a row's header and value, the neighbouring figure kept, another measure left
out) is no part of choosing it.
"""

from __future__ import annotations

from samarinda_common.indonesian_text import words

from samarinda_ask.domain.clauses import clause_stating
from samarinda_ask.domain.figure_labels import asked_measure
from samarinda_ask.domain.figures import Figure, FigureKind
from samarinda_ask.domain.passages import Cell, Citation, Unit
from samarinda_ask.domain.question import Question
from samarinda_ask.domain.row_cells import sums_its_row
from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.vocabulary import VOCABULARY


def citation_of(unit: Unit) -> Citation:
    passage = unit.passage
    return Citation(passage.document_id, passage.document, passage.page, passage.sheet, unit.text)


def render_row(unit: Unit, question: Question | None = None, answering: Figure | None = None) -> str:
    """The row's cells, less those of a measure the question excludes: asked for "realisasi",
    the row's "Rencana" or "Target" figure beside it is not part of the answer (the citation
    still quotes the whole row). With the ``answering`` figure, the row's other amounts or
    percentages (another year's, the pagu beside the realisasi) are left out too: the answer
    states the row's labels, its figure, the figures of other kinds (a volume beside an amount)
    and a unit price beside a total."""
    parts = []
    for cell in unit.cells:
        if question is not None and _other_measure(question, cell):
            continue
        if answering is not None and _neighbouring_figure(cell, answering):
            continue
        # A lone "Jumlah" adding up the row's plain numbers (tonnes, visits) is no rupiah.
        value = (
            cell.figure.render()
            if cell.figure is not None
            and cell.figure.kind is not FigureKind.NUMBER
            and not sums_its_row(cell, unit.cells)
            else cell.value
        )
        parts.append(f"{cell.header}: {value}" if cell.header else value)
    return "; ".join(parts)


def _neighbouring_figure(cell: Cell, answering: Figure) -> bool:
    """Another rupiah amount or percentage in the answer's row, not a price per one thing.

    Bare numbers stay: which of a row's counts answers is read less surely than a rupiah column,
    and the row shows them all."""
    return (
        answering.kind in (FigureKind.MONEY, FigureKind.PERCENT)
        and cell.figure is not None
        and cell.figure.kind is answering.kind
        and cell.figure != answering
        and not {stem(w) for w in words(cell.header)} & _PER_ONE_HEADER_STEMS
    )


# A "Harga Satuan" or "Nilai per Penerima" column prices one of the row's things: it explains
# the row's total.
_PER_ONE_HEADER_STEMS = frozenset({stem("satuan"), "per"})


def _other_measure(question: Question, cell: Cell) -> bool:
    """A cell with a figure under a header naming only an exclusive measure the question does not ask."""
    asked = asked_measure(question)
    if asked is None or cell.figure is None:
        return False
    named = {stem(w) for w in words(cell.header)}
    return not asked & named and any(g & named for g in VOCABULARY.measure_groups if g is not asked)


def statement(unit: Unit, figure: Figure | None, question: Question | None = None) -> str:
    if figure is None:
        return render_row(unit, question, figure) if unit.is_row else unit.text
    body = render_row(unit, question, figure) if unit.is_row else clause_stating(unit.text, figure.value)
    rendered = figure.render()
    extra = f" ({rendered.replace(' persen', '%')})" if figure.kind is FigureKind.PERCENT else ""
    return f"{rendered}{extra}. {body}"
