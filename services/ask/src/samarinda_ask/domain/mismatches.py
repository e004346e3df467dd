"""What makes a unit that covers the question still the wrong answer.

Another item or amount, another measure, another OPD, another unit of count, another document's
title: each is a guard that refuses a candidate on its own evidence, kept apart from coverage so that
every abstention names the guard that made it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from samarinda_common.indonesian_text import words

from samarinda_ask.domain.aliases import Aliases
from samarinda_ask.domain.figure_choice import REALISED, total_of_parts
from samarinda_ask.domain.figure_labels import own_item_name
from samarinda_ask.domain.figures import Figure, FigureKind, figures_in
from samarinda_ask.domain.informal import shortens
from samarinda_ask.domain.item_guards import (
    asks_aggregate,
    counted_in_other_unit,
    priced_per_one,
    qualifiers_clash,
)
from samarinda_ask.domain.named_periods import months_named
from samarinda_ask.domain.passages import Unit, context_text
from samarinda_ask.domain.periods import PART_OF_YEAR, PERIOD_LABEL, asks_whole_year
from samarinda_ask.domain.question import Question, closes_with_adjunct
from samarinda_ask.domain.question_terms import OPD_TERMS, content_terms, index_terms
from samarinda_ask.domain.row_cells import BRACKETED, ROW_NUMBER_CELL, is_total_row
from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.vocabulary import VOCABULARY
from samarinda_ask.domain.wording import names


def named_with(unit: Unit) -> str:
    """The unit's text with the names its passage is filed under (heading, document, sheet)."""
    passage = unit.passage
    return " ".join(filter(None, (passage.heading, passage.document, passage.sheet, unit.text)))


def other_item_or_amount(question: Question, unit: Unit, figure: Figure | None) -> str:
    """The guard a unit fails by naming a look-alike item ("kelas A" asked as "kelas B") or by
    pricing one thing where the question asks a whole amount (a pagu, a total); "" if none."""
    if qualifiers_clash(question.text, unit.text):
        return "qualifier"
    if asks_whole_year(question) and PART_OF_YEAR.search(named_with(unit)):
        total = total_of_parts(unit)
        summed = total.figure if total is not None else None
        whole_row = summed is not None and figure is not None and figure.value == summed.value
        if not (whole_row and not PART_OF_YEAR.search(named_with(replace(unit, text="")))):
            return "part of the year"
    if (
        PART_OF_YEAR.search(question.text)
        and totals_periods(unit)
        and not PART_OF_YEAR.search(named_with(unit))
    ):
        return "total of every period"  # a half year or a quarter asked; the row totals the year
    if (
        figure is not None
        and figure.kind is FigureKind.MONEY
        and not question.wants_rate
        and not unit.is_row
        and asks_aggregate(question.text)
        and priced_per_one(unit.text, figure.value)
    ):
        return "per-unit price"
    if (
        figure is not None
        and figure.kind is FigureKind.NUMBER
        and counted_in_other_unit(question.answer_units, _unit_column_terms(unit))
    ):
        return "another unit"
    if (
        figure is not None
        and figure.kind is FigureKind.MONEY
        and question.counts_without_money
        and _money_of_the_thing(question, unit)
    ):
        return "money of the thing counted"
    if unit.is_row and _asks_whole_of_opd(question) and not is_total_row(unit):
        asked_opd = set(question.terms) & OPD_TERMS
        if not asked_opd & unit.terms:
            return "one row of a whole"
    return ""


def another_listed_item(
    question: Question, unit: Unit, figure: Figure | None, missing: Sequence[str]
) -> bool:
    """The sentence lists figures of one kind, each named by a word of its own ("Koordinator
    sebesar Rp A, Pengemudi sebesar Rp B, dan Operator sebesar Rp C"); the figure picked is named by none
    of the question's terms and the question names a thing the sentence lacks: it asks another
    item of that kind, one the sentence does not list."""
    if figure is None or unit.is_row or not missing:
        return False
    alike = [f for f in figures_in(unit.text) if f.kind is figure.kind]
    name = own_item_name(frozenset(question.terms), unit.text, alike, figure)
    # Years, months and numbers tell periods apart ("2031 sebesar ..."), not things.
    return any(t.isalpha() and not months_named([t]) for t in name)


def _money_of_the_thing(question: Question, unit: Unit) -> bool:
    """A row's label puts a money word before the thing the question counts ("Belanja Seragam
    Peserta" asked as "jumlah peserta"): the row's figure is what was spent on that thing."""
    asked = set(question.terms)
    for cell in unit.cells:
        if cell.figure is not None:
            continue
        said = words(cell.value.lower())
        for i, word in enumerate(said[:-1]):
            if stem(word) in VOCABULARY.money_stems and any(
                set(content_terms(w)) & asked for w in said[i + 1 :]
            ):
                return True
    return False


def totals_periods(unit: Unit) -> bool:
    """A table's total row ("Bulan: JUMLAH") of a column that labels rows by their period: the
    total of every period the table lists (a year's months), no one period's figure."""
    return (
        unit.is_row
        and is_total_row(unit)
        and any(c.figure is None and PERIOD_LABEL.match(f"{c.header}:") for c in unit.cells)
    )


def _unit_column_terms(unit: Unit) -> list[str]:
    """The terms of a row's unit column ("Satuan: OB"): what its bare counts are counted in."""
    return [
        t
        for c in unit.cells
        if c.header.lower() in VOCABULARY.unit_headers and c.value.strip()
        for t in content_terms(c.value) or [c.value.lower()]
    ]


_AGGREGATE_TERMS = frozenset(index_terms(" ".join(VOCABULARY.aggregate_money_words)))


def _asks_whole_of_opd(question: Question) -> bool:
    """ "Berapa pagu Dinas X?": an OPD's whole budget, naming nothing inside it. One line of one of
    its tables (a school, a package) is a part of it; only a total row, a sentence, or a row that
    names the OPD itself (a city-wide list of OPDs) may answer."""
    asked_opd = set(question.terms) & OPD_TERMS
    # The OPD's title as the asker writes it may be longer than the name it reads as ("Dinas
    # Pendidikan dan Kebudayaan"): its words name the OPD, not an item.
    titles = " ".join(m.group(0) for m in _OPD_TITLE.finditer(question.text))
    rest = set(question.terms) - asked_opd - index_terms(titles)
    return bool(asked_opd) and bool(rest) and rest <= _AGGREGATE_TERMS


_OPD_TITLE = re.compile(
    r"\b(?:Dinas|Badan|Kantor|Sekretariat|Inspektorat|Satuan)(?:\s+(?:(?:dan|&)\s+)?[A-Z][\w-]*)+"
)


# The upload category of regulations and circulars: documents that set rules, not report results.
RULES_CATEGORY = "regulasi"


def measures_agree(question: Question, unit: Unit) -> bool:
    """A question about one measure (realisasi, pagu, target) is not answered by a unit that
    states only another one."""
    asked = [g for g in VOCABULARY.measure_groups if g & set(question.raw_stems)]
    if len(asked) != 1:
        return True
    stated = {stem(w) for w in words(unit.text)}
    if asked[0] & stated:
        return True
    if asked[0] is REALISED and unit.passage.category == RULES_CATEGORY:
        return False  # a regulation sets limits and duties: what was realised is reported elsewhere
    titled = {stem(w) for w in words(context_text(unit.passage))}
    if not any(g & stated for g in VOCABULARY.measure_groups if g is not asked[0]):
        # A unit naming no measure is what its document, by its title or kind, is about: a line
        # of a plan ("RKA", "rencana") states no realisation, however its words match.
        return not (
            asked[0] is REALISED
            and not asked[0] & titled
            and any(g & titled for g in VOCABULARY.measure_groups if g is not asked[0])
        )
    # A realisation report's row of a target and quarters ("Target | TW I | ... | Jumlah"): the
    # figures no measure names are what the document, as its title or kind says, reports.
    return bool(asked[0] & titled) and _unmeasured_figures(unit) >= 2


def _unmeasured_figures(unit: Unit) -> int:
    """How many of the row's amounts and counts stand under a header naming no measure (the row
    number and the shares left out)."""
    measures = set().union(*VOCABULARY.measure_groups)
    return sum(
        1
        for position, cell in enumerate(unit.cells)
        if cell.figure is not None
        and cell.figure.kind is not FigureKind.PERCENT
        and not (position == 0 and ROW_NUMBER_CELL.fullmatch(cell.value))
        and not {stem(w) for w in words(cell.header)} & measures
    )


def opd_agrees(question: Question, unit: Unit, document_terms: set[str] | None = None) -> bool:
    """A question naming an OPD ("... Dinas PUPR ...") is not answered by another OPD's document
    that never names it: the matching row of a look-alike table is that other OPD's figure.
    A document of an OPD that names the asked one (a city-wide plan listing every OPD) may answer,
    and so does one its document (``document_terms``) addresses when the question names the OPD as
    the one written to ("surat ke Dinas X"): the letter is the sender's."""
    asked = set(question.terms) & OPD_TERMS
    passage = unit.passage
    code = passage.opd or ""
    owner = index_terms(VOCABULARY.opd_names.get(code, code.replace("_", " "))) & OPD_TERMS
    if not asked or not owner or asked & owner:
        return True
    titles = " ".join(filter(None, (passage.heading, passage.document, passage.sheet)))
    named = unit.terms | index_terms(titles)
    if asked & named:
        return True
    addressed = asked & addressees(question.text)
    return bool(addressed) and addressed == asked and addressed <= (document_terms or set())


# "surat ke Dinas X", "usulan kepada Badan Y": the OPD written to, not the one writing.
_ADDRESSED = re.compile(r"\b(?:ke|kepada)\s+(?P<name>(?:[^\W\d_][\w-]*\s*){1,4})", re.IGNORECASE)


def addressees(text: str) -> set[str]:
    """The OPD terms ``text`` names as the ones written to."""
    return {t for m in _ADDRESSED.finditer(text) for t in index_terms(m["name"]) & OPD_TERMS}


def states_own_unit(unit: Unit, figure: Figure | None) -> bool:
    """The figure comes with a unit word of its own ("18 menit", a column "Sabun (bot)"): one not
    the unit asked is another measure, not a unit left unwritten."""
    if figure is None:
        return False
    if figure.unit:
        return True
    return any(
        c.figure == figure and any(UNIT_IN_BRACKETS.fullmatch(b) for b in BRACKETED.findall(c.header))
        for c in unit.cells
    )


# The units that count whatever the question names ("orang", "buah", "unit"): the words that
# both ask for a count and are a count's unit.
_CLASSIFIERS = tuple(w for w in VOCABULARY.count_words if w in VOCABULARY.count_units)


def counts_named_thing(question: Question, term: str, figure: Figure | None) -> bool:
    """``term``, a generic unit the question asks its count in ("berapa orang"), is said by the
    figure's own unit when that unit is the thing the question counts: "jumlah relawan ... berapa
    orang" is answered by "240 relawan", not by a figure of another thing."""
    if figure is None or not figure.unit:
        return False
    counted = stem(figure.unit.lower())
    return (
        counted in question.terms
        and counted not in question.answer_units
        and any(term == stem(c) or shortens(term, c) for c in _CLASSIFIERS)
    )


# A unit in a column's brackets ("(bot)", "(ton)", "(m2)", "(Rp)", "(%)"), not a code ("(KB/II)").
UNIT_IN_BRACKETS = re.compile(r"\(\s*(?:[^\W\d_]{1,8}\d?|%)\s*\)")


def names_another_document(missing: Sequence[str], unit: Unit, titles: dict[str, set[str]]) -> bool:
    """Words the unit lacks name another candidate document ("survei harga" where this unit is a
    budget line): the question asks that document, and this unit's figure is a look-alike's. One
    lacking word alone may be the asker's own (a file name shares many words); with more lacking,
    one that names another document points there."""
    other_titles = set().union(*(t for d, t in titles.items() if d != unit.passage.document_id))
    return len(missing) >= 2 and any(term in other_titles for term in missing)


def narrowing_term_missing(question: Question, missing: Sequence[str], unseen: set[str]) -> bool:
    """The unit lacks the question's last term, the word that narrows its head to one thing
    ("jumlah peserta lokakarya" of a "lokakarya", not of every event with "peserta"), and other
    candidates state that word: it is not the asker's own wording of something the unit says
    otherwise, and the unit is about another thing (see :func:`may_be_paraphrased`). An OPD named last
    is left to the OPD guard (its units may not write their owner's name)."""
    last = question.asked_terms[-1] if question.asked_terms else ""
    return (
        last in missing
        and last not in unseen
        and last not in OPD_TERMS
        and last not in question.verbs
        and last not in question.answer_units
        and not closes_with_adjunct(question)
    )


def says_more_than_names(question: Question, unit: Unit, aliases: Aliases) -> bool:
    """The unit's own words cover a question term that is not a name: a row that only names the
    place asked ("Kelurahan X") says nothing of the thing asked, and the several words it lacks
    are that thing, not the asker's wording of it."""
    return any(t not in question.names and names(t, unit.terms, aliases) for t in question.terms)
