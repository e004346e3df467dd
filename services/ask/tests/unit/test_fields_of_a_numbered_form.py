"""A form's fields are about the record its number names: the amount line of a numbered payment
order answers a question naming that number, and the day of its date line is no figure."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question


def _scan(text: str) -> Passage:
    return Passage(
        id="bukti_kas_scan.jpg",
        document_id="doc-bukti_kas_scan.jpg",
        document="bukti_kas_scan.jpg",
        text=text,
        score=0.9,
        page=1,
        fiscal_year=2031,
    )


FORM = (
    "BUKTI PENGELUARAN KAS\n"
    "Nomor Bukti     : 0042/BKU/DISPORA/2031\n"
    "Tanggal         : 17 Maret 2031\n"
    "Dibayarkan kepada : CV Contoh Abadi\n"
    "Untuk keperluan : Perawatan rumput stadion\n"
    "Jumlah yang dibayarkan : Rp 48.750.000\n"
)


def test_the_amount_of_a_numbered_form_answers_its_number() -> None:
    question = parse_question("bukti kas nomor 0042 tahun 2031 nilainya berapa?")
    result = extractive_answer(question, [_scan(FORM)])
    assert result.found and result.text.startswith("Rp 48.750.000")
