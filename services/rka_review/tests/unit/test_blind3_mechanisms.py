"""The general mechanisms the third blind round exposed, each on a small example of its own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import FindingType, RkaLine, SubKegiatan
from samarinda_rka_review.domain.checks import ReviewPolicy, check_account
from samarinda_rka_review.domain.matching import SAME_PRICE_CREDIT, LineQuery, PriceMatcher
from samarinda_rka_review.domain.relevance import check_relevance
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise

POLICY = ReviewPolicy()
HONORARIA = [
    PriceReference(
        id="mod",
        uraian="Honorarium Moderator",
        spesifikasi="Per orang per kegiatan",
        satuan="Orang/Kali",
        harga=700000,
    ),
    PriceReference(id="mc", uraian="Honorarium Pembawa Acara", spesifikasi=None, satuan="OK", harga=400000),
    PriceReference(
        id="nara", uraian="Honorarium Narasumber", spesifikasi="Eselon III", satuan="OJ", harga=900000
    ),
]


def line(uraian: str, harga: int, kode: str, account: str) -> RkaLine:
    return RkaLine(
        line_id="1",
        uraian=uraian,
        harga_satuan=harga,
        volume=Decimal(1),
        jumlah=harga,
        kode_rekening=kode,
        account_name=account,
    )


def sub(nama: str, indikator: str) -> SubKegiatan:
    return SubKegiatan(nama=nama, indikator=indikator, lines=[])


def test_an_honorarium_is_priced_only_against_the_same_role() -> None:
    matcher = PriceMatcher(HONORARIA)
    referee = matcher.match(LineQuery("Honorarium wasit/juri pertandingan", satuan="OK"))
    host = matcher.match(LineQuery("Honor MC (pembawa acara)", satuan="OK"))
    assert referee.best is None or referee.best.confidence < POLICY.match_threshold
    assert host.best is not None and host.best.reference.id == "mc"


@pytest.mark.parametrize(
    ("uraian", "reference"),
    [
        (
            'Selang hydrant 2,5" @20 meter',
            ("Selang Pemadam Kebakaran", "Diameter 2,5 inch, panjang 20 m", "Rol"),
        ),
        ("Kaos jersey panitia", ("Kaos Olahraga", "Satu stel", "Stel")),
    ],
)
def test_trade_names_meet_the_catalogue_name(uraian: str, reference: tuple[str, str, str]) -> None:
    name, spec, unit = reference
    matcher = PriceMatcher([PriceReference(id="r", uraian=name, spesifikasi=spec, satuan=unit, harga=1000)])
    best = matcher.match(LineQuery(uraian, satuan=unit)).best
    assert best is not None and best.confidence >= POLICY.match_threshold


def test_sports_kit_serves_sport_youth_and_clothing_sub_kegiatan_only() -> None:
    ball = line("Bola sepak size 5", 450000, "5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya")
    assert categorise(ball.uraian) is ItemCategory.SPORTS
    championship = sub("Penyelenggaraan Kejuaraan Keolahragaan Tingkat Kota", "Jumlah kejuaraan")
    clothing = sub("Penyediaan Pakaian Dinas beserta Atribut Kelengkapannya", "Jumlah paket pakaian dinas")
    tax = sub("Pendataan dan Pendaftaran Objek Pajak Daerah", "Jumlah objek pajak yang didata")
    assert check_relevance(ball, ItemCategory.SPORTS, championship, POLICY) is None
    assert check_relevance(ball, ItemCategory.SPORTS, clothing, POLICY) is None
    assert check_relevance(ball, ItemCategory.SPORTS, tax, POLICY) is not None


def test_fire_hoses_serve_fire_and_facility_sub_kegiatan_only() -> None:
    hose = line("Selang pemadam 2,5 inch", 3450000, "5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya")
    assert categorise(hose.uraian) is ItemCategory.FIREFIGHTING
    fire = sub("Pengadaan Sarana dan Prasarana Pencegahan dan Penanggulangan Kebakaran", "Jumlah sarana")
    planning = sub("Penyelenggaraan Musrenbang Kelurahan", "Jumlah dokumen hasil musrenbang")
    assert check_relevance(hose, ItemCategory.FIREFIGHTING, fire, POLICY) is None
    assert check_relevance(hose, ItemCategory.FIREFIGHTING, planning, POLICY) is not None


def test_community_participation_is_carried_out_through_gatherings() -> None:
    tent = line("Sewa tenda 6x12 meter", 1500000, "5.1.02.02.05.0039", "Belanja Sewa Tenda")
    participation = sub(
        "Peningkatan Partisipasi Masyarakat dalam Pembangunan Kelurahan", "Jumlah kegiatan partisipasi"
    )
    assert check_relevance(tent, categorise(tent.uraian), participation, POLICY) is None


def test_a_trophy_under_a_travel_account_is_an_account_mismatch() -> None:
    trophy = line(
        "Piala lomba kebersihan RT", 850000, "5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"
    )
    finding = check_account(trophy, categorise(trophy.uraian), POLICY)
    assert finding is not None and finding.type is FindingType.ACCOUNT_MISMATCH


def test_a_paper_shredder_is_a_machine_not_paper() -> None:
    shredder = line(
        "Mesin penghancur kertas (paper shredder)",
        4800000,
        "5.2.02.05.01.0005",
        "Belanja Modal Alat Kantor Lainnya",
    )
    assert categorise(shredder.uraian) is ItemCategory.IT_EQUIPMENT
    assert check_account(shredder, categorise(shredder.uraian), POLICY) is None


def test_a_line_repeating_a_resembling_rows_price_is_priced_from_that_row() -> None:
    certificate = PriceReference(
        id="piagam",
        uraian="Piagam Penghargaan",
        spesifikasi="Kertas 260 gram, dengan map",
        satuan="Lembar",
        harga=35000,
    )
    matcher = PriceMatcher([certificate])
    same = matcher.match(LineQuery("Piagam peserta lomba", satuan="Lembar", harga_satuan=35000)).best
    other = matcher.match(LineQuery("Piagam peserta lomba", satuan="Lembar", harga_satuan=52000)).best
    assert same is not None and other is not None
    assert same.confidence - other.confidence == pytest.approx(SAME_PRICE_CREDIT, abs=0.002)
    # A shared price alone makes no match.
    stranger = matcher.match(LineQuery("Lembar kerja siswa", satuan="Lembar", harga_satuan=35000)).best
    assert stranger is None or stranger.confidence < POLICY.match_threshold
