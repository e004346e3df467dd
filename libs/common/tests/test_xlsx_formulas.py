"""Formulas saved without their value (a workbook written by a program) read as their result."""

from __future__ import annotations

import io
import zipfile

from samarinda_common.xlsx_formulas import column_index, fill_formula_values, has_formulas


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


def test_only_a_workbook_storing_a_formula_has_formulas() -> None:
    def saved(last_cell: str) -> io.BytesIO:
        # The parts a reader looks at; an .xlsx is a zip of XML (no spreadsheet library in common).
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("xl/workbook.xml", "<workbook><f>not a sheet</f></workbook>")
            archive.writestr(
                "xl/worksheets/sheet1.xml",
                '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Kursi lipat</t></is></c>'
                f'<c r="B1"><v>12</v></c><c r="C1"><v>350000</v></c>{last_cell}'
                "</row></sheetData></worksheet>",
            )
        return buffer

    assert has_formulas(saved('<c r="D1"><f>B1*C1</f></c>'))
    assert has_formulas(saved('<x:c r="D1"><x:f>B1*C1</x:f></x:c>'))
    assert not has_formulas(saved('<c r="D1"><v>4200000</v></c>'))
