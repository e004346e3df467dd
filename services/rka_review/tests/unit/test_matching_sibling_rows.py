"""Rows a line's words fit alike (two grades of one item the line does not tell apart) are taken in
the order of the price the line asks: the cheapest row that covers it first. And words that name
a row's variant another way: a maker-neutral consumable, a mode of transport."""

from __future__ import annotations

from samarinda_common.price_catalogue import PriceReference
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher
from samarinda_rka_review.domain.text import tokens

CATALOGUE = [
    PriceReference(
        id="map-3", uraian="Map gantung", spesifikasi="folio, tebal 3 cm", satuan="Buah", harga=21_000
    ),
    PriceReference(
        id="map-5", uraian="Map gantung", spesifikasi="folio, tebal 5 cm", satuan="Buah", harga=26_000
    ),
    PriceReference(
        id="map-8", uraian="Map gantung", spesifikasi="folio, tebal 8 cm", satuan="Buah", harga=31_000
    ),
    PriceReference(
        id="pita-asli", uraian="Pita printer kasir", spesifikasi="tipe 7B asli", satuan="Buah", harga=240_000
    ),
    PriceReference(
        id="pita-kompatibel",
        uraian="Pita printer kasir",
        spesifikasi="tipe 7B kompatibel",
        satuan="Buah",
        harga=90_000,
    ),
    PriceReference(
        id="tiket-udara",
        uraian="Tiket pesawat ekonomi",
        spesifikasi="Kota A - Kota B",
        satuan="Orang/PP",
        harga=2_400_000,
    ),
]


def _best(uraian: str, satuan: str, harga: int | None) -> str | None:
    outcome = PriceMatcher(CATALOGUE).match(LineQuery(uraian, None, satuan, None, harga))
    return outcome.best.reference.id if outcome.best else None


def test_an_unspecified_grade_is_held_to_the_cheapest_row_its_price_is_within() -> None:
    assert _best("Map gantung arsip", "Buah", 24_000) == "map-5"
    assert _best("Map gantung arsip", "Buah", 21_000) == "map-3"


def test_an_unspecified_grade_dearer_than_every_row_keeps_the_catalogues_order() -> None:
    assert _best("Map gantung arsip", "Buah", 40_000) == "map-3"


def test_a_line_naming_its_grade_keeps_that_row_whatever_its_price() -> None:
    assert _best("Map gantung folio 3 cm", "Buah", 29_000) == "map-3"


def test_the_english_compatible_is_the_catalogues_kompatibel() -> None:
    assert tokens("compatible") == ["kompatibel"]
    assert _best("Pita printer kasir 7B (compatible)", "Buah", 120_000) == "pita-kompatibel"


def test_a_ship_ticket_is_not_priced_by_an_air_fare() -> None:
    assert _best("Tiket kapal cepat reguler", "Orang/PP", 700_000) is None
