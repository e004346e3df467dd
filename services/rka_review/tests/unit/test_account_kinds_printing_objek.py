"""Printing is neither rent nor a fee; paper and computer supplies are objek of their own; a
sub-kegiatan building an application buys computers (own invented examples)."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import FindingType, RkaLine, SubKegiatan
from samarinda_rka_review.domain.checks import ReviewPolicy, check_account
from samarinda_rka_review.domain.relevance import check_relevance
from samarinda_rka_review.domain.taxonomy import categorise

POLICY = ReviewPolicy()


def booked(uraian: str, account: str, kode: str, harga: int = 150_000) -> RkaLine:
    return RkaLine(
        line_id="1",
        uraian=uraian,
        harga_satuan=harga,
        volume=Decimal(10),
        jumlah=harga * 10,
        kode_rekening=kode,
        account_name=account,
        satuan="Lembar",
    )


def verdict(line: RkaLine) -> bool:
    return check_account(line, categorise(line.uraian), POLICY) is not None


def test_a_print_job_under_a_rental_or_an_honorarium_account_is_booked_to_the_wrong_kind() -> None:
    assert verdict(
        booked("Cetak brosur lipat tiga", "Belanja Sewa Gedung/Kantor/Tempat", "5.1.02.02.04.0100")
    )
    assert verdict(
        booked("Cetak brosur lipat tiga", "Honorarium Tim Pelaksana Kegiatan", "5.1.02.02.01.0004")
    )
    assert not verdict(
        booked(
            "Cetak brosur lipat tiga",
            "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak",
            "5.1.02.01.01.0026",
        )
    )


def test_computers_serve_an_application_sub_kegiatan() -> None:
    laptop = RkaLine(
        line_id="1",
        uraian="Laptop prosesor 8 core",
        harga_satuan=12_000_000,
        kode_rekening="5.2.02.10.01.0002",
    )
    app = SubKegiatan(nama="Pengembangan Aplikasi Pengaduan Warga")
    report = SubKegiatan(nama="Penyusunan Laporan Keuangan Akhir Tahun")
    assert check_relevance(laptop, categorise(laptop.uraian), app, POLICY) is None
    finding = check_relevance(laptop, categorise(laptop.uraian), report, POLICY)
    assert finding is not None and finding.type is FindingType.OFF_TARGET


def test_paper_and_computer_supplies_are_narrow_objek_of_their_own() -> None:
    paper = ("Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover", "5.1.02.01.01.0025")
    computer = ("Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", "5.1.02.01.01.0029")
    stationery = ("Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", "5.1.02.01.01.0024")
    assert verdict(booked("Toner laserjet hitam", *paper))
    assert verdict(booked("Kertas folio 70 gram", *computer))
    assert not verdict(booked("Toner laserjet hitam", *computer))
    assert not verdict(booked("Kertas folio 70 gram", *paper))
    # stationery may hold either: authors commonly buy paper as stationery
    assert not verdict(booked("Kertas folio 70 gram", *stationery))
    # a name placing the item in both objek is left alone
    assert not verdict(booked("Kertas foto untuk printer tinta", *paper))


def test_a_fee_for_a_role_with_its_own_honorarium_objek_is_no_hired_labour() -> None:
    labour = ("Belanja Jasa Tenaga Kebersihan", "5.1.02.02.01.0015")
    assert verdict(booked("Honorarium moderator diskusi", *labour))
    # labour written as an honorarium (a supervisor, a worker) stays with hired labour
    assert not verdict(booked("Honorarium petugas kebersihan", *labour))
    assert not verdict(booked("Jasa tenaga kebersihan gedung", *labour))
    assert not verdict(
        booked("Honorarium moderator diskusi", "Honorarium Narasumber atau Pembahas", "5.1.02.02.01.0003")
    )
