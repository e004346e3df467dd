"""Intake of born-digital PDF printouts, end to end through the extraction library: a SIPD RKA
whose tables lost the header block (it is page text above the ruled table), and a catalogue with a
two-row merged header. The PDFs are written here (pypdf: Helvetica text and ruling lines in the
content stream), so the extraction reads them as it reads a real printout. A cell holding
``MERGED`` continues the cell on its left (no ruling between them).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject
from samarinda_common.intake import EmptyIntake
from samarinda_rka_review.offline import inspect_file, load_catalogue, load_rka

MERGED = object()
Cell = str | object | None

_ROW_HEIGHT = 18
_LEFT = 40


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content(
    lines: Sequence[str], table: Sequence[Sequence[Cell]], widths: Sequence[int], ruled_columns: bool = True
) -> str:
    ops = [f"BT /F1 9 Tf {_LEFT} {800 - 14 * i} Td ({_escaped(line)}) Tj ET" for i, line in enumerate(lines)]
    top = 790 - 14 * len(lines)
    xs = [_LEFT]
    for width in widths:
        xs.append(xs[-1] + width)
    bottom = top - _ROW_HEIGHT * len(table)
    ops += [
        f"{_LEFT} {top - i * _ROW_HEIGHT} m {xs[-1]} {top - i * _ROW_HEIGHT} l S"
        for i in range(len(table) + 1)
    ]
    ops += [f"{x} {top} m {x} {bottom} l S" for x in (xs[0], xs[-1]) if ruled_columns]
    for i, row in enumerate(table):
        y = top - i * _ROW_HEIGHT
        for j, value in enumerate(row):
            if j and value is not MERGED and ruled_columns:
                ops.append(f"{xs[j]} {y} m {xs[j]} {y - _ROW_HEIGHT} l S")
            if isinstance(value, str) and value:
                ops.append(f"BT /F1 7 Tf {xs[j] + 2} {y - 12} Td ({_escaped(value)}) Tj ET")
    return "\n".join(ops)


def write_printout(
    path: Path,
    pages: Sequence[tuple[Sequence[str], Sequence[Sequence[Cell]], Sequence[int]]],
    ruled_columns: bool = True,
) -> Path:
    """One A4 page per ``(text lines, table rows, column widths)``; ``ruled_columns=False`` rules
    the rows only (the columns are told apart by their alignment)."""
    writer = PdfWriter()
    font = writer._add_object(  # pypdf has no public call for a shared object
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    for lines, table, widths in pages:
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        stream = DecodedStreamObject()
        stream.set_data(_content(lines, table, widths, ruled_columns).encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    writer.write(path)
    return path


RKA_HEADER = ["Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"]
RKA_WIDTHS = [95, 150, 60, 45, 70, 30, 80]
PAGE_1_TEXT = [
    "hal. 1",
    "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH",
    "Tahun Anggaran 2027",
    "Urusan Pemerintahan : 2.16 - URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA",
    "Program : 2.16.03 - PROGRAM PENGELOLAAN APLIKASI INFORMATIKA",
    "Kegiatan : 2.16.03.1.02 - Pengelolaan E-government",
    "Sub Kegiatan : 2.16.03.1.02.0005 - Pengembangan Jaringan Kota Cerdas",
    "Lokasi : Kota Contoh",
]


def _rka_pdf(path: Path, ruled_columns: bool = True) -> Path:
    page_1 = [
        RKA_HEADER,
        ["5.2.02.05.01.0001", "Belanja Modal Peralatan Komunikasi", "", "", "", "", "94.000.000"],
        ["", "[#] Perangkat jaringan", "", "", "", "", "94.000.000"],
        ["", "Switch 24 port managed", "12 Unit", "Unit", "6.500.000", "0", "78.000.000"],
        ["", "Access point outdoor", "8 Unit", "Unit", "2.000.000", "0", "16.000.000"],
    ]
    page_2 = [
        RKA_HEADER,
        ["", "Lisensi server", "1 Tahun", "Tahun", "1,2 jt", "0", "1.200.000"],
        ["", "Jumlah", "", "", "", "", "95.200.000"],
    ]
    return write_printout(
        path, [(PAGE_1_TEXT, page_1, RKA_WIDTHS), (["hal. 2"], page_2, RKA_WIDTHS)], ruled_columns
    )


@pytest.mark.parametrize("ruled_columns", [True, False])
def test_a_sipd_pdf_printout_keeps_its_header_block(tmp_path: Path, ruled_columns: bool) -> None:
    rka = load_rka(_rka_pdf(tmp_path / "rka.pdf", ruled_columns))
    [sub] = rka.sub_kegiatan
    assert (sub.kode, sub.nama, sub.named) == ("2.16.03.1.02.0005", "Pengembangan Jaringan Kota Cerdas", True)
    assert sub.kegiatan == "2.16.03.1.02 - Pengelolaan E-government"
    assert sub.lokasi == "Kota Contoh"
    assert rka.fiscal_year == 2027
    assert [(ln.uraian, ln.kode_rekening, ln.harga_satuan) for ln in sub.lines] == [
        ("Switch 24 port managed", "5.2.02.05.01.0001", 6_500_000),
        ("Access point outdoor", "5.2.02.05.01.0001", 2_000_000),
        ("Lisensi server", "5.2.02.05.01.0001", 1_200_000),
    ]
    assert sub.declared_total == 95_200_000


def test_inspect_a_pdf_printout(tmp_path: Path) -> None:
    report = inspect_file(_rka_pdf(tmp_path / "rka.pdf"))
    assert report.kind == "rka" and report.accepted == 3
    first = report.tables[0]
    assert first.where == "page 1 table 1"
    assert first.facts["program"] == "2.16.03 - PROGRAM PENGELOLAAN APLIKASI INFORMATIKA"
    assert [s.reason for s in first.skipped] == ["sub-group label"]


def _catalogue_pdf(path: Path, price: str) -> Path:
    table = [
        ["No", "Barang/Jasa", MERGED, "Harga", MERGED],
        ["", "Uraian", "Spesifikasi", "Satuan", "Harga Satuan"],
        ["1", "Kertas HVS", "A4 70 gram", "Rim", price],
    ]
    title = ["PEMERINTAH KOTA CONTOH", "STANDAR SATUAN HARGA", "TAHUN ANGGARAN 2027", "Bagian Umum"]
    return write_printout(path, [(title, table, [30, 150, 150, 60, 90])])


def test_a_pdf_catalogue_with_a_merged_header(tmp_path: Path) -> None:
    [reference] = load_catalogue([_catalogue_pdf(tmp_path / "ssh.pdf", "Rp 52.000")])
    assert (reference.uraian, reference.spesifikasi, reference.satuan, reference.harga) == (
        "Kertas HVS",
        "A4 70 gram",
        "Rim",
        52_000,
    )
    assert (reference.page, reference.tahun) == (1, 2027)


def test_a_pdf_catalogue_without_prices_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EmptyIntake, match=r"page 1 table 1 .*row 3 no price under 'Harga Satuan'"):
        load_catalogue([_catalogue_pdf(tmp_path / "ssh.pdf", "-")])


def test_a_pdf_catalogue_ruled_by_rows_only(tmp_path: Path) -> None:
    table = [
        ["No", "Kode", "Uraian", "Satuan", "Harga"],
        ["1", "9.9.01", "Kertas HVS A4 70 gram", "Rim", "52.000"],
        ["2", "9.9.02", "Map plastik folio", "Buah", "4.500"],
        ["3", "9.9.03", "Honorarium narasumber", "OJ", "900.000"],
    ]
    widths = [30, 60, 200, 60, 90]
    path = write_printout(tmp_path / "sbu.pdf", [(["STANDAR BIAYA 2027"], table, widths)], False)
    assert [(r.uraian, r.satuan, r.harga) for r in load_catalogue([path])] == [
        ("Kertas HVS A4 70 gram", "Rim", 52_000),
        ("Map plastik folio", "Buah", 4_500),
        ("Honorarium narasumber", "OJ", 900_000),
    ]
