"""Correct lines written the way other OPDs write them must not be flagged ARITHMETIC; lines whose
figures really disagree still are. Invented cases, one per way of writing a figure."""

from __future__ import annotations

from decimal import Decimal

import pytest
from samarinda_common.rka import RkaLine
from samarinda_rka_review.domain.arithmetic import agrees, check_arithmetic
from samarinda_rka_review.domain.checks import ReviewPolicy

POLICY = ReviewPolicy()


def line(
    harga: int, volume: str, jumlah: int, *, koefisien: str | None = None, ppn: str | None = None
) -> RkaLine:
    return RkaLine(
        line_id="7",
        uraian="Belanja alat tulis kantor",
        koefisien=koefisien,
        volume=Decimal(volume),
        harga_satuan=harga,
        ppn_percent=Decimal(ppn) if ppn is not None else None,
        jumlah=jumlah,
    )


# (why, line) — each correct as its author meant it.
CORRECT = [
    ("total rounded to the thousand", line(12_350, "126", 1_556_000)),  # 1.556.100
    ("total rounded down to the hundred", line(3_333, "7", 23_300)),  # 23.331
    ("rounded total with PPN", line(17_250, "33", 632_000, ppn="11")),  # 631.867,5
    ("rounded total, PPN implied", line(48_500, "17", 915_000)),  # 824.500 × 1,11 = 915.195
    ("harga with sen kept whole", line(12_346, "600", 7_407_402)),  # 12.345,67 × 600
    ("volume from the wrong column", line(150_000, "2", 900_000, koefisien="2 Orang x 3 Kali")),
    ("harga satuan cell left empty", line(0, "10", 12_400_000)),
    ("koefisien product, volume = first factor", line(75_000, "4", 3_600_000, koefisien="4 OH x 12 Bln")),
]

# (why, line) — each a real error that must stay flagged.
WRONG = [
    ("total off by a thousand on a round product", line(50_000, "20", 1_001_000)),
    ("total off by far more than rounding", line(12_350, "126", 1_656_000)),
    ("total cut down rather than rounded", line(2_750_000, "5", 15_262_000, ppn="11")),
    ("PPN left out", line(38_000, "12", 456_000, ppn="11")),
    ("volume against its koefisien", line(150_000, "5", 750_000, koefisien="3 Orang x 2 Hari")),
    (
        "total matches neither volume nor koefisien",
        line(150_000, "2", 1_000_000, koefisien="2 Orang x 3 Kali"),
    ),
    ("a sen-sized slack is not a rupiah per unit", line(10_000, "10", 100_020)),
    # Slack for sen lost grows with the volume; it must never cover a whole unit.
    ("one unit too many on a large volume", line(1_300, "4000", 5_201_300)),
    ("one unit too few on a large volume", line(900, "2500", 2_249_100)),
    # Rounding to the thousand must not hide a small unit price counted once more.
    ("one cheap unit more looks like rounding", line(500, "3", 2_000, ppn="0")),  # 1.500 "rounded" up
    # A koefisien factor dropped: 8 Orang x 4 Hari written as 8 x 3 (a whole factor's part).
    ("a koefisien part left out", line(700, "32", 16_800, koefisien="8 Orang x 4 Hari")),
]


@pytest.mark.parametrize(("why", "rka_line"), CORRECT, ids=[c[0] for c in CORRECT])
def test_correct_lines_are_not_flagged(why: str, rka_line: RkaLine) -> None:
    assert check_arithmetic(rka_line, None, POLICY) == [], why


@pytest.mark.parametrize(("why", "rka_line"), WRONG, ids=[c[0] for c in WRONG])
def test_real_errors_stay_flagged(why: str, rka_line: RkaLine) -> None:
    assert check_arithmetic(rka_line, None, POLICY), why


def test_rounding_needs_a_round_total_near_an_unround_product() -> None:
    assert agrees(1_556_000, 1_556_100, Decimal(1), POLICY)
    assert not agrees(1_556_050, 1_556_100, Decimal(1), POLICY)  # not a multiple of a step
    assert not agrees(1_557_000, 1_556_000, Decimal(1), POLICY)  # the product was already round
    assert not agrees(1_558_000, 1_556_100, Decimal(1), POLICY)  # more than a step away
    assert not agrees(15_262_000, 15_262_500, Decimal(1), POLICY)  # cut down, not rounded
    assert agrees(15_263_000, 15_262_500, Decimal(1), POLICY)  # halves up


def test_a_whole_unit_price_away_is_never_sen_or_rounding() -> None:
    assert agrees(5_200_900, 5_200_000, Decimal(4000), POLICY, unit_price=1_300)  # sen lost
    assert not agrees(5_201_300, 5_200_000, Decimal(4000), POLICY, unit_price=1_300)
    assert not agrees(2_000, 1_600, Decimal(4), POLICY, unit_price=400)  # 4 units, not rounded
    assert agrees(2_000, 1_600, Decimal(4), POLICY)  # without a price, read as rounding
