from __future__ import annotations

from decimal import Decimal

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import (
    Finding,
    FindingType,
    Review,
    ReviewSummary,
    Rka,
    RkaLine,
    Severity,
    SubKegiatan,
)


def test_rka_round_trips_through_json_with_decimals_intact() -> None:
    line = RkaLine(
        line_id="1",
        uraian="Kertas",
        volume=Decimal("0.5"),
        ppn_percent=Decimal(11),
        harga_satuan=56000,
        jumlah=31080,
    )
    rka = Rka(opd="DISDIK", fiscal_year=2026, sub_kegiatan=[SubKegiatan(nama="Rapat", lines=[line])])
    again = Rka.model_validate_json(rka.model_dump_json())
    assert again == rka
    assert again.lines()[0].volume == Decimal("0.5")


def test_ppn_is_none_when_the_rka_states_none() -> None:
    assert RkaLine(line_id="1", uraian="x").ppn_percent is None


def test_severity_ranks_order_the_levels() -> None:
    assert Severity.TINGGI.rank > Severity.SEDANG.rank > Severity.RENDAH.rank


def test_review_carries_findings_with_references() -> None:
    reference = PriceReference(id="r1", uraian="Kertas HVS", harga=56000)
    finding = Finding(
        line_id="8",
        type=FindingType.OVERPRICED,
        severity=Severity.RENDAH,
        message="Harga di atas SSH",
        reference=reference,
        potential_saving=1000,
    )
    review = Review(
        review_id="rv-1",
        rka_id="1",
        opd="DISDIK",
        findings=[finding],
        summary=ReviewSummary(lines=1, flagged_lines=1, potential_saving=1000),
    )
    data = review.model_dump(mode="json")
    assert data["findings"][0]["reference"]["harga"] == 56000
    assert Review.model_validate(data) == review
