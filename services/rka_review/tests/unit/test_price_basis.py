"""A line meets the catalogue on one tax basis: both prices with PPN or both without."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import FindingType, RkaLine
from samarinda_rka_review.domain.checks import ReviewPolicy, check_price
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher
from samarinda_rka_review.domain.price_basis import ceiling_before_line_tax, line_ppn_rate


def _row(includes_ppn: bool) -> PriceReference:
    return PriceReference(
        id="pompa",
        uraian="Pompa celup",
        spesifikasi="125 watt",
        satuan="Unit",
        harga=555_000,
        includes_ppn=includes_ppn,
    )


def _line(harga: int, ppn: Decimal | None) -> RkaLine:
    return RkaLine(
        line_id="1",
        kode_rekening="5.1.02.01.01.0001",
        uraian="Pompa celup",
        spesifikasi="125 watt",
        satuan="Unit",
        volume=Decimal(2),
        harga_satuan=harga,
        ppn_percent=ppn,
        jumlah=harga * 2,
    )


def _finding(harga: int, ppn: Decimal | None, includes_ppn: bool) -> FindingType | None:
    row = _row(includes_ppn)
    line = _line(harga, ppn)
    outcome = PriceMatcher([row]).match(LineQuery(line.uraian, line.spesifikasi, line.satuan))
    finding = check_price(line, None, outcome, ReviewPolicy(), [])
    return finding.type if finding else None


def test_a_line_without_a_ppn_column_meets_a_tax_inclusive_price_as_printed() -> None:
    assert ceiling_before_line_tax(_row(True), _line(555_000, None)) == 555_000
    assert _finding(555_000, None, includes_ppn=True) is None
    assert _finding(700_000, None, includes_ppn=True) is FindingType.OVERPRICED


def test_a_line_with_a_ppn_rate_meets_a_tax_inclusive_price_before_its_tax() -> None:
    assert ceiling_before_line_tax(_row(True), _line(500_000, Decimal(11))) == 500_000
    assert _finding(500_000, Decimal(11), includes_ppn=True) is None
    assert _finding(555_000, Decimal(11), includes_ppn=True) is FindingType.OVERPRICED


def test_a_line_that_pays_no_ppn_may_spend_the_whole_tax_inclusive_price() -> None:
    assert ceiling_before_line_tax(_row(True), _line(555_000, Decimal(0))) == 555_000


def test_a_tax_exclusive_price_is_met_by_the_harga_satuan_with_or_without_a_ppn_column() -> None:
    assert ceiling_before_line_tax(_row(False), _line(555_000, Decimal(11))) == 555_000
    assert ceiling_before_line_tax(_row(False), _line(555_000, None)) == 555_000
    assert _finding(600_000, Decimal(11), includes_ppn=False) is FindingType.OVERPRICED


def test_a_ppn_column_holding_rupiah_is_read_as_its_rate() -> None:
    assert line_ppn_rate(_line(500_000, Decimal(110_000))) == 11
    assert line_ppn_rate(_line(500_000, None)) is None
