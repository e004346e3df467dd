"""The years and months a unit is about, and whether they agree with the question's.

A unit whose year or month contradicts the question's is never the answer, however well it covers
the question's words; reading a unit's time (a compared year, a labelled period, a signing date) is
its own set of rules, kept apart from word coverage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from samarinda_common.indonesian_text import MONTHS, words

from samarinda_ask.domain.clauses import statement_of
from samarinda_ask.domain.figures import DATE, Figure, FigureKind
from samarinda_ask.domain.named_periods import months_dated, months_named, months_spanned
from samarinda_ask.domain.passages import Answer, Cell, Unit
from samarinda_ask.domain.question import Question
from samarinda_ask.domain.question_terms import index_terms
from samarinda_ask.domain.sentences import YEAR, reads_as_row
from samarinda_ask.domain.stated_years import as_of_spans, closes_reference
from samarinda_ask.domain.vocabulary import VOCABULARY

# In a file name the year sits between underscores or dashes ("realisasi_belanja_2025.csv"), where
# ``\b`` sees no boundary.
_NAMED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


_YEAR_HEADER = re.compile(r"tahun|\bta\b|periode|year", re.IGNORECASE)


# A number followed by what it counts is a quantity, not a year ("1920 kotak", "2024 unit").
_COUNTED = re.compile(
    r"\s+(?:" + "|".join(re.escape(u) for u in VOCABULARY.count_units) + r")\b", re.IGNORECASE
)


def years_stated(unit: Unit, figure: Figure | None = None) -> set[int]:
    """The years a unit names: not every 19xx/20xx is one ("1920 kotak", a volume of 2000). With
    ``figure``, a sentence's years that frame that figure (:func:`statement_of`)."""
    if unit.is_row:
        years: set[int] = set()
        for cell in unit.cells:
            if is_note(cell):
                continue  # "Keterangan: survei harga 2024" in a 2025 list: a mention, not the period
            years.update(int(y) for y in YEAR.findall(cell.header))
            bare = re.fullmatch(r"\s*(?:19|20)\d{2}\s*", cell.value) is not None
            if bare and not _YEAR_HEADER.search(cell.header):
                continue  # a number under "Volume" or "Jumlah" that happens to look like a year
            years.update(int(y) for y in YEAR.findall(cell.value))
        return years
    text = unit.text if figure is None else statement_of(unit.text, figure.value)
    as_of = as_of_spans(text)
    return {
        int(m.group(0))
        for m in YEAR.finditer(text)
        if not _COUNTED.match(text, m.end())
        and not _COMPARED_YEAR.search(text, max(0, m.start() - 60), m.start())
        and not closes_reference(text, m.start())
        and not any(lo <= m.start() < hi for lo, hi in as_of)
    }


# "... mencapai 81,06, naik dari 78,93 pada tahun 2023": the year a figure is compared with, not
# the year the sentence reports (its document's). So is the year of a period compared with ("naik
# 2 persen dibandingkan triwulan III 2023", "dibanding bulan Mei 2023"), and of an event compared
# by its name ("lebih dari capaian Pekan Raya 2030").
_COMPARED_YEAR = re.compile(
    r"\b(?:dari|dibanding(?:kan)?|daripada)\s+(?:(?:dengan|capaian|realisasi)\s+)?(?:[\d.,%]+\s+)?"
    r"(?:(?-i:[A-Z])[\w-]*\s+){0,3}"
    r"(?:pada\s+)?(?:periode\s+)?(?:(?:(?:semester|sem|smt|triwulan|tw|kuartal)\.?\s*(?:[1-4]|iv|i{1,3})"
    rf"|(?:bulan\s+)?(?:{'|'.join(MONTHS)}))\s+)?(?:tahun\s+)?$",
    re.IGNORECASE,
)


def is_note(cell: Cell) -> bool:
    header = words(cell.header.lower())
    return bool(header) and header[0] in VOCABULARY.note_headers


def years_agree(question: Question, unit: Unit, figure: Figure | None = None) -> bool:
    """A unit answers a question about a year only when it, or its document, is about that year.
    A row's remark places it only when nothing else does (a list filed without any year)."""
    if not question.years:
        return True
    own = years_stated(unit, figure)
    if own:
        return bool(own & set(question.years))
    passage = unit.passage
    named = " ".join(filter(None, (passage.heading, passage.document, passage.sheet)))
    context = {int(y) for y in _NAMED_YEAR.findall(named)}
    if passage.fiscal_year is not None:
        context.add(passage.fiscal_year)
    # Minutes of a meeting filed under the next year's budget: the date its passage writes in
    # full ("Senin, 24 November 2030") is when what the unit tells happened.
    # A date something stood "as of" is no such time: it places the unit only when nothing else does.
    as_of = as_of_spans(passage.text)
    dates = [
        d
        for d in DATE.finditer(passage.text)
        if d.span() not in as_of and not _SIGNED_AT.search(passage.text, 0, d.start())
    ]
    context.update(int(y) for d in dates for y in YEAR.findall(d.group(0)))
    if not context:
        context = {int(y) for c in unit.cells if is_note(c) for y in YEAR.findall(c.value)}
    if not context:
        context = {int(y) for lo, hi in as_of for y in YEAR.findall(passage.text[lo:hi])}
    return bool(context & set(question.years))


# "Samarinda, 12 Januari 2031" closing a report: the place and day it was signed, often in the
# year after the one it reports (a weekday before the comma dates a meeting, not a signature).
_SIGNED_AT = re.compile(
    r"^[ \t]*(?!(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b)[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?,[ \t]*$",
    re.MULTILINE,
)


# "sepanjang 2031", "selama tahun 2030", "setahun": the year as a whole.
_WHOLE_YEAR = re.compile(r"\b(?:sepanjang|selama|setahun)\b", re.IGNORECASE)


# A part of a year as a report, its heading or its sentence names it ("Semester I", "sem2_2031",
# "TW 3").
PART_OF_YEAR = re.compile(
    r"(?<![^\W\d_])(?:semester|sem|smt|triwulan|tw|kuartal)[\s_-]*(?:[1-4]|iv|i{1,3})(?![^\W_])",
    re.IGNORECASE,
)


# "s.d. 31 Mei", "sampai dengan Agustus", a sheet "s/d Mei": a figure counted up to a month.
_UP_TO_MONTH = re.compile(
    r"(?:\bsampai\s+dengan|\bs\.?\s?d\b\.?|\bs/d|\bhingga)\s+(?:\d{1,2}\s+)?(?P<month>[^\W\d_]+)",
    re.IGNORECASE,
)


def cut_before_year_end(text: str) -> bool:
    """``text`` counts its figures only up to a month before December ("s.d. 31 Mei"): part of
    a year, which a question asking the whole year is not answered by while the same report up to
    December is there."""
    return any(
        m["month"].lower() in MONTHS and m["month"].lower() != MONTHS[-1] for m in _UP_TO_MONTH.finditer(text)
    )


def counts_part_of_year(text: str) -> bool:
    """``text`` names a part of a year: a semester or quarter, or a count up to a month before
    December."""
    return PART_OF_YEAR.search(text) is not None or cut_before_year_end(text)


def asks_whole_year(question: Question) -> bool:
    """A year asked as a whole, no month or part of it named: a semester's figure is not its figure."""
    return (
        bool(question.years)
        and _WHOLE_YEAR.search(question.text) is not None
        and not question.months
        and PART_OF_YEAR.search(question.text) is None
    )


def asks_total(question: Question) -> bool:
    """A total named ("total", "jumlah seluruh"), or a count over a whole year ("berapa pendaftar
    sepanjang 2031"): what a table of months tells month by month is added up."""
    return question.asks_total or (question.wants is FigureKind.COUNT and asks_whole_year(question))


def months_agree(
    question: Question,
    unit: Unit,
    unit_months: frozenset[str],
    document_months: set[str],
    monthly: bool = False,
) -> bool:
    """A unit answers a question about a month only when its document states that month (a
    report "per 31 Maret" answers no question about July), and a table row labelled
    with months only when one of them is asked (the row of another month is that month's).
    Of a document that breaks its figures down by month (``monthly``: a row of the asked month
    is among the candidates), a sentence naming no month, or a longer span of months, states that
    period's figure, not the month's. ``unit_months`` are the months the unit itself states
    (:func:`months_stated`)."""
    if not question.months:
        return True
    if unit.is_row and unit_months:
        return bool(unit_months & question.months)
    if monthly and not unit.is_row and not reads_as_row(unit.text):
        # Beside the month's own row, a sentence naming no month states the year's figure, and one
        # spanning more months than asked ("Maret sampai Agustus") that longer period's.
        spanned = months_spanned(unit.text)
        if not months_named(unit.terms) or (len(spanned) > 1 and spanned > question.months):
            return False
    # "per 31 Mei 2033 sebanyak 85 relawan": a figure given as of a day is that month's, whatever
    # months the rest of its document names.
    as_of = {m for s, e in as_of_spans(unit.text) for m in months_named(index_terms(unit.text[s:e]))}
    if not unit.is_row and as_of and not as_of & question.months:
        return False
    return bool(document_months & question.months)


# "Bulan : Maret 2031", "Periode: Januari - Juni": a line that labels the period a document covers.
PERIOD_LABEL = re.compile(r"^\s*(?:bulan|periode|masa)\s*:", re.IGNORECASE)


def period_labelled(unit: Unit) -> frozenset[str]:
    """The months a line of text labels as its document's period; none for any other unit (a
    table's "Bulan" column names one row's month, not the document's)."""
    if unit.is_row or not PERIOD_LABEL.match(unit.text):
        return frozenset()
    return months_named(unit.terms) | months_spanned(unit.text)


def period_filed(unit: Unit) -> frozenset[str]:
    """The one month a document's file name names ("laporan_bulanan_maret_2031.pdf") and its
    passage writes too (its title "BULAN MARET 2031"): the month its figures are of. The date it
    was signed on, often the next month's, is not. A name of no month or of several places
    nothing, nor one its passage never writes (a workbook filed when it was sent, its sheets of
    earlier weeks)."""
    named = months_named(index_terms(unit.passage.document))
    if len(named) != 1 or not named <= months_named(index_terms(unit.passage.text)):
        return frozenset()
    return named


def months_stated(unit: Unit, question: Question) -> frozenset[str]:
    """The months of the question a unit speaks of: those it names, by name or by a date in
    digits, or all of them when it names the very period asked (:func:`period_asked`)."""
    return months_named(unit.terms) | months_dated(unit.text) | period_asked(question, unit.text)


def period_asked(question: Question, text: str) -> frozenset[str]:
    """The question's months when ``text`` names the same period by a range or as a half year
    or a quarter ("semester I" for "Jan-Jun"); nothing otherwise. A longer period (the year
    "Januari - Desember") does not state the figure of the months asked, nor a shorter one."""
    spanned = months_spanned(text)
    return spanned if len(spanned) > 1 and spanned == question.months else frozenset()


def monthly_documents(question: Question, units: Sequence[Unit]) -> set[str]:
    """The documents that break their figures down by month: rows (a table's, or rows printed as
    text) of several months, one of them asked. A date in one row is no breakdown."""
    if not question.months:
        return set()
    months: dict[str, set[str]] = {}
    for u in units:
        if u.is_row or reads_as_row(u.text):
            months.setdefault(u.passage.document_id, set()).update(months_named(u.terms))
    return {d for d, named in months.items() if len(named) >= 2 and named & question.months}


def one_month_for_a_period(answer: Answer, period_months: str) -> bool:
    """Is ``answer`` a single row or sentence of one month, given for a quarter or half year
    (``period_months``: the question with its period written out as its months)? A monthly
    table's row of one month states that month only; its months together state the period."""
    if not answer.found or answer.summed or len(answer.evidence) != 1:
        return False
    stated = months_named(words(answer.evidence[0].text.lower()))
    return len(stated) == 1 and stated <= months_spanned(period_months)
