"""A trip out of the region serves a locally delivered output only for a reason the budget
states (invented sub-kegiatan and lines)."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import RkaLine, SubKegiatan
from samarinda_rka_review.domain.relevance import Reading, judge
from samarinda_rka_review.domain.relevance_travel import far_trip
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise

WATER_TESTING = SubKegiatan(
    kode="1.03.05.1.01.0003",
    nama="Pengujian Kualitas Air Sumur Warga",
    indikator="Jumlah sampel air sumur yang diuji",
    lines=[],
)
MINISTRY_VISIT = SubKegiatan(
    kode="1.03.05.1.01.0004",
    nama="Koordinasi Pengelolaan Air Minum dengan Kementerian",
    indikator="Jumlah laporan hasil koordinasi",
    lines=[],
)
HEADING_ONLY = SubKegiatan(nama="Rincian Anggaran", lines=[])


TRAVEL_ACCOUNT = "Belanja Perjalanan Dinas Biasa"


def trip(uraian: str, account: str = TRAVEL_ACCOUNT, subgroup: str | None = None) -> RkaLine:
    return RkaLine(
        line_id="7",
        uraian=uraian,
        volume=Decimal(2),
        harga_satuan=2_800_000,
        jumlah=5_600_000,
        kode_rekening="5.1.02.04.01.0001",
        account_name=account,
        subgroup=subgroup,
    )


def test_a_flight_far_away_does_not_serve_a_local_output() -> None:
    line = trip("Tiket pesawat Kota Asal - Kota Jauh PP")
    assert categorise(line.uraian) is ItemCategory.TRAVEL
    assert far_trip(line, WATER_TESTING) == "pesawat"
    verdict = judge(line, ItemCategory.TRAVEL, WATER_TESTING)
    assert verdict.off_target and verdict.reading is Reading.FAR_TRAVEL


def test_an_account_abroad_is_a_far_trip_too() -> None:
    line = trip("Uang harian petugas", account="Belanja Perjalanan Dinas Luar Negeri")
    assert far_trip(line, WATER_TESTING) is not None


def test_a_local_trip_serves_any_output() -> None:
    assert far_trip(trip("Transport lokal petugas pengambil sampel"), WATER_TESTING) is None
    assert not judge(trip("Transport lokal petugas"), ItemCategory.TRAVEL, WATER_TESTING).off_target


def test_a_reason_stated_by_the_sub_kegiatan_the_subgroup_or_the_line_licenses_the_trip() -> None:
    assert far_trip(trip("Tiket pesawat ke ibu kota PP"), MINISTRY_VISIT) is None
    visit = trip("Tiket pesawat PP", subgroup="[#] Studi Banding Laboratorium")
    assert far_trip(visit, WATER_TESTING) is None
    assert far_trip(trip("Tiket pesawat PP untuk konsultasi teknis"), WATER_TESTING) is None


def test_a_sub_kegiatan_known_only_by_a_heading_states_nothing_to_judge_against() -> None:
    assert far_trip(trip("Tiket pesawat PP"), HEADING_ONLY) is None


def test_drafting_a_regional_regulation_is_a_reason_to_go() -> None:
    flight = trip("Tiket pesawat Kota Asal - Kota Jauh PP")
    regulation = SubKegiatan(
        kode="4.02.02.2.02.0009",
        nama="Pembahasan Rancangan Peraturan Daerah tentang Air Tanah",
        indikator="Jumlah Raperda yang dibahas",
        lines=[],
    )
    assert far_trip(flight, regulation) is None
    assert far_trip(flight, WATER_TESTING) == "pesawat"


def test_the_region_s_development_plan_is_consulted_far_away() -> None:
    flight = trip("Tiket pesawat Kota Asal - Kota Jauh PP")
    plan = SubKegiatan(
        kode="5.01.02.2.01.0002",
        nama="Penyusunan Rancangan Akhir RPJMD",
        indikator="Jumlah dokumen rencana pembangunan daerah",
        lines=[],
    )
    assert far_trip(flight, plan) is None


def test_the_staffs_own_course_or_visit_named_by_the_line_alone_licenses_no_far_trip() -> None:
    assert far_trip(trip("Tiket pesawat PP (kursus bendahara)"), WATER_TESTING) == "pesawat"
    assert far_trip(trip("Tiket pesawat untuk studi banding 2 orang"), WATER_TESTING) == "pesawat"
    visit = trip("Tiket pesawat PP (kursus bendahara)", subgroup="[#] Kursus Pengelolaan Keuangan")
    assert far_trip(visit, WATER_TESTING) is None


def test_a_sub_kegiatan_raising_staff_competence_is_a_reason_to_go() -> None:
    competence = SubKegiatan(
        kode="1.03.05.2.02.0001",
        nama="Peningkatan Kompetensi Tenaga Laboratorium",
        indikator="Jumlah tenaga yang ditingkatkan kompetensinya",
        lines=[],
    )
    assert far_trip(trip("Tiket pesawat PP pelatihan"), competence) is None


def test_a_study_visit_the_line_names_needs_a_budget_that_names_one() -> None:
    course = SubKegiatan(
        kode="1.03.05.2.02.0002",
        nama="Bimbingan Teknis Pengolahan Air bagi Kelompok Warga",
        indikator="Jumlah peserta bimbingan teknis yang lulus",
        lines=[],
    )
    visit = trip("Tiket pesawat studi banding para kader")
    # a course held here is a reason to fly its trainer in, not to go and learn elsewhere
    assert far_trip(trip("Tiket pesawat narasumber PP"), course) is None
    assert far_trip(visit, course) == "pesawat"
    assert far_trip(visit, MINISTRY_VISIT) == "pesawat"
    exchange = SubKegiatan(
        kode="1.03.05.2.02.0003",
        nama="Studi Banding Pengelolaan Air Minum",
        indikator="Jumlah laporan studi banding",
        lines=[],
    )
    assert far_trip(visit, exchange) is None
