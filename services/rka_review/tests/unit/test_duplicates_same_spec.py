"""Two lines of one sub-kegiatan quoting the same Spesifikasi, unit and unit price buy one item
however each Uraian names it and however the need is split (invented examples)."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import RkaLine
from samarinda_rka_review.domain.duplicates import DuplicateFinder, Purchase, same_specified_item


def line(no: str, uraian: str, spec: str, volume: int, harga: int, satuan: str = "Unit") -> RkaLine:
    return RkaLine(
        line_id=no,
        uraian=uraian,
        spesifikasi=spec,
        satuan=satuan,
        volume=Decimal(volume),
        harga_satuan=harga,
        jumlah=volume * harga,
    )


def test_a_synonym_with_the_same_spec_and_price_is_the_same_item_in_another_volume() -> None:
    first = Purchase.of(line("1", "Lemari buku kaca", "Kayu jati, 2 pintu", 3, 2_400_000))
    again = Purchase.of(line("7", "Rak pustaka berpintu kaca", "Kayu jati, 2 pintu", 1, 2_400_000))
    assert same_specified_item(first, again)


def test_another_price_unit_or_spec_is_another_item() -> None:
    first = Purchase.of(line("1", "Lemari buku kaca", "Kayu jati, 2 pintu", 3, 2_400_000))
    assert not same_specified_item(
        first, Purchase.of(line("2", "Rak kaca", "Kayu jati, 2 pintu", 3, 1_900_000))
    )
    assert not same_specified_item(
        first, Purchase.of(line("3", "Rak kaca", "Kayu jati, 2 pintu", 3, 2_400_000, "Set"))
    )
    assert not same_specified_item(
        first, Purchase.of(line("4", "Rak kaca", "Kayu mahoni, 2 pintu", 3, 2_400_000))
    )


def test_two_roles_with_one_spec_and_price_are_two_purchases() -> None:
    ketua = Purchase.of(line("1", "Rompi ketua regu", "Drill, bordir", 2, 150_000, "Buah"))
    anggota = Purchase.of(line("2", "Rompi anggota regu", "Drill, bordir", 12, 150_000, "Buah"))
    assert not same_specified_item(ketua, anggota)


def test_the_finder_reports_the_later_line_in_one_sub_kegiatan_only() -> None:
    finder = DuplicateFinder()
    assert finder.repeat(0, line("1", "Lemari buku kaca", "Kayu jati, 2 pintu", 3, 2_400_000)) is None
    found = finder.repeat(0, line("5", "Rak pustaka berpintu kaca", "Kayu jati, 2 pintu", 1, 2_400_000))
    assert found is not None and found.first.line_id == "1"
    assert finder.repeat(1, line("9", "Rak buku berpintu", "Kayu jati, 2 pintu", 2, 2_400_000)) is None
