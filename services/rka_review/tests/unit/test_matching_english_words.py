"""English trade words a line may use for the catalogue's Indonesian name (``vocabulary.toml``):
a refill is the catalogue's ``isi ulang`` row, not the new container; ``busa`` is ``foam``."""

from __future__ import annotations

from samarinda_common.price_catalogue import PriceReference
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher

CATALOGUE = [
    PriceReference(
        id="tabung-baru",
        uraian="Tabung Oksigen",
        spesifikasi="1 m3, lengkap regulator",
        satuan="Tabung",
        harga=1_900_000,
    ),
    PriceReference(
        id="tabung-isi", uraian="Isi Ulang Tabung Oksigen", spesifikasi="1 m3", satuan="Tabung", harga=95_000
    ),
    PriceReference(
        id="kasur-busa",
        uraian="Kasur Foam",
        spesifikasi="120 x 200 cm, tebal 15 cm",
        satuan="Buah",
        harga=850_000,
    ),
    PriceReference(
        id="kasur-pegas", uraian="Kasur Pegas", spesifikasi="120 x 200 cm", satuan="Buah", harga=1_650_000
    ),
]


def _best(uraian: str, satuan: str, harga: int) -> str | None:
    outcome = PriceMatcher(CATALOGUE).match(LineQuery(uraian, None, satuan, None, harga))
    return outcome.best.reference.id if outcome.best else None


def test_a_refill_is_priced_by_the_isi_ulang_row() -> None:
    assert _best("Refill tabung oksigen 1 m3", "Tabung", 110_000) == "tabung-isi"


def test_busa_is_the_catalogues_foam() -> None:
    assert _best("Kasur busa 120 x 200 cm", "Buah", 800_000) == "kasur-busa"
