"""The normalise stage, units: a satuan as an amount of a base unit, and a reference's price
brought to the line's unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from samarinda_rka_review.domain.quantities import Amount, container, conversion, unit_amount


@pytest.mark.parametrize(
    ("satuan", "text", "amount"),
    [
        ("Buah", None, Amount(Decimal(1), "buah")),
        ("Pcs", None, Amount(Decimal(1), "buah")),
        ("Box isi 50", None, Amount(Decimal(50), "buah")),
        ("Box isi 1.000", None, Amount(Decimal(1000), "buah")),
        ("Dus isi 24 botol", None, Amount(Decimal(24), "botol")),
        ("Pak isi 10 lembar", None, Amount(Decimal(10), "lembar")),
        ("Lusin", None, Amount(Decimal(12), "buah")),
        ("Kodi", None, Amount(Decimal(20), "buah")),
        ("Gross", None, Amount(Decimal(144), "buah")),
        ("Rim", None, Amount(Decimal(500), "lembar")),
        ("Roll 305 m", None, Amount(Decimal(305), "meter")),
        ("per 305 m", None, Amount(Decimal(305), "meter")),
        ("Sak 50 kg", None, Amount(Decimal(50), "kilogram")),
        ("Sak @ 40 Kg", None, Amount(Decimal(40), "kilogram")),
        ("Ton", None, Amount(Decimal(1000), "kilogram")),
        ("Kg", None, Amount(Decimal(1), "kilogram")),
        ("Ons", None, Amount(Decimal("0.1"), "kilogram")),
        ("Meter", None, Amount(Decimal(1), "meter")),
        ("M2", None, Amount(Decimal(1), "meter ** 2")),
        ("Liter", None, Amount(Decimal("0.001"), "meter ** 3")),
        # a bare container holds what the item's text says
        ("Box", "Sekrup gipsum 6 x 1 inch isi 100", Amount(Decimal(100), "buah")),
        ("Roll", "Kabel jaringan UTP Cat 6, 305 m", Amount(Decimal(305), "meter")),
        ("Sak", "Semen abu-abu 40 kg", Amount(Decimal(40), "kilogram")),
    ],
)
def test_a_satuan_is_an_amount_of_a_base_unit(satuan: str, text: str | None, amount: Amount) -> None:
    assert unit_amount(satuan, text) == amount


@pytest.mark.parametrize(
    ("satuan", "text"),
    [
        (None, None),
        ("", None),
        ("Box", None),  # contents unknown
        ("Box", "Sekrup gipsum"),
        ("Roll", "Kabel 1,5 mm 50 m atau 100 m"),  # two lengths: which one is the roll?
        ("Box isi 5 pak", None),  # a container of containers of unknown size
        ("Paket 2 orang", None),
    ],
)
def test_an_amount_that_cannot_be_known_is_none(satuan: str | None, text: str | None) -> None:
    assert unit_amount(satuan, text) is None


def test_a_piece_is_priced_from_a_box_and_the_reason_says_so() -> None:
    found = conversion("Buah", "Sekrup gipsum", "Box isi 50", "Sekrup gipsum")
    assert found is not None
    assert Decimal(100_000) * found.factor == 2_000
    assert found.reason == "harga per Buah dari Box isi 50: 1 Box isi 50 = 50 Buah"


@pytest.mark.parametrize(
    ("line", "reference", "factor", "equation"),
    [
        ("Kg", "Ton", Decimal("0.001"), "1 Ton = 1.000 Kg"),
        ("Ton", "Kg", Decimal(1000), "1 Ton = 1.000 Kg"),
        ("Meter", "Roll 305 m", Decimal(1) / 305, "1 Roll 305 m = 305 Meter"),
        ("Lembar", "Rim", Decimal("0.002"), "1 Rim = 500 Lembar"),
        ("Lusin", "Buah", Decimal(12), "1 Lusin = 12 Buah"),
        ("Box isi 100", "Box isi 50", Decimal(2), "1 Box isi 100 = 2 Box isi 50"),
        ("Ml", "Liter", Decimal("0.001"), "1 Liter = 1.000 Ml"),
    ],
)
def test_prices_compare_per_base_unit(line: str, reference: str, factor: Decimal, equation: str) -> None:
    found = conversion(line, None, reference, None)
    assert found is not None
    assert found.factor == factor
    assert equation in found.reason


def test_a_bare_container_takes_its_contents_from_the_items_text() -> None:
    found = conversion("Meter", "Kabel UTP Cat 6", "Roll", "Kabel UTP Cat 6 panjang 305 m")
    assert found is not None
    assert found.factor == Decimal(1) / 305


def test_the_same_container_with_contents_on_one_side_only_is_taken_as_the_same() -> None:
    found = conversion("Box", None, "Box isi 50", None)
    assert found is not None and found.factor == 1
    assert "tidak disebut" in found.reason


@pytest.mark.parametrize(
    ("line", "reference"),
    [
        ("Buah", "Kg"),  # a count is not a mass
        ("Meter", "M2"),
        ("Box", "Dus"),  # two containers, contents unknown
        ("Buah", "Box"),
        ("Buah", "Buah"),  # the same unit needs no conversion
        ("Unit", "Pcs"),
        (None, "Box isi 50"),
    ],
)
def test_units_that_cannot_be_converted_give_no_conversion(line: str | None, reference: str) -> None:
    assert conversion(line, None, reference, None) is None


def test_the_container_a_satuan_names() -> None:
    assert container("Box isi 50") == "kotak"
    assert container("Dus") == "dus"
    assert container("Lusin") is None
    assert container("Buah") is None
