"""Catalogue rows that carry a kode barang and the belanja accounts they may be booked to."""

from __future__ import annotations

from samarinda_common.price_catalogue import account_codes, parse_price_rows


def test_account_codes_are_read_from_free_text() -> None:
    assert account_codes("5.1.02.01.01.0029; 5.2.02.10.01.0002") == ("5.1.02.01.01.0029", "5.2.02.10.01.0002")
    assert account_codes("Belanja Modal 5.2.02\n5.2.02") == ("5.2.02",)
    assert account_codes("1.3.2.10.01") == ()
    assert account_codes(None) == ()


def test_kode_barang_and_rekening_belanja_columns_are_kept_apart() -> None:
    rows = [
        ["STANDAR SATUAN HARGA TAHUN ANGGARAN 2026"],
        ["No", "Kode Barang", "Uraian Barang", "Satuan", "Harga Satuan (Rp)", "Rekening Belanja"],
        [1, "1.3.2.10.01.02.002", "Laptop", "Unit", "Rp 12.750.000", "5.2.02.10.01.0002"],
        [2, None, "Nasi Kotak", "Kotak", "40.000", "5.1.02.01.01.0052"],
    ]
    laptop, meal = parse_price_rows(rows)[0]
    assert (laptop.kode, laptop.kode_barang, laptop.akun) == (
        "1.3.2.10.01.02.002",
        "1.3.2.10.01.02.002",
        ("5.2.02.10.01.0002",),
    )
    assert (meal.kode, meal.kode_barang, meal.akun) == (None, None, ("5.1.02.01.01.0052",))


def test_a_component_code_built_on_the_asset_classification_is_a_kode_barang() -> None:
    rows = [
        ["Kode", "Uraian", "Satuan", "Harga"],
        ["1.1.7.01.01.02.001", "Kertas HVS", "Rim", 52_000],
        ["SSH-0042", "Spidol", "Buah", 9_000],
    ]
    paper, marker = parse_price_rows(rows)[0]
    assert paper.kode_barang == "1.1.7.01.01.02.001" and paper.kode == "1.1.7.01.01.02.001"
    assert marker.kode_barang is None and marker.kode == "SSH-0042"
