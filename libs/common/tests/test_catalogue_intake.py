"""Catalogue intake in layouts a new user brings: title blocks, merged two-row headers, columns in
any order, section rows, prices as text; and a catalogue that yields nothing is a typed error.

The fixtures are written here from the shapes an OPD's spreadsheet takes, not from any evaluation set.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import ExtractionMethod, Page, Table
from samarinda_common.intake import EmptyIntake
from samarinda_common.price_catalogue import (
    parse_decimal,
    parse_price_tables,
    parse_rupiah,
    read_price_tables,
    require_price_items,
)

TITLE = [
    ["PEMERINTAH KOTA CONTOH"],
    ["STANDAR SATUAN HARGA BARANG DAN JASA"],
    ["TAHUN ANGGARAN 2027"],
    ["Harga belum termasuk PPN"],
]
BODY = [
    ["I. PERALATAN KERJA", None, None, None, None, None],
    [1, "1.01", "Meja rapat", "Kayu jati 2 x 1 m", "Buah", "2.450.000"],
    [2, "1.02", "Kursi lipat", "Rangka besi", "Buah", "Rp 185.000"],
    ["II. JASA", None, None, None, None, None],
    [3, "2.01", "Sewa tenda", "5 x 5 m", "Hari", "1,2 jt"],
]


def _by_name(rows: list[list[object]]) -> dict[str, tuple[object, ...]]:
    references = parse_price_tables([Table(sheet="SSH", index=0, rows=rows)])  # type: ignore[arg-type]
    return {r.uraian: (r.spesifikasi, r.satuan, r.harga, r.kelompok) for r in references}


EXPECTED = {
    "Meja rapat": ("Kayu jati 2 x 1 m", "Buah", 2_450_000, "I. PERALATAN KERJA"),
    "Kursi lipat": ("Rangka besi", "Buah", 185_000, "I. PERALATAN KERJA"),
    "Sewa tenda": ("5 x 5 m", "Hari", 1_200_000, "II. JASA"),
}


def test_merged_two_row_header_under_a_title_block() -> None:
    # A merged cell keeps its label in the first column and leaves the others empty (openpyxl).
    header = [
        ["No", "Kode", "Barang/Jasa", None, "Harga", None],
        [None, None, "Uraian", "Spesifikasi", "Satuan", "Harga Satuan"],
    ]
    assert _by_name([*TITLE, *header, *BODY]) == EXPECTED


def test_merged_header_repeated_across_its_span() -> None:
    # Some PDF table extractors repeat a merged label in every column it covers.
    header = [
        ["No", "Kode", "Barang/Jasa", "Barang/Jasa", "Harga", "Harga"],
        ["", "", "Uraian", "Spesifikasi", "Satuan", "Harga Satuan (Rp)"],
    ]
    assert _by_name([*TITLE, *header, *BODY]) == EXPECTED


def test_a_label_over_one_sub_label_still_reads_as_one() -> None:
    # ``Harga`` above ``Satuan`` alone is the unit price, not the unit.
    header = [
        ["No", "Nama Barang", "Spesifikasi", "Satuan", "Harga"],
        [None, None, None, None, "Satuan"],
    ]
    body = [[1, "Map plastik", "Folio", "Buah", "7.500"]]
    [reference] = parse_price_tables([Table(index=0, rows=[*header, *body])])  # type: ignore[list-item]
    assert (reference.satuan, reference.harga) == ("Buah", 7_500)


def test_a_count_word_under_a_group_label_takes_the_group_field() -> None:
    # ``Volume`` merged over ``Banyak | Satuan``: the bare ``Banyak`` is the volume, ``Satuan`` the unit.
    from samarinda_common.price_catalogue import header_window

    aliases = {"volume": ["volume", "banyak volume"], "satuan": ["satuan"], "harga": ["harga"]}
    rows = [["Volume", None, "Harga"], ["Banyak", "Satuan", None], [3, "Buah", "10.000"]]
    window = header_window(rows, 0, aliases)  # type: ignore[arg-type]
    assert window is not None and window.columns == {"volume": 0, "satuan": 1, "harga": 2}


def test_columns_in_any_order() -> None:
    header = [["Harga Satuan", "Satuan", "Spesifikasi", "Uraian", "Kode", "No"]]
    body = [[row[5], row[4], row[3], row[2], row[1], row[0]] for row in BODY]
    assert _by_name([*TITLE, *header, *body]) == EXPECTED


def test_year_and_ppn_come_from_the_title_block() -> None:
    header = [["No", "Kode", "Uraian", "Spesifikasi", "Satuan", "Harga Satuan"]]
    references = parse_price_tables([Table(index=0, rows=[*TITLE, *header, *BODY])])  # type: ignore[list-item]
    assert {(r.tahun, r.includes_ppn) for r in references} == {(2027, False)}


@pytest.mark.parametrize(
    ("text", "rupiah"),
    [
        ("2.450.000", 2_450_000),
        ("Rp 185.000", 185_000),
        ("Rp. 185.000,-", 185_000),
        ("1,2 jt", 1_200_000),
        ("1.5 juta", 1_500_000),
        ("Rp 2,75 jt", 2_750_000),
        ("850 rb", 850_000),
        ("2.500 ribu", 2_500_000),
        ("jt", None),
        ("-", None),
    ],
)
def test_prices_written_as_text(text: str, rupiah: int | None) -> None:
    assert parse_rupiah(text) == rupiah


def test_scale_words_apply_to_money_only() -> None:
    assert parse_decimal("1,2 jt") is None
    assert parse_decimal("1,2") == Decimal("1.2")


def test_a_catalogue_without_items_is_a_typed_error_naming_its_rows() -> None:
    header = [["No", "Uraian", "Satuan", "Harga Satuan"]]
    body = [["A. ATK", None, None, None], [1, "Pensil", "Buah", "-"], [2, "Spidol", "Buah", "belum ada"]]
    references, report = read_price_tables([Table(sheet="SSH", index=0, rows=[*header, *body])])  # type: ignore[list-item]
    assert references == []
    with pytest.raises(EmptyIntake) as raised:
        require_price_items(references, report)
    assert isinstance(raised.value, InvalidInput)
    assert raised.value.reason == "EMPTY_INTAKE"
    message = raised.value.message
    assert "yielded no price items" in message
    assert "row 2 section heading (A. ATK)" in message
    assert "row 3 no price under 'Harga Satuan': '-'" in message
    assert "row 4 no price under 'Harga Satuan': 'belum ada'" in message


def test_a_table_without_a_complete_header_says_what_is_missing() -> None:
    rows = [["No", "Uraian", "Satuan", "Keterangan"], [1, "Pensil", "Buah", "-"]]
    references, report = read_price_tables([Table(sheet="Daftar", index=0, rows=rows)])  # type: ignore[list-item]
    assert references == []
    [table] = report.tables
    assert table.header_row is None
    assert table.note == "no complete header: row 1 names keterangan, no, satuan, uraian but not harga"
    with pytest.raises(EmptyIntake, match="sheet 'Daftar' \\(2 rows\\): no complete header"):
        require_price_items(references, report)


def test_the_report_names_the_columns_it_recognised() -> None:
    header = [
        ["No", "Kode", "Barang/Jasa", None, "Harga", None],
        [None, None, "Uraian", "Spesifikasi", "Satuan", "Harga Satuan"],
    ]
    _references, report = read_price_tables([Table(sheet="SSH", index=0, rows=[*TITLE, *header, *BODY])])  # type: ignore[list-item]
    [table] = report.tables
    assert table.header_row == 5
    assert table.columns["uraian"] == "Barang/Jasa / Uraian"
    assert table.columns["satuan"] == "Harga / Satuan"
    assert table.columns["harga"] == "Harga Satuan"
    assert table.accepted == 3
    assert [(s.row, s.reason) for s in table.skipped] == [(6, "section heading"), (9, "section heading")]


def test_a_column_numbering_row_under_the_header_is_skipped_as_such() -> None:
    header = [["No", "Uraian", "Satuan", "Harga Satuan"], ["(1)", "(2)", "(3)", "(4)"]]
    body = [[1, "Pensil", "Buah", "3.000"]]
    references, report = read_price_tables([Table(index=0, rows=[*header, *body])])  # type: ignore[list-item]
    assert [r.harga for r in references] == [3_000]
    assert [(s.row, s.reason) for s in report.tables[0].skipped] == [(1, "column numbering row")]


# A tariff list printed as one small table per section, each under its own heading and with the
# header repeated: the heading sits in the page text, not in any table.
SECTIONED_PAGE = """DAFTAR TARIF JASA TAHUN 2031
Catatan: tarif tertinggi, belum termasuk PPN.
No   Uraian                 Satuan      Harga      Keterangan
1    Juru bahasa isyarat    OJ          275.000    per jam

B. SEWA PERAHU
No   Uraian                 Satuan      Harga      Keterangan
1    Perahu motor tempel    Unit/Hari   650.000    tanpa BBM
2    Speedboat 40 PK        Unit/Hari   1.900.000  tanpa BBM
"""
TARIFF_HEADER = ["No", "Uraian", "Satuan", "Harga", "Keterangan"]


def test_a_heading_printed_above_a_table_is_the_section_of_its_rows() -> None:
    tables = [
        Table(
            page=1, index=0, rows=[TARIFF_HEADER, ["1", "Juru bahasa isyarat", "OJ", "275.000", "per jam"]]
        ),
        Table(
            page=1,
            index=1,
            rows=[
                TARIFF_HEADER,
                ["1", "Perahu motor tempel", "Unit/Hari", "650.000", "tanpa BBM"],
                ["2", "Speedboat 40 PK", "Unit/Hari", "1.900.000", "tanpa BBM"],
            ],
        ),
    ]
    page = Page(number=1, text=SECTIONED_PAGE, method=ExtractionMethod.TEXT)
    references, _report = read_price_tables(tables, pages=[page])
    sections = {reference.uraian: reference.kelompok for reference in references}
    # the first table has a note above it, not a heading: no section is guessed
    assert sections == {
        "Juru bahasa isyarat": None,
        "Perahu motor tempel": "B. SEWA PERAHU",
        "Speedboat 40 PK": "B. SEWA PERAHU",
    }
