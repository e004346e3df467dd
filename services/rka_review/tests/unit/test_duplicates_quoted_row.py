"""DUPLICATE by a quoted catalogue row and across account groups: two lines of one sub-kegiatan
that copy the same row's Spesifikasi name one item in one grade, so a purpose one of them adds is
how it names the need (each stating its own still makes two purchases); and a need split across
two accounts is one need when either copy is booked where the item does not belong and the two
state the row's grade (a rate-only Spesifikasi too); two such lines stating none are left alone."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import RkaLine
from samarinda_rka_review.domain.duplicates import DuplicateFinder, one_grade, quote_one_row

ROW_ID = "layar-lipat"
ROW_TEXT = "Sewa Layar Lipat - Layar proyeksi lipat 70 inci, per set sehari"
ROW_SPEC = "Layar proyeksi lipat 70 inci, per set sehari"
SUPPLIES = "5.1.02.01.01.0052"
RENTAL = "5.1.02.02.05.0031"


def _line(
    no: str, uraian: str, volume: int, harga: int, account: str = RENTAL, spec: str | None = ROW_SPEC
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


def _pair(
    first: RkaLine,
    second: RkaLine,
    *,
    misbooked: bool = False,
    first_misbooked: bool = False,
    row_spec: str = ROW_SPEC,
) -> bool:
    finder = DuplicateFinder()
    finder.repeat_of_row(0, first, ROW_ID, ROW_TEXT, row_spec=row_spec, misbooked=first_misbooked)
    return (
        finder.repeat_of_row(0, second, ROW_ID, ROW_TEXT, row_spec=row_spec, misbooked=misbooked) is not None
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


def test_a_later_line_booked_rightly_beside_a_misbooked_copy_repeats_it() -> None:
    misbooked = _line("1", "Sewa layar lipat", 200, 15_000, account=SUPPLIES)
    proper = _line("2", "Sewa layar lipat 70 inci", 120, 15_000)
    assert _pair(misbooked, proper, first_misbooked=True)
    assert not _pair(misbooked, proper)


def test_a_rate_only_spesifikasi_copied_from_the_row_states_its_grade() -> None:
    rate = "per orang per bulan"
    first = _line("1", "Petugas parkir harian", 12, 2_500_000, spec=rate)
    copy = _line("2", "Jasa juru parkir", 24, 2_480_000, account=SUPPLIES, spec=rate)
    assert one_grade(first, copy, rate)
    assert _pair(first, copy, misbooked=True, row_spec=rate)


def test_misbooked_lines_stating_no_spesifikasi_are_not_paired_across_accounts() -> None:
    first = _line("1", "Sewa layar lipat", 200, 15_000, spec=None)
    copy = _line("2", "Layar lipat disewa", 120, 14_000, account=SUPPLIES, spec=None)
    assert not one_grade(first, copy, ROW_SPEC)
    assert not _pair(first, copy, misbooked=True)


def test_a_spesifikasi_of_their_own_is_not_the_rows_grade() -> None:
    first = _line("1", "Sewa layar lipat", 200, 15_000, spec="tripod")
    copy = _line("2", "Layar lipat disewa", 120, 14_000, account=SUPPLIES, spec="tripod")
    assert not one_grade(first, copy, ROW_SPEC)
    assert not _pair(first, copy, misbooked=True)


def test_an_official_and_an_academic_speaker_are_two_payees_on_one_row() -> None:
    row_text = "Honorarium Narasumber - Pejabat Eselon III / setingkat"
    finder = DuplicateFinder()
    official = _line("1", "Honorarium narasumber pejabat eselon III", 3, 900_000, spec=None)
    academic = _line("2", "Honorarium narasumber akademisi", 3, 880_000, spec=None)
    finder.repeat_of_row(0, official, "narsum-3", row_text, row_spec="Pejabat Eselon III / setingkat")
    assert (
        finder.repeat_of_row(0, academic, "narsum-3", row_text, row_spec="Pejabat Eselon III / setingkat")
        is None
    )
