"""Counts spelled out in letters, identifiers that look like counts, one-column tables printed
as text, and questions naming an OPD answered only from that OPD's documents (or one naming it)."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.figures import FigureKind, figures_in, quote_states
from samarinda_ask.domain.question import parse_question


def answer(question: str, passages: list[Passage]):
    return extractive_answer(parse_question(question), passages)


def _text(document: str, text: str, *, opd: str = "BAPPEDA", year: int = 2025) -> Passage:
    return Passage(
        id=document, document_id=document, document=document, text=text, score=0.8, opd=opd, fiscal_year=year
    )


def test_a_count_spelled_out_in_brackets_is_still_a_count() -> None:
    (figure,) = figures_in("Camat menunjuk 9 (sembilan) orang relawan untuk pendataan.")
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.COUNT, 9, "orang")


def test_a_number_with_a_leading_zero_is_an_identifier_not_a_count() -> None:
    assert figures_in("diserahkan kepada SMPN 017 Balikpapan Tengah") == []
    (figure,) = figures_in("Bibit 0,5 ton dibagikan")
    assert figure.unit == "ton"


def test_a_letters_spelled_out_count_answers_how_many() -> None:
    letter = _text(
        "st_pemadam.png",
        "Kepala Dinas menugaskan 7 (tujuh) orang petugas pemadam untuk piket malam.",
        opd="BPBD",
    )
    result = answer("Berapa orang petugas pemadam yang ditugaskan untuk piket malam?", [letter])
    assert result.found
    assert result.text.startswith("7 orang")


def test_a_one_column_table_printed_as_text_answers_row_by_row() -> None:
    plan = _text(
        "rencana_hibah_2027.pdf",
        "Penerima Hibah Nilai Hibah 2027 (Rp)\n"
        "Yayasan Pelita Harapan 2.150.000.000\n"
        "Koperasi Nelayan Mahakam 845.500.000\n"
        "Sanggar Tari Lamin 312.000.000\n"
        "Catatan: nilai hibah dapat berubah.",
        year=2027,
    )
    result = answer("Berapa nilai hibah Koperasi Nelayan Mahakam tahun 2027?", [plan])
    assert result.found
    assert result.text.startswith("Rp 845.500.000")
    assert result.citations[0].quote == "Koperasi Nelayan Mahakam 845.500.000"


def test_a_question_naming_an_opd_is_not_answered_from_another_opds_table() -> None:
    row = Passage(
        id="r1",
        document_id="dinsos_belanja.xlsx",
        document="belanja_2025.xlsx",
        text="Uraian: Belanja Printer Laser | Volume: 6 | Realisasi (Rp): 48000000",
        score=0.9,
        kind=ChunkKind.TABLE_ROWS,
        opd="DINSOS",
        fiscal_year=2025,
        table=0,
        first_row=1,
    )
    # The asked OPD's own documents are among the candidates, about other things.
    others = [
        _text(f"dlh_{n}.pdf", f"Dinas Lingkungan Hidup tahun 2025 memiliki {n} unit {thing}.", opd="DLH")
        for n, thing in ((14, "truk sampah"), (3, "alat berat"))
    ]
    assert answer("Berapa realisasi belanja printer laser Dinas Sosial tahun 2025?", [row, *others]).found
    question = "Berapa realisasi belanja printer laser Dinas Lingkungan Hidup tahun 2025?"
    refused = answer(question, [row, *others])
    assert not refused.found
    assert "opd" in refused.reason


def test_another_opds_document_that_names_the_asked_opd_may_answer() -> None:
    plan = _text(
        "ringkasan_pagu.pdf",
        "Pagu indikatif Dinas Sosial tahun 2025 ditetapkan sebesar Rp 75.300.000.000.",
        opd="BAPPEDA",
    )
    result = answer("Berapa pagu indikatif Dinas Sosial tahun 2025?", [plan])
    assert result.found
    assert result.text.startswith("Rp 75.300.000.000")


def test_an_amount_written_in_words_is_money_when_marked_as_an_amount() -> None:
    (figure,) = figures_in("Telah terima uang sejumlah: tiga puluh dua juta lima ratus ribu untuk honor.")
    assert (figure.kind, figure.value) == (FigureKind.MONEY, 32_500_000)
    (figure,) = figures_in("dibayar seribu dua ratus lima puluh rupiah")
    assert figure.value == 1250
    assert figures_in("menugaskan dua belas petugas") == []  # a count in words is no money


def test_a_receipt_with_its_amount_in_words_answers_its_value() -> None:
    receipt = _text(
        "kuitansi_genset.png",
        "KUITANSI\nSudah terima dari: Bendahara Pengeluaran\n"
        "Uang sejumlah: Dua puluh tujuh juta empat ratus ribu\n"
        "untuk pembayaran 1 (satu) unit genset 10 kVA untuk Kantor Lurah Sempaja.",
        opd="DLH",
    )
    result = answer("Berapa nilai kuitansi pembayaran genset untuk Kantor Lurah Sempaja?", [receipt])
    assert result.found
    assert result.text.startswith("Rp 27.400.000")
    assert quote_states(result.citations[0].quote, result.figure)
