"""The normalise stage, units: a satuan as an amount of a base unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from samarinda_rka_review.domain.quantities import Amount, container, unit_amount


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
        # a number word before a unit: a thousand of it
        ("Ribu batang", None, Amount(Decimal(1000), "batang")),
        ("Rb lembar", None, Amount(Decimal(1000), "lembar")),
        # a set of a stated count holds that many pieces, whatever the pieces are called
        ("Set 5 varian", None, Amount(Decimal(5), "buah")),
        ("Set isi 6 buah", None, Amount(Decimal(6), "buah")),
        # a pack of packs holds so many of the inner pack, whatever each holds
        ("Box isi 5 pak", None, Amount(Decimal(5), "pak")),
        # a pack the vocabulary has no name for still holds what ``isi N`` says
        ("Bungkal isi 8", None, Amount(Decimal(8), "buah")),
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
        ("Paket 2 orang", None),
        ("Box isi 0", None),  # an empty box holds nothing to price per piece
        ("Sak 0 kg", None),
        ("Box", "Sekrup gipsum isi 0"),
    ],
)
def test_an_amount_that_cannot_be_known_is_none(satuan: str | None, text: str | None) -> None:
    assert unit_amount(satuan, text) is None


def test_the_container_a_satuan_names() -> None:
    assert container("Box isi 50") == "kotak"
    assert container("Dus") == "dus"
    assert container("Lusin") is None
    assert container("Buah") is None
    # an unknown word said to hold contents is a pack; without ``isi`` it is no container
    assert container("Bungkal isi 8") is not None
    assert container("Bungkal 8") is None


def test_a_bare_container_holds_what_its_text_says_one_of_it_equals() -> None:
    # ``1 dus = 24 botol`` names the very container the line counts in, then what it holds
    assert unit_amount("Dus", "Air mineral 600 ml, 1 dus = 24 botol") == Amount(Decimal(24), "botol")
    assert unit_amount("Box", "Kertas A4, 1 box = 4 rim") == Amount(Decimal(2000), "lembar")
    # what one of another container equals says nothing of this one
    assert unit_amount("Box", "1 dus = 24 botol") is None


def test_a_fixed_pack_of_boxes_holds_that_many_boxes() -> None:
    assert unit_amount("Lusin dus", "Spidol isi 10") == Amount(Decimal(120), "buah")
    assert unit_amount("Kodi kotak", "Kapur tulis isi 50") == Amount(Decimal(1000), "buah")


def test_a_roll_holds_the_length_written_after_it_whatever_the_core_measures() -> None:
    text = "Selang air 3/4 inci tebal 2 mm, roll 30 m"
    assert unit_amount("Roll", text) == Amount(Decimal(30), "meter")
