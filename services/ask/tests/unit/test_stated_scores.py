"""A score or index a sentence states bare after a copula ("sebesar 71,4") answers a plain
"berapa" question about it, though it counts nothing."""

from __future__ import annotations

import pytest
from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question

REPORT = Passage(
    id="laporan_lingkungan_2031.pdf",
    document_id="doc-laporan_lingkungan_2031.pdf",
    document="laporan_lingkungan_2031.pdf",
    text="Skor mutu air sungai tahun 2031 sebesar 71,4, naik dari tahun sebelumnya.\n"
    "Kapasitas olah air mencapai 4.210 liter per detik.",
    score=0.9,
    page=1,
    fiscal_year=2031,
)


@pytest.mark.parametrize(
    "asked", ["skor mutu air sungai 2031 brp?", "skor mutu air sungai thn 2031 berapa poin?"]
)
def test_a_bare_score_after_a_copula_answers(asked: str) -> None:
    result = extractive_answer(parse_question(asked), [REPORT])
    assert result.found and result.text.startswith("71,4")


def test_a_value_asked_is_the_number_stated_before_the_sentences_other_figures() -> None:
    survey = Passage(
        id="laporan_survei_2031.pdf",
        document_id="doc-laporan_survei_2031.pdf",
        document="laporan_survei_2031.pdf",
        text="Indeks kepuasan pengguna perpustakaan tahun 2031 sebesar 78,45 dengan predikat baik"
        " dari 960 responden.",
        score=0.9,
        page=1,
        fiscal_year=2031,
    )
    asked = parse_question("nilai indeks kepuasan pengguna perpustakaan 2031 berapa")
    result = extractive_answer(asked, [survey])
    assert result.found and result.text.startswith("78,45")
