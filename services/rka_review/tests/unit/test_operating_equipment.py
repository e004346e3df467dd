"""Office equipment in a sub-kegiatan that runs a service: the unit doing the work uses it. In a
meeting, a document or construction works it still needs its field named."""

from __future__ import annotations

import pytest
from samarinda_rka_review.domain.taxonomy import ItemCategory, fits_context, runs_a_service


@pytest.mark.parametrize(
    "nama",
    [
        "Pelaksanaan Kalibrasi Alat Ukur Takar Timbang",
        "Pengelolaan Pusat Panggilan Darurat 112",
        "Pelayanan Izin Mendirikan Usaha Mikro",
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
