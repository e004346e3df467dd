"""The unit a figure is asked in ("naik berapa orang") and a row's "Total" of plain counts."""

from __future__ import annotations

from samarinda_ask.domain.answering import extractive_answer
from samarinda_ask.domain.question import closes_with_adjunct, parse_question
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


def test_a_total_that_sums_plain_counts_answers_a_count() -> None:
    result = extractive_answer(parse_question("Berapa pengunjung Museum Batik 2031?"), VISITORS)
    assert result.found, result.reason
    assert result.text.startswith("2.450"), result.text
    assert "Rp" not in result.text.split(".")[0]


def test_a_total_of_a_row_asked_in_rupiah_stays_an_amount() -> None:
    rows = table_rows(
        "retribusi_pasar_2031.xlsx", ["Pasar: Pasar Pagi | Jan: 1500000 | Feb: 2500000 | Total: 4000000"]
    )
    result = extractive_answer(parse_question("Berapa total retribusi Pasar Pagi 2031 (Rp)?"), rows)
    assert result.found, result.reason
    assert result.text.startswith("Rp 4.000.000"), result.text


def test_a_last_word_after_a_preposition_or_a_number_is_a_phrase_of_its_own() -> None:
    assert closes_with_adjunct(parse_question("Harga tenda sarnafil per unit dari pemasok?"))
    assert closes_with_adjunct(parse_question("Berapa kali lomba perahu digelar setahun 2031 lengkap?"))
    assert not closes_with_adjunct(parse_question("Berapa realisasi pajak hiburan 2031?"))


OFFERS = table_rows(
    "penawaran_tenda_2031.pdf",
    [
        "Nama barang: Tenda sarnafil | Vol: 4 | Harga satuan (Rp): 3.250.000 | Jumlah (Rp): 13.000.000",
        "Nama barang: Kursi lipat | Vol: 200 | Harga satuan (Rp): 45.000 | Jumlah (Rp): 9.000.000",
    ],
)


def test_a_closing_phrase_no_candidate_states_may_be_the_askers_wording() -> None:
    result = extractive_answer(
        parse_question("Harga penawaran tenda sarnafil per unit dari pemasok utk 2031?"), OFFERS
    )
    assert result.found, result.reason
    assert result.text.startswith("Rp 3.250.000"), result.text
