"""Fees priced by the value band of what they are paid for: the band read from a row and a line."""

from __future__ import annotations

from decimal import Decimal

import pytest
from samarinda_common.price_catalogue import PriceReference
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher
from samarinda_rka_review.domain.value_bands import value_band

JT, M = Decimal(10**6), Decimal(10**9)


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("Tim juri, nilai kontrak s.d. Rp200 juta", (Decimal(0), 200 * JT)),
        ("Tim juri, nilai kontrak > Rp200 juta s.d. Rp2 miliar", (200 * JT, 2 * M)),
        ("Honor tim juri kontrak 200 jt - 2 M", (200 * JT, 2 * M)),
        ("Honor tim juri kontrak 2 - 7,5 M", (2 * M, Decimal("7.5") * M)),
        ("Tim juri, nilai kontrak di atas Rp7,5 miliar", (Decimal("7.5") * M, None)),
    ],
)
def test_a_value_band_is_read_however_its_amounts_are_abbreviated(text: str, band: object) -> None:
    assert value_band(text) == band


@pytest.mark.parametrize(
    "text", ["Tenda 4 x 8 m", "Selang 1 - 2,5 m", "Rapat 2 s.d. 4 jam", "Honor tim juri", None]
)
def test_a_size_a_length_or_a_bare_name_is_no_band(text: str | None) -> None:
    assert value_band(text) is None


def test_a_line_stating_a_band_is_priced_by_that_bands_row() -> None:
    rows = [
        PriceReference(
            id=f"b{i}", uraian=f"Tim Juri Tender, nilai kontrak {band}", satuan="Orang/Paket", harga=price
        )
        for i, (band, price) in enumerate(
            [
                ("s.d. Rp200 juta", 600_000),
                ("> Rp200 juta s.d. Rp2 miliar", 800_000),
                ("> Rp2 miliar", 950_000),
            ]
        )
    ]
    matcher = PriceMatcher(rows)
    best = matcher.match(
        LineQuery("Honor juri tender kontrak 200 jt - 2 M", satuan="Orang/Paket", harga_satuan=780_000)
    ).best
    assert best is not None and best.reference.id == "b1" and best.confidence >= 0.55
