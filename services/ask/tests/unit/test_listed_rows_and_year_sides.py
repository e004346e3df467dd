"""Totals over rows listed with spoken or symbol joiners, the column a negated header does not
answer, Roman-numbered periods kept apart, and each year of a comparison read with its own side."""

from __future__ import annotations

from functools import partial

from samarinda_ask.domain.answering import extractive_answer
from samarinda_ask.domain.listed_items import items_listed, named_items
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_parts import split_parts
from samarinda_ask.domain.question_terms import index_terms
from samarinda_ask.testing import table_rows

_rows = partial(table_rows, opd="DISPERTAN")

HARVEST = _rows(
    "rekap_panen_2031.csv",
    [
        "desa: Muara Jawa | sudah_panen: 410 | belum_panen: 35",
        "desa: Teluk Dalam | sudah_panen: 275 | belum_panen: 60",
        "desa: Tanah Merah | sudah_panen: 190 | belum_panen: 12",
    ],
)

QUARTERS = _rows(
    "kunjungan_museum_2031.xlsx",
    [
        "Museum: Museum Kayu | TW I: 1200 | TW II: 1500 | TW III: 1800 | TW IV: 900",
        "Museum: Museum Sungai | TW I: 700 | TW II: 650 | TW III: 820 | TW IV: 500",
        "Museum: Museum Batik | TW I: 300 | TW II: 410 | TW III: 390 | TW IV: 280",
    ],
)


def test_sama_and_plus_join_listed_things_as_dan_does() -> None:
    spoken = parse_question("Total panen di Muara Jawa sama Teluk Dalam berapa?")
    assert spoken.wants_sum
    assert len(named_items(spoken)) == 2
    assert parse_question("Total panen desa Muara Jawa + Tanah Merah berapa?").wants_sum
    # "sama dengan" says two things are equal: nothing listed.
    assert not parse_question("Total panen sama dengan tahun lalu berapa?").wants_sum


def test_a_negated_column_does_not_answer_what_the_question_asks_plainly() -> None:
    question = parse_question("Total yang panen di Muara Jawa sama Tanah Merah berapa desa?")
    result = extractive_answer(question, HARVEST)
    assert result.found
    assert result.text.startswith("600")  # 410 + 190 from "sudah_panen", not "belum_panen"


def test_a_roman_numeral_is_not_cut_as_a_suffix() -> None:
    assert index_terms("TW III") == {"tw", "iii"}
    question = parse_question("Total pengunjung triwulan II di Museum Kayu dan Museum Batik berapa?")
    result = extractive_answer(question, QUARTERS)
    assert result.found
    assert result.text.startswith("1.910")  # 1.500 + 410 from "TW II", not "TW III"


def test_each_year_reads_without_the_other_sides_document_and_measure() -> None:
    asked = "Target panen padi 2032 dibanding realisasi panen padi 2031 selisihnya berapa?"
    parts = split_parts(parse_question(asked))
    by_year = {p.years: p.terms for p in parts}
    assert "realisasi" not in by_year[(2032,)] and "target" in by_year[(2032,)]
    assert "target" not in by_year[(2031,)] and "realisasi" in by_year[(2031,)]
    parts = split_parts(parse_question("Harga bibit per batang naik berapa dari SK 2031 ke RKA 2032?"))
    by_year = {p.years: p.terms for p in parts}
    assert "rka" not in by_year[(2031,)] and "sk" in by_year[(2031,)]
    assert "sk" not in by_year[(2032,)] and "rka" in by_year[(2032,)]


def test_a_bare_year_keeps_the_whole_questions_words() -> None:
    parts = split_parts(parse_question("Luas tanam 2032 dibanding 2031 bertambah berapa?"))
    assert all("tanam" in p.terms and "luas" in p.terms for p in parts)


DAYS = _rows(
    "rekap_pasar_murah_2031.png",
    [
        "Hari: Hari ke-1 | Pembeli: 410 | Omzet (Rp): 12.500.000",
        "Hari: Hari ke-2 | Pembeli: 380 | Omzet (Rp): 11.750.000",
        "Hari: Total | Pembeli: 790 | Omzet (Rp): 24.250.000",
    ],
)


def test_an_ordinal_tells_its_row_from_the_total() -> None:
    result = extractive_answer(parse_question("Pembeli pasar murah hari ke-2 berapa?"), DAYS)
    assert result.found and result.text.startswith("380")


def test_dh_between_vowels_is_the_same_word_as_d() -> None:
    assert index_terms("Wudu") == index_terms("Wudhu")
    assert index_terms("Ridhwan") == {"ridhwan"}  # "dh" before a consonant stays


def test_things_listed_in_brackets_after_their_group_name_are_the_items() -> None:
    question = parse_question("sumur bor 2031 di kawasan hulu (Desa Mekar, Tanjung Batu, Sei Lurah) brp?")
    items = named_items(question)
    assert len(items) == items_listed(question) == 3
    # The frame and the group's name ("kawasan hulu") belong to no item: no row writes them.
    assert not {"sumur", "hulu", "total"} & {t for item in items for t in item}
    assert ("tanjung", "batu") in items
