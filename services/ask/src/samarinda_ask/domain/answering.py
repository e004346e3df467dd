"""Extractive answers: the sentence or the table row that answers, with its figure and source.

Retrieved passages are cut into units (a sentence of running text, one table row) and each unit
is scored on how much of the question it covers, its terms weighted by how rare they are among
the candidates (a term no candidate contains weighs most, and makes the question unanswerable).
A unit whose years contradict the question's, or that lacks the kind of figure asked for, is
never the answer: the service says the data does not contain it rather than answer with a
neighbouring year's or a neighbouring item's figure. Document text is only ever data here.

This module is the entry point: it splits a question into its parts, answers each part
(``single_answer``) and composes two parts into one answer (``composition``). The rules live in
the modules below it (units, scoring, figure choice, sums, rendering, ...: see the layered
import-linter contract in pyproject.toml); the names callers import are re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence

from samarinda_ask.domain.composition import (
    PERCENT_WORD,
    RELATIVE_CHANGE,
    SHARE,
    combined_answer,
    relative_change,
    remainder,
    share,
)
from samarinda_ask.domain.figures import FigureKind
from samarinda_ask.domain.headings import is_title_line
from samarinda_ask.domain.passages import NOT_FOUND, Answer, ChunkKind, Citation, Passage, not_found
from samarinda_ask.domain.question import Question, parse_question
from samarinda_ask.domain.question_parts import split_parts
from samarinda_ask.domain.sentences import sentences_of
from samarinda_ask.domain.single_answer import single_answer
from samarinda_ask.domain.units import deduplicate, units_of

# The names the service layer, the API, sibling modules and tests import from here.
__all__ = [
    "NOT_FOUND",
    "Answer",
    "ChunkKind",
    "Citation",
    "Passage",
    "deduplicate",
    "extractive_answer",
    "is_title_line",
    "not_found",
    "remainder",
    "sentences_of",
    "units_of",
]


def extractive_answer(
    question: Question,
    passages: Sequence[Passage],
    part_passages: Sequence[Sequence[Passage]] | None = None,
) -> Answer:
    """The best unit of ``passages``, or "not found" when none covers the question well enough.

    A question about two years, two measures or two things compared ("selisih biaya A dan
    biaya B", "mana yang lebih besar, A atau B") is answered part by part (``split_parts``), each
    part from its own retrieved passages when ``part_passages`` gives them, each with its own
    citation; it is answered only when every part is. A difference or a comparison is computed
    from the two stated figures and shown with them.
    """
    parts = split_parts(question)
    if len(parts) > 1 and question.wants_sum and not (question.wants_difference or question.wants_comparison):
        # A total of two named things is first summed within one table (its rows); the parts,
        # each retrieved on its own, add up what two documents state.
        whole = single_answer(question, passages)
        if whole.found and len(whole.citations) > 1:
            return whole  # rows of one table summed; one sentence naming one side is not a total
    if len(parts) > 1:
        pools = (
            part_passages if part_passages and len(part_passages) == len(parts) else [passages] * len(parts)
        )
        answers = [single_answer(part, pool) for part, pool in zip(parts, pools, strict=True)]
        answers = _distinct_figures(answers, parts, pools)
        combined = combined_answer(answers, question, parts)
        relative = RELATIVE_CHANGE.search(question.text) is not None
        if (
            (relative or not combined.found)
            and question.wants is FigureKind.PERCENT
            and question.wants_difference
        ):
            # "Berapa persen kenaikan realisasi ... 2024 ke 2025" asks for the change relative to
            # the first amount (not the difference of a "Capaian (%)" column); where the parts
            # state no percentage either, the change is computed from their amounts and shown.
            bases = [parse_question(PERCENT_WORD.sub("", p.text)) for p in parts]
            if all(b.wants is not FigureKind.PERCENT for b in bases):
                answers = [single_answer(b, pool) for b, pool in zip(bases, pools, strict=True)]
                return relative_change(answers, bases) or combined
        if not combined.found and question.wants is FigureKind.PERCENT and SHARE.search(question.text):
            # "Berapa persen realisasi ... terhadap targetnya?": the share of one stated figure
            # in the other, computed and shown with both, when no part states a percentage.
            bases = [parse_question(PERCENT_WORD.sub("", p.text)) for p in parts]
            answers = [single_answer(b, pool) for b, pool in zip(bases, pools, strict=True)]
            return share(answers, bases, question) or combined
        return combined
    return single_answer(question, passages)


def _distinct_figures(
    answers: list[Answer], parts: Sequence[Question], pools: Sequence[Sequence[Passage]]
) -> list[Answer]:
    """Two parts answered by one figure of one unit are one answer, not two: the part that has
    another unit answering it takes that one (the better covered if both have), and when neither
    has, the second part is not found (a figure added to or compared with itself is no answer)."""
    if len(answers) != 2 or not all(a.found and a.evidence for a in answers):
        return answers
    first, second = answers
    if (first.evidence[0].text, first.figure) != (second.evidence[0].text, second.figure):
        return answers
    shared = frozenset(u.text for a in answers for u in a.evidence)
    others = [single_answer(part, pool, excluded=shared) for part, pool in zip(parts, pools, strict=True)]
    found = [i for i in (0, 1) if others[i].found]
    if not found:
        return [first, not_found(reason="both parts point to the same figure")]
    chosen = max(found, key=lambda i: others[i].confidence)
    return [others[i] if i == chosen else answers[i] for i in (0, 1)]
