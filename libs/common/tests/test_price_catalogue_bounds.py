"""Catalogue intake of layouts a new author writes: prices typed ``12.750,-`` / ``12.750.-``, and
two prices per item (a range, or without and with PPN) read as one item at its upper bound.
Rows invented here."""

from __future__ import annotations

import pytest
from samarinda_common.price_catalogue import parse_price_rows, parse_rupiah, price_bound, unit_in_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12.750,-", 12750), ("12.750.-", 12750), ("Rp.3.400,00", 3400), ("  812.000  ", 812000), ("77.-", 77)],
)
def test_prices_with_a_closing_dash_or_spaces_are_read(text: str, expected: int) -> None:
    assert parse_rupiah(text) == expected


def test_a_dash_inside_a_text_is_not_a_number() -> None:
    assert parse_rupiah("12.-3") is None


@pytest.mark.parametrize(
    ("label", "bound"),
    [
        ("Harga Tertinggi", "upper"),
        ("Harga Terendah (Rp)", "lower"),
        ("Sebelum PPN", "lower"),
        ("Termasuk PPN", "upper"),
        ("Harga Maks", "upper"),
        ("Rerata (Rp)", "lower"),
        ("Harga Satuan", None),
        ("Eselon III", None),
    ],
)
def test_price_bound_reads_the_label(label: str, bound: str | None) -> None:
    assert price_bound(label) == bound


def test_a_price_range_gives_one_item_at_its_highest_price() -> None:
    rows = [
        ["No", "Nama Barang", "Satuan", "Harga Terendah", "Harga Tertinggi"],
        [1, "Gunting Kertas Besar", "Buah", 21000, 26500],
        [2, "Stapler Kecil No. 10", "Buah", 17500, 19900],
    ]
    items, _ = parse_price_rows(rows)
    assert [(i.uraian, i.harga) for i in items] == [
        ("Gunting Kertas Besar", 26500),
        ("Stapler Kecil No. 10", 19900),
    ]


def test_prices_without_and_with_ppn_under_one_label_give_the_price_with_ppn() -> None:
    rows = [
        ["No", "Uraian", "Satuan", "Harga Satuan (Rp)", None],
        [None, None, None, "Sebelum PPN", "Termasuk PPN"],
        [1, "Tinta Printer Hitam 70 ml", "Botol", 90000, 99900],
        [2, "Baterai Alkaline AA", "Pak", 40000, 44400],
    ]
    items, _ = parse_price_rows(rows)
    assert [(i.uraian, i.harga, i.includes_ppn) for i in items] == [
        ("Tinta Printer Hitam 70 ml", 99900, True),
        ("Baterai Alkaline AA", 44400, True),
    ]


def test_an_average_price_beside_the_ceiling_gives_one_item_at_the_ceiling() -> None:
    rows = [
        ["No", "Nama Barang", "Satuan", "Harga Satuan", None],
        [None, None, None, "Tertinggi (Rp)", "Rata-rata (Rp)"],
        [1, "Penggaris Besi 30 cm", "Buah", 15000, 13800],
        [2, "Lakban Kertas 2 inci", "Roll", 12000, 11100],
    ]
    items, _ = parse_price_rows(rows)
    assert [(i.uraian, i.spesifikasi, i.harga) for i in items] == [
        ("Penggaris Besi 30 cm", None, 15000),
        ("Lakban Kertas 2 inci", None, 12000),
    ]


def test_an_sbu_matrix_stays_one_price_per_column() -> None:
    rows = [
        ["No", "Uraian", "Satuan", "Besaran", None],
        [None, None, None, "Golongan IV", "Golongan III"],
        [1, "Uang Saku Bimtek", "OH", 310000, 260000],
    ]
    items, _ = parse_price_rows(rows)
    assert sorted(i.harga for i in items) == [260000, 310000]


def test_a_price_beside_the_same_price_plus_ppn_gives_the_price_with_ppn() -> None:
    rows = [
        ["No", "Nama Barang", "Satuan", "Harga Satuan", "Harga Satuan + PPN"],
        [1, "Kalkulator Meja 12 Digit", "Buah", 120000, 133200],
    ]
    items, _ = parse_price_rows(rows)
    assert [(i.harga, i.includes_ppn) for i in items] == [(133200, True)]


@pytest.mark.parametrize(
    ("text", "name", "unit"),
    [
        ("Amplop Coklat Folio (Pak)", "Amplop Coklat Folio", "Pak"),
        ("Cairan Pembersih Lantai / Galon", "Cairan Pembersih Lantai", "Galon"),
        ("Sewa Genset per Hari", "Sewa Genset", "Hari"),
        ("Kabel Listrik (50 meter)", "Kabel Listrik (50 meter)", None),
        ("Proyektor 3000 Lumen", "Proyektor 3000 Lumen", None),
    ],
)
def test_unit_in_name_reads_a_one_word_unit_at_the_end(text: str, name: str, unit: str | None) -> None:
    assert unit_in_name(text) == (name, unit)


def test_a_catalogue_without_a_satuan_column_takes_the_unit_from_the_name() -> None:
    rows = [["No", "Nama Barang", "Harga"], [1, "Amplop Coklat Folio (Pak)", 27500]]
    items, _ = parse_price_rows(rows)
    assert [(i.uraian, i.satuan) for i in items] == [("Amplop Coklat Folio", "Pak")]


def test_with_a_satuan_column_the_name_is_kept_whole() -> None:
    rows = [["No", "Nama Barang", "Satuan", "Harga"], [1, "Amplop Coklat Folio (Pak)", "Pak", 27500]]
    items, _ = parse_price_rows(rows)
    assert [(i.uraian, i.satuan) for i in items] == [("Amplop Coklat Folio (Pak)", "Pak")]
