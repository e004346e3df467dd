"""A total that leaves things out ("tanpa X", "kecuali X"): the left-out things name no row to
add, their rows are not added, and the table's printed total (which holds them) does not answer."""

from __future__ import annotations

from functools import partial

from samarinda_ask.domain.answering import extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_terms import content_terms
from samarinda_ask.testing import table_rows

_rows = partial(table_rows, opd="DISPERTA", fiscal_year=2032)


TOOLS = _rows(
    "rka_alat_tani_2032.xlsx",
    [
        "No: 1 | Uraian: Cangkul baja | Jumlah (Rp): 120000000",
        "No: 2 | Uraian: Sabit rumput | Jumlah (Rp): 45000000",
        "No: 3 | Uraian: Sarung tangan kebun | Jumlah (Rp): 8000000",
        "No: 4 | Uraian: Ongkos angkut alat | Jumlah (Rp): 15000000",
        "No: 5 | Uraian: TOTAL | Jumlah (Rp): 188000000",
    ],
)

PONDS = _rows(
    "kolam_ikan_2032.xlsx",
    [
        "Desa: Talang Hijau | Kolam Aktif: 14",
        "Desa: Muara Jernih | Kolam Aktif: 9",
        "Desa: Bukit Kapur | Kolam Aktif: 6",
        "Desa: Jumlah | Kolam Aktif: 29",
    ],
)


def test_left_out_words_are_not_terms_of_a_total() -> None:
    question = parse_question(
        "Berapa gabungan biaya cangkul, sabit serta sarung tangan 2032 (tanpa ongkos angkut)?"
    )
    assert question.excluded == (tuple(content_terms("ongkos angkut")),)
    assert "angkut" not in question.terms
    assert question.text.endswith("sarung tangan 2032?")


def test_a_listed_total_leaving_a_row_out_adds_the_listed_rows() -> None:
    question = parse_question(
        "Berapa jumlah biaya cangkul, sabit serta sarung tangan tahun 2032 (kecuali ongkos angkut alat)?"
    )
    result = extractive_answer(question, TOOLS)
    assert result.found and result.summed
    assert result.text.startswith("Rp 173.000.000")  # 120 + 45 + 8 million
    assert "Ongkos angkut" not in result.text


def test_every_row_but_the_one_left_out() -> None:
    question = parse_question("Jumlah kolam aktif di semua desa kecuali Desa Bukit Kapur berapa?")
    assert question.excluded == (tuple(content_terms("Desa Bukit Kapur")),)
    result = extractive_answer(question, PONDS)
    assert result.found and result.summed
    assert result.text.startswith("23")  # 14 + 9, not the printed 29 nor 29 - 6 guessed
    assert "Bukit Kapur" not in result.text


def test_tanpa_outside_a_total_is_a_word_of_the_question() -> None:
    question = parse_question("Berapa harga satuan pupuk tanpa pajak tahun 2032?")
    assert question.excluded == ()
    assert "pajak" in question.terms
