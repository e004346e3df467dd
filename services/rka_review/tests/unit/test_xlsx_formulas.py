"""An RKA workbook whose amounts are formulas saved without values reads its amounts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from samarinda_rka_review.adapters.tables import load_tables
from samarinda_rka_review.offline import load_rka


def test_an_rka_with_formula_totals_reads_its_amounts(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Sub Kegiatan : 2.16.02.2.01.0003 - Pengelolaan Aplikasi"])
    sheet.append(["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"])
    sheet.append([1, "Kertas HVS A4", 4, "Rim", 58500, "=C3*E3"])
    sheet.append([2, "Tinta printer", 2, "Botol", 95000, "=C4*E4"])
    sheet.append([None, "Jumlah", None, None, None, "=SUM(F3:F4)"])
    path = tmp_path / "rka_formula.xlsx"
    book.save(path)
    assert load_tables(path)[0].rows[4][5] == 424000
    sub = load_rka(path).sub_kegiatan[0]
    assert [line.jumlah for line in sub.lines] == [234000, 190000]
    assert sub.declared_total == 424000


def test_hidden_helper_columns_beside_an_rka_table_are_not_read(tmp_path: Path) -> None:
    # Two hidden factor columns whose product happens to equal the volume: read as cells, a
    # table told from its contents took them for its price and volume.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Sub Kegiatan : 2.16.02.2.01.0003 - Pengelolaan Aplikasi"])
    sheet.append(["No", "Uraian", "Rincian", None, None, "Jumlah (Rp)", "f1", "f2"])
    sheet.append([None, None, "Volume", "Satuan", "Harga Satuan", None, None, None])
    sheet.append([1, "Map plastik", 12, "Buah", 4500, 54000, 12, 1])
    sheet.append([2, "Lakban coklat", 6, "Roll", 14000, 84000, 3, 2])
    sheet.merge_cells("C2:E2")
    sheet.column_dimensions.group("G", "H", hidden=True)
    path = tmp_path / "rka_hidden.xlsx"
    book.save(path)
    assert load_tables(path)[0].rows[3][6:] == [None, None]
    lines = load_rka(path).sub_kegiatan[0].lines
    assert [(line.volume, line.harga_satuan, line.jumlah) for line in lines] == [
        (12, 4500, 54000),
        (6, 14000, 84000),
    ]
