"""Intake of a sheet that writes the koefisien over several cells under one merged label and
its account rows with the code in brackets; totals read with the PPN rates of the RKA's year."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.extracted import Table
from samarinda_common.rka import RkaLine
from samarinda_rka_review.domain.arithmetic import check_arithmetic, for_fiscal_year
from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.rka_parser import parse_rka_tables, split_koefisien

ROWS: list[list[object]] = [
    ["Sub Kegiatan", None, "2.09.01.2.03.0002 Pembinaan Kelompok Tani", None, None, None, None, None, None],
    ["No", "Uraian", "Koef", None, None, None, "Vol", "Satuan", "Harga", "Nilai"],
    [None, None, "Volume 1", "Satuan 1", "Volume 2", "Satuan 2", None, None, None, None],
    [None, "(5.1.02.01.01.0031) Belanja Alat/Bahan untuk Kegiatan Kantor-Lainnya", *[None] * 7, 1_260_000],
    [1, "Sabit rumput", 30, "Orang", 2, "Buah", 60, "Buah", 21_000, 1_260_000],
    [None, "[5.1.02.02.01.0026] Belanja Jasa Tenaga Pendukung", *[None] * 7, 4_000_000],
    [2, "Upah penyuluh lapangan", 4, "Orang", 10, "Hari", 50, "OH", 80_000, 4_000_000],
]


def test_a_koefisien_over_several_cells_is_read_as_one_product() -> None:
    rka = parse_rka_tables([Table(sheet="RKA-2", index=0, rows=ROWS)], opd="DKP")
    first, second = rka.sub_kegiatan[0].lines
    assert first.koefisien == "30 Orang x 2 Buah"
    assert second.koefisien == "4 Orang x 10 Hari"
    # the volume written disagrees with its koefisien (40): the check can now see it
    assert [f.message for f in check_arithmetic(second, None, ReviewPolicy())] == [
        "Koefisien '4 Orang x 10 Hari' berjumlah 40, tetapi volume tertulis 50."
    ]
    assert check_arithmetic(first, None, ReviewPolicy()) == []


def test_account_rows_with_the_code_in_brackets_head_their_lines() -> None:
    rka = parse_rka_tables([Table(sheet="RKA-2", index=0, rows=ROWS)], opd="DKP")
    first, second = rka.sub_kegiatan[0].lines
    assert (first.kode_rekening, second.kode_rekening) == ("5.1.02.01.01.0031", "5.1.02.02.01.0026")
    assert second.account_name == "Belanja Jasa Tenaga Pendukung"


def test_split_koefisien_pairs_each_number_with_the_unit_after_it() -> None:
    assert split_koefisien([7, "Paket", None, None], [0, 1, 2, 3]) == "7 Paket"
    assert split_koefisien([None, None, None], [0, 1, 2]) is None
    assert split_koefisien([3.0, "Tim", 2, "Kali", 4, "Minggu"], range(6)) == "3 Tim x 2 Kali x 4 Minggu"


def _untaxed_line(jumlah: int) -> RkaLine:
    return RkaLine(line_id="4", uraian="Parang", volume=Decimal(20), harga_satuan=95_000, jumlah=jumlah)


def test_an_implied_tax_is_one_the_law_charges_in_the_rka_year() -> None:
    policy = ReviewPolicy()
    ten_percent_more = _untaxed_line(2_090_000)  # 20 × 95.000 × 1,10
    eleven_percent_more = _untaxed_line(2_109_000)  # 20 × 95.000 × 1,11
    # 10% was the rate before 2022: a budget for a later year that adds it made an error
    assert check_arithmetic(ten_percent_more, None, for_fiscal_year(policy, 2025))
    assert check_arithmetic(eleven_percent_more, None, for_fiscal_year(policy, 2025)) == []
    assert check_arithmetic(ten_percent_more, None, for_fiscal_year(policy, 2021)) == []
    # the year unknown: any usual rate
    assert check_arithmetic(ten_percent_more, None, for_fiscal_year(policy, None)) == []


FLAT_EXPORT: list[list[object]] = [
    ["kode_akun", "no", "uraian", "koef_1", "sat_1", "koef_2", "sat_2", "volume", "satuan", "harga", "total"],
    ["5.1.02.02.01.0026", "1", "Upah juru masak", 6, "Orang", 5, "Hari", 35, "OH", 120_000, 4_200_000],
    ["5.1.02.01.01.0024", "2", "Penggaris besi 30 cm", 12, "Buah", None, None, 12, "Buah", 9_000, 108_000],
]


def test_numbered_koefisien_columns_of_a_flat_export_are_one_product() -> None:
    rka = parse_rka_tables([Table(sheet="rincian", index=0, rows=FLAT_EXPORT)], opd="Dinas Contoh")
    wage, ruler = rka.sub_kegiatan[0].lines
    assert (wage.koefisien, ruler.koefisien) == ("6 Orang x 5 Hari", "12 Buah")
    assert [f.message for f in check_arithmetic(wage, None, ReviewPolicy())] == [
        "Koefisien '6 Orang x 5 Hari' berjumlah 30, tetapi volume tertulis 35."
    ]
    assert check_arithmetic(ruler, None, ReviewPolicy()) == []
