"""A scan's account row banded into the line above it: the line keeps its own uraian and amount,
the account heads the lines below. Rows invented here."""

from __future__ import annotations

from samarinda_common.extracted import ExtractionMethod, Page, Table
from samarinda_rka_review.domain.rka_parser import parse_rka_tables
from samarinda_rka_review.domain.run_in_rows import RunInAccount, run_in_account, split_run_in_amounts

HEADER = ["No", "Uraian", "Koefisien", "Satuan", "Harga Satuan", "Jumlah"]
FACTS = ["Sub Kegiatan : 3.27.03.2.01.0002 - Penyuluhan Petani Hortikultura", None, None, None, None, None]


def test_an_uraian_ending_in_an_account_row_splits_off_the_account() -> None:
    assert run_in_account("Cangkul Baja 5.1.02.01.01.0031 Belanja Alat Pertanian") == RunInAccount(
        "Cangkul Baja", "5.1.02.01.01.0031", "Belanja Alat Pertanian"
    )
    assert run_in_account("Cangkul Baja gagang 120 cm") is None


def test_two_amounts_in_one_cell_are_the_lines_and_the_accounts() -> None:
    assert split_run_in_amounts("255.000 1.023.000", 255_000) == (255_000, 1_023_000)
    # run together: cut where the first part is the line's volume × price
    assert split_run_in_amounts("255.000.1.023.000", 255_000) == (255_000, 1_023_000)
    assert split_run_in_amounts("255.000", 255_000) is None


def _lines(method: ExtractionMethod) -> list[tuple[str, str | None, int]]:
    rows = [
        FACTS,
        HEADER,
        [
            "1",
            "Cangkul Baja 5.1.02.01.01.0052 Belanja Makanan dan Minuman",
            "3 Buah",
            "Buah",
            "85.000",
            "255.000 450.000",
        ],
        ["2", "Nasi Kotak Penyuluhan", "30 Kotak", "Kotak", "15.000", "450.000"],
    ]
    page = Page(number=1, text="", method=method)
    rka = parse_rka_tables([Table(page=1, index=0, rows=rows)], source="scan.jpg", pages=[page])
    return [(line.uraian, line.kode_rekening, line.jumlah) for sub in rka.sub_kegiatan for line in sub.lines]


def test_a_scanned_line_with_the_next_account_run_into_it_keeps_its_own_cells() -> None:
    assert _lines(ExtractionMethod.OCR) == [
        ("Cangkul Baja", None, 255_000),
        ("Nasi Kotak Penyuluhan", "5.1.02.01.01.0052", 450_000),
    ]


def test_a_typed_uraian_that_quotes_an_account_is_left_as_written() -> None:
    assert _lines(ExtractionMethod.TEXT)[1][1] is None
