"""The general mechanisms the blind set exposed: units, compounds, printed goods, account context,
spec-named catalogue rows, and which sub-kegiatan an item category can serve."""

from __future__ import annotations

import pytest
from samarinda_common.price_catalogue import PriceReference
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise, fits_context
from samarinda_rka_review.domain.text import canonical_unit, units_compatible


def _ref(uraian: str, spesifikasi: str | None, satuan: str, harga: int) -> PriceReference:
    return PriceReference(
        id=uraian + (spesifikasi or ""), uraian=uraian, spesifikasi=spesifikasi, satuan=satuan, harga=harga
    )


CATALOGUE = [
    _ref("Uang Harian Perjalanan Dinas Dalam Kota", "Lebih dari 8 jam", "Orang/Hari", 200_000),
    _ref("Uang Harian Perjalanan Dinas Luar Kota", "Dalam provinsi", "Orang/Hari", 430_000),
    _ref("Hand Sprayer", "Tangki 16 liter, elektrik", "Unit", 750_000),
    _ref("Cetak Spanduk", "Bahan flexi 280 gram", "M2", 40_000),
    _ref("Makanan Siap Saji", "Nasi bungkus dengan lauk", "Bungkus", 25_000),
    _ref("Snack Kotak", "Isi 3 jenis kue", "Kotak", 18_000),
    _ref("Sewa Colocation Server", "1U, listrik dan pendingin", "Bulan", 3_500_000),
    _ref("Sapu Lidi", "Dengan gagang kayu", "Buah", 25_000),
]
MATCHER = PriceMatcher(CATALOGUE)


@pytest.mark.parametrize(
    ("rka_unit", "catalogue_unit"),
    [
        ("User/Thn", "User/Tahun"),
        ("Ktk", "Kotak"),
        ("Org/Hari", "OH"),
        ("Orang per Bulan", "OB"),
        ("Btg", "Pohon"),
        # a head counted by who it is is one person
        ("Siswa x Kali", "OK"),
        ("Pasien/Hari", "OH"),
    ],
)
def test_compound_and_abbreviated_units_meet(rka_unit: str, catalogue_unit: str) -> None:
    assert units_compatible(rka_unit, catalogue_unit) is True


def test_different_compound_units_stay_apart() -> None:
    assert canonical_unit("Unit/Hari") != canonical_unit("Paket/Hari")


def _best(query: LineQuery) -> tuple[str | None, float]:
    best = MATCHER.match(query).best
    return (best.reference.id, best.confidence) if best else (None, 0.0)


def test_a_compound_written_as_one_word_meets_the_catalogue_row() -> None:
    reference, confidence = _best(LineQuery("Handsprayer elektrik 16 liter", None, "Unit"))
    assert reference == "Hand SprayerTangki 16 liter, elektrik" and confidence >= 0.55


def test_manual_and_electric_variants_exclude_each_other() -> None:
    outcome = MATCHER.match(LineQuery("Hand sprayer manual", "Pompa tangan", "Unit"))
    assert outcome.best is None or outcome.best.reference.uraian != "Hand Sprayer"


def test_a_printed_product_meets_its_printing_row() -> None:
    reference, confidence = _best(LineQuery("Spanduk flexi 280 gr", None, "m2"))
    assert reference == "Cetak SpandukBahan flexi 280 gram" and confidence >= 0.55


def test_the_account_name_places_a_terse_line() -> None:
    terse = LineQuery("Uang harian petugas sampling", None, "OH")
    placed = LineQuery("Uang harian petugas sampling", None, "OH", "Belanja Perjalanan Dinas Dalam Kota")
    assert _best(placed)[0] == "Uang Harian Perjalanan Dinas Dalam KotaLebih dari 8 jam"
    assert _best(placed)[1] >= 0.55 > _best(terse)[1]


def test_the_account_name_rules_out_the_other_variant() -> None:
    outcome = MATCHER.match(
        LineQuery("Uang harian petugas", None, "OH", "Belanja Perjalanan Dinas Dalam Kota")
    )
    assert all("Luar Kota" not in m.reference.uraian for m in outcome.candidates)


def test_the_unit_word_counts_towards_a_packaged_item_name() -> None:
    reference, confidence = _best(LineQuery("Snack sosialisasi penyaluran benih", None, "kotak"))
    assert reference == "Snack KotakIsi 3 jenis kue" and confidence >= 0.55


def test_a_catalogue_row_named_in_its_spec_is_found() -> None:
    reference, confidence = _best(LineQuery("Nasi bungkus dapur umum", "Nasi dan lauk", "bks"))
    assert reference == "Makanan Siap SajiNasi bungkus dengan lauk" and confidence >= 0.55


def test_a_spec_that_shares_one_word_does_not_stand_for_the_name() -> None:
    assert _best(LineQuery("Cinderamata plakat kayu", "Ukiran", "Buah"))[1] < 0.55


def test_rack_units_are_measurements() -> None:
    outcome = MATCHER.match(LineQuery("Sewa colocation 2U", None, "Bulan"))
    assert outcome.best is None or "Colocation" not in outcome.best.reference.uraian


def test_a_fuel_word_in_the_spec_does_not_make_a_machine_fuel() -> None:
    assert categorise("Chainsaw / gergaji mesin 20 inch", "Bensin 2 tak") is ItemCategory.TOOLS
    assert categorise("BBM genset", None) is ItemCategory.FUEL


def test_relief_goods_serve_aid_sub_kegiatan_only() -> None:
    category = categorise("Paket sembako", None)
    assert category is ItemCategory.SOCIAL_AID
    assert fits_context(category, "Penyediaan Makanan", "Jumlah Korban Bencana yang Terpenuhi Kebutuhannya")
    assert not fits_context(
        category, "Penyediaan Sarana dan Prasarana Pengelolaan Sampah", "Jumlah Sarana yang Disediakan"
    )


def test_a_field_named_in_the_sub_kegiatan_admits_its_vehicles() -> None:
    vehicle = categorise("Motor roda tiga pengangkut sampah", None)
    assert vehicle is ItemCategory.VEHICLE
    assert fits_context(vehicle, "Penyediaan Sarana dan Prasarana Pengelolaan Sampah", "Jumlah Unit")
    # ...but a field mentioned only in the output does not (clothes for disaster victims)
    assert not fits_context(vehicle, "Penyediaan Sandang", "Jumlah Korban Bencana yang Menerima Sandang")
    # ...nor a field in a meeting-like sub-kegiatan, whose output is people or documents
    assert not fits_context(
        categorise("Mesin tempel 15 PK", None),
        "Sosialisasi, Komunikasi, Informasi dan Edukasi Rawan Bencana",
        "Jumlah Orang yang Mengikuti Sosialisasi Rawan Bencana",
    )


def test_waste_equipment_belongs_to_waste_sub_kegiatan() -> None:
    category = categorise("Kontainer sampah armroll 6 m3", None)
    assert category is ItemCategory.WASTE_EQUIPMENT
    assert fits_context(category, "Penanganan Sampah", "Jumlah Sampah yang Ditangani")
    assert not fits_context(category, "Penyuluhan Pertanian", "Jumlah Petani yang Mendapatkan Penyuluhan")


def test_souvenirs_fit_events_and_meetings_not_emergency_response() -> None:
    category = categorise("Cinderamata plakat kayu untuk tamu", None)
    assert category is ItemCategory.DECORATION
    assert fits_context(category, "Penerimaan Kunjungan Kerja Tamu Daerah", None)
    assert not fits_context(category, "Respon Cepat Darurat Bencana", "Jumlah Kejadian yang Direspon")


def test_a_destination_only_other_rows_name_overrides_the_accounts_variant() -> None:
    catalogue = [
        _ref("Uang Harian Perjalanan Dinas Dalam Kota", None, "OH", 150_000),
        _ref("Uang Harian Perjalanan Dinas Luar Kota ke Kota Sentosa", None, "OH", 480_000),
    ]
    matcher = PriceMatcher(catalogue)
    account = "Belanja Perjalanan Dinas Dalam Kota"
    trip = LineQuery("Uang harian kunjungan kerja ke Sentosa", None, "OH", account)
    best = matcher.match(trip).best
    assert best is not None and "Sentosa" in best.reference.uraian
    local = LineQuery("Uang harian petugas", None, "OH", account)
    assert all("Luar Kota" not in m.reference.uraian for m in matcher.match(local).candidates)
