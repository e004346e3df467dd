"""A scan's title in two lines, a column's count unit in its header, a count asked by "berapa" alone,
and a compared side that names only its source."""

from __future__ import annotations

from decimal import Decimal

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.figures import FigureKind, cell_figure
from samarinda_ask.domain.headings import title_lines
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_parts import split_parts


def test_a_title_case_line_under_a_title_in_capitals_is_part_of_the_title() -> None:
    text = "BERITA ACARA\nSerah Terima Bibit Mangrove 2031\n\nTanggal : Senin, 3 Maret 2031\n"
    assert title_lines(text) == "BERITA ACARA Serah Terima Bibit Mangrove 2031"
    # The chunker may keep the capitals apart as the passage's heading: the text goes on under it.
    assert title_lines(text.split("\n", 1)[1], under_title=True) == "Serah Terima Bibit Mangrove 2031"


def test_an_address_or_a_field_under_the_title_is_no_subtitle() -> None:
    assert title_lines("CV SUMBER TIRTA\nJl. Cendana No. 4 Telp. 0541-123456\n") == "CV SUMBER TIRTA"
    assert title_lines("DINAS PERTANIAN\nTempat : Aula Balai Benih\n") == "DINAS PERTANIAN"
    assert title_lines("Serah Terima Bibit Mangrove 2031\n") == ""


def test_a_figure_under_a_scans_subtitle_answers_with_the_subtitles_words() -> None:
    minutes = Passage(
        id="m1",
        document_id="doc-minutes",
        document="scan_0042.jpg",
        heading="BERITA ACARA",
        text=(
            "Serah Terima Bibit Mangrove 2031\n\n"
            "Tempat : Balai Benih Pesisir\n\n"
            "1. Bibit yang diserahkan tahun 2031\nsebanyak 12.500 batang.\n\n"
            "2. Kelompok penerima: 9 kelompok.\n"
        ),
        score=0.9,
        page=1,
        fiscal_year=2031,
    )
    answer = extractive_answer(parse_question("serah terima bibit mangrove 2031 brp batang?"), [minutes])
    assert answer.found and answer.figure is not None and answer.figure.value == Decimal(12500)


def test_a_count_unit_in_a_headers_brackets_decides_the_cells_kind() -> None:
    # "Penyerapan" leans to a rate, "Jumlah" to an amount; the bracketed unit says what is counted.
    absorbed = cell_figure("Penyerapan Pekerja (orang)", "1.215")
    assert absorbed is not None and absorbed.kind is FigureKind.COUNT and absorbed.render() == "1.215 orang"
    households = cell_figure("Jumlah (kk)", "3.400")
    assert households is not None and households.kind is FigureKind.COUNT
    price = cell_figure("Harga (Rp)", "45.000")
    assert price is not None and price.kind is FigureKind.MONEY


def test_a_count_asked_by_berapa_alone_leans_to_a_count_only() -> None:
    assert parse_question("pemasukan karcis wahana air Mei 2031 brp?").weak_kind
    assert not parse_question("berapa kios di wahana air Mei 2031?").weak_kind
    receipt = Passage(
        id="r1",
        document_id="doc-receipt",
        document="rekap_karcis_wahana_mei2031.jpg",
        text="Pemasukan karcis wahana air Mei 2031 : Rp 7.450.000 disetor ke Kas Daerah.",
        score=0.9,
        page=1,
        fiscal_year=2031,
    )
    answer = extractive_answer(parse_question("pemasukan karcis wahana air Mei 2031 brp?"), [receipt])
    assert answer.found and answer.figure is not None and answer.figure.value == Decimal(7450000)
    # "bulan" before a month's name dates the figure; it counts no months.
    assert parse_question("pemasukan karcis wahana air bulan Mei 2031 brp?").weak_kind
    assert parse_question("berapa bulan wahana air tutup pada 2031?").wants is FigureKind.COUNT
    assert not parse_question("berapa bulan wahana air tutup pada 2031?").weak_kind


def test_a_side_naming_only_its_source_takes_the_other_sides_thing_and_rate() -> None:
    question = parse_question("Berapa selisih harga semen per sak di SSH 2031 dibanding penawaran Toko Jaya?")
    left, right = split_parts(question)
    assert {"harga", "semen", "ssh"} <= set(left.terms)
    assert {"harga", "semen", "toko", "jaya"} <= set(right.terms) and "per sak" in right.text
    assert right.wants is question.wants
    # A side naming a thing of its own keeps its words.
    other = parse_question("Berapa selisih harga semen di SSH 2031 dan harga pasir di penawaran Toko Jaya?")
    assert "semen" not in split_parts(other)[1].terms
