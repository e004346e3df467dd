"""Chat wording for "about" ("soal") and the date asked for ("tanggal berapa") say what kind of
answer is wanted, not what it is about: a routing slip that never writes either word answers."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question

ROUTING_SLIP = Passage(
    id="r1",
    document_id="doc-slip",
    document="inspektorat_lembar_kendali_2031.jpg",
    text=(
        "Asal nota : Sekretariat DPRD\n"
        "Hal : Permintaan laporan audit aset gedung tahun 2030\n"
        "Diteruskan kepada: Irban Wilayah II\n"
        "Batas waktu tindak lanjut: 14 Mei 2031\n"
    ),
    score=0.9,
    page=1,
    heading="LEMBAR KENDALI NOTA DPRD",
    fiscal_year=2031,
)


def test_soal_and_tanggal_are_no_content_words() -> None:
    question = parse_question("Nota DPRD soal audit aset gedung batas waktunya tanggal berapa?")
    assert "soal" not in question.terms
    assert "tanggal" not in question.terms


def test_a_date_field_answers_a_chat_question_about_its_topic() -> None:
    answer = extractive_answer(
        parse_question("Lembar kendali nota DPRD soal audit aset gedung, batas waktunya tanggal berapa?"),
        [ROUTING_SLIP],
    )
    assert answer.found
    assert "14 Mei 2031" in answer.text


def test_a_topic_no_document_states_is_still_refused() -> None:
    answer = extractive_answer(
        parse_question("Nota DPRD soal audit kendaraan dinas batas waktunya tanggal berapa?"), [ROUTING_SLIP]
    )
    assert not answer.found
