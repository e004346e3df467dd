"""OCR'd table cells repaired by their grammar, never by inventing a digit."""

import pytest
from samarinda_common.extracted import ExtractionMethod, Page, Table
from samarinda_common.ocr_cells import (
    amount,
    label_set,
    normalise_cell,
    normalise_ocr_tables,
    normalise_rows,
    snap_header_labels,
    split_header_from_row,
    spread_merged_header,
)
from samarinda_common.price_catalogue import parse_rupiah


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        ("1.250.0O0", "1.250.000"),
        ("Rp1.250.000,-", "1.250.000"),
        ("Rp. 1. 250.000", "1.250.000"),
        ("1,250.000", "1.250.000"),
        ("1 250 000", "1.250.000"),
        ("2.48O.0OO,00", "2.480.000"),
        ("l2.000", "12.000"),
        ("Rp 45000", "45000"),
        ("5:328.000", "5.328.000"),
    ],
)
def test_amounts_come_out_in_thousands_groups(read: str, repaired: str) -> None:
    assert normalise_cell(read) == repaired
    assert parse_rupiah(normalise_cell(read)) == int(repaired.replace(".", ""))


@pytest.mark.parametrize(
    "read",
    [
        "1.25.000",  # a group of two: a digit was lost, none is invented
        "12.5OO.00",  # the last group short
        "OOO",  # look-alikes only
        "1.OOO",  # more look-alikes than digits
        "5.1.02.01.01.0024",  # a kode rekening is no amount
        "2027",  # a plain number stays as written
        "10:30",  # a time
    ],
)
def test_what_fits_no_amount_grammar_is_not_made_an_amount(read: str) -> None:
    assert amount(read) is None


def test_digit_count_is_never_changed() -> None:
    for read in ["1.250.0O0", "Rp1. 250.000,-", "1,250.000", "9.9SO.000"]:
        fixed = normalise_cell(read)
        assert isinstance(fixed, str)
        assert sum(c.isdigit() for c in fixed) == sum(
            c.isdigit() or c in "OoSlI" for c in read.split(",-")[0]
        )


@pytest.mark.parametrize(
    ("read", "repaired"), [("O%", "0%"), ("1l%", "11%"), ("11 %", "11%"), ("10%", "10%")]
)
def test_percentages(read: str, repaired: str) -> None:
    assert normalise_cell(read) == repaired


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        ("6O Orang x 4 Kali", "60 Orang x 4 Kali"),
        ("1O Unit", "10 Unit"),
        ("Kertas HVS - A4 80 gram", "Kertas HVS - A4 80 gram"),
        ("lO Unit", "lO Unit"),  # no real digit: it may be a word
        ("Belanja Alat Tulis Kantor", "Belanja Alat Tulis Kantor"),
    ],
)
def test_counts_before_a_unit(read: str, repaired: str) -> None:
    assert normalise_cell(read) == repaired


def test_two_numbers_a_lost_gutter_joined_go_into_the_empty_cell() -> None:
    rows = normalise_rows(
        [
            ["Kertas HVS", "40 Rim", "62.000 2.480.000", None],
            ["Map", "250 Buah", None, "4.500 1.125.000"],
            ["Tinta", "12 Botol", "123.500 1.482.000", "x"],  # no empty neighbour: as read
        ]
    )
    assert rows[0][2:] == ["62.000", "2.480.000"]
    assert rows[1][2:] == ["4.500", "1.125.000"]
    assert rows[2][2] == "123.500 1.482.000"


def test_only_tables_of_ocr_pages_are_touched() -> None:
    scanned = Table(page=1, index=0, rows=[["Harga", "1.250.0O0"]])
    typed = Table(page=2, index=0, rows=[["Harga", "1.250.0O0"]])
    pages = [
        Page(number=1, text="", method=ExtractionMethod.OCR),
        Page(number=2, text="", method=ExtractionMethod.TEXT),
    ]
    fixed = normalise_ocr_tables([scanned, typed], pages)
    assert fixed[0].rows == [["Harga", "1.250.000"]]
    assert fixed[1].rows == [["Harga", "1.250.0O0"]]


LABELS = label_set(
    {"uraian": ["uraian"], "harga": ["harga satuan", "harga"], "satuan": ["satuan"], "no": ["no"]}
)


def test_a_misread_label_in_a_header_row_becomes_the_label_it_is_close_to() -> None:
    assert snap_header_labels(["No", "Uralan", "Satuan", "Harga", "Harcia Satun"], LABELS) == [
        "No",
        "uraian",
        "Satuan",
        "Harga",
        "harga satuan",
    ]


def test_cells_outside_a_header_row_or_far_from_any_label_stay_as_read() -> None:
    body = ["1", "Uralan", "Rim", "62.000"]  # one label-like cell is no header
    assert snap_header_labels(body, LABELS) == body
    header = ["No", "Uraian", "Satuan", "Keterangan lain", "Hxrxx"]
    assert snap_header_labels(header, LABELS) == header


def test_a_header_that_took_in_the_row_under_it_is_split_back_into_two_rows() -> None:
    labels = label_set(
        {
            "kode": ["kode rekening"],
            "uraian": ["uraian", "uraian belanja"],
            "satuan": ["satuan"],
            "j": ["jumlah"],
        }
    )
    merged = ["Kode Rekening 5.2.02.05.01.0005", "Uraian Belanja Modal Jaringan", "Satuan", "Jumlah"]
    assert split_header_from_row(merged, labels) == [
        ["Kode Rekening", "Uraian", "Satuan", "Jumlah"],
        ["5.2.02.05.01.0005", "Belanja Modal Jaringan", None, None],
    ]
    # a two-word label is no merged row, and a header with nothing numeric after a label stays
    for header in (
        ["Kode Rekening", "Uraian Belanja", "Satuan", "Jumlah"],
        ["Kode", "Uraian Barang", "Satuan", "Jumlah"],
    ):
        assert split_header_from_row(header, labels) == [header]


def test_a_header_read_as_one_line_into_one_cell_is_spread_over_the_columns() -> None:
    merged = ["No Uraian Satuan Harga Satuan (Rp)", None, None, None]
    assert spread_merged_header(merged, LABELS) == ["No", "Uraian", "Satuan", "Harga Satuan (Rp)"]
    assert normalise_rows([merged, ["1", "Tinta printer", "Botol", "85.000"]], LABELS)[0] == [
        "No",
        "Uraian",
        "Satuan",
        "Harga Satuan (Rp)",
    ]


def test_a_single_cell_that_does_not_read_as_one_label_per_column_stays_as_read() -> None:
    for row in (
        ["No Uraian Satuan Harga", None, None, None, None],  # fewer labels than columns
        ["Daftar harga bahan bangunan", None, None, None],  # a title, not labels
        ["No Uraian Satuan", "Harga", None],  # more than one cell filled
    ):
        assert spread_merged_header(row, LABELS) == row
