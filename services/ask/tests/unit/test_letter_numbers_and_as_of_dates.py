"""A year closing a letter's number and the day a status is given "as of" date the paper, not the
figures: a question about that year is not answered with the document's own year's figure."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.stated_years import as_of_spans, closes_reference

CIRCULAR = Passage(
    id="c1",
    document_id="doc-edaran",
    document="edaran_tarif_parkir_2031.pdf",
    text=(
        "Berdasarkan Peraturan Wali Kota Nomor 12/PW/2030 tentang Tarif Parkir Tahun 2031, "
        "tarif parkir sepeda motor Tahun 2031 ditetapkan sebesar Rp 3.000 per jam.\n"
    ),
    score=0.9,
    page=1,
    fiscal_year=2031,
)

AUDIT = Passage(
    id="a1",
    document_id="doc-audit",
    document="ikhtisar_pemeriksaan_armada_2030.pdf",
    heading="IKHTISAR PEMERIKSAAN ARMADA TAHUN 2030",
    text=(
        "Pemeriksaan menemukan kelebihan bayar bahan bakar sebesar Rp 412.500.000, dan tindak lanjut "
        "yang selesai sampai dengan 28 Februari 2031 mencapai 66,2 persen dari rekomendasi.\n"
    ),
    score=0.9,
    page=1,
    fiscal_year=2030,
)


def test_a_year_ending_a_reference_number_is_not_stated() -> None:
    text = "Nomor 12/PW/2030 tentang tahun ajaran 2030/2031"
    assert closes_reference(text, text.index("2030"))
    assert not closes_reference(text, text.index("2031"))


def test_a_status_date_but_a_years_last_day_is_as_of() -> None:
    assert as_of_spans("selesai s.d. 28 Februari 2031") == [(13, 29)]
    assert as_of_spans("hingga 31 Desember 2030") == []
    assert as_of_spans("rapat pada 28 Februari 2031") == []


def test_the_year_of_a_decrees_number_does_not_answer_for_that_year() -> None:
    answer = extractive_answer(parse_question("tarif parkir sepeda motor tahun 2030 berapa?"), [CIRCULAR])
    assert not answer.found


def test_a_status_date_does_not_place_the_reports_figure_in_its_year() -> None:
    answer = extractive_answer(parse_question("kelebihan bayar bahan bakar tahun 2031 berapa?"), [AUDIT])
    assert not answer.found


def test_the_reports_year_still_answers_beside_a_status_date() -> None:
    answer = extractive_answer(parse_question("kelebihan bayar bahan bakar tahun 2030 berapa?"), [AUDIT])
    assert answer.found, answer.reason
    assert answer.figure is not None and answer.figure.value == 412500000


def test_a_half_year_named_short_in_the_file_name_does_not_answer_the_whole_year() -> None:
    half = Passage(
        id="h1",
        document_id="doc-sem",
        document="rekap_aduan_sampah_sem1_2030.docx",
        text="Jumlah aduan sampah liar yang diterima sebanyak 214 aduan.\n",
        score=0.9,
        page=1,
        fiscal_year=2030,
    )
    answer = extractive_answer(parse_question("jumlah aduan sampah liar setahun penuh 2030?"), [half])
    assert not answer.found
