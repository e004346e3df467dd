"""Formulas saved without their value (a workbook written by a program) read as their result."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from samarinda_rka_review.adapters.tables import load_tables
from samarinda_rka_review.adapters.xlsx_formulas import column_index, fill_formula_values
from samarinda_rka_review.offline import load_rka


def test_column_letters() -> None:
    assert [column_index(c) for c in ("A", "F", "Z", "AA", "AB")] == [0, 5, 25, 26, 27]


def test_products_sums_and_rounding_are_computed() -> None:
    values = [[2, 58500, None], [3, 4250, None], [None, None, None], [None, None, None]]
    formulas = [
        [2, 58500, "=A1*B1"],
        [3, 4250, "=$A$2*$B$2*1.11"],
        [None, None, "=SUM(C1:C2)"],
        [None, None, "=ROUND(C2/3, 0)"],
    ]
    filled = fill_formula_values(values, formulas)
    assert [row[2] for row in filled] == [117000, 14152.5, 131152.5, 4718]


def test_a_cached_value_wins_and_other_formulas_stay_empty() -> None:
    values = [[2, 5, 11], [None, None, None]]
    formulas = [[2, 5, "=A1*B1"], [None, None, "=VLOOKUP(A1,Harga!A:B,2,0)"]]
    filled = fill_formula_values(values, formulas)
    assert filled[0][2] == 11  # what Excel saved, not recomputed
    assert filled[1][2] is None


def test_a_cycle_is_left_empty() -> None:
    values = [[None, None]]
    formulas = [["=B1+1", "=A1+1"]]
    assert fill_formula_values(values, formulas) == [[None, None]]


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
