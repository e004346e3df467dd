"""A unit is not the answer when the words it lacks name another candidate document, nor when all
it shares with the question is a place's name (invented documents)."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.testing import table_rows


def _sentence(text: str, document: str) -> Passage:
    return Passage(id=document, document_id=document, document=document, text=text, score=0.5)


def answer(question: str, passages: list[Passage]):
    return extractive_answer(parse_question(question), passages)


SEEDLINGS = [
    *table_rows(
        "realisasi_bibit_2027.xlsx",
        [
            "Uraian: Bibit jeruk manis tinggi 40 cm | Satuan: batang | Harga Satuan (Rp): 15000",
            "Uraian: Bibit mangga tinggi 40 cm | Satuan: batang | Harga Satuan (Rp): 18000",
        ],
        fiscal_year=2027,
    ),
    *table_rows(
        "penawaran_bibit_2029.docx",
        ["Uraian: Bibit durian tinggi 60 cm | Satuan: batang | Harga Satuan (Rp): 35000"],
        fiscal_year=2029,
    ),
]


def test_a_sum_over_named_rows_still_adds_them() -> None:
    found = answer("total harga bibit jeruk manis dan bibit mangga tahun 2027 brp?", SEEDLINGS)
    assert found.found


(PUMP_BUDGET,) = table_rows(
    "rka_pengairan_2027.xlsx",
    ["Uraian Belanja: Pompa celup 3 inci | Koefisien: 2 unit | Harga Satuan: 8.500.000"],
    fiscal_year=2027,
)
MARKET_SURVEY = _sentence(
    "Harga rata-rata genset 5 kVA dari tiga penyedia Rp 21.000.000 per unit.", "survei_harga_alat_2027.pdf"
)


def test_a_budget_line_does_not_answer_for_a_survey_the_question_names() -> None:
    assert not answer(
        "menurut survei, rata-rata harga satuan pompa celup 3 inci 2 unit brp?", [PUMP_BUDGET, MARKET_SURVEY]
    ).found
    assert answer("harga satuan pompa celup 3 inci brp?", [PUMP_BUDGET, MARKET_SURVEY]).found


(TAX_ROW,) = table_rows(
    "rekap_pajak_kecamatan_2027.jpg",
    ["Kelurahan: Tanjung Rejo | Ketetapan (Rp): 500.000.000 | Realisasi (Rp): 400.000.000 | %: 80,00"],
    fiscal_year=2027,
)


def test_a_row_sharing_only_the_place_named_does_not_answer() -> None:
    assert not answer(
        "jumlah beasiswa yg dibagikan ke Tanjung Rejo 2027 berapa? (data kecamatan)", [TAX_ROW]
    ).found
    assert answer("realisasi pajak Tanjung Rejo 2027 berapa?", [TAX_ROW]).found
