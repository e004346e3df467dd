"""One question part answered from its passages: the best unit, a sum, or an abstention with its reason.

This is where the unit scores, the sums and the abstention threshold meet; a part with no unit
covering enough of it is answered "not found" with the guard that refused the best candidate.
"""

from __future__ import annotations

from collections.abc import Sequence

from samarinda_ask.domain.figures import DATE
from samarinda_ask.domain.headings import with_document_headings
from samarinda_ask.domain.passages import Answer, Passage, Unit, not_found
from samarinda_ask.domain.periods import asks_total
from samarinda_ask.domain.question import Question
from samarinda_ask.domain.rendering import citation_of, statement
from samarinda_ask.domain.row_cells import is_total_row
from samarinda_ask.domain.scoring import MIN_COVERAGE, Scored, score_units
from samarinda_ask.domain.sums import month_columns_sum, sum_answer
from samarinda_ask.domain.table_totals import table_total
from samarinda_ask.domain.units import deduplicate, units_of


def single_answer(
    question: Question, passages: Sequence[Passage], excluded: frozenset[str] = frozenset()
) -> Answer:
    """The best unit of ``passages`` for ``question`` (never one whose text is ``excluded``)."""
    units = with_document_headings(
        deduplicate([u for p in passages for u in units_of(p) if u.text not in excluded])
    )
    if not units or not question.terms:
        return not_found()
    everything = score_units(question, units, refused=True)
    scored = [s for s in everything if not s.refused_by]
    if question.excluded:
        # A total that leaves things out: their rows are not added, and a printed total row
        # (which holds them) does not answer.
        scored = [
            s for s in scored if not (s.unit.is_row and (is_total_row(s.unit) or _excluded(question, s.unit)))
        ]
    if question.wants_sum or asks_total(question):
        summed = month_columns_sum(question, scored) or sum_answer(question, scored)
        if summed is not None:
            return summed
    if not scored or scored[0].coverage < MIN_COVERAGE:
        return not_found(round(scored[0].coverage, 3) if scored else 0.0, _abstention_reason(everything))
    # A unit that covers every word beats one that covers all but a paraphrased one.
    best = next((x for x in scored if not x.paraphrased and x.coverage >= MIN_COVERAGE), scored[0])
    # An item row covering the question only with words its whole table shares is one part of it.
    best = table_total(question, best, scored) or best
    if question.wants_date:
        # "Kapan ...?" is answered by the sentence that states a date, of those that cover it.
        best = next((x for x in scored if x.coverage >= MIN_COVERAGE and DATE.search(x.unit.text)), best)
    return Answer(
        found=True,
        # "Kapan" and "siapa" are answered by the sentence, not by a figure picked from it.
        text=statement(best.unit, best.figure if question.asks_figure else None, question),
        citations=(citation_of(best.unit),),
        confidence=round(best.coverage, 3),
        figure=best.figure,
        evidence=(best.unit,),
    )


def _excluded(question: Question, unit: Unit) -> bool:
    """The row is one of the things the question leaves out (it holds all of one's terms)."""
    return any(set(item) <= unit.terms for item in question.excluded)


def _abstention_reason(everything: Sequence[Scored]) -> str:
    """Which guard refused the unit that covers the question best, or how little the best covers."""
    if not everything:
        return "no candidate unit"
    best = everything[0]
    where = f"{best.unit.passage.document}: {best.unit.text[:80]!r}"
    if best.refused_by and best.coverage >= MIN_COVERAGE:
        return f"guard {best.refused_by} refused {where} (coverage {best.coverage:.2f})"
    return f"coverage {best.coverage:.2f} < {MIN_COVERAGE}, best {where}, missing {list(best.missing)}"
