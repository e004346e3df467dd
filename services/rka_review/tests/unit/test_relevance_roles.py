"""A role that exists only at one kind of occasion (a jury at a contest) serves a sub-kegiatan
only where the budget names such an occasion (invented sub-kegiatan and lines)."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import RkaLine, SubKegiatan
from samarinda_rka_review.domain.relevance import Reading, judge
from samarinda_rka_review.domain.relevance_roles import role_without_occasion
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise

HONORARIUM_ACCOUNT = "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"
SEED_AID = SubKegiatan(
    kode="3.27.03.2.01.0002",
    nama="Penyediaan Benih Padi bagi Kelompok Tani",
    indikator="Jumlah kelompok tani penerima benih",
)
CONTEST = SubKegiatan(
    kode="3.27.03.2.01.0005",
    nama="Pemilihan Kelompok Tani Berprestasi",
    indikator="Jumlah kelompok tani yang dinilai",
)
HEADING_ONLY = SubKegiatan(nama="Rincian Belanja")


def fee(uraian: str, subgroup: str | None = None) -> RkaLine:
    return RkaLine(
        line_id="4",
        uraian=uraian,
        volume=Decimal(3),
        harga_satuan=700_000,
        jumlah=2_100_000,
        kode_rekening="5.1.02.02.01.0003",
        account_name=HONORARIUM_ACCOUNT,
        subgroup=subgroup,
    )


def test_a_jury_where_nothing_is_judged_serves_no_output() -> None:
    line = fee("Honorarium dewan juri, per orang")
    assert categorise(line.uraian) is ItemCategory.HONORARIUM
    assert role_without_occasion(line, SEED_AID) == "dewan juri"
    verdict = judge(line, ItemCategory.HONORARIUM, SEED_AID)
    assert verdict.off_target and verdict.reading is Reading.ROLE


def test_a_jury_where_the_budget_names_a_contest_fits() -> None:
    assert role_without_occasion(fee("Honorarium dewan juri"), CONTEST) is None
    assert role_without_occasion(fee("Honorarium juri lomba kebun"), SEED_AID) is None
    assert role_without_occasion(fee("Honorarium juri", subgroup="Penilaian kebun contoh"), SEED_AID) is None
    assert not judge(fee("Honorarium dewan juri"), ItemCategory.HONORARIUM, CONTEST).off_target


def test_a_jury_named_only_by_its_kind_names_no_contest() -> None:
    assert role_without_occasion(fee("Uang jasa wasit lomba"), SEED_AID) == "wasit"
    assert role_without_occasion(fee("Honor juri perlombaan per orang"), SEED_AID) == "juri"
    assert role_without_occasion(fee("Uang jasa wasit lomba"), CONTEST) is None


def test_other_fees_and_unread_sub_kegiatan_are_not_judged_by_role() -> None:
    assert role_without_occasion(fee("Honorarium narasumber"), SEED_AID) is None
    assert role_without_occasion(fee("Honorarium dewan juri"), HEADING_ONLY) is None


def test_an_exhibition_stand_serves_only_where_something_is_exhibited() -> None:
    clean_up = SubKegiatan(
        kode="7.01.06.2.01.0003", nama="Kerja Bakti Pembersihan Saluran Warga", indikator="Jumlah RT terlibat"
    )
    fair = SubKegiatan(kode="3.30.02.2.01.0004", nama="Gelar Produk Unggulan Kelurahan")
    stand = RkaLine(
        line_id="6",
        uraian="Sewa stan pameran 3x3 m",
        volume=Decimal(2),
        harga_satuan=900_000,
        jumlah=1_800_000,
        account_name="Belanja Sewa Peralatan dan Perlengkapan Kantor",
    )
    verdict = judge(stand, categorise(stand.uraian), clean_up)
    assert verdict.off_target and verdict.reading is Reading.ROLE
    assert not judge(stand, categorise(stand.uraian), fair).off_target
