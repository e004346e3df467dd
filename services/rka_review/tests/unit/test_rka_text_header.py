"""A scanned page whose header line the table reader left in the page text: the table's body
under a line of labels with no cell boundaries. Rows and labels invented here."""

from __future__ import annotations

from samarinda_common.extracted import ExtractionMethod, Page, Table
from samarinda_rka_review.domain.rka_parser import RKA_COLUMNS, parse_rka_tables
from samarinda_rka_review.domain.text_header import column_in_text, header_in_text, split_label_line

LABELS = {label for names in RKA_COLUMNS.values() for label in names}
BODY = [
    ["1", "Cangkul Baja", "3 Buah", "Buah", "85.000", "255.000"],
    ["2", "Benih Jagung Manis", "12 Kg", "Kg", "64.000", "768.000"],
]
PAGE_TEXT = (
    "RINCIAN BELANJA TAHUN 2031\n"
    "Sub Kegiatan : 3.27.03.2.01.0002 Penyuluhan Petani Hortikultura\n"
    "No. Nama Barang Volume Sat Harga Satuan Jumlah (Rp)\n"
    "1 Cangkul Baja 3 Buah Buah 85.000 255.000\n"
)


def test_a_line_of_labels_splits_into_the_longest_known_labels() -> None:
    assert split_label_line("No. Nama Barang Volume Sat Harga Satuan Jumlah (Rp)", LABELS) == [
        "No.",
        "Nama Barang",
        "Volume",
        "Sat",
        "Harga Satuan",
        "Jumlah (Rp)",
    ]


def test_a_line_with_a_word_that_is_no_label_is_no_header() -> None:
    assert split_label_line("1 Cangkul Baja 3 Buah Buah 85.000 255.000", LABELS) is None


def test_the_header_must_have_as_many_labels_as_the_table_has_columns() -> None:
    required = ("uraian", "harga_satuan", "jumlah")
    assert header_in_text(PAGE_TEXT, RKA_COLUMNS, 6, required) is not None
    assert header_in_text(PAGE_TEXT, RKA_COLUMNS, 7, required) is None


def test_a_scanned_table_without_its_header_row_is_read_under_the_page_texts_header() -> None:
    page = Page(number=1, text=PAGE_TEXT, method=ExtractionMethod.OCR)
    rka = parse_rka_tables([Table(page=1, index=0, rows=BODY)], source="scan.jpg", pages=[page])
    lines = [line for sub in rka.sub_kegiatan for line in sub.lines]
    assert [(line.uraian, line.satuan, line.harga_satuan, line.jumlah) for line in lines] == [
        ("Cangkul Baja", "Buah", 85_000, 255_000),
        ("Benih Jagung Manis", "Kg", 64_000, 768_000),
    ]
    assert rka.sub_kegiatan[0].kode == "3.27.03.2.01.0002"


SCANNED_ROWS = [
    ["No", "Uraian", "Koefisien", "Satuan", "Harga Sat."],
    [None, "5.1.02.01.01.0024 Belanja Alat Tulis Kantor", None, None, None],
    ["1", "Penggaris besi", "6 buah", "Buah", "12.500"],
    ["2", "Pita mesin tik", "4 buah", "Buah", "30.000"],
    [None, "JUMLAH", None, None, None],
]
# The Jumlah column printed apart from the rest: the OCR gave it as text after the table's own.
SCANNED_TEXT = (
    "Sub Kegiatan : 3.27.03.2.01.0002 Penyuluhan Petani Hortikultura\n"
    "No Uraian Koefisien Satuan Harga Sat.\n"
    "1 Penggaris besi 6 buah Buah 12.500\n"
    "\n"
    "Jumlah (Rp)\n"
    "195.000\n"
    "75.000\n"
    "120.000\n"
    "195.000\n"
)


def test_a_column_lost_to_the_page_text_is_put_back_one_figure_a_row() -> None:
    rows = column_in_text(SCANNED_ROWS, SCANNED_TEXT, RKA_COLUMNS, ("uraian", "harga_satuan", "jumlah"))
    assert rows is not None
    assert [row[-1] for row in rows] == ["Jumlah (Rp)", "195.000", "75.000", "120.000", "195.000"]


def test_a_block_that_does_not_fit_the_rows_is_no_column() -> None:
    short = SCANNED_TEXT.rsplit("195.000", 1)[0]
    assert column_in_text(SCANNED_ROWS, short, RKA_COLUMNS, ("uraian", "harga_satuan", "jumlah")) is None


def test_a_scanned_table_reads_its_lines_with_the_column_from_the_page_text() -> None:
    page = Page(number=1, text=SCANNED_TEXT, method=ExtractionMethod.OCR)
    rka = parse_rka_tables([Table(page=1, index=0, rows=SCANNED_ROWS)], source="scan.pdf", pages=[page])
    lines = [line for sub in rka.sub_kegiatan for line in sub.lines]
    assert [(line.uraian, line.volume, line.harga_satuan, line.jumlah) for line in lines] == [
        ("Penggaris besi", 6, 12_500, 75_000),
        ("Pita mesin tik", 4, 30_000, 120_000),
    ]
