"""A citation must print a figure its answer states: the reader checks a figure against its quote.

Applied to every answer, whichever step wrote it (a sentence, rows summed, two parts, a chain, the
LLM): a citation of another row or sentence that states none of the answer's figures is dropped,
and an answer whose figures no cited quote prints is no answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal

from samarinda_ask.domain.answering import Answer, Citation, not_found
from samarinda_ask.domain.figures import figures_in, values_in


def stated_values(text: str) -> set[Decimal]:
    """The values of the figures ``text`` states."""
    return {figure.value for figure in figures_in(text)}


def printing_any(stated: set[Decimal], citations: Iterable[Citation]) -> tuple[Citation, ...]:
    """The citations whose quote prints one of the ``stated`` values."""
    return tuple(c for c in citations if stated & values_in(c.quote))


def with_supporting_citations(answer: Answer) -> Answer:
    """``answer`` citing only quotes that print one of its figures (an answer without figures,
    "siapa" or "kapan", keeps its citations)."""
    if not answer.found:
        return answer
    stated = stated_values(answer.text)
    if not stated:
        return answer
    kept = printing_any(stated, answer.citations)
    if not kept:
        return not_found(answer.confidence, "no cited quote prints a figure the answer states")
    return replace(answer, citations=kept)
