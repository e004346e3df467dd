"""A durable bought as a supply: the catalogue files its row as persediaan in a section of what
every function buys, and the line buys it cheaply on a belanja barang account (invented items)."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import RkaLine, SubKegiatan
from samarinda_rka_review.domain import relevance
from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.reviewer import bought_as_supply
from samarinda_rka_review.domain.taxonomy import categorise

POLICY = ReviewPolicy()
SUPPLIES = "1.1.7.01.01.02.031"
GOODS = "5.1.02.01.01.0029"


def ref(kode_barang: str | None, kelompok: str | None) -> PriceReference:
    return PriceReference(
        id="r", uraian="Router Wifi", satuan="Buah", harga=450_000, kode_barang=kode_barang, kelompok=kelompok
    )


def line(harga: int, kode: str = GOODS) -> RkaLine:
    return RkaLine(
        line_id="1",
        uraian="Router wifi dual band",
        satuan="Buah",
        volume=Decimal(4),
        harga_satuan=harga,
        jumlah=harga * 4,
        kode_rekening=kode,
        account_name="Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer",
    )


def test_a_cheap_persediaan_row_of_general_supplies_booked_as_goods_is_a_supply() -> None:
    assert bought_as_supply(line(150_000), ref(SUPPLIES, "BAHAN KOMPUTER"), POLICY)
    # each part alone says little
    assert not bought_as_supply(line(150_000), ref("1.3.2.10.02.03.001", "BAHAN KOMPUTER"), POLICY)
    assert not bought_as_supply(line(150_000), ref(SUPPLIES, "ALAT LABORATORIUM"), POLICY)
    assert not bought_as_supply(line(1_500_000), ref(SUPPLIES, "BAHAN KOMPUTER"), POLICY)
    assert not bought_as_supply(line(150_000, "5.2.02.10.02.0003"), ref(SUPPLIES, "BAHAN KOMPUTER"), POLICY)
    assert not bought_as_supply(line(150_000), None, POLICY)


def test_a_supply_is_no_equipment_the_output_must_call_for() -> None:
    sub = SubKegiatan(nama="Penyuluhan Hukum bagi Warga", indikator="Warga yang mendapat penyuluhan hukum")
    item = line(150_000)
    category = categorise(item.uraian)
    assert relevance.judge(item, category, sub).off_target
    assert not relevance.judge(item, category, sub, supply=True).off_target
