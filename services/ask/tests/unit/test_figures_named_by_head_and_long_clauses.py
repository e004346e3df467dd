"""Of a sentence's figures: the one named by the question's first term when two are named as well,
and the one a long clause names from its start (the measure opening it is more than 60 characters
before the figure)."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question


def _passage(text: str) -> Passage:
    return Passage(
        id="laporan_2031.pdf",
        document_id="doc-laporan_2031.pdf",
        document="laporan_2031.pdf",
        text=text,
        score=0.9,
        page=1,
        fiscal_year=2031,
    )


def test_the_figure_named_by_the_first_asked_term_wins_a_tie() -> None:
    report = _passage(
        "Nilai kontrak akhir sebesar Rp 512.400.000, sehingga diperoleh penghematan anggaran"
        " Rp 41.600.000 pada tahun 2031."
    )
    result = extractive_answer(parse_question("penghematan kontrak thn 2031 brp rupiah?"), [report])
    assert result.found and result.text.startswith("Rp 41.600.000")


def test_a_measure_opening_a_long_clause_names_its_figure() -> None:
    report = _passage(
        "Secara umum, realisasi penyaluran dana hibah pemerintah kota sampai dengan akhir triwulan"
        " III tahun 2031 mencapai 58,12%, sedangkan realisasi fisik mencapai 70,05%."
    )
    result = extractive_answer(
        parse_question("realisasi penyaluran dana hibah s.d. triwulan III 2031 brp persen?"), [report]
    )
    assert result.found and result.text.startswith("58,12")
