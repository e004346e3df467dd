"""A form's field printed with dot leaders ("Peserta ........ 43") is a line of its own: the
figure after the dots is that label's, not the start of the next label's sentence."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer, sentences_of
from samarinda_ask.domain.question import parse_question

FORM = Passage(
    id="f1",
    document_id="doc-form",
    document="scan_rekap_pelatihan_2033.jpg",
    text=(
        "REKAP PELATIHAN MENJAHIT 2033\n"
        "Peserta terdaftar ........... 64\n"
        "Peserta lulus .....,.... 58 orang\n"
        "Instruktur ........ 4\n"
    ),
    score=0.9,
    page=1,
    fiscal_year=2033,
)


def test_each_leadered_field_is_a_sentence_with_its_own_figure() -> None:
    assert sentences_of(FORM.text)[1:] == [
        "Peserta terdaftar ........... 64",
        "Peserta lulus .....,.... 58 orang",
        "Instruktur ........ 4",
    ]


def test_a_full_stop_before_a_figure_still_cuts_a_sentence() -> None:
    assert sentences_of("Armada bertambah. 12 truk baru tiba.") == ["Armada bertambah.", "12 truk baru tiba."]


def test_a_leadered_field_answers_with_the_figure_after_its_dots() -> None:
    answer = extractive_answer(parse_question("Berapa peserta lulus pelatihan menjahit 2033?"), [FORM])
    assert answer.found
    assert answer.figure is not None and answer.figure.value == 58
