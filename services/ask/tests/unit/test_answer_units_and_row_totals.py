"""The unit a figure is asked in ("naik berapa orang") and a row's "Total" of plain counts."""

from __future__ import annotations

from samarinda_ask.domain.answering import extractive_answer, units_of
from samarinda_ask.domain.figures import FigureKind
from samarinda_ask.domain.question import parse_question
from samarinda_ask.testing import table_rows


def test_the_word_closing_a_berapa_clause_is_the_unit_asked() -> None:
    assert parse_question("Peserta lomba perahu 2031 naik berapa orang dibanding 2030?").answer_units == {
        parse_question("orang").terms[0]
    }
    assert parse_question("Capaian vaksinasi 2031 naik brp poin dari 2030?").answer_units == {"poin"}
    assert parse_question("Panjang tanggul baru 2031 berapa meter?").answer_units == {"meter"}


def test_a_word_opening_a_phrase_after_berapa_is_the_thing_asked() -> None:
    assert not parse_question("Berapa kali lomba perahu digelar 2031?").answer_units
    assert not parse_question("Tanggal berapa lomba perahu digelar?").answer_units
    assert not parse_question("Lomba perahu 2031 berapa peserta lomba?").answer_units


VISITORS = table_rows(
    "pengunjung_museum_2031.xlsx",
    [
        "Museum: Museum Kayu | Jan: 1200 | Feb: 1350 | Mar: 1100 | Total: 3650",
        "Museum: Museum Batik | Jan: 800 | Feb: 950 | Mar: 700 | Total: 2450",
    ],
)


def test_a_table_row_not_writing_the_unit_asked_still_answers() -> None:
    result = extractive_answer(parse_question("Pengunjung Museum Kayu 2031 berapa orang?"), VISITORS)
    assert result.found, result.reason
    assert result.text.startswith("3.650"), result.text


def test_a_total_that_sums_plain_counts_is_a_count_not_rupiah() -> None:
    total = units_of(VISITORS[0])[0].cells[-1]
    assert total.figure is not None
    assert total.figure.kind is FigureKind.NUMBER


def test_a_total_that_is_not_the_sum_of_its_row_stays_an_amount() -> None:
    row = table_rows("honor_panitia_2031.xlsx", ["Kegiatan: Rapat | Peserta: 12 | Hari: 3 | Total: 4500000"])
    total = units_of(row[0])[0].cells[-1]
    assert total.figure is not None
    assert total.figure.kind is FigureKind.MONEY
