"""Protective work gear serves physical work, not a desk or a meeting table (invented
sub-kegiatan and lines)."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import RkaLine, SubKegiatan
from samarinda_rka_review.domain.relevance import Reading, judge, judge_by_function
from samarinda_rka_review.domain.relevance_protective import desk_work, gear_at_desk, protective
from samarinda_rka_review.domain.taxonomy import categorise

GEAR_ACCOUNT = "Belanja Pakaian Kerja dan Alat Pelindung Diri"

BUDGET_DOCUMENT = SubKegiatan(
    kode="5.02.02.2.01.0003",
    nama="Penyusunan Dokumen Anggaran Perubahan",
    indikator="Jumlah dokumen anggaran yang tersusun",
    lines=[],
)
CITIZEN_FORUM = SubKegiatan(
    kode="7.01.02.2.01.0005",
    nama="Rapat Dengar Pendapat Warga Kelurahan",
    lines=[],
)
DRAIN_MEETING = SubKegiatan(
    kode="1.03.10.2.01.0002",
    nama="Koordinasi Pembersihan Saluran Drainase",
    indikator="Jumlah ruas saluran yang dibersihkan",
    lines=[],
)
FIELD_CHECK = SubKegiatan(
    kode="4.01.02.2.01.0004",
    nama="Penyusunan Laporan Pemeriksaan Lapangan Aset",
    lines=[],
)
UNNAMED_MEETINGS = SubKegiatan(
    kode="4.01.03.2.06.0001",
    nama="hal. 2",
    named=False,
    indikator="Jumlah rapat pimpinan yang terlaksana",
    kegiatan="Koordinasi Kebijakan Pimpinan",
    lines=[],
)


def line(uraian: str, account: str = GEAR_ACCOUNT) -> RkaLine:
    return RkaLine(
        line_id="4",
        uraian=uraian,
        volume=Decimal(6),
        harga_satuan=300_000,
        jumlah=1_800_000,
        kode_rekening="5.1.02.01.01.0010",
        account_name=account,
    )


def test_gear_is_known_by_its_account_or_its_own_name() -> None:
    assert protective(line("Sepatu kerja kulit")) == "pakaian kerja"
    helmet = line("Helm keselamatan putih", account="Belanja Bahan-Bahan Lainnya")
    assert protective(helmet) == "helm keselamatan"
    assert protective(line("Map plastik", account="Belanja Alat Tulis Kantor")) is None
    # an account named for field work files what protects people working in the field
    field = line("Sarung tangan las", account="Belanja Alat Kerja Lapangan Regu Tanggap")
    assert protective(field) == "kerja lapangan"


def test_gear_for_a_budget_document_is_off_target() -> None:
    gear = line("Sepatu kerja kulit")
    assert gear_at_desk(gear, BUDGET_DOCUMENT) == ("pakaian kerja", "penyusunan")
    verdict = judge(gear, categorise(gear.uraian), BUDGET_DOCUMENT)
    assert verdict.off_target and verdict.reading is Reading.DESK_GEAR


def test_a_meeting_of_residents_needs_no_gear() -> None:
    assert desk_work(CITIZEN_FORUM) == "rapat"
    assert judge(line("Helm keselamatan"), categorise("Helm keselamatan"), CITIZEN_FORUM).off_target


def test_a_meeting_about_physical_work_may_buy_gear() -> None:
    # the sub-kegiatan serves public works (its code and its words): its crews do the cleaning
    assert desk_work(DRAIN_MEETING) is None
    assert gear_at_desk(line("Sepatu lars karet"), DRAIN_MEETING) is None


def test_field_work_named_by_a_report_keeps_its_gear() -> None:
    assert desk_work(FIELD_CHECK) is None


def test_gear_handed_to_the_public_is_judged_as_aid_not_here() -> None:
    given = line("Helm keselamatan", account="Belanja Barang untuk Dibagikan kepada Masyarakat")
    verdict = judge(given, categorise(given.uraian), CITIZEN_FORUM, handed_over=True)
    assert verdict.reading is not Reading.DESK_GEAR


def test_an_unnamed_sub_kegiatan_is_read_by_its_output_and_kegiatan() -> None:
    verdict = judge_by_function(line("Sepatu kerja kulit"), UNNAMED_MEETINGS)
    assert verdict.off_target and verdict.reading is Reading.DESK_GEAR
    assert "tidak terbaca" in verdict.reason
