"""A catalogue row that names a thing of its own before another row's whole name (an accessory or
a part: ``Sarung Mesin Cuci`` beside ``Mesin Cuci``) is not the item of a line that names the
other row without that thing, however well its Spesifikasi repeats the line's (``untuk mesin cuci
front loading``)."""

from __future__ import annotations

from samarinda_common.price_catalogue import PriceReference
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher

WASHER = PriceReference(
    id="mesin",
    uraian="Mesin Cuci",
    spesifikasi="Front loading, 8 kg, inverter, 1.200 rpm",
    satuan="Unit",
    harga=5_150_000,
)
COVER = PriceReference(
    id="sarung",
    uraian="Sarung Mesin Cuci",
    spesifikasi="Untuk mesin cuci front loading",
    satuan="Buah",
    harga=85_000,
)
MATCHER = PriceMatcher([WASHER, COVER])


def candidates(uraian: str, spec: str | None, satuan: str) -> list[str]:
    return [m.reference.id for m in MATCHER.match(LineQuery(uraian, spec, satuan)).candidates]


def test_a_line_naming_the_item_is_not_priced_by_its_accessory() -> None:
    assert candidates("Mesin cuci", "front loading", "Unit") == ["mesin"]
    # a misspelt word of the item's name does not make the line the accessory's
    assert candidates("Mesin cucy", "front loading", "Unit") == ["mesin"]


def test_a_line_naming_the_accessory_still_meets_it() -> None:
    assert candidates("Sarung mesin cuci", None, "Buah")[0] == "sarung"


def test_a_kind_of_the_item_is_not_its_accessory() -> None:
    plain = PriceReference(
        id="teko", uraian="Teko", spesifikasi="Kaca 1,5 liter", satuan="Buah", harga=95_000
    )
    kind = PriceReference(
        id="listrik", uraian="Teko Listrik", spesifikasi="1,5 liter, 1.500 watt", satuan="Buah", harga=265_000
    )
    outcome = PriceMatcher([plain, kind]).match(LineQuery("Teko", "1,5 liter", "Buah"))
    assert {m.reference.id for m in outcome.candidates} == {"teko", "listrik"}
