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
    assert account_name_of(booked("Uang harian", "5.1.02.04.01.0001")) == "Belanja Perjalanan Dinas"
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
