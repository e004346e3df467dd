"""Where an item may be booked, read from what the account is named after and what the line does:
an instrument is no drug, buying a vehicle is no upkeep, an account named after the item is its
place, and work is no material. Invented lines and catalogue rows throughout."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import RkaLine
from samarinda_rka_review.domain.account_names import (
    account_names_item,
    bought_new,
    consumed_in_use_account,
    service_bought_as_goods,
)
from samarinda_rka_review.domain.accounts import Verdict, check_catalogue_account
from samarinda_rka_review.domain.checks import ReviewPolicy, check_account
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise


def row(uraian: str, harga: int, kode_barang: str) -> PriceReference:
    return PriceReference(id=uraian, uraian=uraian, satuan="Unit", harga=harga, kode_barang=kode_barang)


def line(uraian: str, harga: int, kode: str, account: str) -> RkaLine:
    return RkaLine(
        line_id="7",
        uraian=uraian,
        satuan="Unit",
        volume=Decimal(3),
        harga_satuan=harga,
        jumlah=3 * harga,
        kode_rekening=kode,
        account_name=account,
    )


def verdict_for(rka_line: RkaLine, reference: PriceReference) -> Verdict | None:
    outcome = PriceMatcher([reference]).match(LineQuery(rka_line.uraian, None, "Unit"))
    return check_catalogue_account(rka_line, outcome, ReviewPolicy())[0]


THERMOMETER = row("Termometer Inframerah Dahi", 320_000, "1.3.2.07.01.02.011")
PICKUP = row("Mobil Pick Up Bak Terbuka", 245_000_000, "1.3.2.02.01.03.004")
LAMP_POST = row("Tiang Lampu Penerangan Taman", 4_800_000, "1.3.2.09.01.05.002")


def test_accounts_named_after_goods_used_up_are_read_as_such() -> None:
    assert consumed_in_use_account(line("x", 1, "5.1.02.01.01.0037", "Belanja Obat dan Vaksin"))
    assert consumed_in_use_account(line("x", 1, "5.1.02.01.01.0004", "Belanja BBM Genset"))
    assert not consumed_in_use_account(line("x", 1, "5.1.02.01.01.0030", "Belanja Perabot Kantor"))
    assert not consumed_in_use_account(line("x", 1, "5.1.02.01.01.0030", ""))


def test_a_cheap_instrument_under_a_drugs_account_is_a_mismatch_whatever_its_price() -> None:
    booked = line("Termometer inframerah dahi", 320_000, "5.1.02.01.01.0037", "Belanja Obat dan Vaksin")
    assert verdict_for(booked, THERMOMETER) is Verdict.MISMATCH
    # below the capitalisation threshold an equipment objek of belanja barang stays acceptable
    expensed = line(
        "Termometer inframerah dahi", 320_000, "5.1.02.01.01.0030", "Belanja Alat Kesehatan Kecil"
    )
    assert verdict_for(expensed, THERMOMETER) is not Verdict.MISMATCH


def test_buying_a_vehicle_under_an_upkeep_account_is_a_mismatch_servicing_it_is_not() -> None:
    upkeep = "Belanja Pemeliharaan Kendaraan Dinas Lapangan"
    bought = line("Mobil pick up bak terbuka", 245_000_000, "5.1.02.03.02.0111", upkeep)
    assert bought_new(bought)
    assert verdict_for(bought, PICKUP) is Verdict.MISMATCH
    serviced = line("Servis mobil pick up bak terbuka", 1_200_000, "5.1.02.03.02.0111", upkeep)
    assert not bought_new(serviced)
    assert verdict_for(serviced, PICKUP) is not Verdict.MISMATCH


def test_an_account_named_after_the_item_is_its_place_over_the_asset_class() -> None:
    named = line(
        "Tiang lampu penerangan taman",
        4_800_000,
        "5.2.04.03.01.0002",
        "Belanja Modal Tiang Lampu Penerangan Taman",
    )
    assert account_names_item(named)
    assert verdict_for(named, LAMP_POST) is Verdict.CONSISTENT
    other = line(
        "Tiang lampu penerangan taman", 4_800_000, "5.2.04.03.01.0002", "Belanja Modal Jaringan Irigasi"
    )
    assert not account_names_item(other)
    assert verdict_for(other, LAMP_POST) is Verdict.MISMATCH


def test_work_named_as_a_service_under_a_materials_account_is_a_mismatch() -> None:
    gardener = line("Jasa tukang kebun harian", 150_000, "5.1.02.01.01.0010", "Belanja Bahan Kimia")
    category = categorise(gardener.uraian)
    assert category is ItemCategory.SERVICE and service_bought_as_goods(gardener, category)
    finding = check_account(gardener, category, ReviewPolicy())
    assert finding is not None and "5.1.02.02" in finding.message
    # the same work under belanja jasa is where it belongs
    assert (
        check_account(
            gardener.model_copy(update={"kode_rekening": "5.1.02.02.01.0014"}), category, ReviewPolicy()
        )
        is None
    )
