"""A letter's subject line is context for all its paragraphs; a column header OCR broke over
short lines names the rows below it, and a count question reads a printed row's bare count."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question

MEMO = Passage(
    id="memo",
    document_id="memo",
    document="nota_dinas_0412.docx",
    text=(
        "NOTA DINAS\n"
        "Perihal: Permohonan Perpanjangan Kontrak Rehabilitasi Pasar Segiri\n\n"
        "Berdasarkan rapat lapangan, terdapat kendala cuaca di lokasi pekerjaan.\n\n"
        "Penyedia mengajukan tambahan waktu pelaksanaan selama 30 hari kalender karena banjir.\n\n"
        "Demikian nota dinas ini disampaikan."
    ),
    score=0.8,
    opd="DPUPR",
    fiscal_year=2025,
)
OTHER = Passage(
    id="other",
    document_id="other",
    document="laporan_pasar.pdf",
    text="Pasar Segiri direhabilitasi dengan kontrak senilai Rp 4.200.000.000 pada tahun 2025.",
    score=0.7,
    opd="DPUPR",
    fiscal_year=2025,
)


def test_a_letters_subject_line_is_context_for_its_paragraphs() -> None:
    question = parse_question(
        "Berapa lama tambahan waktu yang diajukan untuk kontrak rehabilitasi Pasar Segiri?"
    )
    result = extractive_answer(question, [MEMO, OTHER])
    assert result.found
    assert result.text.startswith("30 hari")


SCANNED_RECAP = Passage(
    id="scan",
    document_id="scan",
    document="rekap_bibit.jpg",
    text=(
        "REKAPITULASI PENANAMAN BIBIT\n\n"
        "Kecamatan\n\n"
        "No\na\n2\n\n"
        "Bibit Tgl Tanam\n\n"
        "Sungai Kapih 96 3 Juni 2025\n"
        "Sempaja Te4 3 Juni 2025\n"
        "(3 Lempake 120 4 Juni 2025\n"
        "4 Bengkuring 88 4 Juni 2025\n"
    ),
    score=0.8,
    opd="DLH",
    fiscal_year=2025,
)


def test_a_printed_row_answers_a_count_under_a_header_broken_over_lines() -> None:
    result = extractive_answer(
        parse_question("Berapa bibit yang ditanam di Kecamatan Lempake?"), [SCANNED_RECAP]
    )
    assert result.found
    assert result.text.startswith("120 bibit")  # not its row number 3, not the day 4
    assert result.citations[0].quote == "(3 Lempake 120 4 Juni 2025"
