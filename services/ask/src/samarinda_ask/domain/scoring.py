"""The units scored on how much of the question they cover, their terms weighted by rarity.

A term no candidate contains weighs most and makes the question unanswerable; the year, month,
wording and mismatch rules of the sibling modules set each unit's coverage to zero or credit it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from samarinda_ask.domain.aliases import learned_aliases
from samarinda_ask.domain.figure_choice import pick_figure
from samarinda_ask.domain.figures import Figure
from samarinda_ask.domain.mismatches import (
    another_listed_item,
    counts_named_thing,
    measures_agree,
    named_with,
    names_another_document,
    narrowing_term_missing,
    opd_agrees,
    other_item_or_amount,
    says_more_than_names,
    states_own_unit,
    totals_periods,
)
from samarinda_ask.domain.modifiers import narrowed_otherwise
from samarinda_ask.domain.named_periods import months_named
from samarinda_ask.domain.passages import ChunkKind, Unit, context_text
from samarinda_ask.domain.periods import (
    PART_OF_YEAR,
    counts_part_of_year,
    monthly_documents,
    months_agree,
    months_stated,
    period_asked,
    period_filed,
    period_labelled,
    years_agree,
    years_stated,
)
from samarinda_ask.domain.question import Question
from samarinda_ask.domain.question_terms import index_terms
from samarinda_ask.domain.row_cells import is_total_row
from samarinda_ask.domain.wording import (
    asker_wording,
    assimilated,
    may_be_paraphrased,
    names,
    numbered_otherwise,
    one_of,
    shortened,
    spelled_otherwise,
    stating,
)

# A passage term found only in the heading, file name or sheet counts this much of a term in the unit.
CONTEXT_CREDIT = 0.7


# The share of the question's weighted terms a unit must cover to be the answer.
MIN_COVERAGE = 0.72


# A unit lacking one paraphrased head word counts this share of its coverage of the other terms.
PARAPHRASE_CREDIT = 0.9


# The share of a term's weight a table's total row earns by its caption naming the term: more
# than a heading is worth to any row, less than the row's own words.
CAPTION_CREDIT = 0.85


@dataclass(frozen=True)
class Scored:
    unit: Unit
    coverage: float
    figure: Figure | None
    missing: tuple[str, ...]
    states_year: bool = False  # the unit itself names the question's year (not only its document)
    refused_by: str = ""  # the guard that keeps this unit from being the answer ("" when none)
    paraphrased: bool = False  # covers the question but for one head word no candidate states


def _weights(question: Question, df: Counter[str], units: int) -> dict[str, float]:
    """Rare terms weigh more: idf over the candidate units (with their context)."""
    total = max(1, units)
    return {t: math.log(1 + (total + 1) / (df[t] + 0.5)) for t in question.terms}


def score_units(question: Question, units: Sequence[Unit], *, refused: bool = False) -> list[Scored]:
    """Units that may answer, best first; with ``refused`` also those a guard keeps out (each
    naming its guard), so that an abstention can say which guard made it."""
    # Short forms and the names they shorten, as the candidates write them: "AHH" is stated by
    # a unit that writes "Angka Harapan Hidup", "Disbudpar" by its owner's full name.
    aliases = learned_aliases(question, (t for u in units for t in (u.text, context_text(u.passage))))
    # Each unit's terms with its context's, built once for the question (not once per term).
    stated = [u.terms | u.context_terms for u in units]
    df = stating(question, stated, aliases)
    weights = _weights(question, df, len(units))
    total = sum(weights.values()) or 1.0
    # Question terms no candidate states: the asker's own wording, if anything may be paraphrased.
    unseen = {t for t in question.terms if not df[t]}
    # A verb ("disalurkan", "diserahterimakan") the unit's own document states elsewhere is about it.
    by_document: dict[str, set[str]] = {}
    # What each document says about itself anywhere among the candidates (its title, its date).
    about_document: dict[str, set[str]] = {}
    # The months each document names among the candidates, or covers by the very period asked.
    document_months: dict[str, set[str]] = {}
    period_of: dict[str, set[str]] = {}
    # The months each unit states itself, read once for both the month guard and coverage.
    months_of = [months_stated(u, question) if question.months else frozenset() for u in units]
    for u, terms, unit_months in zip(units, stated, months_of, strict=True):
        by_document.setdefault(u.passage.document_id, set()).update(u.terms)
        about_document.setdefault(u.passage.document_id, set()).update(terms)
        if question.months:
            context_period = period_asked(question, context_text(u.passage))
            document_months.setdefault(u.passage.document_id, set()).update(
                unit_months | months_named(terms) | context_period
            )
            if labelled := period_labelled(u) or period_filed(u):
                period_of.setdefault(u.passage.document_id, set()).update(labelled)
    # A document that labels its period ("Bulan: Maret"), or is filed under one month, is about
    # those months only: the date it was signed on ("Samarinda, 17 Maret") is no month of its figures.
    document_months.update(period_of)
    # A question adding up several items lacks, in each one's unit, the others' words.
    several_items = question.wants_sum or question.asks_total
    titles = {u.passage.document_id: index_terms(u.passage.document) for u in units}
    monthly = monthly_documents(question, units)
    scored: list[Scored] = []
    for unit, unit_months in zip(units, months_of, strict=True):
        figure = pick_figure(question, unit, aliases)
        guard = (
            "year"
            if not years_agree(question, unit, figure)
            else "month"
            if not months_agree(
                question,
                unit,
                unit_months,
                document_months.get(unit.passage.document_id, set()),
                unit.passage.document_id in monthly,
            )
            else "measure"
            if not measures_agree(question, unit)
            else "opd"
            if not opd_agrees(question, unit, about_document[unit.passage.document_id])
            else f"no {question.wants.value} figure"
            if question.wants is not None and figure is None
            # "sebutkan total X" asks no kind by "berapa", but a total is a figure all the same.
            else "no figure of a total"
            if question.asks_total and figure is None
            else other_item_or_amount(question, unit, figure)
        )
        if guard and not refused:
            continue
        covered = 0.0
        # The weight of the asked unit's words the unit does not write (they lack nothing).
        unstated_unit = 0.0
        missing: list[str] = []
        # A name stated half in the unit, half in its context ("Kepala" in the sentence,
        # "Dinas" in its owner's name) is stated by the context.
        with_context = unit.terms | unit.context_terms
        caption = _total_row_caption(unit)
        for term, weight in weights.items():
            if (
                names(term, unit.terms, aliases)
                or shortened(term, unit.terms)
                or assimilated(term, unit.text)
                or spelled_otherwise(term, unit.terms)
                or (term in question.months and term in unit_months)
                or numbered_otherwise(term, unit)
                or one_of(term, unit.terms)
            ):
                covered += weight
            elif names(term, caption, aliases):
                covered += weight * CAPTION_CREDIT
            elif term in question.answer_units and (
                not states_own_unit(unit, figure) or counts_named_thing(question, term, figure)
            ):
                # The unit the answer is counted in lacks nothing, also where only a lead-in
                # above the table names it ("satuan: orang"): no partial credit for that.
                unstated_unit += weight
            elif (
                names(term, with_context, aliases)
                or spelled_otherwise(term, unit.context_terms)
                or (term in question.months and term in document_months[unit.passage.document_id])
            ):
                covered += weight * CONTEXT_CREDIT
            elif term in question.aside:
                unstated_unit += weight
            else:
                missing.append(term)
        coverage = covered / max(total - unstated_unit, 1e-9)
        if not guard and not several_items and names_another_document(missing, unit, titles):
            if not refused:
                continue
            guard = "another document"
        if not guard and not several_items and narrowing_term_missing(question, missing, unseen):
            if not refused:
                continue
            guard = "another thing"
        if not guard and not several_items and another_listed_item(question, unit, figure, missing):
            if not refused:
                continue
            guard = "another listed item"
        if (
            not guard
            and not several_items
            # A row's heading names its kind ("Produksi Ternak Kambing" over its rows).
            and narrowed_otherwise(question, frozenset(missing), f"{unit.text}\n{unit.passage.heading or ''}")
        ):
            if not refused:
                continue
            guard = "another kind"
        paraphrased = (
            len(missing) == 1
            and (
                missing[0] in unseen
                or (missing[0] in question.verbs and missing[0] in by_document[unit.passage.document_id])
            )
            and may_be_paraphrased(question, missing[0], unit)
        ) or (
            asker_wording(question, missing, unseen, unit) and says_more_than_names(question, unit, aliases)
        )
        if paraphrased:
            # The words the unit lacks are ones the document says otherwise ("nakes", "dana",
            # "personel"): the rest must be covered as well as a whole question would be.
            coverage = (
                PARAPHRASE_CREDIT
                * covered
                / max(total - unstated_unit - sum(weights[m] for m in missing), 1e-9)
            )
        states_year = bool(years_stated(unit) & set(question.years))
        scored.append(Scored(unit, coverage, figure, tuple(missing), states_year, guard, paraphrased))
    # Of equal coverage, a unit of the whole year asked wins over one of a semester or quarter
    # the question does not name; then a unit that names the year itself, then a table's total
    # row (when the question names no row, the table's figure is its total); then the fused
    # retrieval rank.
    whole_year = bool(question.years) and not question.months and not PART_OF_YEAR.search(question.text)
    scored.sort(
        key=lambda s: (
            -round(s.coverage, 9),  # equal coverages summed in another order are equal
            whole_year and counts_part_of_year(named_with(s.unit)),
            not s.states_year,
            not is_total_row(s.unit),
            -s.unit.passage.score,
        )
    )
    return scored


def _total_row_caption(unit: Unit) -> frozenset[str]:
    """The terms of the caption of a table by month whose total row ("JUMLAH") ``unit`` is: such
    a row names no thing of its own but totals the year of what the caption names. (In a table
    of items the total is of items a question may narrow to, which the caption names too.)"""
    caption = unit.passage.heading if unit.passage.kind is ChunkKind.TABLE_ROWS else None
    if not (caption and unit.is_row and totals_periods(unit)):
        return frozenset()
    return frozenset(index_terms(caption))
