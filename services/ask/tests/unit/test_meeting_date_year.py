"""Minutes filed under the next year's budget tell of a meeting held on the date they write in
full: a question about that date's year is answered by their sentence that names no year."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question

MINUTES = Passage(
    id="n1",
    document_id="doc-notulen",
    document="notulen_rapat_koperasi_2031.docx",
    text=(
        "Notulen Rapat Anggota Koperasi Pegawai\n\n"
        "Hari/tanggal: Kamis, 12 Desember 2030, bertempat di aula kantor. "
        "Rapat dihadiri 58 anggota koperasi dari seluruh bidang.\n"
    ),
    score=0.9,
    page=1,
    fiscal_year=2031,
)


def test_the_date_written_in_full_places_a_sentence_naming_no_year() -> None:
    answer = extractive_answer(
        parse_question("Rapat anggota koperasi Desember 2030 dihadiri berapa anggota?"), [MINUTES]
    )
    assert answer.found, answer.reason
    assert answer.figure is not None and answer.figure.value == 58


def test_a_year_neither_filed_nor_written_is_still_refused() -> None:
    answer = extractive_answer(
        parse_question("Rapat anggota koperasi 2029 dihadiri berapa anggota?"), [MINUTES]
    )
    assert not answer.found
