"""Office equipment in a sub-kegiatan that runs a service: the unit doing the work uses it. In a
meeting, a document or construction works it still needs its field named."""

from __future__ import annotations

from decimal import Decimal

import pytest
from samarinda_common.rka import RkaLine, SubKegiatan
from samarinda_rka_review.domain import relevance
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise, fits_context, runs_a_service


@pytest.mark.parametrize(
    "nama",
    [
        "Pelaksanaan Kalibrasi Alat Ukur Takar Timbang",
        "Pengelolaan Pusat Panggilan Darurat 112",
        "Pelayanan Izin Mendirikan Usaha Mikro",
        "Penerbitan Surat Keterangan Usaha Mikro",  # a counter that issues papers
    ],
)
def test_computers_and_appliances_serve_a_service_that_is_run(nama: str) -> None:
    assert runs_a_service(nama)
    for category in (ItemCategory.IT_EQUIPMENT, ItemCategory.APPLIANCE):
        assert fits_context(category, nama, "Jumlah Layanan yang Diberikan")


@pytest.mark.parametrize(
    "nama",
    [
        "Rapat Koordinasi Pengelolaan Aset",  # a meeting about a service
        "Pelaksanaan Rehabilitasi Trotoar Kota",  # construction works
        "Peringatan Hari Jadi Kota",  # an event
    ],
)
def test_a_meeting_an_event_or_works_still_need_the_field_named(nama: str) -> None:
    assert not fits_context(ItemCategory.IT_EQUIPMENT, nama, "Jumlah Dokumen Laporan")


def test_furniture_is_not_bought_for_running_a_service() -> None:
    assert not fits_context(ItemCategory.FURNITURE, "Pelayanan Izin Mendirikan Usaha Mikro", "Jumlah Izin")


def test_a_category_judged_by_words_is_still_placed_by_the_account_it_is_booked_to() -> None:
    # An appliance in a museum sub-kegiatan passes the equipment words ("koleksi"), but it is
    # booked to a medical-equipment account: goods of a function the museum does not serve.
    line = RkaLine(
        line_id="7",
        kode_rekening="5.2.02.07.01.0001",
        account_name="Belanja Modal Alat Kedokteran Umum",
        uraian="Kulkas 2 pintu",
        satuan="Unit",
        volume=Decimal(1),
        harga_satuan=6_500_000,
        jumlah=7_215_000,
    )
    sub = SubKegiatan(
        kode="2.22.02.2.01.0003",
        nama="Pengelolaan Koleksi Museum Daerah",
        indikator="Jumlah Koleksi yang Dikelola",
        lines=[line],
    )
    verdict = relevance.judge(line, categorise(line.uraian), sub)
    assert verdict.off_target and verdict.reading is relevance.Reading.FUNCTION


def test_work_machines_are_not_licensed_by_a_sub_kegiatan_of_information() -> None:
    assert categorise("Mesin las listrik 200 A") is ItemCategory.TOOLS
    assert not fits_context(ItemCategory.TOOLS, "Pengembangan Aplikasi Data Statistik", "Jumlah Aplikasi")
    assert fits_context(ItemCategory.TOOLS, "Pengadaan Peralatan Bengkel Kerja", "Jumlah Peralatan")
