"""A price many times the matched row's says the match is wrong, not that the line is overpriced:
the line has no price reference, and the finding names the row and the ratio."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import FindingType, RkaLine
from samarinda_rka_review.domain.checks import ReviewPolicy, check_price, implausible_match
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher

CATALOGUE = [
    PriceReference(id="sikat", uraian="Sikat lantai", spesifikasi="gagang kayu", satuan="Buah", harga=40_000),
]
POLICY = ReviewPolicy()


def _review(harga: int, kode: str = "5.1.02.01.01.0001") -> tuple[FindingType, str] | None:
    line = RkaLine(
        line_id="1",
        kode_rekening=kode,
        uraian="Sikat lantai",
        spesifikasi="gagang kayu",
        satuan="Buah",
        volume=Decimal(3),
        harga_satuan=harga,
        jumlah=harga * 3,
    )
    outcome = PriceMatcher(CATALOGUE).match(LineQuery(line.uraian, line.spesifikasi, line.satuan))
    finding = check_price(line, None, outcome, POLICY, [])
    return (finding.type, finding.message) if finding else None


def test_a_price_some_tens_of_percent_above_the_row_is_overpriced() -> None:
    found = _review(60_000)
    assert found is not None and found[0] is FindingType.OVERPRICED


def test_a_price_many_times_the_row_is_a_line_without_a_reference_that_says_why() -> None:
    found = _review(400_000)
    assert found is not None and found[0] is FindingType.NO_PRICE_REFERENCE
    assert "Sikat lantai" in found[1] and "10 kali" in found[1]


def test_a_line_that_needs_no_reference_is_left_alone_when_its_match_is_implausible() -> None:
    assert _review(400_000, kode="5.4.01.01.01.0001") is None


def test_the_ratio_is_a_setting_and_its_bound_is_exclusive() -> None:
    assert not implausible_match(160_000, 40_000, POLICY)
    assert implausible_match(160_001, 40_000, POLICY)
    assert not implausible_match(160_001, 40_000, ReviewPolicy(implausible_price_ratio=Decimal(5)))
    assert not implausible_match(1_000, 0, POLICY)


def test_a_scanned_line_whose_price_came_out_empty_and_found_no_row_is_no_finding() -> None:
    def unmatched(harga: int, ocr: bool) -> FindingType | None:
        line = RkaLine(
            line_id="1", kode_rekening="5.1.02.01.01.0001", uraian="Kwas cet tembok", satuan="Buah",
            volume=Decimal(3), harga_satuan=harga, jumlah=90_000, read_by_ocr=ocr,
        )  # fmt: skip
        outcome = PriceMatcher(CATALOGUE).match(LineQuery(line.uraian, None, line.satuan))
        finding = check_price(line, None, outcome, POLICY, [])
        return finding.type if finding else None

    assert unmatched(0, ocr=True) is None
    assert unmatched(30_000, ocr=True) is FindingType.NO_PRICE_REFERENCE
    assert unmatched(0, ocr=False) is FindingType.NO_PRICE_REFERENCE
