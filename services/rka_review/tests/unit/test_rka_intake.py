"""RKA intake beyond the sheet the parser was first written for: a SIPD printout whose tables lost
the header block (the facts are in the page text or in a small table of their own), lines without
a No column under account grouping rows, merged two-row headers, and the typed error for an RKA
without lines. Fixtures are written here from the SIPD printout's shape, not from an evaluation set.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from samarinda_common.extracted import ExtractionMethod, Page, Table
from samarinda_common.intake import EmptyIntake
from samarinda_common.rka import FindingType
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.reviewer import review_rka
from samarinda_rka_review.domain.rka_parser import parse_rka_tables, read_rka_tables, text_fact_rows
from samarinda_rka_review.offline import (
    inspect_file,
    load_catalogue,
    load_rka,
    read_catalogues,
    with_refused_catalogues,
)

PAGE_1_TEXT = """RENCANA KERJA DAN ANGGARAN
SATUAN KERJA PERANGKAT DAERAH
Tahun Anggaran 2027
Urusan Pemerintahan : 2.16 - URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA
Organisasi : 2.16.0.00.0.00.01.0000 - Dinas Komunikasi dan Informatika
Program : 2.16.03 - PROGRAM PENGELOLAAN APLIKASI INFORMATIKA
Kegiatan : 2.16.03.1.02 - Pengelolaan E-government
Sub Kegiatan : 2.16.03.1.02.0005 - Pengembangan Jaringan Kota Cerdas
Lokasi : Kota Contoh
Indikator Tolok Ukur Kinerja Target Kinerja
Keluaran Jumlah titik jaringan yang dibangun 12 Titik
Kode Rekening Uraian Koefisien Satuan Harga PPN Jumlah
"""

SIPD_HEADER = ["Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"]


def _page_1_rows() -> list[list[object]]:
    return [
        ["hal. 1", None, None, None, None, None, None],
        SIPD_HEADER,
        ["5.2.02.05.01.0001", "Belanja Modal Peralatan Komunikasi", None, None, None, None, "96.000.000"],
        [None, "[#] Perangkat jaringan", None, None, None, None, "96.000.000"],
        [None, "[-] Pengadaan untuk 12 titik", None, None, None, None, "96.000.000"],
        [None, "Switch 24 port managed", "12 Unit", "Unit", "6.500.000", "11%", "86.580.000"],
        [None, "Access point outdoor", "4 Unit", "Unit", "2.000.000", "0", "8.000.000"],
    ]


def _page_2_rows() -> list[list[object]]:
    return [
        ["hal. 2", None, None, None, None, None, None],
        SIPD_HEADER,
        [
            "5.1.02.01.01.0024",
            "Belanja Alat/Bahan untuk Kegiatan Kantor",
            None,
            None,
            None,
            None,
            "1.100.000",
        ],
        [None, "Kabel UTP cat 6", "2 Roll", "Roll", "550.000", "0", "1.100.000"],
        [None, "Jumlah", None, None, None, None, "97.100.000"],
    ]


def _sipd_printout() -> tuple[list[Table], list[Page]]:
    tables = [
        Table(page=1, index=0, rows=_page_1_rows()),  # type: ignore[arg-type]
        Table(page=2, index=0, rows=_page_2_rows()),  # type: ignore[arg-type]
    ]
    pages = [
        Page(number=1, text=PAGE_1_TEXT, method=ExtractionMethod.TEXT),
        Page(number=2, text="hal. 2\nKode Rekening Uraian ...", method=ExtractionMethod.TEXT),
    ]
    return tables, pages


def test_a_sipd_printout_reads_its_header_block_from_the_page_text() -> None:
    tables, pages = _sipd_printout()
    rka = parse_rka_tables(tables, source="rka.pdf", pages=pages)
    [sub] = rka.sub_kegiatan
    assert (sub.kode, sub.nama) == ("2.16.03.1.02.0005", "Pengembangan Jaringan Kota Cerdas")
    assert sub.program == "2.16.03 - PROGRAM PENGELOLAAN APLIKASI INFORMATIKA"
    assert sub.kegiatan == "2.16.03.1.02 - Pengelolaan E-government"
    assert sub.urusan == "2.16 - URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA"
    assert sub.lokasi == "Kota Contoh"
    assert (sub.indikator, sub.target) == ("Jumlah titik jaringan yang dibangun", "12 Titik")
    assert rka.opd == "2.16.0.00.0.00.01.0000"
    assert rka.fiscal_year == 2027


def test_sipd_lines_without_a_no_column_keep_their_accounts() -> None:
    tables, pages = _sipd_printout()
    [sub] = parse_rka_tables(tables, pages=pages).sub_kegiatan
    lines = [(ln.line_id, ln.uraian, ln.kode_rekening, ln.volume, ln.harga_satuan) for ln in sub.lines]
    assert lines == [
        ("1", "Switch 24 port managed", "5.2.02.05.01.0001", 12, 6_500_000),
        ("2", "Access point outdoor", "5.2.02.05.01.0001", 4, 2_000_000),
        ("3", "Kabel UTP cat 6", "5.1.02.01.01.0024", 2, 550_000),
    ]
    assert sub.declared_total == 97_100_000
    assert [g.kode_rekening for g in sub.groups] == ["5.2.02.05.01.0001", "5.1.02.01.01.0024"]


def test_without_the_page_text_the_sub_kegiatan_falls_back_to_the_page() -> None:
    # The failure the page text fixes: the table alone names no sub-kegiatan.
    tables, _pages = _sipd_printout()
    [sub] = parse_rka_tables(tables).sub_kegiatan
    assert (sub.kode, sub.nama) == (None, "hal. 1")


def test_the_report_records_sub_group_rows_as_skipped() -> None:
    tables, pages = _sipd_printout()
    report = read_rka_tables(tables, pages=pages).report
    first, second = report.tables
    assert first.header_row == 1
    assert first.columns["harga_satuan"] == "Harga"
    assert first.facts["sub_kegiatan"] == "2.16.03.1.02.0005 - Pengembangan Jaringan Kota Cerdas"
    assert [(s.row, s.reason) for s in first.skipped] == [(3, "sub-group label"), (4, "sub-group label")]
    assert (first.accepted, second.accepted) == (2, 1)


def test_an_indicator_block_printed_as_its_own_table_is_read() -> None:
    block = Table(
        page=1,
        index=0,
        rows=[
            ["Sub Kegiatan", ":", "1.01.02.1.01.0003 - Penyusunan Dokumen Perencanaan"],
            ["Indikator", "Tolok Ukur Kinerja", "Target Kinerja"],
            ["Keluaran", "Jumlah dokumen perencanaan", "2 Dokumen"],
        ],
    )
    body = Table(
        page=1,
        index=1,
        rows=[
            ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
            [1, "Jasa narasumber", 4, "OJ", "900.000", "3.600.000"],
        ],
    )
    [sub] = parse_rka_tables([block, body]).sub_kegiatan
    assert (sub.kode, sub.nama) == ("1.01.02.1.01.0003", "Penyusunan Dokumen Perencanaan")
    assert (sub.indikator, sub.target) == ("Jumlah dokumen perencanaan", "2 Dokumen")
    assert [ln.uraian for ln in sub.lines] == ["Jasa narasumber"]


def test_a_merged_rincian_perhitungan_header() -> None:
    rows = [
        ["Sub Kegiatan : 3.01.01.1.01.0001 - Koordinasi"],
        ["No", "Uraian", "Rincian Perhitungan", None, None, "Jumlah"],
        [None, None, "Koefisien", "Satuan", "Harga", None],
        ["1", "Makan rapat", "20 Orang x 2 Kali", "Kotak", "Rp 45.000", "1.800.000"],
    ]
    [sub] = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)]).sub_kegiatan  # type: ignore[arg-type]
    [line] = sub.lines
    assert (line.volume, line.satuan, line.harga_satuan, line.jumlah) == (40, "Kotak", 45_000, 1_800_000)


def test_text_facts_take_only_known_labels() -> None:
    text = "Program : 1.01 - Pendidikan\nProgram pelatihan guru 3 Kali\nCatatan : lihat lampiran\n"
    assert text_fact_rows(text) == [["Program", "1.01 - Pendidikan"]]


def test_an_rka_without_lines_is_a_typed_error_naming_its_rows() -> None:
    rows = [
        ["Sub Kegiatan : 1.01 - Rapat"],
        ["Kode Rekening", "Uraian", "Satuan", "Harga", "Jumlah"],
        ["5.1.02", "Belanja Barang", None, None, "0"],
        [None, "Snack rapat", "Kotak", "belum", "0"],
    ]
    with pytest.raises(EmptyIntake) as raised:
        parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], source="rka.xlsx")  # type: ignore[arg-type]
    assert raised.value.reason == "EMPTY_INTAKE"
    assert "rka rka.xlsx yielded no budget lines" in raised.value.message
    assert "row 4 no unit price (Snack rapat | Kotak | belum | 0)" in raised.value.message


def test_an_rka_table_without_a_header_says_what_is_needed() -> None:
    with pytest.raises(EmptyIntake, match="no RKA column header \\(needs uraian, harga_satuan, jumlah\\)"):
        parse_rka_tables([Table(sheet="Lain", index=0, rows=[["Nama", "Alamat"], ["A", "B"]])])


# --- files, as a user hands them over ------------------------------------------------------------


def _merged_catalogue(path: Path, *, priced: bool = True) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for title in ("PEMERINTAH KOTA CONTOH", "STANDAR SATUAN HARGA", "TAHUN 2027", "Bagian Umum"):
        sheet.append([title])
    sheet.append(["No", "Barang/Jasa", None, "Harga", None])
    sheet.append([None, "Uraian", "Spesifikasi", "Satuan", "Harga Satuan"])
    sheet.merge_cells("B5:C5")
    sheet.merge_cells("D5:E5")
    sheet.merge_cells("A5:A6")
    sheet.append([1, "Kertas HVS", "A4 70 gram", "Rim", "Rp 52.000" if priced else "-"])
    sheet.append([2, "Tinta printer", "Botol 70 ml", "Botol", "1,2 jt" if priced else "-"])
    workbook.save(path)
    return path


def test_a_merged_header_workbook_loads_its_items(tmp_path: Path) -> None:
    references = load_catalogue([_merged_catalogue(tmp_path / "ssh.xlsx")])
    assert [(r.uraian, r.spesifikasi, r.satuan, r.harga, r.tahun) for r in references] == [
        ("Kertas HVS", "A4 70 gram", "Rim", 52_000, 2027),
        ("Tinta printer", "Botol 70 ml", "Botol", 1_200_000, 2027),
    ]


def test_an_unpriced_workbook_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EmptyIntake, match=r"catalogue ssh\.xlsx yielded no price items"):
        load_catalogue([_merged_catalogue(tmp_path / "ssh.xlsx", priced=False)])


def test_an_unpriced_catalogue_among_others_is_left_out_and_named(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    priced = _merged_catalogue(tmp_path / "a" / "ssh.xlsx")
    unpriced = _merged_catalogue(tmp_path / "b" / "sbu.xlsx", priced=False)
    catalogues = read_catalogues([unpriced, priced])
    assert [r.uraian for r in catalogues.references] == ["Kertas HVS", "Tinta printer"]
    [refused] = catalogues.refused
    assert "sbu.xlsx yielded no price items" in refused
    tables, pages = _sipd_printout()
    rka = parse_rka_tables(tables, source="rka.pdf", pages=pages)
    review = with_refused_catalogues(review_rka(rka, PriceMatcher(catalogues.references)), catalogues.refused)
    assert review.warnings[-1] == refused


def test_inspect_reads_a_catalogue_when_it_is_no_rka(tmp_path: Path) -> None:
    report = inspect_file(_merged_catalogue(tmp_path / "ssh.xlsx"))
    assert report.kind == "catalogue"
    assert report.accepted == 2
    assert report.tables[0].columns["spesifikasi"] == "Spesifikasi"


def test_an_rka_workbook_without_lines_is_refused(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Daftar hadir"])
    sheet.append(["Nama", "Jabatan"])
    workbook.save(tmp_path / "rka.xlsx")
    with pytest.raises(EmptyIntake, match=r"rka rka\.xlsx yielded no budget lines"):
        load_rka(tmp_path / "rka.xlsx")


def test_a_sub_kegiatan_known_only_by_its_page_is_not_judged_for_fit() -> None:
    # The header block is lost (no page text): fit to "hal. 1" would be a false OFF_TARGET.
    tables, _pages = _sipd_printout()
    rka = parse_rka_tables(tables[:1])
    [sub] = rka.sub_kegiatan
    assert not sub.named
    review = review_rka(rka, PriceMatcher([]))
    assert [f.type for f in review.findings if f.type is FindingType.OFF_TARGET] == []
    assert any("Nama sub kegiatan di hal. 1 tidak terbaca" in w for w in review.warnings)
    # The same lines under a named sub-kegiatan are judged (the guard above is what spares them).
    judged = rka.model_copy(update={"sub_kegiatan": [sub.model_copy(update={"named": True})]})
    assert FindingType.OFF_TARGET in [f.type for f in review_rka(judged, PriceMatcher([])).findings]


def test_column_numbering_rows_are_not_lines() -> None:
    rows = [
        ["Sub Kegiatan : 1.01 - Rapat"],
        ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
        [1, 2, 3, 4, 5, 6],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        [1, "Kertas HVS", 2, "Rim", "50.000", "100.000"],
    ]
    parser = read_rka_tables([Table(sheet="RKA", index=0, rows=rows)])  # type: ignore[list-item]
    [sub] = parser.result(opd="X", fiscal_year=None, rka_id=None).sub_kegiatan
    assert [line.uraian for line in sub.lines] == ["Kertas HVS"]
    assert [s.reason for s in parser.report.tables[0].skipped] == ["column numbering row"] * 2


def test_a_page_whose_text_names_another_sub_kegiatan_opens_it() -> None:
    tables, pages = _sipd_printout()
    third_text = PAGE_1_TEXT.replace("0005 - Pengembangan Jaringan Kota Cerdas", "0006 - Layanan Pusat Data")
    third = Table(page=3, index=0, rows=_page_1_rows())  # type: ignore[arg-type]
    rka = parse_rka_tables(
        [*tables, third],
        pages=[*pages, Page(number=3, text=third_text, method=ExtractionMethod.TEXT)],
    )
    assert [(s.kode, len(s.lines)) for s in rka.sub_kegiatan] == [
        ("2.16.03.1.02.0005", 3),
        ("2.16.03.1.02.0006", 2),
    ]
