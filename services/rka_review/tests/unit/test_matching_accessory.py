"""A catalogue row that names a thing of its own before another row's whole name (an accessory or
a part: ``Saringan Mesin Kopi`` beside ``Mesin Kopi``) is not the item of a line that names the other
row without that thing, however well its Spesifikasi repeats the line's (``untuk mesin kopi
espresso``)."""

from __future__ import annotations

from samarinda_common.price_catalogue import PriceReference
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher

COFFEE_MAKER = PriceReference(
    id="mesin",
    uraian="Mesin Kopi",
    spesifikasi="Espresso, 15 bar, 1.350 watt",
    satuan="Unit",
    harga=3_450_000,
)
STRAINER = PriceReference(
    id="saringan",
    uraian="Saringan Mesin Kopi",
    spesifikasi="Untuk mesin kopi espresso",
    satuan="Buah",
    harga=75_000,
)
MATCHER = PriceMatcher([COFFEE_MAKER, STRAINER])


def candidates(uraian: str, spec: str | None, satuan: str) -> list[str]:
    return [m.reference.id for m in MATCHER.match(LineQuery(uraian, spec, satuan)).candidates]


def test_a_line_naming_the_item_is_not_priced_by_its_accessory() -> None:
    assert candidates("Mesin kopi", "espresso", "Unit") == ["mesin"]
    # a misspelt word of the item's name does not make the line the accessory's
    assert candidates("Mesin kopy", "espresso", "Unit") == ["mesin"]


def test_a_line_naming_the_accessory_still_meets_it() -> None:
    assert candidates("Saringan mesin kopi", None, "Buah")[0] == "saringan"


def test_a_kind_of_the_item_is_not_its_accessory() -> None:
    plain = PriceReference(
        id="parutan", uraian="Parutan", spesifikasi="Stainless 4 sisi", satuan="Buah", harga=45_000
    )
    kind = PriceReference(
        id="listrik",
        uraian="Parutan Listrik",
        spesifikasi="Stainless, 200 watt",
        satuan="Buah",
        harga=325_000,
    )
    outcome = PriceMatcher([plain, kind]).match(LineQuery("Parutan", "stainless", "Buah"))
    assert {m.reference.id for m in outcome.candidates} == {"parutan", "listrik"}
