"""A scanned page whose header line the table reader left in the page text: the table's body
under a line of labels with no cell boundaries. Rows and labels invented here."""

from __future__ import annotations

from samarinda_common.extracted import ExtractionMethod, Page, Table
from samarinda_rka_review.domain.rka_parser import RKA_COLUMNS, parse_rka_tables
from samarinda_rka_review.domain.text_header import header_in_text, split_label_line

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
