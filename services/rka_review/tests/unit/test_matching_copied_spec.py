"""The row whose figured Spesifikasi a line copies word for word is the line's item: even a row the
accessory rule would set aside, and ahead of siblings the line's name also fits. Invented
catalogue."""

from __future__ import annotations

from samarinda_common.price_catalogue import PriceReference
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher


def ref(key: str, uraian: str, spec: str, satuan: str, harga: int) -> PriceReference:
    return PriceReference(id=key, uraian=uraian, spesifikasi=spec, satuan=satuan, harga=harga)


UMBRELLAS = [
    ref("p60", "Payung", "diameter 60 cm", "Buah", 45_000),
    ref("p90", "Payung", "diameter 90 cm", "Buah", 65_000),
    ref("gagang", "Gagang Payung", "kayu jati, 35 cm lengkung", "Buah", 30_000),
]


def best(
    references: list[PriceReference], uraian: str, spec: str | None, satuan: str, harga: int
) -> str | None:
    outcome = PriceMatcher(references).match(LineQuery(uraian, spec, satuan, harga_satuan=harga))
    return outcome.best.reference.id if outcome.best else None


def test_a_copied_spec_names_the_accessory_row_ahead_of_its_item() -> None:
    # the line copies the handle's spec but calls it by other words; priced above it
    assert best(UMBRELLAS, "Payung pegangan", "kayu jati, 35 cm lengkung", "Buah", 41_000) == "gagang"
    # without the copied spec the accessory stays out
    assert best(UMBRELLAS, "Payung pegangan", "diameter 60 cm", "Buah", 41_000) == "p60"
