"""A line bought for an occasion its sub-kegiatan does not hold (an anniversary, an awards night,
a clean-up day, a staff gathering) serves no output of it (invented sub-kegiatan and lines)."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import RkaLine, SubKegiatan
from samarinda_rka_review.domain.relevance import Reading, judge
from samarinda_rka_review.domain.relevance_occasions import occasion_not_held
from samarinda_rka_review.domain.taxonomy import categorise

PERMITS = SubKegiatan(
    kode="2.18.02.2.01.0003",
    nama="Pelayanan Perizinan Usaha Mikro",
    indikator="Jumlah izin usaha mikro yang diterbitkan",
)
CLEAN_UP = SubKegiatan(
    kode="7.01.02.2.04.0002",
    nama="Penataan Kebersihan Lingkungan Permukiman",
    indikator="Jumlah titik kebersihan yang ditangani",
)


def line(uraian: str, account: str = "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak") -> RkaLine:
    return RkaLine(
        line_id="5",
        uraian=uraian,
        volume=Decimal(1),
        harga_satuan=450_000,
        jumlah=450_000,
        kode_rekening="5.1.02.01.01.0026",
        account_name=account,
    )


def test_a_line_for_an_occasion_the_sub_kegiatan_does_not_hold_is_off_target() -> None:
    banner = line("Spanduk ucapan hari jadi kantor")
    found = occasion_not_held(banner, PERMITS)
    assert found is not None and found[1] == "hari jadi"
    verdict = judge(banner, categorise(banner.uraian), PERMITS)
    assert verdict.off_target and verdict.reading is Reading.OCCASION
    cake = line("Kue basah (halal bihalal)", "Belanja Makanan dan Minuman Rapat")
    assert occasion_not_held(cake, PERMITS) is not None
    brooms = line("Sapu ijuk (kerja bakti)", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Rumah Tangga")
    assert occasion_not_held(brooms, PERMITS) is not None


def test_an_occasion_the_budget_holds_or_the_line_ties_to_the_output_is_served() -> None:
    brooms = line("Sapu ijuk (kerja bakti)", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Rumah Tangga")
    assert occasion_not_held(brooms, CLEAN_UP) is None
    anniversary = PERMITS.model_copy(update={"kegiatan": "Peringatan Hari Jadi Pelayanan Terpadu"})
    assert occasion_not_held(line("Spanduk ucapan hari jadi kantor"), anniversary) is None
    # the line says what the occasion is about with the sub-kegiatan's own word
    walk = line("Topi sepeda santai perizinan", "Belanja Pakaian Khusus dan Hari-hari Tertentu")
    assert occasion_not_held(walk, PERMITS) is None
    # a line naming no occasion, or a sub-kegiatan read without code and output, is not judged here
    assert occasion_not_held(line("Spanduk layanan perizinan"), PERMITS) is None
    assert occasion_not_held(line("Spanduk ucapan hari jadi kantor"), SubKegiatan(nama="Pelayanan")) is None


def test_the_office_s_own_calendar_or_plan_serves_no_technical_sub_kegiatan() -> None:
    calendar = line("Cetak kalender meja kantor tahun depan")
    assert occasion_not_held(calendar, PERMITS) is not None
    plan = line("Jilid buku rencana strategis kantor", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak")
    assert judge(plan, categorise(plan.uraian), PERMITS, opd_name="Dinas Perizinan Contoh").off_target
    planning = SubKegiatan(
        kode="2.18.01.2.01.0001",
        nama="Penyusunan Dokumen Perencanaan Perangkat Daerah",
        indikator="Jumlah dokumen perencanaan yang disusun",
    )
    assert occasion_not_held(plan, planning) is None
