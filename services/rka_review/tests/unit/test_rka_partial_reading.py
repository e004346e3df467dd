"""Reading what we can of an RKA by an author we never met: one odd table or row is left out with
a typed warning (the rest is read), and a header whose words we do not know, or none at all, is
read from the body (Jumlah = Volume × Harga Satuan, the column of words, the running number, the
short unit words). Truly hostile input stays a typed refusal. All rows are invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import ExtractionMethod, Page, Table
from samarinda_common.intake import EmptyIntake, IntakeWarningKind
from samarinda_rka_review.adapters.tables import load_document
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.reviewer import review_rka, rka_fingerprint
from samarinda_rka_review.domain.rka_columns import lines_without_header, roles_from_lines
from samarinda_rka_review.domain.rka_parser import RkaTableParser, parse_rka_tables, read_rka_tables
from samarinda_rka_review.domain.text import known_unit
from samarinda_rka_review.offline import load_rka

# An author's own words over the columns: none of them a label we know.
ODD_HEADER = ["Urut", "Barang dibeli", "Berapa", "Takaran", "Nilai tiap takaran", "Nilai semua"]
BODY = [
    [1, "Gunting kertas besar", 4, "Buah", 12_500, 50_000],
    [2, "Papan nama meja akrilik", 6, "Buah", 45_000, 270_000],
    [3, "Air galon isi ulang", 20, "Galon", 7_000, 140_000],
    [4, "Sewa pengeras suara", 2, "Set", 600_000, 1_200_000],
]


def _table(rows: list[list[Any]], sheet: str = "Belanja") -> Table:
    return Table(sheet=sheet, index=0, rows=rows)


def _read(rows: list[list[Any]]) -> list[tuple[str, str, Any, str | None, int, int]]:
    rka = parse_rka_tables([_table(rows)], source="rka.xlsx")
    return [(ln.line_id, ln.uraian, ln.volume, ln.satuan, ln.harga_satuan, ln.jumlah) for ln in rka.lines()]


# --- columns read from the body --------------------------------------------------------------------


def test_roles_from_lines_finds_the_running_number_and_the_unit_column() -> None:
    rows = [ODD_HEADER, *BODY]
    columns = {"uraian": 1, "volume": 2, "harga_satuan": 4, "jumlah": 5}
    found = roles_from_lines(rows, 1, columns, known_unit)
    assert {name: col for name, (col, _) in found.items()} == {"no": 0, "satuan": 3}


def test_roles_from_lines_wants_a_known_unit_and_increasing_numbers() -> None:
    rows = [[9, "Gunting kertas", 4, "merah", 12_500, 50_000], [3, "Papan nama", 6, "biru", 45_000, 270_000]]
    columns = {"uraian": 1, "volume": 2, "harga_satuan": 4, "jumlah": 5}
    assert roles_from_lines(rows, 0, columns, known_unit) == {}


def test_roles_from_lines_reads_numbers_within_sections_and_skips_a_specification() -> None:
    rows = [
        ["2.8", "Gunting kertas", "besar", "4 Buah", 12_500, 50_000],
        ["2.9", "Air galon", "isi ulang", "20 Galon", 7_000, 140_000],
        ["2.10", "Tinta printer", "1 liter", "2 Botol", 90_000, 180_000],
        ["2.11", "Map plastik", "folio", "6 Buah", 4_000, 24_000],
    ]
    columns = {"uraian": 1, "koefisien": 3, "harga_satuan": 4, "jumlah": 5}
    # "1 liter" is a unit, but one among specifications is no Satuan column
    assert {name: col for name, (col, _) in roles_from_lines(rows, 0, columns, known_unit).items()} == {
        "no": 0
    }


def test_lines_without_header_reads_amounts_and_words_from_the_body() -> None:
    rows = [["Daftar kebutuhan bagian umum"], [], *BODY]
    fit = lines_without_header(rows, 0)
    assert fit is not None
    assert fit.first_line == 2
    assert {k: fit.columns[k] for k in ("uraian", "volume", "harga_satuan", "jumlah")} == {
        "uraian": 1,
        "volume": 2,
        "harga_satuan": 4,
        "jumlah": 5,
    }


def test_lines_without_header_finds_nothing_in_a_table_without_arithmetic() -> None:
    rows = [["Nama", "Jabatan", "Ruang"], ["Ani", "Staf", 12], ["Budi", "Kepala", 3]]
    assert lines_without_header(rows, 0) is None


def test_a_header_of_unknown_words_is_read_from_the_body_with_number_and_unit() -> None:
    assert _read([["Kebutuhan rapat koordinasi"], ODD_HEADER, *BODY]) == [
        ("1", "Gunting kertas besar", 4, "Buah", 12_500, 50_000),
        ("2", "Papan nama meja akrilik", 6, "Buah", 45_000, 270_000),
        ("3", "Air galon isi ulang", 20, "Galon", 7_000, 140_000),
        ("4", "Sewa pengeras suara", 2, "Set", 600_000, 1_200_000),
    ]


def test_a_table_without_any_header_row_is_read_and_says_so() -> None:
    rows = [["Sub Kegiatan : 3.04.01.2.02.0007 Penataan Taman Kota"], [], *BODY]
    parser = read_rka_tables([_table(rows)])
    rka = parser.result(opd=None, fiscal_year=None, rka_id=None)
    assert [ln.uraian for ln in rka.lines()] == [row[1] for row in BODY]
    assert rka.sub_kegiatan[0].kode == "3.04.01.2.02.0007"
    assert [w.kind for w in rka.intake_warnings] == [IntakeWarningKind.COLUMNS_FROM_CONTENTS]


def test_a_numbered_notes_table_under_body_read_lines_is_not_read_as_lines() -> None:
    notes = [
        ["Catatan"],
        ["1", "Harga dapat berubah setelah survei", 2, 2027],
        ["2", "Lihat lampiran", 3, 2027],
    ]
    assert len(_read([ODD_HEADER, *BODY, [], *notes])) == len(BODY)


def test_a_labelled_header_keeps_its_labels() -> None:
    # Recognised labels are not second-guessed: here the unit column is what the label says.
    rows = [["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"], *BODY]
    parser = read_rka_tables([_table(rows)])
    assert parser.report.tables[0].columns["satuan"] == "Satuan"
    assert parser.report.warnings == []


def test_an_unknown_label_over_a_sub_kegiatan_code_still_names_it() -> None:
    rows = [["Pekerjaan Pokok : 3.04.01.2.02.0007 Penataan Taman Kota"], [], ODD_HEADER, *BODY]
    rka = parse_rka_tables([_table(rows)])
    assert rka.sub_kegiatan[0].kode == "3.04.01.2.02.0007"


def test_an_unknown_label_over_a_short_code_is_not_a_fact() -> None:
    rows = [["Nomor Arsip : 12.03 Surat Masuk"], [], ODD_HEADER, *BODY]
    rka = parse_rka_tables([_table(rows)])
    assert rka.sub_kegiatan[0].kode is None or rka.sub_kegiatan[0].kode != "12.03"


# --- isolation: one odd table or row is left out, not the document -------------------------------


def test_an_overflowed_amount_costs_its_row_only() -> None:
    rows = [["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"], *BODY]
    rows.insert(3, ["II.", "Rekap hitungan", 1, "Paket", 1e40, 1e40])
    parser = read_rka_tables([_table(rows)])
    rka = parser.result(opd=None, fiscal_year=None, rka_id=None)
    assert len(rka.lines()) == len(BODY)
    assert [w.kind for w in rka.intake_warnings] == [IntakeWarningKind.ROW_NOT_READ]
    assert "unreadable row" in parser.report.tables[0].skipped[0].reason


def test_a_table_that_breaks_the_reader_is_left_out_and_the_others_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    feed = RkaTableParser.feed

    def breaks_on_recap(self: RkaTableParser, table: Table, page_text: str = "") -> None:
        if table.sheet == "Rekap":
            raise ValueError("a cell of a kind never seen")
        feed(self, table, page_text)

    monkeypatch.setattr(RkaTableParser, "feed", breaks_on_recap)
    header = ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"]
    tables = [_table([header, *BODY], "Rekap"), _table([header, *BODY], "Belanja")]
    rka = read_rka_tables(tables).result(opd=None, fiscal_year=None, rka_id=None)
    assert len(rka.lines()) == len(BODY)
    (warning,) = rka.intake_warnings
    assert warning.kind is IntakeWarningKind.TABLE_NOT_READ and "Rekap" in warning.where


def test_the_review_shows_what_was_not_read_and_the_id_ignores_it() -> None:
    rows = [["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"], *BODY]
    rows.insert(2, ["II.", "Rekap hitungan", 1, "Paket", 1e40, 1e40])
    partial = parse_rka_tables([_table(rows)])
    review = review_rka(partial, PriceMatcher([]))
    assert any(w.startswith("[ROW_NOT_READ]") for w in review.warnings)
    assert partial.intake_warnings
    assert rka_fingerprint(partial) == rka_fingerprint(partial.model_copy(update={"intake_warnings": []}))


def test_a_page_the_extraction_left_out_is_a_typed_warning_on_the_review() -> None:
    # A scan's second page cut by the extraction's OCR budget: its lines are missing, and the
    # review must say so rather than look like a complete, shorter RKA.
    header = ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"]
    table = Table(page=1, index=0, rows=[header, *BODY])
    pages = [
        Page(number=1, text="", method=ExtractionMethod.OCR),
        Page(number=2, text="", method=ExtractionMethod.OCR, extracted=False),
    ]
    rka = parse_rka_tables([table], pages=pages)
    assert len(rka.lines()) == len(BODY)
    (warning,) = rka.intake_warnings
    assert warning.kind is IntakeWarningKind.PAGE_NOT_EXTRACTED and warning.where == "page 2"
    review = review_rka(rka, PriceMatcher([]))
    assert any(w.startswith("[PAGE_NOT_EXTRACTED] page 2") for w in review.warnings)


# --- hostile input stays a typed refusal -----------------------------------------------------------


def test_a_workbook_without_any_table_is_still_refused(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Undangan rapat"])
    sheet.append(["Hari", "Tempat"])
    sheet.append(["Senin", "Aula"])
    workbook.save(tmp_path / "rka.xlsx")
    with pytest.raises(EmptyIntake):
        load_rka(tmp_path / "rka.xlsx")


def test_a_damaged_workbook_is_still_a_typed_refusal(tmp_path: Path) -> None:
    (tmp_path / "rka.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(InvalidInput):
        load_document(tmp_path / "rka.xlsx")


def test_an_encrypted_pdf_is_still_a_typed_refusal(tmp_path: Path) -> None:
    pytest.importorskip("samarinda_extraction")
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("rahasia")
    with (tmp_path / "rka.pdf").open("wb") as handle:
        writer.write(handle)
    with pytest.raises(InvalidInput):
        load_rka(tmp_path / "rka.pdf")
