"""Catalogue layouts seen in the wild: two-row merged headers and headings outside the name column."""

from __future__ import annotations

import pytest
from samarinda_common.price_catalogue import (
    CATALOGUE_COLUMNS,
    detect_header,
    match_columns,
    normalise_label,
    parse_price_rows,
    read_by_parts,
)

TITLE = ["STANDAR SATUAN HARGA BARANG TAHUN ANGGARAN 2026"]


def test_two_row_header_as_read_without_merge_fill_keeps_the_spec_column() -> None:
    rows = [
        TITLE,
        ["Kode Barang", "Uraian", None, "Sat.", "HARGA SATUAN"],
        [None, "Nama Barang", "Spek", None, None],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        ["A. ALAT TULIS KANTOR", None, None, None, None],
        ["1.1.7.01", "Kertas HVS", "Ukuran A4, 80 gram", "Rim", "Rp 62.000"],
    ]
    references, _ = parse_price_rows(rows)
    assert [(r.uraian, r.spesifikasi, r.satuan, r.harga) for r in references] == [
        ("Kertas HVS", "Ukuran A4, 80 gram", "Rim", 62_000)
    ]
    assert references[0].kelompok == "A. ALAT TULIS KANTOR"
    assert references[0].kode == "1.1.7.01"


def test_two_row_header_with_merged_cells_filled_in_reads_the_same() -> None:
    rows = [
        TITLE,
        ["Kode Barang", "Uraian", "Uraian", "Sat.", "HARGA SATUAN"],
        ["Kode Barang", "Nama Barang", "Spek", "Sat.", "HARGA SATUAN"],
        ["1.1.7.02", "Sapu Lidi", "Gagang kayu", "Buah", 25_000],
    ]
    header = detect_header(rows, CATALOGUE_COLUMNS, ("uraian", "harga"))
    assert header is not None
    assert header.row == 2
    assert header.columns["uraian"] == 1 and header.columns["spesifikasi"] == 2
    references, _ = parse_price_rows(rows)
    assert references[0].spesifikasi == "Gagang kayu"


def test_a_group_label_above_reads_together_with_the_one_below() -> None:
    # "Harga" above "Satuan" is the unit price, not the unit column.
    rows = [
        ["Uraian", "Satuan", "Harga", "Keterangan"],
        [None, None, "Satuan", None],
        ["Selimut", "Lembar", 85_000, "Belum termasuk PPN"],
    ]
    header = detect_header(rows, CATALOGUE_COLUMNS, ("uraian", "harga"))
    assert header is not None
    assert header.columns["harga"] == 2 and header.columns["satuan"] == 1


def test_a_first_data_row_is_not_taken_for_a_sub_header() -> None:
    rows = [
        ["No", "Uraian", "Satuan", "Harga"],
        [1, "Kertas HVS", "Rim", 62_000],
    ]
    header = detect_header(rows, CATALOGUE_COLUMNS, ("uraian", "harga"))
    assert header is not None and header.row == 0
    references, _ = parse_price_rows(rows)
    assert [r.uraian for r in references] == ["Kertas HVS"]


_SLASHED = {"kode": ["kode", "kode rekening"], "uraian": ["uraian"], "no": ["no"], "jumlah": ["jumlah"]}


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Kode/Nama Rekening", {"kode": 0}),  # a part is a label word for word, the other qualifies it
        ("Uraian / Keterangan", {"uraian": 0}),
        ("Kode Rekening/Kode", {"kode": 0}),  # both parts name the same field
        ("No/Kode", {}),  # two fields: not one column's label
        ("Merk/Tipe", {}),
        ("bahan: besi/baja 2 mm", {}),  # a body cell's slash is no label's
    ],
)
def test_a_slashed_label_is_read_by_its_parts(label: str, expected: dict[str, int]) -> None:
    assert match_columns([label], _SLASHED) == expected


def test_a_label_that_fits_whole_wins_over_one_read_by_its_parts() -> None:
    assert match_columns(["Uraian/Catatan", "Uraian"], _SLASHED) == {"uraian": 1}
    assert read_by_parts("program/sasaran", {"program": "program"}.get) == "program"


def test_an_identifier_style_label_reads_as_its_words() -> None:
    assert normalise_label("Harga_Satuan (Rp)") == "harga satuan"


def test_year_under_the_price_label_keeps_the_price_and_spec_columns() -> None:
    # ``Uraian`` merged over name and spec, ``Harga Satuan`` over the year it is for.
    rows = [
        TITLE,
        ["No", "Kode Barang", "Uraian", None, "Satuan", "Harga Satuan (Rp)"],
        [None, None, "Nama Barang", "Spesifikasi", None, "TA 2026"],
        [1, "1.1.7.03", "Map Plastik", "kancing, folio", "Lusin", 30_000],
    ]
    references, _ = parse_price_rows(rows)
    assert [(r.uraian, r.spesifikasi, r.satuan, r.harga) for r in references] == [
        ("Map Plastik", "kancing, folio", "Lusin", 30_000)
    ]


@pytest.mark.parametrize("label", ["Spesifikasi/Keterangan", "Keterangan/Spesifikasi"])
def test_a_field_joined_with_the_remarks_is_that_field(label: str) -> None:
    header = ["No", "Uraian", label, "Satuan", "Harga"]
    assert match_columns(header, CATALOGUE_COLUMNS)["spesifikasi"] == 2
