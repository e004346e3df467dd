"""The header block written in one banner cell (or one cell a line) reads as the separate-cell
header does: labelled pairs, labelled lines, or a SIPD code followed by its name. Invented sheets."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from samarinda_rka_review.domain.rka_parser import coded_fact, fact_pieces
from samarinda_rka_review.offline import load_rka

_COLUMNS = ["No", "Kode Rekening", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"]
_ACCOUNT = ["", "5.1.02.07.03.0417", "Belanja Bahan Pakan Budidaya", "", "", "", ""]
_LINES = [
    [1, "", "Pakan ikan pelet apung", 60, "Sak", 385000, 23100000],
    [2, "", "Benih ikan nila", 2000, "Ekor", 450, 900000],
]


def _sheet(tmp_path: Path, banner_rows: list[list[object]], *, after_header: bool = False) -> Path:
    """A sheet titled like its genre (``Belanja Budidaya``), a title row, the banner rows above the
    column header (or right under it), then one account and its lines."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Belanja Budidaya"
    sheet.append(["BELANJA BUDIDAYA DINAS PERIKANAN TAHUN 2031"])
    body = [_COLUMNS, *banner_rows] if after_header else [*banner_rows, _COLUMNS]
    for row in [*body, _ACCOUNT, *_LINES]:
        sheet.append(row)
    path = tmp_path / "rincian.xlsx"
    workbook.save(path)
    return path


def _only_sub(path: Path):  # type: ignore[no-untyped-def]
    subs = load_rka(path).sub_kegiatan
    assert len(subs) == 1
    return subs[0]


@pytest.mark.parametrize("after_header", [False, True])
def test_labelled_pairs_in_one_banner_cell(tmp_path: Path, after_header: bool) -> None:
    banner = (
        "Sub Kegiatan 3.25.03.2.01.0007 — Penyuluhan Budidaya Ikan Air Tawar | "
        "Keluaran: Jumlah Pembudidaya yang Mendapat Penyuluhan | Lokasi: Tiga Kecamatan Pesisir"
    )
    sub = _only_sub(_sheet(tmp_path, [[banner]], after_header=after_header))
    assert (sub.kode, sub.nama) == ("3.25.03.2.01.0007", "Penyuluhan Budidaya Ikan Air Tawar")
    assert sub.indikator == "Jumlah Pembudidaya yang Mendapat Penyuluhan"
    assert sub.lokasi == "Tiga Kecamatan Pesisir"
    assert [line.account_name for line in sub.lines] == ["Belanja Bahan Pakan Budidaya"] * 2


def test_labelled_lines_in_one_cell_with_a_title_line(tmp_path: Path) -> None:
    banner = (
        "BELANJA BUDIDAYA DINAS PERIKANAN\n"
        "Program : 3.25.03 - Program Pengelolaan Perikanan Budidaya\n"
        "Sub Kegiatan : 3.25.03.2.01.0007 - Penyuluhan Budidaya Ikan Air Tawar\n"
        "Indikator Keluaran : Jumlah Pembudidaya yang Mendapat Penyuluhan\n"
        "Lokasi : Tiga Kecamatan Pesisir"
    )
    sub = _only_sub(_sheet(tmp_path, [[banner]]))
    assert sub.nama == "Penyuluhan Budidaya Ikan Air Tawar"
    assert sub.program == "3.25.03 - Program Pengelolaan Perikanan Budidaya"
    assert sub.indikator == "Jumlah Pembudidaya yang Mendapat Penyuluhan"
    assert sub.lokasi == "Tiga Kecamatan Pesisir"


def test_labelled_pairs_run_together_on_one_line(tmp_path: Path) -> None:
    banner = (
        "Sub Kegiatan: 3.25.03.2.01.0007 - Penyuluhan Budidaya Ikan Air Tawar "
        "Indikator Keluaran: Jumlah Pembudidaya yang Mendapat Penyuluhan Lokasi: Tiga Kecamatan Pesisir"
    )
    sub = _only_sub(_sheet(tmp_path, [[banner]], after_header=True))
    assert sub.nama == "Penyuluhan Budidaya Ikan Air Tawar"
    assert sub.indikator == "Jumlah Pembudidaya yang Mendapat Penyuluhan"
    assert sub.lokasi == "Tiga Kecamatan Pesisir"


@pytest.mark.parametrize("after_header", [False, True])
def test_a_code_followed_by_its_name_needs_no_label(tmp_path: Path, after_header: bool) -> None:
    rows: list[list[object]] = [
        ["3.25.03 PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA"],
        ["3.25.03.2.01.0007 Penyuluhan Budidaya Ikan Air Tawar"],
    ]
    sub = _only_sub(_sheet(tmp_path, rows, after_header=after_header))
    assert (sub.kode, sub.nama) == ("3.25.03.2.01.0007", "Penyuluhan Budidaya Ikan Air Tawar")
    assert sub.program == "3.25.03 PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA"


def test_a_code_alone_in_its_cell_takes_the_name_beside_it(tmp_path: Path) -> None:
    sub = _only_sub(_sheet(tmp_path, [["3.25.03.2.01.0007", "Penyuluhan Budidaya Ikan Air Tawar"]]))
    assert (sub.kode, sub.nama) == ("3.25.03.2.01.0007", "Penyuluhan Budidaya Ikan Air Tawar")


def test_the_sheet_title_names_the_sub_kegiatan_only_when_nothing_else_does(tmp_path: Path) -> None:
    sub = _only_sub(_sheet(tmp_path, [["Sebelum dipakai baca petunjuk"]]))
    assert sub.nama == "Belanja Budidaya"


def test_coded_banners_after_the_header_open_one_sub_kegiatan_each(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Belanja Budidaya"
    for row in [
        _COLUMNS,
        ["3.25.03.2.01.0007 - Penyuluhan Budidaya Ikan Air Tawar\nLokasi: Tiga Kecamatan Pesisir"],
        _ACCOUNT,
        *_LINES,
        ["3.25.03.2.01.0009 - Pendampingan Kelompok Pengolah Hasil Perikanan"],
        _ACCOUNT,
        [3, "", "Pakan benih nila", 12, "Sak", 410000, 4920000],
    ]:
        sheet.append(row)
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    subs = load_rka(path).sub_kegiatan
    assert [(s.kode, len(s.lines)) for s in subs] == [("3.25.03.2.01.0007", 2), ("3.25.03.2.01.0009", 1)]
    assert subs[0].lokasi == "Tiga Kecamatan Pesisir"
    assert subs[1].nama == "Pendampingan Kelompok Pengolah Hasil Perikanan"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("3.25.03 Program Pengelolaan Perikanan Budidaya", "program"),
        ("3.25.03.2.01 Pengelolaan Penangkapan Ikan", "kegiatan"),
        ("3.25.03.2.01.0007 - Penyuluhan Budidaya Ikan", "sub_kegiatan"),
        ("3.25.03.2.01.0007 — Penyuluhan Budidaya Ikan", "sub_kegiatan"),
        ("5.1.02.07.03.0417 Belanja Bahan Pakan Budidaya", None),  # an account, not a header
        ("3.25.03.2.01.0007", None),  # no name
        ("Penyuluhan Budidaya Ikan", None),
    ],
)
def test_a_code_names_its_level_by_its_shape(text: str, level: str | None) -> None:
    assert coded_fact(text) == level


def test_a_banner_cell_is_cut_at_each_known_label() -> None:
    assert fact_pieces("Kop Lembar\nSub Kegiatan: 9.99 - Contoh Target: 7 Kelompok | Lokasi: Di sini") == [
        "Kop Lembar",
        "Sub Kegiatan: 9.99 - Contoh",
        "Target: 7 Kelompok",
        "Lokasi: Di sini",
    ]


def test_a_kegiatan_stated_once_goes_to_the_sub_kegiatan_its_code_extends(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in [
        ["3.25.03.2.01 Pengelolaan Pembudidayaan Ikan"],
        _COLUMNS,
        ["3.25.03.2.01.0007 - Penyuluhan Budidaya Ikan Air Tawar"],
        _ACCOUNT,
        *_LINES,
        ["3.25.03.2.01.0009 - Pendampingan Kelompok Pengolah Hasil Perikanan"],
        _ACCOUNT,
        [3, "", "Pakan benih nila", 12, "Sak", 410000, 4920000],
        ["3.25.04.2.02.0003 - Pengawasan Mutu Hasil Perikanan"],  # under another kegiatan
        _ACCOUNT,
        [4, "", "Pakan benih nila", 12, "Sak", 410000, 4920000],
    ]:
        sheet.append(row)
    path = tmp_path / "kegiatan.xlsx"
    workbook.save(path)
    subs = load_rka(path).sub_kegiatan
    assert [s.kegiatan for s in subs] == [
        "3.25.03.2.01 Pengelolaan Pembudidayaan Ikan",
        "3.25.03.2.01 Pengelolaan Pembudidayaan Ikan",
        None,
    ]
