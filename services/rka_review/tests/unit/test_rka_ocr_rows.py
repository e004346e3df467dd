"""An RKA read from a scan: the OCR loses the header block's colons and reads a lone line number
as a stray glyph; the rows still become the RKA's lines and facts."""

from __future__ import annotations

from pathlib import Path

import pytest
from samarinda_common.extracted import ExtractionMethod, Page, Table
from samarinda_common.intake import EmptyIntake
from samarinda_rka_review.adapters import tables as table_adapter
from samarinda_rka_review.domain.rka_parser import parse_rka_tables, read_rka_tables, text_fact_rows

PAGE_TEXT = """RENCANA KERJA DAN ANGGARAN
Urusan 2.11 - URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP
Organisasi 2.11.0.00.0.00.01.0000 - Dinas Lingkungan Hidup
Sub Kegiatan 2.11.05.1.02.0001 - Penyuluhan Pengurangan Sampah Rumah Tangga
Program pelatihan 2 - kader
Keluaran Jumlah Warga yang Mengikuti Penyuluhan 300 Orang"""

HEADER = ["No", "Uraian", "Spesifikasi", "Koefisien", "Satuan", "Harga Satuan", "Jumlah"]


def test_facts_whose_colon_the_ocr_lost_are_read_by_their_code() -> None:
    facts = {row[0]: row[1:] for row in text_fact_rows(PAGE_TEXT)}
    assert facts["Sub Kegiatan"] == ["2.11.05.1.02.0001 - Penyuluhan Pengurangan Sampah Rumah Tangga"]
    assert facts["Organisasi"] == ["2.11.0.00.0.00.01.0000 - Dinas Lingkungan Hidup"]
    assert facts["Keluaran"] == ["Jumlah Warga yang Mengikuti Penyuluhan", "300 Orang"]
    assert "Program pelatihan" not in facts  # not exactly a fact's label


def test_a_line_number_read_as_a_stray_glyph_keeps_its_line() -> None:
    rows = [
        HEADER,
        ["1", "Nasi Kotak", "Nasi, lauk", "75 Orang x 4 Kali", "Kotak", "45.000", "13.500.000"],
        ["N", "Air Mineral Galon", "19 liter", "20 Galon", "Galon", "22.000", "440.000"],
        ["$", "Sewa Tenda", "4 x 6 m", "4 Unit x 4 Hari", "Unit", "750.000", "12.000.000"],
        ["no", "Uraian", "Spesifikasi", None, "Satuan", "Harga Satuan", "Jumlah"],  # a repeated header
    ]
    parser = read_rka_tables([Table(page=1, index=0, rows=rows)], pages=[])
    rka = parser.result(opd=None, fiscal_year=None, rka_id=None)
    lines = rka.sub_kegiatan[0].lines
    assert [(line.line_id, line.uraian, line.jumlah) for line in lines] == [
        ("1", "Nasi Kotak", 13_500_000),
        ("2", "Air Mineral Galon", 440_000),
        ("3", "Sewa Tenda", 12_000_000),
    ]
    assert [s.reason for t in parser.report.tables for s in t.skipped] == ["repeated header"]


def test_the_page_text_names_the_sub_kegiatan_of_a_scanned_table() -> None:
    rows = [HEADER, ["1", "Nasi Kotak", "Nasi, lauk", "10 Kotak", "Kotak", "45.000", "450.000"]]
    page = Page(number=1, text=PAGE_TEXT, method=ExtractionMethod.OCR)
    rka = parse_rka_tables([Table(page=1, index=0, rows=rows)], pages=[page])
    sub = rka.sub_kegiatan[0]
    assert (sub.kode, sub.nama) == ("2.11.05.1.02.0001", "Penyuluhan Pengurangan Sampah Rumah Tangga")
    assert sub.indikator == "Jumlah Warga yang Mengikuti Penyuluhan"


def test_a_scan_without_any_table_is_an_empty_intake_saying_what_was_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from samarinda_common.extracted import ExtractedDocument

    page = Page(number=1, text="NOTA DINAS\nNomor 12/2027", method=ExtractionMethod.OCR, confidence=71.0)
    document = ExtractedDocument(filename="foto.jpg", detected_type="image/jpeg", pages=[page])

    class Extraction:
        @staticmethod
        def extract_file(path: Path, *, ocr_time_scale: float = 1.0) -> ExtractedDocument:
            return document

    monkeypatch.setattr(table_adapter.importlib, "import_module", lambda name: Extraction)
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff")
    with pytest.raises(EmptyIntake) as error:
        table_adapter.load_document(photo)
    assert "page 1 (0 rows): no table found (2 text lines read by ocr, confidence 71)" in str(error.value)
    assert "'NOTA DINAS'" in str(error.value)


def test_a_unit_cell_read_as_a_stray_glyph_is_taken_from_the_koefisien() -> None:
    rows = [
        HEADER,
        ["1", "Honorarium pemateri", None, "2 Org x 3 Jam", "V", "900.000", "5.400.000"],
        ["2", "Air Mineral Galon", "19 liter", "20 Galon", "Galon", "22.000", "440.000"],
    ]
    scanned = Page(number=1, text="", method=ExtractionMethod.OCR)
    rka = parse_rka_tables([Table(page=1, index=0, rows=rows)], pages=[scanned])
    assert [line.satuan for line in rka.sub_kegiatan[0].lines] == ["Org x Jam", "Galon"]
    # a typed sheet keeps the unit as its author wrote it
    typed = parse_rka_tables([Table(page=1, index=0, rows=rows)], pages=[])
    assert typed.sub_kegiatan[0].lines[0].satuan == "V"
