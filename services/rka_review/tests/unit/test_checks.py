from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import FindingType, RkaLine, Severity, SubKegiatan
from samarinda_rka_review.domain.arithmetic import check_arithmetic, check_group_totals
from samarinda_rka_review.domain.checks import ReviewPolicy, check_account
from samarinda_rka_review.domain.relevance import check_relevance
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise

POLICY = ReviewPolicy()


def line(
    uraian: str,
    harga: int,
    volume: int = 1,
    *,
    kode: str = "5.1.02.01.01.0024",
    ppn: int | None = 11,
    jumlah: int | None = None,
    koefisien: str | None = None,
) -> RkaLine:
    rate = Decimal(ppn) if ppn is not None else None
    total = jumlah if jumlah is not None else int(volume * harga * (1 + (rate or 0) / 100))
    return RkaLine(
        line_id="1",
        uraian=uraian,
        harga_satuan=harga,
        volume=Decimal(volume),
        ppn_percent=rate,
        jumlah=total,
        kode_rekening=kode,
        koefisien=koefisien,
    )


def test_arithmetic_flags_a_wrong_total_with_the_over_budget_as_saving() -> None:
    [finding] = check_arithmetic(line("Ordner", 35000, 60, jumlah=23310000), None, POLICY)
    assert finding.type is FindingType.ARITHMETIC
    assert finding.potential_saving == 23310000 - 2331000
    assert finding.severity is Severity.TINGGI
    assert "2.331.000" in finding.message


def test_arithmetic_accepts_rounding_within_a_rupiah_and_implied_ppn() -> None:
    assert check_arithmetic(line("Kertas", 55001, 3, jumlah=183153), None, POLICY) == []
    # No PPN column, but the total carries 11%: accepted.
    assert check_arithmetic(line("Kertas", 100000, 2, ppn=None, jumlah=222000), None, POLICY) == []


def test_koefisien_that_disagrees_with_the_volume_is_an_arithmetic_finding() -> None:
    findings = check_arithmetic(line("Stapler", 27000, 10, koefisien="12 Buah"), None, POLICY)
    assert [f.type for f in findings] == [FindingType.ARITHMETIC]
    assert "12" in findings[0].message


def test_group_subtotals_and_sub_kegiatan_total_are_checked() -> None:
    from samarinda_common.rka import AccountGroup

    first = line("Kertas", 1000, 1, ppn=0)
    sub = SubKegiatan(
        nama="Rapat",
        lines=[first],
        declared_total=5000,
        groups=[AccountGroup(kode_rekening="5.1.02", declared_subtotal=1000, line_ids=["1"])],
    )
    findings = check_group_totals(sub, POLICY)
    assert len(findings) == 1
    assert findings[0].line_id is None and findings[0].potential_saving == 4000


def test_durable_equipment_under_goods_and_services_is_an_account_mismatch() -> None:
    laptop = line("Laptop Core i5 8GB", 11865000, 2)
    finding = check_account(laptop, categorise(laptop.uraian), POLICY)
    assert finding is not None and "5.2.02" in finding.message
    cheap = line("Mouse wireless", 150000, 2)
    assert check_account(cheap, categorise(cheap.uraian), POLICY) is None


def test_consumables_and_cheap_items_under_capital_spending_are_account_mismatches() -> None:
    meal = line("Makan siang rapat (nasi kotak)", 40000, 30, kode="5.2.02.05.01.0005")
    assert check_account(meal, categorise(meal.uraian), POLICY) is not None
    cone = line("Traffic cone karet 70 cm", 185000, 40, kode="5.2.02.16.01.0001")
    assert check_account(cone, categorise(cone.uraian), POLICY) is not None
    chair = line("Kursi kerja staf", 1350000, 10, kode="5.2.02.05.02.0001")
    assert check_account(chair, categorise(chair.uraian), POLICY) is None


def test_rentals_and_fees_under_a_goods_account_are_account_mismatches() -> None:
    # belanja jasa (5.1.02.02) whatever the goods account (materials, supplies) they were put under
    crane = line("Sewa crane 25 ton", 4_500_000, 3, kode="5.1.02.01.01.0013")
    finding = check_account(crane, categorise(crane.uraian), POLICY)
    assert finding is not None and "5.1.02.02" in finding.message
    fee = line("Honorarium juri festival", 750_000, 3, kode="5.1.02.01.01.0006")
    assert check_account(fee, categorise(fee.uraian), POLICY) is not None
    booked_right = line("Sewa crane 25 ton", 4_500_000, 3, kode="5.1.02.02.04.0010")
    assert check_account(booked_right, categorise(booked_right.uraian), POLICY) is None


def test_categories_follow_the_head_noun() -> None:
    assert categorise("Sewa kendaraan minibus") is ItemCategory.RENTAL
    assert categorise("BBM pertamax kendaraan operasional") is ItemCategory.FUEL
    assert categorise("Genset 5000 watt bensin") is ItemCategory.APPLIANCE
    assert categorise("Jasa dokumentasi drone") is ItemCategory.SERVICE
    assert categorise("Jam tangan pintar") is ItemCategory.LUXURY


def test_relevance_judges_physical_purchases_by_the_output_of_meeting_like_sub_kegiatan() -> None:
    meeting = SubKegiatan(
        nama="Penyelenggaraan Rapat Koordinasi Teknis Jalan", indikator="Jumlah Laporan Rapat Koordinasi"
    )
    works = SubKegiatan(nama="Rehabilitasi Jalan", indikator="Panjang Jalan yang Direhabilitasi")
    cement = line("Semen portland 40 kg", 68000, 50, kode="5.1.02.01.01.0001")
    category = categorise(cement.uraian)
    finding = check_relevance(cement, category, meeting, POLICY)
    assert finding is not None and finding.type is FindingType.OFF_TARGET
    assert "konstruksi" in finding.message
    assert check_relevance(cement, category, works, POLICY) is None
    meal = line("Nasi kotak", 45000, 10)
    assert check_relevance(meal, categorise(meal.uraian), works, POLICY) is None


def test_goods_of_any_kind_under_an_account_that_buys_no_goods_are_account_mismatches() -> None:
    def booked(uraian: str, account: str, kode: str) -> RkaLine:
        return line(uraian, 250_000, 4, kode=kode).model_copy(update={"account_name": account})

    ball = booked("Bola basket ukuran 7", "Belanja Honorarium Narasumber", "5.1.02.02.01.0003")
    assert categorise(ball.uraian) is ItemCategory.SPORTS
    assert check_account(ball, categorise(ball.uraian), POLICY) is not None
    seed = booked("Pupuk organik cair", "Belanja Perjalanan Dinas Dalam Kota", "5.1.02.04.01.0003")
    assert check_account(seed, categorise(seed.uraian), POLICY) is not None
    # the line says it rents the goods: the rental account is theirs
    rented = booked("Sewa bola basket ukuran 7", "Belanja Sewa Peralatan", "5.1.02.02.05.0001")
    assert check_account(rented, categorise(rented.uraian), POLICY) is None
    # the same goods under a goods account are booked where they belong
    bought = booked("Bola basket ukuran 7", "Belanja Alat Olahraga", "5.1.02.01.01.0035")
    assert check_account(bought, categorise(bought.uraian), POLICY) is None


def test_a_stationery_account_holds_no_goods_the_taxonomy_places_elsewhere() -> None:
    # Alat Tulis Kantor is the narrowest office objek: clothing or farm inputs are never stationery,
    # while the broad Kegiatan Kantor objek (cleaning gear) may hold a vest for the cleaners.
    def booked(uraian: str, account: str) -> RkaLine:
        return line(uraian, 60_000, 10).model_copy(update={"account_name": account})

    stationery = "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"
    for misplaced in ("Kaos kegiatan bersablon", "Bibit kelor unggul"):
        assert check_account(booked(misplaced, stationery), categorise(misplaced), POLICY) is not None
    held = "Klip berkas kuningan"
    assert check_account(booked(held, stationery), categorise(held), POLICY) is None
    cleaning = booked("Rompi relawan", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan Kebersihan")
    assert check_account(cleaning, categorise(cleaning.uraian), POLICY) is None


def test_a_paper_account_holds_no_clothing() -> None:
    # Kertas dan Cover is as narrow as stationery: a raincoat is never paper
    def booked(uraian: str, account: str) -> RkaLine:
        return line(uraian, 85_000, 12).model_copy(update={"account_name": account})

    paper = "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover"
    coat = "Jaket parasut relawan"
    assert check_account(booked(coat, paper), categorise(coat), POLICY) is not None
    held = "Kertas karton warna"
    assert check_account(booked(held, paper), categorise(held), POLICY) is None


def test_hired_labour_accounts_buy_no_goods() -> None:
    labour = line("Bola voli pantai", 300_000, 4, kode="5.1.02.02.01.0013").model_copy(
        update={"account_name": "Belanja Jasa Tenaga Keamanan"}
    )
    assert categorise(labour.uraian) is ItemCategory.SPORTS
    assert check_account(labour, categorise(labour.uraian), POLICY) is not None
    guard = line("Jasa satpam malam", 3_000_000, 12, kode="5.1.02.02.01.0013").model_copy(
        update={"account_name": "Belanja Jasa Tenaga Keamanan"}
    )
    assert check_account(guard, categorise(guard.uraian), POLICY) is None


def test_a_line_counting_things_under_a_fee_account_buys_goods_the_taxonomy_cannot_place() -> None:
    def booked(uraian: str, satuan: str) -> RkaLine:
        fees = "Honorarium Narasumber atau Pembahas"
        return line(uraian, 400_000, 3, kode="5.1.02.02.01.0003").model_copy(
            update={"account_name": fees, "satuan": satuan}
        )

    kit = booked("Perangkat peraga edukasi interaktif", "Set")
    assert categorise(kit.uraian) is ItemCategory.OTHER
    assert check_account(kit, ItemCategory.OTHER, POLICY) is not None
    # counted in persons or their time it is a fee, however it is worded
    fee = booked("Pemandu diskusi kelompok terpumpun", "OJ")
    assert check_account(fee, categorise(fee.uraian), POLICY) is None


def test_an_account_for_meals_holds_meals_only() -> None:
    # Printing or seeds are not clearly identified against every goods account, but a meals
    # account buys meals and nothing else; what the taxonomy cannot place is not judged.
    def booked(uraian: str) -> RkaLine:
        meals = "Belanja Makanan dan Minuman Rapat"
        return line(uraian, 30_000, 20, kode="5.1.02.01.01.0052").model_copy(update={"account_name": meals})

    for misplaced in ("Cetak pamflet dua sisi", "Bibit terong ungu semai"):
        assert check_account(booked(misplaced), categorise(misplaced), POLICY) is not None, misplaced
    for held in ("Nasi kotak", "Es batu kristal"):
        assert check_account(booked(held), categorise(held), POLICY) is None, held


def test_gear_named_for_extinguishing_is_fire_fighting_gear_unless_another_family_opens_the_name() -> None:
    assert categorise("Masker pemadam asap") is ItemCategory.FIREFIGHTING
    assert categorise("Tabung pemadam busa 6 liter") is ItemCategory.FIREFIGHTING
    assert categorise("Mobil pemadam tangki 4000 liter") is ItemCategory.VEHICLE


def test_an_exclusive_account_is_not_judged_by_what_only_the_spec_places() -> None:
    gas = line("Gas kaleng portable", 95_000, 4, kode="5.1.02.01.01.0004").model_copy(
        update={"account_name": "Belanja Bahan-Bahan Bakar dan Pelumas", "spesifikasi": "Tabung isi ulang"}
    )
    assert check_account(gas, categorise(gas.uraian, gas.spesifikasi), POLICY) is None
