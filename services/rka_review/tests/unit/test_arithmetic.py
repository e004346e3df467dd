"""The arithmetic stage: koefisien, Jumlah with a PPN rate or amount, and group totals."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import AccountGroup, RkaLine, SubKegiatan
from samarinda_rka_review.domain.arithmetic import (
    check_arithmetic,
    check_group_totals,
    check_jumlah,
    check_koefisien,
    expected_jumlah,
    ppn_amount,
    written_koefisien,
)
from samarinda_rka_review.domain.checks import ReviewPolicy

POLICY = ReviewPolicy()


def line(
    harga: int,
    volume: str,
    jumlah: int,
    *,
    koefisien: str | None = None,
    ppn: str | None = None,
    no: str = "1",
) -> RkaLine:
    return RkaLine(
        line_id=no,
        uraian="Uang harian petugas",
        volume=Decimal(volume),
        harga_satuan=harga,
        jumlah=jumlah,
        koefisien=koefisien,
        ppn_percent=Decimal(ppn) if ppn is not None else None,
    )


def test_a_koefisien_of_people_times_days_against_the_volume() -> None:
    finding = check_koefisien(line(150_000, "5", 750_000, koefisien="3 Orang x 2 Hari"), "1.01", POLICY)
    assert finding is not None and "berjumlah 6" in finding.message and finding.amount_at_stake == 150_000
    assert check_koefisien(line(150_000, "6", 900_000, koefisien="3 Orang x 2 Hari"), None, POLICY) is None


def test_ppn_as_a_rate_and_as_an_amount() -> None:
    assert ppn_amount(line(100_000, "2", 222_000, ppn="11")) == Decimal(22_000)
    assert ppn_amount(line(100_000, "2", 222_000, ppn="22000")) == Decimal(22_000)
    assert expected_jumlah(line(100_000, "2", 0, ppn="22000")) == 222_000
    assert check_jumlah(line(100_000, "2", 222_000, ppn="22000"), None, POLICY) is None


def test_ppn_left_out_of_the_jumlah_is_found() -> None:
    finding = check_jumlah(line(38_000, "12", 456_000, ppn="11"), None, POLICY)
    assert finding is not None and "× (1 + 11%)" in finding.message and "kurang" in finding.message


def test_no_ppn_column_allows_the_usual_rate() -> None:
    assert check_jumlah(line(100_000, "2", 222_000), None, POLICY) is None
    assert check_jumlah(line(100_000, "2", 230_000), None, POLICY) is not None


def test_a_wrong_product_and_an_unread_jumlah() -> None:
    [finding] = check_arithmetic(line(18_000, "30", 580_000, ppn="0"), "1.01", POLICY)
    assert finding.potential_saving == 40_000 and "lebih" in finding.message
    assert check_arithmetic(line(18_000, "30", 0, ppn="0"), None, POLICY) == []


def test_group_subtotals_and_the_total() -> None:
    lines = [line(10_000, "1", 10_000, no="1", ppn="0"), line(20_000, "1", 20_000, no="2", ppn="0")]
    sub = SubKegiatan(
        nama="Rapat",
        lines=lines,
        groups=[AccountGroup(kode_rekening="5.1.02.01", declared_subtotal=35_000, line_ids=["1", "2"])],
        declared_total=30_000,
    )
    [finding] = check_group_totals(sub, POLICY)
    assert finding.line_id is None and "Subtotal rekening 5.1.02.01" in finding.message


def _described(
    uraian: str, spek: str | None = None, satuan: str = "OH", koefisien: str | None = None
) -> RkaLine:
    return RkaLine(
        line_id="1",
        uraian=uraian,
        spesifikasi=spek,
        koefisien=koefisien,
        satuan=satuan,
        volume=Decimal(10),
        harga_satuan=150_000,
        jumlah=1_500_000,
    )


def test_a_koefisien_written_in_the_uraian_or_the_spec() -> None:
    assert written_koefisien(_described("Uang harian petugas (4 orang x 3 hari)", koefisien="10 OH")) == (
        "4 orang x 3 hari"
    )
    assert written_koefisien(_described("Honor panitia", "5 Org x 2 Bln")) == "5 Org x 2 Bln"
    finding = check_koefisien(_described("Uang harian petugas (4 orang x 3 hari)"), None, POLICY)
    assert finding is not None and "berjumlah 12" in finding.message


def test_sizes_lump_sums_and_the_koefisien_column_are_not_read_from_text() -> None:
    assert written_koefisien(_described("Sewa tenda 4 x 6 m", satuan="Unit")) is None
    assert written_koefisien(_described("Konsumsi (50 orang x 2 hari)", satuan="Paket")) is None
    column = _described("Uang harian (9 orang x 9 hari)", koefisien="5 Orang x 2 Hari")
    assert written_koefisien(column) == "5 Orang x 2 Hari"


def test_a_volume_that_disagrees_with_its_koefisien_is_not_excused_by_an_implied_tax() -> None:
    # 4 × 5 = 20 days, but the author wrote 22 and the total is 22 × the price, untaxed; the
    # koefisien's 20 would need a 10% tax no column states: the volume is the author's error.
    finding = check_koefisien(line(90_000, "22", 1_980_000, koefisien="4 Orang x 5 Hari"), None, POLICY)
    assert finding is not None and "berjumlah 20" in finding.message
    # A total that only the koefisien explains (with its tax) still says the volume was misread.
    assert check_koefisien(line(90_000, "25", 1_998_000, koefisien="4 Orang x 5 Hari"), None, POLICY) is None


def _bracketed(uraian: str, satuan: str, volume: str) -> RkaLine:
    return RkaLine(
        line_id="7",
        uraian=uraian,
        satuan=satuan,
        volume=Decimal(volume),
        harga_satuan=20_000,
        jumlah=int(Decimal(volume) * 20_000),
    )


def test_a_bracketed_count_closing_the_uraian_is_the_koefisien_in_the_lines_unit() -> None:
    stapler = _bracketed("Stapler besar (12 bh)", "Buah", "18")
    assert written_koefisien(stapler) == "12 bh"
    assert [f.message for f in check_arithmetic(stapler, None, POLICY)] == [
        "Koefisien '12 bh' berjumlah 12, tetapi volume tertulis 18."
    ]


def test_a_bracket_in_another_unit_or_a_measure_says_no_count() -> None:
    assert written_koefisien(_bracketed("Air galon (19 liter)", "Liter", "40")) is None
    assert written_koefisien(_bracketed("Kopi bubuk (4 pak)", "Kg", "2")) is None
