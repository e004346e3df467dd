"""DUPLICATE by a quoted catalogue row and across account groups: two lines of one sub-kegiatan
that copy the same row's Spesifikasi name one item in one grade, so a purpose one of them adds is
how it names the need (each stating its own still makes two purchases); and a need split across
two accounts is one need when the later copy is booked where the item does not belong."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import RkaLine
from samarinda_rka_review.domain.duplicates import DuplicateFinder, quote_one_row

ROW_ID = "layar-lipat"
ROW_TEXT = "Sewa Layar Lipat - Layar proyeksi lipat 70 inci, per set sehari"
ROW_SPEC = "Layar proyeksi lipat 70 inci, per set sehari"
SUPPLIES = "5.1.02.01.01.0052"
RENTAL = "5.1.02.02.05.0031"


def _line(
    no: str, uraian: str, volume: int, harga: int, account: str = RENTAL, spec: str = ROW_SPEC
) -> RkaLine:
    return RkaLine(
        line_id=no,
        kode_rekening=account,
        uraian=uraian,
        spesifikasi=spec,
        satuan="Set/Hari",
        volume=Decimal(volume),
        harga_satuan=harga,
        jumlah=volume * harga,
    )


def _pair(first: RkaLine, second: RkaLine, *, misbooked: bool = False) -> bool:
    finder = DuplicateFinder()
    finder.repeat_of_row(0, first, ROW_ID, ROW_TEXT, row_spec=ROW_SPEC)
    return (
        finder.repeat_of_row(0, second, ROW_ID, ROW_TEXT, row_spec=ROW_SPEC, misbooked=misbooked) is not None
    )


def test_two_lines_quoting_the_rows_spec_quote_one_row() -> None:
    assert quote_one_row(_line("1", "Sewa layar", 1, 1), _line("2", "Layar sewa", 1, 1), ROW_SPEC)
    assert not quote_one_row(
        _line("1", "Sewa layar", 1, 1), _line("2", "Layar", 1, 1, spec="Tripod"), ROW_SPEC
    )
    assert not quote_one_row(
        _line("1", "Sewa layar", 1, 1, spec=None), _line("2", "Layar", 1, 1, spec=None), ROW_SPEC
    )


def test_a_purpose_stated_by_one_quoting_line_only_does_not_make_another_purchase() -> None:
    first = _line("1", "Sewa layar lipat", 200, 15_000)
    again = _line("2", "Layar lipat (sewa) sesi pembukaan", 200, 15_500)
    assert _pair(first, again)


def test_each_quoting_line_stating_its_own_purpose_are_two_purchases() -> None:
    first = _line("1", "Sewa layar lipat rapat persiapan", 200, 15_000)
    second = _line("2", "Sewa layar lipat rapat evaluasi", 200, 15_000)
    assert not _pair(first, second)


def test_a_later_copy_booked_where_the_item_does_not_belong_is_the_need_again() -> None:
    first = _line("1", "Sewa layar lipat", 200, 15_000)
    copy = _line("2", "Sewa layar lipat 70 inci", 120, 15_000, account=SUPPLIES)
    assert _pair(first, copy, misbooked=True)


def test_a_later_line_booked_rightly_beside_a_misbooked_one_is_the_purchase_proper() -> None:
    misbooked = _line("1", "Sewa layar lipat", 200, 15_000, account=SUPPLIES)
    proper = _line("2", "Sewa layar lipat 70 inci", 120, 15_000)
    assert not _pair(misbooked, proper, misbooked=False)
