"""A full stop that ends an abbreviation ("s.d.", "Jl.", "No.") ends no sentence: the figure
after it stays with the words before it."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer, sentences_of
from samarinda_ask.domain.question import parse_question

MINUTES = Passage(
    id="m1",
    document_id="doc-minutes",
    document="notula_rapat_vaksinasi_hewan_2033.pdf",
    text=(
        "1. Vaksinasi rabies hewan peliharaan dilaksanakan 4 s.d. 9 Maret 2033; evaluasi 20 Maret 2033.\n"
        "2. Posko layanan dibuka di setiap kelurahan mulai 1 Maret 2033.\n"
    ),
    score=0.9,
    page=1,
    fiscal_year=2033,
)


def test_an_abbreviation_stop_cuts_no_sentence() -> None:
    text = "Kantor pindah ke Jl. Kenari No. 7 mulai 2 Mei 2033. Layanan tetap buka."
    assert sentences_of(text) == [
        "Kantor pindah ke Jl. Kenari No. 7 mulai 2 Mei 2033.",
        "Layanan tetap buka.",
    ]


def test_a_sentence_ending_in_a_short_word_is_still_cut() -> None:
    assert sentences_of("Sampah terangkut 12 ton. Armada 9 truk.") == [
        "Sampah terangkut 12 ton.",
        "Armada 9 truk.",
    ]


def test_a_period_written_with_s_d_answers_a_kapan_question() -> None:
    answer = extractive_answer(
        parse_question("Kapan vaksinasi rabies hewan peliharaan 2033 dilaksanakan?"), [MINUTES]
    )
    assert answer.found
    assert "4 s.d. 9 Maret 2033" in answer.text


def test_a_semicolon_parts_two_dated_clauses() -> None:
    assert sentences_of("Lelang dibuka 3 Mei 2033; pengumuman pemenang 9 Mei 2033.") == [
        "Lelang dibuka 3 Mei 2033;",
        "pengumuman pemenang 9 Mei 2033.",
    ]


def test_a_kapan_answer_leaves_out_the_next_clause_and_its_date() -> None:
    answer = extractive_answer(
        parse_question("Kapan vaksinasi rabies hewan peliharaan 2033 dilaksanakan?"), [MINUTES]
    )
    assert "20 Maret" not in answer.text
