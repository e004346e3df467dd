"""A table's total asked by the table's own subject: "berapa nilai bantuan alat tahun X" of a
table listing each tool given (one row per tool) and their "JUMLAH".

An item row can cover such a question with words its whole table shares (the heading's, or the
kind every row names: "Buku ..." on each row of a list of books); those words do not pick the row
out. Only a label word of its own that the question names does ("fiksi" of "Buku fiksi"). A row
the question does not pick out is one part of what is asked; the table's total row answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from samarinda_ask.domain.passages import Cell, Unit
from samarinda_ask.domain.question import Question
from samarinda_ask.domain.question_terms import index_terms
from samarinda_ask.domain.row_cells import is_total_row
from samarinda_ask.domain.scoring import Scored

_LETTER = re.compile(r"[^\W\d_]")


def label_terms(unit: Unit) -> frozenset[str]:
    """The terms of a row's label cells (those holding words, not figures)."""
    return frozenset(t for c in unit.cells if _is_label(c) for t in index_terms(c.value))


def _is_label(cell: Cell) -> bool:
    """A cell naming the row's thing: words, or words with a figure in them ("Pompa 3 inci"); a
    figure with its unit ("12 unit", "Rp 5.000") names nothing."""
    worded = [w for w in cell.value.split() if _LETTER.search(w)]
    return bool(worded) and (cell.figure is None or len(worded) > 1)


def picks_out(question: Question, row: Unit, siblings: Sequence[Unit]) -> bool:
    """Does the question name a label word of ``row`` that neither the table's context nor every
    other item row of the table states?"""
    others = [label_terms(s) for s in siblings if s.text != row.text and not is_total_row(s)]
    shared = frozenset.intersection(*others) if others else frozenset()
    # A total asked in so many words is of what the table's context names; otherwise only the
    # caption over the rows is every row's.
    context = row.context_terms if question.asks_total else index_terms(row.passage.heading or "")
    own = label_terms(row) - context - shared
    return bool(own & set(question.terms))


def _headers(unit: Unit) -> frozenset[str]:
    return frozenset(c.header for c in unit.cells)


def table_total(question: Question, best: Scored, scored: Sequence[Scored]) -> Scored | None:
    """The total row of ``best``'s table when ``best`` is one of its item rows that the question
    does not pick out; None otherwise. A table's rows may be filed apart: its rows are those of
    its document under its headers (a total row leaves the label columns it has no label for empty)."""
    if not best.unit.is_row or is_total_row(best.unit):
        return None
    document, headers = best.unit.passage.document_id, _headers(best.unit)
    table = [
        s
        for s in scored
        if s.unit.is_row and s.unit.passage.document_id == document and _headers(s.unit) <= headers
    ]
    # The total row states what every row shares by its table's context only, so it may cover
    # the question less than the item row does; refused rows are not among ``scored``.
    total = next((s for s in table if is_total_row(s.unit) and s.figure is not None), None)
    siblings = [s.unit for s in table if _headers(s.unit) == headers]
    if total is None or picks_out(question, best.unit, siblings):
        return None
    return total
