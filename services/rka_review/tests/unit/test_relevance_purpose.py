"""Equipment words of a sub-kegiatan read with the noun they govern, and what the deed its name
names licenses (invented sub-kegiatan)."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import RkaLine, SubKegiatan
from samarinda_rka_review.domain.relevance import judge
from samarinda_rka_review.domain.relevance_purpose import (
    purpose_of_name,
    purpose_of_output,
    read_with_objects,
)
from samarinda_rka_review.domain.taxonomy import ItemCategory, builds_or_repairs, categorise, fits_context


def line(uraian: str) -> RkaLine:
    return RkaLine(
        line_id="3",
        kode_rekening="5.2.02.05.02.0004",
        account_name="Belanja Modal Peralatan",
        uraian=uraian,
        volume=Decimal(1),
        harga_satuan=6_000_000,
        jumlah=6_000_000,
    )


def test_an_equipment_word_governing_infrastructure_licenses_no_office_durable() -> None:
    name = "Pemeliharaan Jaringan Saluran Air Hujan Kawasan Pasar"
    assert "jaringan" not in (read_with_objects(name, ItemCategory.APPLIANCE) or "")
    # categories not licensed by equipment words are read as written
    assert read_with_objects(name, ItemCategory.CONSTRUCTION) == name


def test_an_equipment_word_with_an_office_or_school_object_still_licenses() -> None:
    for name in ("Penyediaan Peralatan dan Perlengkapan Kantor", "Pengadaan Sarana dan Prasarana Sekolah"):
        assert (
            read_with_objects(name, ItemCategory.IT_EQUIPMENT)
            == read_with_objects(name, ItemCategory.OTHER).lower()
        )


def test_a_run_naming_another_durable_class_licenses_only_that_class() -> None:
    name = "Pengadaan Komputer Ruang Kelas"
    assert "pengadaan" not in (read_with_objects(name, ItemCategory.FURNITURE) or "")
    assert "komputer" in (read_with_objects(name, ItemCategory.IT_EQUIPMENT) or "")


def test_the_judge_reads_the_governed_noun() -> None:
    drains = SubKegiatan(
        kode="1.03.05.2.01.0009",
        nama="Normalisasi Jaringan Saluran Kota",
        indikator="Panjang Saluran yang Dinormalisasi",
    )
    cooler = line("Mesin cuci front loading")
    assert categorise(cooler.uraian) is ItemCategory.APPLIANCE
    assert judge(cooler, ItemCategory.APPLIANCE, drains).off_target
    classrooms = SubKegiatan(
        kode="1.01.02.2.01.0004",
        nama="Pengadaan Komputer Ruang Kelas",
        indikator="Jumlah Komputer yang Diadakan",
    )
    assert judge(line("Lemari pakaian dua pintu"), ItemCategory.FURNITURE, classrooms).off_target
    assert not judge(line("Komputer desktop"), ItemCategory.IT_EQUIPMENT, classrooms).off_target


def test_a_machine_booked_to_a_class_of_the_function_served_is_at_home() -> None:
    canals = SubKegiatan(
        kode="3.27.04.2.01.0007",
        nama="Pemeliharaan Jaringan Irigasi Tersier",
        indikator="Panjang Jaringan Irigasi Tersier yang Dipelihara",
    )
    pump = line("Pompa celup listrik")
    tools = pump.model_copy(update={"account_name": "Belanja Modal Alat Pertanian"})
    assert not judge(tools, ItemCategory.APPLIANCE, canals).off_target
    home = pump.model_copy(update={"account_name": "Belanja Modal Peralatan Dapur"})
    assert judge(home, ItemCategory.APPLIANCE, canals).off_target


def test_a_name_whose_head_names_the_goods_it_provides_licenses_nothing_by_its_beneficiaries() -> None:
    from samarinda_rka_review.domain.relevance_purpose import purpose_of_name

    feed = "Penyediaan Pakan bagi Ternak Korban Kebakaran Lahan"
    assert purpose_of_name(feed, ItemCategory.APPLIANCE) == "penyediaan pakan"
    relief = SubKegiatan(kode="1.06.06.2.01.0004", nama=feed, indikator="Jumlah Ternak yang Menerima Pakan")
    assert judge(line("Mesin cuci front loading"), ItemCategory.APPLIANCE, relief).off_target
    # a head that names no goods keeps the whole name (its equipment words still license)
    kit = "Pengadaan Peralatan bagi Posko Siaga Kebakaran"
    assert "peralatan" in purpose_of_name(kit, ItemCategory.APPLIANCE)


def test_equipment_serves_the_deed_a_name_makes_of_its_thing() -> None:
    # the affixed noun reads as its root, an equipment word of the taxonomy
    assert fits_context(ItemCategory.IT_EQUIPMENT, "Pengarsipan Surat Keputusan Wali Kota")
    assert not fits_context(ItemCategory.IT_EQUIPMENT, "Penyusunan Surat Keputusan Wali Kota")
    # other categories keep to the words as written
    assert not fits_context(ItemCategory.CONSTRUCTION, "Pengarsipan Surat Keputusan Wali Kota")


def test_keeping_premises_in_repair_uses_cleaning_carts_and_bins() -> None:
    assert fits_context(ItemCategory.WASTE_EQUIPMENT, "Pemeliharaan Gedung Balai Pertemuan Warga")
    # the maintenance word must keep a physical work, not a car
    assert not fits_context(ItemCategory.WASTE_EQUIPMENT, "Pemeliharaan Kendaraan Operasional")
    # a document about upkeep keeps nothing in repair
    assert not fits_context(ItemCategory.WASTE_EQUIPMENT, "Penyusunan Rencana Pemeliharaan Gedung")


def test_one_predicate_says_a_sub_kegiatan_builds_or_repairs_premises() -> None:
    # any works verb opening the name, on a thing that stays put
    assert builds_or_repairs("Rehabilitasi Balai Pertemuan Warga")
    assert builds_or_repairs("Pembangunan Dermaga Perahu Nelayan")
    assert fits_context(ItemCategory.WASTE_EQUIPMENT, "Renovasi Gedung Serbaguna Kelurahan")
    # not on a movable asset, nor mentioned after another deed
    assert not builds_or_repairs("Perbaikan Komputer dan Printer Sekretariat")
    assert not builds_or_repairs("Kajian Pembangunan Gedung Serbaguna")
    assert not builds_or_repairs("Pemeliharaan")


def test_works_on_premises_license_no_appliance_or_computer_by_their_equipment_words() -> None:
    grounds = "Pemeliharaan Prasarana Lapangan Upacara Kelurahan"
    assert builds_or_repairs(grounds)
    assert purpose_of_name(grounds, ItemCategory.IT_EQUIPMENT) == "pemeliharaan lapangan upacara kelurahan"
    assert not fits_context(ItemCategory.IT_EQUIPMENT, purpose_of_name(grounds, ItemCategory.IT_EQUIPMENT))
    assert purpose_of_output("Jumlah sarana yang dipelihara", grounds, ItemCategory.APPLIANCE) == (
        "jumlah yang dipelihara"
    )
    # equipment is the object of the upkeep: the equipment words still license it
    assert not builds_or_repairs("Pemeliharaan Peralatan Kantor Kelurahan")
    assert builds_or_repairs("Rehabilitasi Ruang Kelas Sekolah Dasar")  # a room is premises
    upkeep = purpose_of_name("Pemeliharaan Peralatan Kantor", ItemCategory.IT_EQUIPMENT)
    assert fits_context(ItemCategory.IT_EQUIPMENT, upkeep)
