"""Of a sentence's figures, the one its own words name: a bare value after its label, and a count
named by the short form written after its thing."""

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


def test_a_bare_value_after_its_label_is_chosen_over_a_count_of_respondents() -> None:
    survey = _passage(
        "Hasil survei tahun 2031: nilai Indeks Mutu Taman Kota (IMTK) 77,15 dengan kategori baik,"
        " dari 2.140 responden."
    )
    result = extractive_answer(parse_question("nilai IMTK hasil survei 2031 berapa?"), [survey])
    assert result.found and result.text.startswith("77,15")


def test_a_count_is_named_by_the_short_form_after_its_thing() -> None:
    report = _passage(
        "Sepanjang tahun 2031 kantor pelayanan menerbitkan 3.420 dokumen, termasuk 215 Surat Izin"
        " Reklame Tetap (SIRT)."
    )
    result = extractive_answer(parse_question("SIRT thn 2031 ada berapa?"), [report])
    assert result.found and result.text.startswith("215")
