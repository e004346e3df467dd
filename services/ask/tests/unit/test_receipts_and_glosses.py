"""A receipt printed without "Rp" still holds amounts under its price columns; a name glossed in
brackets answers for its gloss."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question

RECEIPT = Passage(
    id="receipt",
    document_id="receipt",
    document="foto_kuitansi_toko_maju_2031.jpg",
    text=(
        "TOKO BANGUNAN MAJU TERUS\n"
        "FAKTUR No. 512 Tgl: 11-05-2031\n"
        "Kepada: Dinas Contoh\n\n"
        "Barang Qty Harga/sat Jumlah\n"
        "Semen 40 kg 120 71.500 8.580.000\n"
        "Paku 5 cm 30 24.000 720.000\n"
    ),
    score=0.8,
    opd="DPUPR",
    fiscal_year=2031,
)


def test_a_receipts_unit_price_is_read_though_no_rp_is_printed() -> None:
    question = parse_question("di faktur toko maju terus harga semen 40 kg per sak berapa?")
    result = extractive_answer(question, [RECEIPT])
    assert result.found
    assert result.text.startswith("Rp 71.500")


def test_a_receipts_row_total_is_its_last_amount() -> None:
    question = parse_question("berapa rupiah jumlah pembelian paku 5 cm di faktur toko maju terus?")
    result = extractive_answer(question, [RECEIPT])
    assert result.found
    assert result.text.startswith("Rp 720.000")


def test_a_name_glossed_in_brackets_answers_for_its_gloss() -> None:
    """One report glosses "Lama antre (waiting time)"; the next writes only "lama antre"."""
    glossing = Passage(
        id="gloss",
        document_id="gloss",
        document="laporan_loket_2030.pdf",
        text="Lama antre (waiting time) rata-rata di loket terpadu adalah 14 menit.",
        score=0.6,
        opd="DPMPTSP",
        fiscal_year=2030,
    )
    plain = Passage(
        id="plain",
        document_id="plain",
        document="laporan_loket_2031.pdf",
        text="Rata-rata lama antre di loket terpadu turun menjadi 9 menit.",
        score=0.6,
        opd="DPMPTSP",
        fiscal_year=2031,
    )
    question = parse_question("waiting time di loket terpadu tahun 2031 berapa menit?")
    result = extractive_answer(question, [glossing, plain])
    assert result.found
    assert result.text.startswith("9 menit")
