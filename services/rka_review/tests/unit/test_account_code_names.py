"""An account printed by its code alone is read by the chart's name of that code (invented lines)."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import FindingType, RkaLine
from samarinda_rka_review.domain.checks import ReviewPolicy, account_name_of, check_account
from samarinda_rka_review.domain.taxonomy import categorise


def booked(uraian: str, code: str, name: str | None = None) -> RkaLine:
    return RkaLine(
        line_id="3",
        uraian=uraian,
        volume=Decimal(4),
        harga_satuan=250_000,
        jumlah=1_000_000,
        kode_rekening=code,
        account_name=name,
    )


def test_a_code_without_a_name_takes_the_charts_name_of_its_longest_named_prefix() -> None:
    assert account_name_of(booked("Uang harian", "5.1.02.04.01.0001")) == "Belanja Perjalanan Dinas Biasa"
    assert account_name_of(booked("Uang harian", "5.1.02.04.01.0099")) == "Belanja Perjalanan Dinas"
    assert account_name_of(booked("Uang harian", "5.1.02.04.01.0001", "Belanja Lain")) == "Belanja Lain"
    assert account_name_of(booked("Uang harian", "5.1.02.041")) is None
    assert account_name_of(booked("Uang harian", "9.9")) is None


def test_goods_under_a_travel_code_printed_without_its_name_are_an_account_mismatch() -> None:
    line = booked("Raket bulu tangkis", "5.1.02.04.01.0003")
    finding = check_account(line, categorise(line.uraian), ReviewPolicy())
    assert finding is not None and finding.type is FindingType.ACCOUNT_MISMATCH
    assert "Perjalanan Dinas" in finding.message


def test_a_trip_under_a_travel_code_printed_without_its_name_is_clean() -> None:
    line = booked("Transport lokal petugas", "5.1.02.04.01.0003")
    assert check_account(line, categorise(line.uraian), ReviewPolicy()) is None


def test_a_name_that_says_nothing_of_its_kind_is_read_as_no_name() -> None:
    # an OCR that kept the first word of the account's name only
    assert account_name_of(booked("Teh celup", "5.1.02.01.01.0024", "Belanja")) == (
        "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"
    )
    assert account_name_of(booked("Teh celup", "9.9", "Belanja")) == "Belanja"


def test_a_meal_under_a_stationery_code_printed_without_its_name_is_an_account_mismatch() -> None:
    line = booked("Nasi bungkus lauk ayam", "5.1.02.01.01.0024")
    finding = check_account(line, categorise(line.uraian), ReviewPolicy())
    assert finding is not None and finding.type is FindingType.ACCOUNT_MISMATCH
    assert "Alat Tulis Kantor" in finding.message
