"""How lines and account names are read for the account checks, and the false alarms that reading
prevents (tax lines, capitalised costs, specs that name how a machine runs, abbreviated names)
without losing the mismatches a budget reviewer expects (a meal under ATK, a rental under meals)."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import FindingType, RkaLine
from samarinda_rka_review.domain.account_names import (
    account_words,
    as_rented,
    booked_to_its_supplies_objek,
    capitalised_cost,
    is_tax_line,
    item_name,
    service_by_name,
)
from samarinda_rka_review.domain.checks import ReviewPolicy, check_account, maintained_asset
from samarinda_rka_review.domain.rules import ACCOUNTS
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise
from samarinda_rka_review.domain.text import normalise

POLICY = ReviewPolicy()


def line(uraian: str, harga: int, kode: str, account: str, spek: str | None = None) -> RkaLine:
    return RkaLine(
        line_id="1",
        uraian=uraian,
        spesifikasi=spek,
        satuan="Unit",
        volume=Decimal(1),
        harga_satuan=harga,
        jumlah=harga,
        kode_rekening=kode,
        account_name=account,
    )


def judged(item: RkaLine) -> FindingType | None:
    finding = check_account(item, categorise(item.uraian, item.spesifikasi), POLICY)
    return finding.type if finding else None


def test_abbreviated_account_names_are_written_out() -> None:
    assert " makanan dan minuman " in account_words("Bel. Mamin Rapat")
    assert " makanan dan minuman " in account_words("Belanja Makan Minum Rapat")
    assert " kegiatan kantor " in account_words("Bel. Alat/Bahan Keg. Kantor - ATK")
    assert " atk " in account_words("Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor")
    # a word merely containing an abbreviation is left alone
    assert " makanan dan minuman " not in account_words("Belanja Mamintaan Data")
    assert account_words(None) == "  "


def test_the_item_name_leaves_the_spec_a_printout_cell_appends() -> None:
    assert (
        item_name(line("Mesin jahit portable - Listrik, 200 watt", 1, "5.2", "x")) == "Mesin jahit portable"
    )
    assert item_name(line("Pre-order kursi", 1, "5.2", "x")) == "Pre-order kursi"  # a hyphen is not a dash


def test_tax_lines_are_recognised_by_their_first_words() -> None:
    assert is_tax_line(line("PPN 11%", 1, "5.2.02", "x"))
    assert is_tax_line(line("Pajak Pertambahan Nilai pengadaan laptop", 1, "5.2.02", "x"))
    assert not is_tax_line(line("Laptop termasuk PPN", 1, "5.2.02", "x"))
    assert not is_tax_line(line("PPNBM mobil", 1, "5.2.02", "x"))


def test_capitalised_costs_are_named_by_the_item_not_its_spec() -> None:
    assert capitalised_cost(line("Jasa konsultansi perencanaan gedung", 1, "5.2.03", "x"))
    assert capitalised_cost(line("Pemasangan instalasi listrik", 1, "5.2.03", "x"))
    assert not capitalised_cost(line("Nasi kotak - pengawasan lapangan", 1, "5.2.03", "x"))
    assert not capitalised_cost(line("Honorarium pejabat pengadaan", 1, "5.2.03", "x"))


def test_a_service_read_only_from_the_spec_is_not_a_service() -> None:
    machine = line(
        "Mesin jahit portable", 3_450_000, "5.2.02.99.99.0001", "Belanja Modal", "Listrik, 200 watt"
    )
    assert categorise(machine.uraian, machine.spesifikasi) is ItemCategory.SERVICE
    assert not service_by_name(machine, ItemCategory.SERVICE)
    named = line("Jasa instalasi listrik", 5_000_000, "5.2.03", "Belanja Modal")
    assert service_by_name(named, ItemCategory.SERVICE)
    assert service_by_name(named, ItemCategory.FOOD)  # only services are re-read


def test_no_false_alarm_on_tax_lines_capitalised_costs_or_machines_under_belanja_modal() -> None:
    # the tax on five blood-pressure meters is below the capitalisation threshold, and no item
    assert judged(line("PPN 11%", 632_500, "5.2.02.07.01.0001", "Belanja Modal Alat Kedokteran Umum")) is None
    delivery = line(
        "Ongkos kirim dan pemasangan", 450_000, "5.2.02.05.02.0004", "Belanja Modal Alat Pendingin"
    )
    assert judged(delivery) is None
    # a cheap item bought under equipment is still below the threshold
    chair = line("Kursi plastik", 95_000, "5.2.02.05.01.0001", "Belanja Modal Mebel", "Tanpa sandaran")
    assert judged(chair) is FindingType.ACCOUNT_MISMATCH
    consultant = line(
        "Jasa konsultansi perencanaan gedung", 185_000_000, "5.2.03.01.01.0001", "Belanja Modal"
    )
    assert judged(consultant) is None
    machine = line(
        "Mesin jahit portable", 3_450_000, "5.2.02.99.99.0001", "Belanja Modal", "Listrik, 200 watt"
    )
    assert judged(machine) is None


def test_services_and_consumables_under_belanja_modal_are_still_flagged() -> None:
    fee = line("Honorarium pejabat pengadaan", 750_000, "5.2.03.01.01.0001", "Belanja Modal Bangunan Gedung")
    assert judged(fee) is FindingType.ACCOUNT_MISMATCH
    paper = line("Kertas HVS", 62_000, "5.2.02.10.01.0002", "Belanja Modal Personal Computer", "A4 70 gram")
    assert judged(paper) is FindingType.ACCOUNT_MISMATCH


def test_unknown_codes_are_judged_by_their_jenis_and_name() -> None:
    # 0199 is on no official list: a stationery item under it is not an alarm ...
    assert judged(line("Gunting kain", 65_000, "5.1.02.01.01.0199", "Belanja Bahan Praktik Peserta")) is None
    # ... and a laptop under it is judged as under any belanja barang account.
    laptop = line("Laptop", 13_500_000, "5.1.02.01.01.0199", "Belanja Bahan Praktik Peserta", "Core i5")
    assert judged(laptop) is FindingType.ACCOUNT_MISMATCH


def test_office_goods_accounts_hold_no_meals_or_rentals_whatever_their_spelling() -> None:
    for account in (
        "Bel. ATK",
        "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
        "Belanja Bahan Cetak",
    ):
        assert (
            judged(line("Nasi kotak panitia", 40_000, "5.1.02.01.01.0024", account))
            is FindingType.ACCOUNT_MISMATCH
        )
        assert (
            judged(line("Sewa kursi futura", 8_000, "5.1.02.01.01.0024", account))
            is FindingType.ACCOUNT_MISMATCH
        )
        assert judged(line("Kertas HVS", 62_000, "5.1.02.01.01.0024", account, "A4")) is None
        assert judged(line("Stapler", 38_000, "5.1.02.01.01.0024", account, "No. 10")) is None
    # a cheap durable item bought for the office belongs there
    assert (
        judged(line("Kursi plastik", 95_000, "5.1.02.01.01.0030", "Bel. Alat/Bahan Keg. Kantor - Perabot"))
        is None
    )


def test_a_rental_under_an_abbreviated_meals_account_is_flagged() -> None:
    rental = line("Sewa LED videotron", 6_500_000, "5.1.02.01.01.0052", "Bel. Makan Minum Rapat", "3 x 4 m")
    assert judged(rental) is FindingType.ACCOUNT_MISMATCH
    meal = line("Makan siang peserta", 55_000, "5.1.02.01.01.0052", "Bel. Mamin Rapat", "Prasmanan")
    assert judged(meal) is None


def test_a_durable_item_rented_licensed_or_serviced_is_not_capital_spending() -> None:
    chairs = line("Kursi lipat (sewa)", 8_000, "5.1.02.02.01.0061", "Belanja Sewa Peralatan", "Futura")
    assert categorise(chairs.uraian, chairs.spesifikasi) is ItemCategory.FURNITURE
    assert judged(chairs) is None
    licence = line(
        "Lisensi Perangkat Lunak Server", 15_000_000, "5.1.02.02.12.0001", "Belanja Lisensi Perangkat Lunak"
    )
    assert judged(licence) is None
    # bought outright, the same server is capital spending
    server = line("Server rack 2U", 15_000_000, "5.1.02.01.01.0029", "Belanja Bahan Komputer", "Xeon 16 core")
    assert judged(server) is FindingType.ACCOUNT_MISMATCH
    # a rental account holding a purchase is still wrong
    laptop = line("Laptop", 13_500_000, "5.1.02.02.04.0036", "Belanja Sewa Kendaraan", "Core i5")
    assert judged(laptop) is FindingType.ACCOUNT_MISMATCH


def test_parts_for_assets_already_owned_are_expensed() -> None:
    battery = line(
        "Aki kendaraan", 1_450_000, "5.1.02.01.01.0040", "Belanja Suku Cadang-Suku Cadang Alat Angkutan"
    )
    assert categorise(battery.uraian) is ItemCategory.VEHICLE
    assert judged(battery) is None
    assert (
        judged(line("Aki kendaraan", 1_450_000, "5.1.02.01.01.0024", "Bel. ATK"))
        is FindingType.ACCOUNT_MISMATCH
    )


def test_the_account_vocabulary_is_written_as_normalised_text_would_read() -> None:
    # a word the normaliser rewrites (`suku cadang` -> `sukucadang`) could never be found
    words = (
        *ACCOUNTS.tax_words,
        *ACCOUNTS.capitalised_cost_words,
        *ACCOUNTS.not_purchase_words,
        *ACCOUNTS.parts_account_words,
        *ACCOUNTS.account_abbreviations,
        *ACCOUNTS.account_abbreviations.values(),
    )
    assert [w for w in words if normalise(w) != w] == []


def test_a_category_finding_says_what_it_was_judged_on() -> None:
    meal = line("Nasi kotak panitia", 40_000, "5.1.02.01.01.0199", "Bel. ATK")
    finding = check_account(meal, categorise(meal.uraian), POLICY)
    assert finding is not None
    assert "dinilai dari jenis belanja 5.1.02 dan nama rekening" in finding.evidence[0].text


def test_an_item_named_before_its_rental_is_read_as_a_rental() -> None:
    chairs = line("Kursi lipat (sewa)", 8_000, "5.1.02.02.01.0061", "Belanja Sewa Peralatan", "Futura")
    assert as_rented(chairs, ItemCategory.FURNITURE) is ItemCategory.EVENT_RENTAL
    bought = line("Kursi lipat", 180_000, "5.1.02.01.01.0030", "Belanja Perabot Kantor", "Besi")
    assert as_rented(bought, ItemCategory.FURNITURE) is ItemCategory.FURNITURE
    # only durable readings are re-read: a meal stays a meal
    assert as_rented(chairs, ItemCategory.FOOD) is ItemCategory.FOOD


def test_a_durable_booked_to_an_account_of_rentals_is_read_as_a_rental() -> None:
    projector = line("Proyektor 4000 lumen", 750_000, "5.1.02.02.04.0099", "Belanja Sewa Peralatan Kantor")
    assert as_rented(projector, ItemCategory.IT_EQUIPMENT) is not ItemCategory.IT_EQUIPMENT
    bought = line("Proyektor 4000 lumen", 7_500_000, "5.2.02.10.01.0001", "Belanja Modal Peralatan Kantor")
    assert as_rented(bought, ItemCategory.IT_EQUIPMENT) is ItemCategory.IT_EQUIPMENT


def test_machinery_built_into_an_installation_is_part_of_it() -> None:
    pump = line("Pompa air submersible", 8_500_000, "5.2.04.03.01.0001", "Belanja Modal Instalasi Air Bersih")
    assert categorise(pump.uraian) in ACCOUNTS.installed_categories
    assert judged(pump) is None
    laptop = line(
        "Laptop operator", 13_500_000, "5.2.04.03.01.0001", "Belanja Modal Instalasi Air Bersih", "Core i5"
    )
    assert judged(laptop) is FindingType.ACCOUNT_MISMATCH
    # the same pump bought for a building (no installation named) is equipment of its own
    assert (
        judged(line("Pompa air submersible", 8_500_000, "5.2.03.01.01.0001", "Belanja Modal Gedung Kantor"))
        is not None
    )


def test_a_maintenance_account_holds_the_upkeep_of_the_asset_it_names() -> None:
    vehicle_upkeep = "Belanja Pemeliharaan Alat Angkutan-Kendaraan Bermotor Beroda Dua"
    assert maintained_asset(vehicle_upkeep) is ItemCategory.VEHICLE
    assert maintained_asset("Belanja Pemeliharaan Gedung Kantor") is None  # no asset the taxonomy places
    assert maintained_asset("Belanja Alat Tulis Kantor") is None
    # a laptop or printer paper is no upkeep of a motorbike; its parts and servicing are
    laptop = line("Laptop 14 inch", 9_500_000, "5.1.02.03.02.0036", vehicle_upkeep)
    assert judged(laptop) is FindingType.ACCOUNT_MISMATCH
    assert judged(line("Kertas HVS A4 70 gram", 52_000, "5.1.02.03.02.0036", vehicle_upkeep)) is not None
    assert judged(line("Servis berkala", 350_000, "5.1.02.03.02.0036", vehicle_upkeep)) is None
    assert judged(line("Oli mesin", 65_000, "5.1.02.03.02.0036", vehicle_upkeep)) is None
    # a computer's upkeep may buy a computer part
    computer_upkeep = "Belanja Pemeliharaan Peralatan Komputer"
    assert judged(line("Harddisk internal 1 TB", 900_000, "5.1.02.03.02.0040", computer_upkeep)) is None


def test_an_item_under_the_supplies_objek_its_name_belongs_to_is_booked_as_a_supply() -> None:
    disk = line("Harddisk portable 2 TB", 1_350_000, "5.1.02.01.01.0029", "Belanja Bahan Komputer")
    assert booked_to_its_supplies_objek(disk)
    assert not booked_to_its_supplies_objek(
        disk.model_copy(update={"account_name": "Belanja Modal Komputer"})
    )
    laptop = line("Laptop 14 inch", 9_000_000, "5.1.02.01.01.0029", "Belanja Bahan Komputer")
    assert not booked_to_its_supplies_objek(laptop)
