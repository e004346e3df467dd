"""A hire named after the event it furnishes is an event rental whatever fixture it hires, and is
judged as one: off target where the sub-kegiatan holds no event."""

from __future__ import annotations

from decimal import Decimal

import pytest
from samarinda_common.rka import RkaLine, SubKegiatan
from samarinda_rka_review.domain.relevance import judge
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise

DESK_REVIEW = SubKegiatan(
    kode="6.01.02.2.01.0004",
    nama="Pemeriksaan Reguler Pengelolaan Keuangan Kelurahan",
    indikator="Jumlah laporan hasil pemeriksaan",
)
CRAFT_FAIR = SubKegiatan(
    kode="2.17.05.2.01.0002",
    nama="Penyelenggaraan Bazar Kerajinan Rakyat",
    indikator="Jumlah bazar yang diselenggarakan",
)


def hire(uraian: str) -> RkaLine:
    return RkaLine(
        line_id="3",
        uraian=uraian,
        volume=Decimal(2),
        harga_satuan=2_000_000,
        jumlah=4_000_000,
        kode_rekening="5.1.02.02.01.0052",
        account_name="Belanja Sewa Peralatan",
    )


@pytest.mark.parametrize(
    "uraian", ["Sewa kios bazar 2x2 m", "Sewa rangka karnaval", "Sewa gerai festival kuliner"]
)
def test_a_hire_named_after_an_event_is_an_event_rental(uraian: str) -> None:
    assert categorise(uraian) is ItemCategory.EVENT_RENTAL


@pytest.mark.parametrize(
    "uraian", ["Sewa mobil operasional", "Sewa ruang rapat", "Sewa gudang (untuk bazar)"]
)
def test_a_hire_that_names_no_event_stays_a_rental(uraian: str) -> None:
    assert categorise(uraian) is ItemCategory.RENTAL


def test_an_event_hire_serves_only_a_sub_kegiatan_that_holds_the_event() -> None:
    stall = hire("Sewa kios bazar 2x2 m")
    assert judge(stall, categorise(stall.uraian), DESK_REVIEW).off_target
    assert not judge(stall, categorise(stall.uraian), CRAFT_FAIR).off_target
