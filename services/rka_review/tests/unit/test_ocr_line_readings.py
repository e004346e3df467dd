"""Lines read by OCR from a blurred scan: a multiplication sign read as a guillemet, a count left
unreadable, words with a letter or two misread. The examples are invented."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import RkaLine
from samarinda_rka_review.domain.arithmetic import check_jumlah
from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.koefisien_cells import koefisien_units
from samarinda_rka_review.domain.rka_columns import parse_koefisien

POLICY = ReviewPolicy()


def test_a_guillemet_between_two_counts_multiplies_them() -> None:
    assert parse_koefisien("6 Org» 3 Kali") == 18
    assert parse_koefisien("4 Org «5 Hari") == 20
    assert koefisien_units("4 Org » 5 Hari") == "Org x Hari"


def _line(volume: str, *, read_by_ocr: bool) -> RkaLine:
    return RkaLine(
        line_id="1",
        uraian="Kain lap",
        koefisien="lO Lembar",
        volume=Decimal(volume),
        harga_satuan=12_000,
        jumlah=120_000,
        read_by_ocr=read_by_ocr,
    )


def test_a_scanned_line_whose_count_was_not_read_is_not_an_arithmetic_error() -> None:
    assert check_jumlah(_line("0", read_by_ocr=True), None, POLICY) is None
    assert check_jumlah(_line("0", read_by_ocr=False), None, POLICY) is not None
    assert check_jumlah(_line("25", read_by_ocr=True), None, POLICY) is not None
