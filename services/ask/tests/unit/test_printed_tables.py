"""A table a PDF or a scan printed as lines of text is read back into rows with cells: its rows'
trailing figures take the last column names of the header line above them."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer, units_of
from samarinda_ask.domain.printed_tables import printed_rows
from samarinda_ask.domain.question import parse_question

REPORT = Passage(
    id="report-p3",
    document_id="report",
    document="laporan_pertanian_2031.pdf",
    text=(
        "Tabel 4. Luas Kumbung dan Produksi Jamur Tiram per Kelurahan 2031\n"
        "No Kelurahan Luas Kumbung (m2) Produksi (ton)\n"
        "1 Tanjung Harapan 12 310\n"
        "2 Bukit Pinang 8 205\n"
        "3 Rawa Makmur 5 96\n"
        "Sumber: Penyuluh Pertanian, diolah.\n"
        "Produksi jamur tiram diarahkan untuk pasar lokal."
    ),
    score=0.8,
    opd="DKP",
    fiscal_year=2031,
)


def test_rows_take_the_last_column_names_of_the_header_line() -> None:
    lines = [
        "No Jenis Bantuan Volume Satuan",
        "1 Bibit kakao okulasi 350 kg",
        "2 Kapur dolomit 12-2 0 900 kg",
        "3 Sprayer elektrik 6 unit",
    ]
    rows = printed_rows(lines)
    assert rows[1].cells == (
        ("No", "1"),
        ("Jenis Bantuan", "Bibit kakao okulasi"),
        ("Volume", "350"),
        ("Satuan", "kg"),
    )
    # A figure more than the table's columns (an OCR speck, a code) stays in the label.
    assert rows[2].cells[1:3] == (("Jenis Bantuan", "Kapur dolomit 12-2 0"), ("Volume", "900"))


def test_a_field_of_running_text_after_the_rows_ends_the_table() -> None:
    lines = [
        "Jenis Alat Jumlah (unit)",
        "Meteran air 51",
        "Timbangan gantung 17",
        "Biaya sewa gudang yang dibayar bulan lalu: Rp 2.500.000",
    ]
    assert sorted(printed_rows(lines)) == [1, 2]


def test_a_sentence_under_a_title_is_no_table() -> None:
    lines = ["LAPORAN KEGIATAN", "Kegiatan diikuti 40 peserta dari 12 kelurahan."]
    assert printed_rows(lines) == {}


def test_a_printed_row_is_a_row_with_cells_under_its_caption() -> None:
    rows = [u for u in units_of(REPORT) if u.is_row]
    assert [u.text for u in rows] == [
        "1 Tanjung Harapan 12 310",
        "2 Bukit Pinang 8 205",
        "3 Rawa Makmur 5 96",
    ]
    assert rows[0].cells[-1].header == "Produksi (ton)"


def test_a_total_over_a_table_printed_as_text_sums_the_column_asked() -> None:
    question = parse_question("total produksi jamur tiram 2031 semua kelurahan berapa ton?")
    result = extractive_answer(question, [REPORT])
    assert result.found
    assert result.text.startswith("611")
    assert len(result.citations) == 3


def test_rows_ending_in_a_date_are_not_aligned_as_figures() -> None:
    lines = ["Kelurahan Bibit Tgl Tanam", "Sungai Lais 96 3 Juni 2031", "Lempake Ulu 120 4 Juni 2031"]
    assert printed_rows(lines) == {}
