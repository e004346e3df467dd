"""The duplicate stage: one purchase written twice is found however it is worded; a repeat with
its own period, place or purpose is not a duplicate."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import FindingType, RkaLine
from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.duplicates import (
    DuplicateFinder,
    Purchase,
    duplicate_finding,
    is_number,
    same_purchase,
    words,
)


def line(
    uraian: str,
    spek: str | None = None,
    harga: int = 50_000,
    volume: int = 10,
    satuan: str = "Buah",
    no: str = "1",
) -> RkaLine:
    return RkaLine(
        line_id=no,
        uraian=uraian,
        spesifikasi=spek,
        satuan=satuan,
        volume=Decimal(volume),
        harga_satuan=harga,
        jumlah=volume * harga,
    )


def same(a: RkaLine, b: RkaLine) -> bool:
    return same_purchase(Purchase.of(a), Purchase.of(b))


def test_the_same_item_with_another_unit_spelling_abbreviation_or_order() -> None:
    assert same(
        line("Botol sampel air", "1 liter", satuan="Buah"), line("Botol sampel air 1 ltr", satuan="bh")
    )
    assert same(line("Honorarium Narasumber", "Eselon III"), line("Honor Narsum", "Eselon III"))
    assert same(line("Sewa kursi lipat"), line("Kursi lipat (sewa)"))


def test_detail_on_one_side_only_is_the_same_item() -> None:
    assert same(line("Sewa tenda", "4 x 6 m"), line("Sewa tenda ukuran 4 x 6 m", "termasuk pemasangan"))


def test_the_item_named_in_the_spec_instead_of_the_uraian() -> None:
    assert same(line("Sewa tenda", "Ukuran besar"), line("Sewa tenda", "Ukuran besar dengan dekorasi"))


def test_a_rank_in_roman_numerals_is_the_rank_in_digits() -> None:
    assert same(
        line("Medali pemenang peringkat II", "kuningan, 7 cm"), line("Medali peringkat 2", "kuningan, 7 cm")
    )
    assert not same(line("Medali pemenang peringkat II", "logam"), line("Medali peringkat 3", "logam"))
    assert words("Stabilizer 220 V") == words("Stabilizer 220 v")
    assert "5" not in words("Stabilizer 220 V")


def test_a_stated_period_place_or_purpose_keeps_repeats_apart() -> None:
    assert not same(line("Nasi kotak rapat triwulan I"), line("Nasi kotak rapat triwulan II"))
    assert not same(line("Uang harian petugas ruas hulu"), line("Uang harian petugas ruas hilir"))
    assert not same(line("Nasi kotak", "Rapat rancangan awal"), line("Nasi kotak", "Rapat rancangan akhir"))
    assert not same(line("Kue kotak rapat evaluasi"), line("Kue kotak", "Konsultasi publik"))


def test_a_rate_restating_the_unit_is_no_period_that_tells_lines_apart() -> None:
    # ``per bulan`` says how the line is counted; ``bulan Maret`` names a period of its own
    assert words("Jasa penjaga malam per bulan") == words("Jasa penjaga malam")
    assert "bulan" in words("Jasa penjaga malam bulan Maret")
    assert same(line("Jasa penjaga gudang", satuan="OB"), line("Jasa penjaga gudang per bulan", satuan="OB"))
    # a word after ``per`` that is no unit stays a word of the item
    assert "kelompok" in words("Bantuan bibit per kelompok tani")


def test_english_colour_words_read_as_indonesian() -> None:
    assert words("Pita mesin ketik color") == words("Pita mesin ketik warna")
    assert words("Pita mesin ketik colour") == words("Pita mesin ketik warna")


def test_a_number_on_one_side_only_is_detail_on_both_sides_another_item() -> None:
    assert same(line("Sewa tenda"), line("Sewa tenda 4x6"))
    assert not same(line("Sewa tenda 4x6"), line("Sewa tenda 5x10"))


def test_another_price_is_another_purchase_and_another_volume_only_across_sub_kegiatan() -> None:
    assert not same(line("Sewa tenda", harga=750_000), line("Sewa tenda", harga=800_000))
    two, three = Purchase.of(line("Sewa tenda", volume=2)), Purchase.of(line("Sewa tenda", volume=3))
    assert not same_purchase(two, three, same_sub=False)
    # in one sub-kegiatan the same item in two volumes is one need budgeted twice
    assert same_purchase(two, three, same_sub=True)


def test_the_same_total_in_another_unit_is_the_same_purchase() -> None:
    assert same(
        line("Kertas HVS A4", harga=55_000, volume=10, satuan="Rim"),
        line("Kertas HVS A4", harga=110_000, volume=5, satuan="Pak"),
    )


def test_a_total_written_as_another_lines_is_no_same_need_in_another_sub_kegiatan() -> None:
    # 7 x 72.000 totalled as 9 x 72.000 (an arithmetic slip): the totals agree, the needs do not
    first = line("Kawat bronjong", harga=72_000, volume=9, satuan="Kg")
    slipped = line("Kawat bronjong galvanis 2,7 mm", harga=72_000, volume=7, satuan="Kg").model_copy(
        update={"jumlah": first.jumlah}
    )
    assert not same_purchase(Purchase.of(first), Purchase.of(slipped), same_sub=False)


def test_numbers_and_content_words() -> None:
    assert is_number("2") and is_number("iii") and is_number("4x6") and not is_number("kursi")
    assert "untuk" not in words("Kertas untuk rapat")


def test_the_finder_prefers_the_same_sub_kegiatan_and_reports_across() -> None:
    finder = DuplicateFinder()
    assert finder.repeat(0, line("Sewa tenda", no="1"), "1.01") is None
    assert finder.repeat(1, line("Sewa tenda 4x6", no="2"), "1.02") is not None
    found = finder.repeat(1, line("Tenda (sewa)", no="3"), "1.02")
    assert found is not None and found.first.line_id == "2" and found.same_sub
    other = finder.repeat(2, line("Sewa tenda", no="4"), "1.03")
    assert other is not None and other.first.line_id == "1" and not other.same_sub and other.sub == "1.01"


def test_the_finding_names_the_first_line() -> None:
    first, second = line("Sewa tenda", no="1"), line("Tenda sewa", no="7")
    finding = duplicate_finding(second, first, "1.01", False, ReviewPolicy())
    assert finding.type is FindingType.DUPLICATE and "No 1 'Sewa tenda'" in finding.message
    assert "sub kegiatan lain" in finding.message and finding.potential_saving == second.jumlah


def test_the_execution_is_what_a_line_naming_no_phase_is_for_too() -> None:
    # ``pelaksanaan`` names the activity itself: the unmarked line is bought for it as well
    assert same(line("Sewa genset 5 kVA", volume=2), line("Sewa genset 5 kVA untuk pelaksanaan", volume=2))
    # against another phase it still tells the two apart
    assert not same(
        line("Sewa genset 5 kVA persiapan", volume=2), line("Sewa genset 5 kVA pelaksanaan", volume=2)
    )
