"""The figure of a unit that answers: the column of a row, the amount of a kind, the count asked for.

Picking the figure is separate from picking the unit: once a unit covers the question, these rules
choose among its cells and numbers (the realised column, the rupiah amount, the printed count) or
find none of the kind asked, which makes the unit no answer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from samarinda_common.indonesian_text import words

from samarinda_ask.domain.aliases import Aliases
from samarinda_ask.domain.figure_labels import (
    COUNTED_ASKED,
    asked_measure,
    figure_position,
    nearest_figure,
)
from samarinda_ask.domain.figures import DATE, Figure, FigureKind, figures_in, parse_number
from samarinda_ask.domain.item_guards import mark_agreement, qualifiers
from samarinda_ask.domain.named_periods import months_named
from samarinda_ask.domain.passages import Cell, Passage, Unit
from samarinda_ask.domain.periods import PART_OF_YEAR, asks_whole_year
from samarinda_ask.domain.question import Question
from samarinda_ask.domain.question_terms import index_terms
from samarinda_ask.domain.row_cells import BRACKETED, headerless, only_weak_money_words, sums_its_row
from samarinda_ask.domain.sentences import LABELLED_AMOUNT, NUMERIC_TOKEN, PER_UNIT, YEAR, reads_as_row
from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.vocabulary import VOCABULARY
from samarinda_ask.domain.wording import names


def total_of_parts(unit: Unit) -> Cell | None:
    """The sum column of a row that breaks its year into parts ("TW I" ... "TW IV", "Jumlah"):
    the row is the whole year's, its total the year's figure."""
    if not unit.is_row or sum(1 for c in unit.cells if PART_OF_YEAR.search(c.header)) < 2:
        return None
    return next((c for c in unit.cells if c.figure is not None and _is_sum_label(c.header)), None)


def pick_figure(question: Question, unit: Unit, aliases: Aliases) -> Figure | None:
    """The figure of ``unit`` that answers: of the kind asked, nearest the question's words.

    A kind asked only by a leaning word ("nilai indeks", "realisasi tingkat pengangguran") takes
    another figure of the unit when it has none of that kind."""
    figure = _pick_figure_of_kind(question, unit, aliases)
    if figure is None and question.weak_kind:
        # "nilai indeks X ... sebesar 74,3 dengan ...": the number the sentence states of it
        # before any other figure the sentence carries ("dari 640 responden").
        stated = None if unit.is_row else _stated_number(unit.text)
        figure = stated or _pick_figure_of_kind(replace(question, wants=None), unit, aliases)
        bare = [] if unit.is_row or stated else _bare_numbers(unit.text)
        if bare:
            # "Indeks X (IX) 71,4 dengan ..., dari 900 responden": a bare number that is no year
            # competes with the figures of a unit, each named by the words before it.
            others = [] if figure is None else [figure]
            figure = nearest_figure(replace(question, wants=None), unit.text, [*others, *bare])
    if figure is None and question.wants is FigureKind.COUNT and not unit.is_row:
        figure = _stated_number(unit.text) or _labelled_number(question, unit.text)
    return figure


def _bare_numbers(text: str) -> list[Figure]:
    """The numbers ``text`` writes with no unit, no year nor day of a date ("24 Juli 2031") among
    them."""
    dates = [d.span() for d in DATE.finditer(text)]
    values = (
        parse_number(m[0].rstrip(".,;:"))
        for m in NUMERIC_TOKEN.finditer(text)
        if not YEAR.fullmatch(m[0].rstrip(".,;:")) and not any(lo <= m.start() < hi for lo, hi in dates)
    )
    return [Figure(FigureKind.NUMBER, v) for v in values if v is not None]


# "Skor X tahun 2025 sebesar 71,4." or "... mencapai 3,05, naik dari ..." or "... sebesar 3,05
# dengan predikat B": a number a copula states with no unit after it, the sentence's own measure
# of the thing it names (a score, an index), which counts nothing and so is no count figure.
_STATED_NUMBER = re.compile(
    r"\b(?:sebesar|mencapai)\s+(?P<n>\d[\d.,]*\d|\d)"
    r"(?=[.,;)]?(?:\s*$|[.,;)]\s)|[.,;)]\s|\s*$|\s+(?:dengan|atau|dan|dari)\b)",
    re.IGNORECASE,
)


# "Tenda terpasang : 12" on a board or a form: a bare number after a label and a colon, ending
# its line or followed by the next item ("- Dewasa : 40 - Anak : 12").
_LABELLED_NUMBER = re.compile(
    r"(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})[ \t]*:[ \t]*(?P<n>\d[\d.,]*\d|\d)(?=[ \t]*(?:$|-[ \t]))",
    re.MULTILINE,
)


def _labelled_number(question: Question, text: str) -> Figure | None:
    """The bare number a board or form writes after the one label naming a question term: its
    count of that thing, which no unit word follows (the label says what it counts)."""
    asked = set(question.terms)
    named = [
        m["n"]
        for m in _LABELLED_NUMBER.finditer(text)
        if not YEAR.fullmatch(m["n"]) and index_terms(m["label"]) & asked
    ]
    value = parse_number(named[0]) if len(named) == 1 else None
    return Figure(FigureKind.NUMBER, value) if value is not None else None


def _stated_number(text: str) -> Figure | None:
    """The one number ``text`` states bare after a copula, when it states one only."""
    stated = [m["n"] for m in _STATED_NUMBER.finditer(text) if not YEAR.fullmatch(m["n"])]
    value = parse_number(stated[0]) if len(stated) == 1 else None
    return Figure(FigureKind.NUMBER, value) if value is not None else None


def _pick_figure_of_kind(question: Question, unit: Unit, aliases: Aliases) -> Figure | None:
    if unit.is_row:
        best: tuple[float, int, Figure] | None = None
        amount_kinds = (FigureKind.MONEY, FigureKind.PERCENT)
        # A sum counts too when the question names a column of counts ("total KPM ... A dan B").
        names_count_column = any(
            cell.figure is not None
            and cell.figure.kind not in amount_kinds
            and set(question.terms) & index_terms(cell.header)
            for cell in unit.cells
        )
        lowered = " ".join(words(question.text.lower()))
        every_column = _asks_every_column(question, unit)
        actual = _actual_column(question, unit)
        whole_year = total_of_parts(unit) if asks_whole_year(question) else None
        cells = _amounts_under_rupiah_labels(question, unit)
        for position, cell in enumerate(cells):
            if cell.figure is None or not _kind_fits(question, cell.figure):
                continue
            # "Harga/unit" is a price: the thing it is per names no column a count of units asks for.
            header = cell.header if question.wants_rate else PER_UNIT.sub(" ", cell.header)
            header_terms = frozenset(index_terms(header))
            # As coverage reads it, a term the stemmer cut inside a header's word names it too
            # ("terajut" -> "ajut" under "Dirajut" -> "rajut"), and so does a short form the header
            # writes out ("SK" over "surat_keputusan").
            score = sum(1.0 for t in question.terms if names(t, header_terms, aliases))
            # A month column shortened ("mar_2031") names the month asked written out.
            score += len(question.months & (months_named(header_terms) - header_terms))
            if _header_written(cell.header, lowered):
                score += 1.0  # "Zona B" written whole: the letter that tells it from "Zona C" is no term
            if _negates_unasked(cell.header, lowered):
                score -= 1.0  # "Belum Lunas" shares "lunas" with "Sudah Lunas", and says the opposite
            # "triwulan 1" over columns "TW I" ... "TW IV": the column of the mark asked, though every
            # one of them is named by the period's word.
            score += mark_agreement(question.text, cell.header)
            if cell.header == actual:
                score += 0.5  # "cakupan X berapa persen": what was reached, not its target or ratio
            if every_column and _is_sum_label(cell.header):
                score += 2.0  # "semua zona" over columns "Zona A", "Zona B", ...: their total column
            if whole_year and cell is whole_year:
                score += 2.0  # "setahun" over columns "TW I" ... "TW IV": their total column
            # A total asked in things ("jumlah seluruh unit ...") counts too.
            counting = question.wants is FigureKind.COUNT and (
                not question.wants_sum or names_count_column or question.counts_things or cell is whole_year
            )
            figure = cell.figure
            if question.wants is FigureKind.COUNT and sums_its_row(cell, cells):
                figure = replace(figure, kind=FigureKind.NUMBER)
                # A count asked of the row's thing, no column named: the row's total, not a count
                # of another thing standing right of it ("Jumlah KK" after "Jumlah").
                score += 0.5
            elif counting and figure.kind in amount_kinds:
                score -= 0.5  # "berapa penerima" is the count, not the rupiah beside it
            score += sum(0.5 for y in question.years if str(y) in cell.header)
            if question.wants_rate and _RATE_HEADER.search(cell.header):
                score += 1.0  # "berapa per botol" is the unit price column, not the row's total
            # Of equal headers the rightmost wins: a row's total stands at its end.
            candidate = (score, position, figure)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        return best[2] if best else None
    figures = [f for f in figures_in(unit.text) if _kind_fits(question, f)]
    if question.wants is FigureKind.COUNT and question.counts_things:
        # "Berapa KPM ...?" is not answered by the rupiah of "Rp 600.000 per KPM".
        figures = [f for f in figures if f.kind is not FigureKind.MONEY]
    printed_row = reads_as_row(unit.text)
    if printed_row and (number := _ROW_NUMBER.match(unit.text)):
        # A row printed as text starts with its row number ("4 Kampung Teladan 120 ..."): not a count.
        figures = [f for f in figures if figure_position(unit.text, f) >= number.end()]
    # A table printed as text: its amounts are bare numbers under a "(Rp)" column.
    printed_table = question.wants is FigureKind.MONEY and printed_row
    if not figures and printed_table and re.search(r"\bRp\b|rupiah", unit.passage.text, re.IGNORECASE):
        amounts = [n for n in NUMERIC_TOKEN.findall(unit.text) if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", n)]
        if amounts:
            return Figure(FigureKind.MONEY, parse_number(amounts[-1]) or Decimal(0))
    if not figures and printed_table and unit.context_terms & _PRICE_COLUMN_TERMS:
        return _unmarked_amount(question, unit.text)
    if not figures and printed_row and question.wants is FigureKind.COUNT:
        return _printed_count(question, unit)
    if not figures:
        return None
    return nearest_figure(question, unit.text, figures)


_RUPIAH_TERMS = frozenset(index_terms("Rp rupiah"))


# The smallest bare number read as rupiah under a row of labels naming rupiah.
_LEAST_BARE_AMOUNT = 1000


def _amounts_under_rupiah_labels(question: Question, unit: Unit) -> tuple[Cell, ...]:
    """The row's cells, its bare whole amounts read as rupiah when money is asked, the row was read
    without column names and carries no rupiah figure, and its table's row of labels names rupiah
    ("Bulan | Realisasi (Rp)" over "Januari | 455120000"): a column says its unit once."""
    cells = _parts_of_money_totals(question, unit.cells)
    if (
        question.wants is not FigureKind.MONEY
        or not ((headerless(unit) and unit.context_terms & _RUPIAH_TERMS) or _titled_as_prices(unit.passage))
        or any(c.figure is not None and c.figure.kind is FigureKind.MONEY for c in cells)
    ):
        return cells
    return tuple(
        replace(c, figure=replace(c.figure, kind=FigureKind.MONEY))
        if c.figure is not None
        and c.figure.kind is FigureKind.NUMBER
        and c.figure.value >= _LEAST_BARE_AMOUNT
        and c.figure.value == c.figure.value.to_integral_value()
        and not BRACKETED.search(c.header)  # "Volume (ekor)": the column names its own unit
        else c
        for c in cells
    )


def _parts_of_money_totals(question: Question, cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """The row's cells, the bare numbers just before a "Jumlah" read as rupiah that they add up to
    read as rupiah too when money is asked ("TW I | TW II | TW III | Jumlah"): the parts of a sum of
    rupiah are rupiah, and a quarter asked is its own column, not the year's total."""
    if question.wants is not FigureKind.MONEY:
        return cells
    parts: set[int] = set()
    for position, cell in enumerate(cells):
        if (
            cell.figure is None
            or cell.figure.kind is not FigureKind.MONEY
            or not only_weak_money_words(cell.header)
        ):
            continue
        # The parts are the bare numbers right before the total that add up to it (a "Target"
        # before them is no part).
        added, run = Decimal(0), []
        for before in range(position - 1, -1, -1):
            figure = cells[before].figure
            if figure is None or figure.kind is not FigureKind.NUMBER or added >= cell.figure.value:
                break
            added += figure.value
            run.append(before)
        if len(run) >= 2 and added == cell.figure.value:
            parts.update(run)
    return tuple(
        replace(c, figure=replace(c.figure, kind=FigureKind.MONEY))
        if i in parts and c.figure is not None
        else c
        for i, c in enumerate(cells)
    )


def _titled_as_prices(passage: Passage) -> bool:
    """The table's file or heading names it a list of prices ("harga_pangan_2031.csv"): its
    columns (by month, by market) hold rupiah though none says so. (A caption "(dalam Rupiah)"
    is read by the row's cells, which keep a column of counts under it.)"""
    title = " ".join(x for x in (passage.document, passage.heading) if x)
    return bool(index_terms(title) & (_PRICE_COLUMN_TERMS - _RUPIAH_TERMS))


# A printed table whose header names a price or cost column ("Harga/sat", "Biaya") holds amounts
# though no "Rp" is printed anywhere (a shop's receipt): the words a header names amounts with and
# nothing else ("Jumlah" may count, "Realisasi" may be of a target in persons).
_PRICE_COLUMN_TERMS = frozenset(
    stem(w)
    for w in VOCABULARY.money_headers
    if w not in VOCABULARY.weak_money_headers and w not in VOCABULARY.weak_money_words
)


_GROUPED_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")


def _unmarked_amount(question: Question, row: str) -> Figure | None:
    """The amount of a printed row of a price table printed without "Rp": its last grouped number
    (a row ends with its total), or the one before it when a price per unit is asked (the unit
    price stands before the row's total: "Qty, Harga Satuan, Jumlah")."""
    amounts = [n for n in NUMERIC_TOKEN.findall(row) if _GROUPED_AMOUNT.fullmatch(n)]
    if not amounts:
        return None
    chosen = amounts[-2] if question.wants_rate and len(amounts) >= 2 else amounts[-1]
    value = parse_number(chosen)
    return Figure(FigureKind.MONEY, value) if value is not None else None


REALISED = next(g for g in VOCABULARY.measure_groups if stem("realisasi") in g)


def _actual_column(question: Question, unit: Unit) -> str | None:
    """The header of the row's realisation column when the row sets it beside a plan (a target,
    a pagu) and the question names no measure: an indicator's or a budget line's figure, asked
    plainly, is the one reached, not the plan nor the share of the plan reached."""
    if asked_measure(question) is not None or any(
        g & set(question.raw_stems) for g in VOCABULARY.measure_groups
    ):
        return None
    measured = [(c.header, {stem(w) for w in words(c.header)}) for c in unit.cells if c.figure is not None]
    realised = [h for h, named in measured if named & REALISED]
    planned = any(named & g for _, named in measured for g in VOCABULARY.measure_groups if g is not REALISED)
    return realised[0] if len(realised) == 1 and planned else None


def _negates_unasked(header: str, lowered_question: str) -> bool:
    """The column's name negates ("belum_lunas", "Non Tunai") and the question does not."""
    asked = set(lowered_question.split())
    return any(w in VOCABULARY.negation_words and w not in asked for w in words(header.lower()))


def _header_written(header: str, lowered_question: str) -> bool:
    """The question writes a column's whole name of two words or more ("zona b")."""
    name = words(BRACKETED.sub(" ", header).lower())
    return (
        len(name) >= 2
        and re.search(rf"(?<!\w){re.escape(' '.join(name))}(?!\w)", lowered_question) is not None
    )


def _asks_every_column(question: Question, unit: Unit) -> bool:
    """ "semua zona" where several figure columns of the row are named by that word."""
    if not asks_every_row(question) or qualifiers(question.text):
        # "semua pasar di triwulan II": the mark picks the one column of its period ("TW II"),
        # though the period's word names every period column.
        return False
    headers = [index_terms(c.header) for c in unit.cells if c.figure is not None]
    return any(sum(t in h for h in headers) >= 2 for t in question.terms)


def _is_sum_label(header: str) -> bool:
    """A column named only by a sum word ("Total", "Jumlah")."""
    name = {stem(w) for w in words(BRACKETED.sub(" ", header))}
    return bool(name) and name <= VOCABULARY.sum_stems


_RATE_HEADER = re.compile(r"\b(?:satuan|per)\b", re.IGNORECASE)


_ROW_NUMBER = re.compile(r"^\W*\d{1,3}\b\W*(?=[^\W\d_])")


_BARE_COUNT = re.compile(r"(?<![\w.,])\d[\d.]*(?![\w.,]*\d)")


def _printed_count(question: Question, unit: Unit) -> Figure | None:
    """A bare count of a row printed as text, in the unit the question counts when the column
    header above the rows names it ("Jumlah Paket" over "Sungai Kapih 96 3 Juni 2025"): the
    first number after the row's label that is no year, no day of a date and no row number.
    A question that names no thing it counts ("izin X yang terbit, berapa?") is answered by a
    row of one label and one grouped number ("Izin X 1.250"), the one figure a one-column table
    prints for it (as the same row read as cells is)."""
    asked = COUNTED_ASKED.search(question.text)
    if asked is None:
        value = parse_number(unit.text.split()[-1]) if LABELLED_AMOUNT.fullmatch(unit.text) else None
        return Figure(FigureKind.COUNT, value) if value is not None else None
    if not index_terms(asked["thing"]) & unit.context_terms:
        return None
    start = number.end() if (number := _ROW_NUMBER.match(unit.text)) else 0
    for match in _BARE_COUNT.finditer(unit.text, start):
        token = match.group(0)
        if YEAR.fullmatch(token) or DATE.match(unit.text, match.start()):
            continue
        value = parse_number(token)
        return Figure(FigureKind.COUNT, value, asked["thing"].lower()) if value is not None else None
    return None


def _kind_fits(question: Question, figure: Figure) -> bool:
    if question.wants is None:
        return True
    if question.wants is FigureKind.COUNT:
        return True  # a bare "berapa" is answered by any figure the unit carries
    return figure.kind is question.wants


def asks_every_row(question: Question) -> bool:
    """ "semua zona", "seluruh kecamatan", "keseluruhan": the total of every row."""
    return re.search(r"\b(?:semua|seluruh|keseluruhan)\b", question.text, re.IGNORECASE) is not None
