"""A question spelling a word the everyday way, one vowel swapped for its neighbour ("jagong"
for "jagung", "sistim" for "sistem"), names the row that prints it."""

from __future__ import annotations

from samarinda_ask.domain.answering import extractive_answer
from samarinda_ask.domain.informal import spelled_alike
from samarinda_ask.domain.question import parse_question
from samarinda_ask.testing import table_rows

ROWS = table_rows(
    "neraca_pakan_2031.pdf",
    [
        "Komoditas: Jagung pipil | Produksi (ton): 4.120",
        "Komoditas: Dedak padi | Produksi (ton): 2.815",
    ],
)


def test_a_vowel_swapped_the_everyday_way_names_the_printed_word() -> None:
    result = extractive_answer(parse_question("produksi jagong pipil 2031 berapa ton?"), ROWS)
    assert result.found and "4.120" in result.text


def test_everyday_spellings_of_one_word() -> None:
    assert spelled_alike("ijin", "izin") is False  # four letters: too short to swap a consonant
    assert spelled_alike("aktip", "aktif")
    assert spelled_alike("kwalitas", "kwalitis")  # a long word, any vowel
    assert spelled_alike("pasar", "pasir") is False  # a short one: other words
    assert spelled_alike("rame", "rama")  # "ramai" with its "i" stemmed off
    assert spelled_alike("pulo", "pulau")
    assert spelled_alike("fasillitas", "fasilitas")
    assert spelled_alike("massa", "masa") is False
    assert spelled_alike("utara", "utama") is False
    assert spelled_alike("pinter", "pintar")  # a closed last syllable's "a" said as "e"
    assert spelled_alike("pintar", "pinter") is False  # documents print the "a"
    assert spelled_alike("bener", "benih") is False


PRICES = table_rows(
    "survei_harga_sayur_2031.pdf",
    [
        "Komoditas: Petai papan | Harga (Rp/kg): 41.000",
        "Komoditas: Terong ungu | Harga (Rp/kg): 12.500",
    ],
)


def test_a_final_ai_said_as_e_names_the_printed_word() -> None:
    result = extractive_answer(parse_question("harga pete papan 2031 berapa per kg?"), PRICES)
    assert result.found and "41.000" in result.text


SEEDS = table_rows(
    "penyaluran_bibit_2031.pdf",
    ["No: 1 | Kelompok: Tunas Harapan | Bibit durian (batang): 320"],
    heading="Penyaluran bibit ke kelompok di dekat waduk",
)


def test_a_spoken_word_its_heading_prints_covers_the_question() -> None:
    result = extractive_answer(
        parse_question("bibit durian kelompok tunas harapan yg deket waduk berapa batang?"), SEEDS
    )
    assert result.found and "320" in result.text
