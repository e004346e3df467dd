"""A total over every row of one table: asked with a total word alone ("total ... berapa"), with
"jadi berapa" closing it, over rows a report introduces with a remark in brackets, and over a
table whose rows a second, header-less copy repeats; and the unit of a count that only a lead-in
above the table names, which costs its rows nothing."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_terms import index_terms
from samarinda_ask.testing import table_rows

BOATS = table_rows(
    "bpbd_posko_perahu_2031.csv",
    [
        "posko: Lempake | perahu_karet: 4 | siap_pakai: 3 | perbaikan: 1",
        "posko: Sempaja | perahu_karet: 6 | siap_pakai: 6 | perbaikan: 0",
        "posko: Mugirejo | perahu_karet: 5 | siap_pakai: 2 | perbaikan: 3",
    ],
)


def test_a_total_word_alone_adds_every_row_that_covers_the_question() -> None:
    question = parse_question("Perahu karet siap pakai di posko total berapa unit tahun 2031?")
    answer = extractive_answer(question, BOATS)
    assert answer.found and answer.text.startswith("11"), answer.text  # 3 + 6 + 2
    assert len(answer.citations) == 3


def test_jadi_before_the_asking_word_is_no_term_but_kejadian_is() -> None:
    assert "jadi" not in parse_question("Total perahu karet semua posko jadi berapa?").terms
    assert "jadi" not in parse_question("perahu karet semua posko jd brp?").terms
    assert parse_question("Berapa kejadian banjir di Lempake 2031?").terms[0] == "jadi"


def test_a_superscript_unit_is_the_plain_one_a_question_types() -> None:
    assert {"m2", "m3"} <= index_terms("Luas (m²) | Volume (m³)")


REPORT = Passage(
    id="bpbd_laporan_2031.pdf-text-2",
    document_id="doc-bpbd_laporan_2031.pdf",
    document="bpbd_laporan_2031.pdf",
    text=(
        "BAB II. Bantuan Terpal Tahun 2031\n"
        "Terpal dibagikan kepada warga terdampak di tiga kelurahan dengan rincian\n"
        "sebagai berikut (satuan lembar).\n"
        "Kelurahan Terpal Tikar\n"
        "Lempake 120 80\nSempaja 95 60\nMugirejo 40 25\n"
    ),
    score=0.7,
    page=2,
    fiscal_year=2031,
)
REPORT_ROWS = table_rows(
    "bpbd_laporan_2031.pdf",
    [
        "Kelurahan: Lempake | Terpal: 120 | Tikar: 80",
        "Kelurahan: Sempaja | Terpal: 95 | Tikar: 60",
        "Kelurahan: Mugirejo | Terpal: 40 | Tikar: 25",
    ],
    page=2,
)


def test_rows_introduced_by_a_sentence_with_a_remark_in_brackets_carry_its_words() -> None:
    question = parse_question("Terpal yang dibagikan ke warga terdampak di Sempaja 2031 berapa lembar?")
    answer = extractive_answer(question, [REPORT, *REPORT_ROWS])
    assert answer.found and answer.text.startswith("95"), answer.text


WORKS = table_rows(
    "kel_lempake_laporan_2031.docx",
    [
        "No: 1 | Pekerjaan: Perbaikan jembatan kayu | Realisasi (Rp): 120.000.000",
        "No: 2 | Pekerjaan: Lampu jalan gang | Realisasi (Rp): 45.500.000",
    ],
)
# The same table printed again in the document's text, its rows read apart from its header.
COPY = Passage(
    id="kel_lempake_laporan_2031.docx-text-1",
    document_id="doc-kel_lempake_laporan_2031.docx",
    document="kel_lempake_laporan_2031.docx",
    text=(
        "No | Pekerjaan | Realisasi (Rp)\n"
        "1 | Perbaikan jembatan kayu | 120.000.000\n"
        "2 | Lampu jalan gang | 45.500.000"
    ),
    score=0.5,
    fiscal_year=2031,
)


def test_rows_read_again_without_column_names_are_added_once() -> None:
    question = parse_question("Berapa total realisasi pekerjaan kelurahan tahun 2031?")
    answer = extractive_answer(question, [*WORKS, COPY])
    assert answer.found and answer.text.startswith("Rp 165.500.000"), answer.text
    assert len(answer.citations) == 2


YEAR_PAGE = Passage(
    id="dispar_museum_2031.pdf-text-2",
    document_id="doc-dispar_museum_2031.pdf",
    document="dispar_museum_2031.pdf",
    text=(
        "Pengunjung per museum tahun 2031 disajikan pada tabel berikut (satuan: orang).\n"
        "No Museum Pelajar Umum\n1 Museum Kayu 4.210 1.980\n2 Museum Sungai 2.305 1.120\n"
    ),
    score=0.7,
    page=2,
    fiscal_year=2031,
)
YEAR_ROWS = table_rows(
    "dispar_museum_2031.pdf",
    [
        "No: 1 | Museum: Museum Kayu | Pelajar: 4.210 | Umum: 1.980",
        "No: 2 | Museum: Museum Sungai | Pelajar: 2.305 | Umum: 1.120",
    ],
    page=2,
)
HALF_ROWS = table_rows(
    "dispar_museum_semester1_2031.pdf",
    [
        "No: 1 | Museum: Museum Kayu | Pelajar: 1.950 | Umum: 870",
        "No: 2 | Museum: Museum Sungai | Pelajar: 1.010 | Umum: 515",
    ],
    page=1,
)


def test_the_unit_named_only_by_a_lead_in_costs_the_years_rows_nothing() -> None:
    question = parse_question("Pelajar yang ke Museum Sungai tahun 2031 ada berapa orang?")
    answer = extractive_answer(question, [*HALF_ROWS, YEAR_PAGE, *YEAR_ROWS])
    assert answer.found and answer.text.startswith("2.305"), answer.text
