from __future__ import annotations

import zipfile
from pathlib import Path
from types import SimpleNamespace

import openpyxl
from samarinda_common.xlsx_hidden import blank_columns, hidden_columns, hidden_columns_by_sheet


def test_a_hidden_run_of_columns_is_every_column_of_the_run() -> None:
    dimensions = [
        SimpleNamespace(min=1, max=1, hidden=False),
        SimpleNamespace(min=5, max=7, hidden=True),
        SimpleNamespace(min=9, max=None, hidden=True),
    ]
    assert hidden_columns(dimensions) == frozenset({4, 5, 6, 8})


def test_no_hidden_column_leaves_nothing_to_blank() -> None:
    assert hidden_columns([SimpleNamespace(min=2, max=3, hidden=False)]) == frozenset()


def test_hidden_cells_read_as_empty_and_the_others_keep_their_place() -> None:
    rows = [["No", "Uraian", "Harga", "f1"], [1, "Map plastik", 4500, 3]]
    assert blank_columns(rows, frozenset({3})) == [
        ["No", "Uraian", "Harga", None],
        [1, "Map plastik", 4500, None],
    ]


def test_a_workbooks_hidden_columns_are_read_per_sheet_from_its_xml(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Rincian & Rekap"
    first.column_dimensions["C"].hidden = True
    first["A1"] = "Uraian"
    second = book.create_sheet("Lain")
    second.column_dimensions.group("E", "F", hidden=True)
    book.create_sheet("Kosong")
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    assert hidden_columns_by_sheet(path) == {
        "Rincian & Rekap": frozenset({2}),
        "Lain": frozenset({4, 5}),
        "Kosong": frozenset(),
    }


def test_a_sheet_written_with_prefixed_elements_is_read_up_to_its_cells(tmp_path: Path) -> None:
    # Another writer's XML: prefixed elements, and a fault in the cells after <sheetData> begins.
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    path = tmp_path / "prefixed.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "xl/workbook.xml",
            f'<x:workbook xmlns:x="{main}" xmlns:r="{rels}"><x:sheets>'
            '<x:sheet name="Belanja" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="worksheet"/></Relationships>',
        )
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            f'<x:worksheet xmlns:x="{main}"><x:cols><x:col min="2" max="3" hidden="1"/></x:cols>'
            "<x:sheetData><x:row><broken</x:sheetData></x:worksheet>",
        )
    assert hidden_columns_by_sheet(path) == {"Belanja": frozenset({1, 2})}
