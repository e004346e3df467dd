"""The catalogue's column vocabulary as a data file, three-row headers, and a price column read
from its contents when no label names it."""

from __future__ import annotations

from pathlib import Path

import pytest
from samarinda_common.price_catalogue import (
    CATALOGUE_COLUMNS,
    detect_header,
    load_catalogue_layout,
    parse_price_rows,
)
from samarinda_common.rules import RulesError


def test_the_shipped_vocabulary_loads_and_is_what_the_parser_uses() -> None:
    layout = load_catalogue_layout()
    assert layout.version and layout.owner
    assert layout.columns == CATALOGUE_COLUMNS
    assert set(layout.required_columns) == {"uraian", "harga"}
    assert "harga satuan" in layout.columns["harga"]


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "catalogue_layout.toml"
    path.write_text('owner = "test"\nversion = "1"\n' + body, encoding="utf-8")
    return path


def test_a_label_not_written_normalised_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, 'required_columns = ["uraian"]\n[columns]\nuraian = ["Nama Barang"]\n')
    with pytest.raises(RulesError, match="normalised"):
        load_catalogue_layout(path)


def test_a_required_column_without_labels_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, 'required_columns = ["harga"]\n[columns]\nuraian = ["uraian"]\n')
    with pytest.raises(RulesError, match="required_columns"):
        load_catalogue_layout(path)


def test_a_three_row_header_is_read_as_one() -> None:
    rows = [
        ["No", "KOMPONEN", None, None, "STANDAR HARGA"],
        [None, "Barang/Jasa", None, "Satuan", "Harga Satuan"],
        [None, "Nama", "Spesifikasi", None, None],
        [1, "Kursi kerja", "Sandaran jaring", "Buah", 1_150_000],
    ]
    header = detect_header(rows, CATALOGUE_COLUMNS, ("uraian", "harga"))
    assert header is not None and header.row == 2 and header.top == 0
    assert header.columns["uraian"] == 1 and header.columns["spesifikasi"] == 2
    assert header.columns["satuan"] == 3 and header.columns["harga"] == 4


def test_an_unlabelled_price_column_is_found_by_its_amounts() -> None:
    rows = [
        ["DAFTAR HARGA BAHAN BANGUNAN"],
        ["No", "Kode", "Nama Barang", "Satuan", "Rp"],
        [1, "1.1.7.01.03.01.002", "Semen portland 50 kg", "Sak", "78.500"],
        [2, "1.1.7.01.03.01.007", "Pasir pasang", "M3", 285000],
        [3, "1.1.7.01.03.02.001", "Besi beton 10 mm", "Batang", "96.000"],
    ]
    references, context = parse_price_rows(rows)
    assert [(r.uraian, r.harga) for r in references] == [
        ("Semen portland 50 kg", 78500),
        ("Pasir pasang", 285000),
        ("Besi beton 10 mm", 96000),
    ]
    assert context is not None and context.columns["harga"] == 4


def test_two_unlabelled_amount_columns_leave_the_price_undecided() -> None:
    rows = [
        ["No", "Nama Barang", "Satuan", "2025", "2026"],
        [1, "Semen portland 50 kg", "Sak", 74000, 78500],
        [2, "Pasir pasang", "M3", 270000, 285000],
    ]
    references, context = parse_price_rows(rows)
    assert references == [] and context is None


def test_an_sbu_matrix_gives_one_item_per_grade() -> None:
    rows = [
        ["STANDAR BIAYA UMUM"],
        ["No", "Uraian", "Satuan", "Besaran", None],
        [None, None, None, "Eselon II", "Eselon III"],
        [1, "Honorarium narasumber", "OJ", 1_000_000, 900_000],
        [2, "Uang harian rapat", "OH", "150.000", "130.000"],
    ]
    references, context = parse_price_rows(rows)
    assert [(r.uraian, r.spesifikasi, r.harga) for r in references] == [
        ("Honorarium narasumber", "Eselon II", 1_000_000),
        ("Honorarium narasumber", "Eselon III", 900_000),
        ("Uang harian rapat", "Eselon II", 150_000),
        ("Uang harian rapat", "Eselon III", 130_000),
    ]
    assert context is not None and context.matrix == ((3, "Eselon II"), (4, "Eselon III"))
    assert len({r.id for r in references}) == 4


def test_grade_columns_without_a_price_label_are_a_matrix_too() -> None:
    rows = [
        ["No", "Uraian", "Satuan", "Golongan IV", "Golongan III"],
        [1, "Penginapan perjalanan dinas", "Malam", 1_250_000, 1_000_000],
        [2, "Uang transport dalam kota", "OK", 170_000, 150_000],
    ]
    references, _ = parse_price_rows(rows)
    assert [(r.spesifikasi, r.harga) for r in references[:2]] == [
        ("Golongan IV", 1_250_000),
        ("Golongan III", 1_000_000),
    ]


def test_a_matrix_above_a_priced_table_on_one_sheet_is_read_too() -> None:
    # A one-row matrix whose price columns name destinations (no price label), a row of component
    # codes under its prices, then a second table with its own price label.
    rows = [
        ["STANDAR BIAYA TRANSPORTASI"],
        ["No", "Kode", "Uraian", "Satuan", "Antar Kecamatan", "Ke Ibu Kota Provinsi"],
        [1, "3.1.2.04", "Uang transport lokal", "OK", 120_000, 275_000],
        [None, None, "Kode komponen", None, "3.1.2.04.01.001", "3.1.2.04.02.001"],
        ["Lain-lain"],
        ["No", "Kode", "Uraian", "Satuan", "Harga"],
        [1, "3.1.3.01.001", "Sewa perahu motor", "Hari", 900_000],
    ]
    references, _ = parse_price_rows(rows)
    assert [(r.uraian, r.spesifikasi, r.harga, r.row) for r in references] == [
        ("Uang transport lokal", "Antar Kecamatan", 120_000, 2),
        ("Uang transport lokal", "Ke Ibu Kota Provinsi", 275_000, 2),
        ("Sewa perahu motor", None, 900_000, 6),
    ]
