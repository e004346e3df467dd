"""DUPLICATE by the catalogue row: one volume of one row in one account group is one need priced
twice, when one of the two wordings names the row firmly, even at prices a tenth apart."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import RkaLine
from samarinda_rka_review.domain.duplicates import DuplicateFinder

ROW = "rak-piring"
ROW_TEXT = "Rak Piring Susun"
GOODS = "5.1.02.01.01.0024"
OTHER = "5.1.02.01.01.0026"


def line(no: str, uraian: str, harga: int, volume: int = 30, account: str = GOODS) -> RkaLine:
    return RkaLine(
        line_id=no,
        kode_rekening=account,
        uraian=uraian,
        satuan="Buah",
        volume=Decimal(volume),
        harga_satuan=harga,
        jumlah=volume * harga,
    )


def repeats(first: RkaLine, second: RkaLine, *, firm: bool = True) -> bool:
    """Whether ``second``, a loose match of the row, repeats ``first`` (a ``firm`` one or not)."""
    finder = DuplicateFinder()
    finder.repeat_of_row(0, first, ROW, ROW_TEXT, firm=firm)
    found = finder.repeat_of_row(0, second, ROW, ROW_TEXT, firm=False)
    return found is not None and found.first is first


def test_one_volume_of_one_row_in_one_account_group_is_one_need_priced_twice() -> None:
    assert repeats(line("1", "Rak piring dapur", 215_000), line("2", "Rak piring susun", 238_000))


def test_another_volume_or_account_a_price_over_twice_or_two_loose_matches_are_left_alone() -> None:
    first = line("1", "Rak piring dapur", 215_000)
    assert not repeats(first, line("2", "Rak piring susun", 238_000), firm=False)
    assert not repeats(first, line("2", "Rak piring susun", 238_000, volume=12))
    assert not repeats(first, line("2", "Rak piring susun", 238_000, account=OTHER))
    assert not repeats(first, line("2", "Rak piring susun", 480_000))


def test_words_that_tell_two_lines_apart_still_do() -> None:
    north = line("1", "Rak piring gedung utara", 215_000)
    south = line("2", "Rak piring gedung selatan", 238_000)
    assert not repeats(north, south)
