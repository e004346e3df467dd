"""A question "tanggal berapa ...?" asks for a date: the sentence that dates it answers, not a count."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.question import parse_question

NOTICE = Passage(
    id="p1",
    document_id="doc-pengumuman",
    document="pengumuman_jam_layanan_2032.pdf",
    text=(
        "Pengumuman perubahan jam layanan perpustakaan keliling. "
        "Jam layanan baru berlaku mulai tanggal 3 Maret 2032; layanan Sabtu ditiadakan."
    ),
    score=0.9,
    kind=ChunkKind.TEXT,
    page=1,
    fiscal_year=2032,
)


def test_tanggal_berapa_asks_for_no_count() -> None:
    question = parse_question("Jam layanan baru perpustakaan keliling berlaku tanggal berapa?")
    assert question.wants is None and question.wants_date


def test_the_dating_sentence_answers_a_tanggal_berapa_question() -> None:
    answer = extractive_answer(
        parse_question("Jam layanan baru perpustakaan keliling berlaku mulai tanggal berapa?"), [NOTICE]
    )
    assert answer.found and "3 Maret 2032" in answer.text


def test_berapa_alone_still_asks_for_a_count() -> None:
    assert parse_question("Berapa unit perpustakaan keliling yang beroperasi?").wants is not None
