"""Accounts grounded in the catalogue: a matched row's kode barang or listed accounts decide."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import FindingType, Rka, RkaLine, SubKegiatan
from samarinda_rka_review.domain.account_names import asset_class, may_be_built_in
from samarinda_rka_review.domain.accounts import (
    AllowedAccounts,
    CheapAssets,
    Verdict,
    account_verdict,
    agrees,
    allowed_accounts,
    catalogued_as_service,
    cheap_assets,
    check_catalogue_account,
    grounding_row,
    mirrored_objek,
)
from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.matching import LineQuery, Match, MatchOutcome, PriceMatcher
from samarinda_rka_review.domain.reviewer import review_rka
from samarinda_rka_review.domain.taxonomy import ItemCategory

THRESHOLD = ReviewPolicy().capitalisation_threshold


def ref(
    uraian: str, harga: int, *, kode_barang: str | None = None, akun: tuple[str, ...] = ()
) -> PriceReference:
    return PriceReference(
        id=uraian,
        uraian=uraian,
        satuan="Unit",
        harga=harga,
        kode_barang=kode_barang,
        kode=kode_barang,
        akun=akun,
    )


def line(uraian: str, harga: int, kode: str, account: str = "Belanja") -> RkaLine:
    return RkaLine(
        line_id="1",
        uraian=uraian,
        satuan="Unit",
        volume=Decimal(1),
        harga_satuan=harga,
        jumlah=harga,
        kode_rekening=kode,
        account_name=account,
    )


def test_codes_agree_on_their_common_segments_up_to_the_depth() -> None:
    assert agrees("5.2.02.10.01.0002", "5.2.02")
    assert agrees("5.2.02.05.01.0001", "5.2.02.10.01.0002")  # same jenis
    assert not agrees("5.2.02.05.01.0001", "5.2.02.10.01.0002", depth=4)
    assert not agrees("5.1.02.01.01.0024", "5.2.02")
    assert not agrees("", "5.2.02")
    # zero padding is how a code is written, not which account it is
    assert agrees("5.1.2.1.1.24", "5.1.02")
    assert agrees("5.2.2.10.1.2", "5.2.02.10.01.0002", depth=4)
    assert not agrees("5.2.2.5.1.1", "5.2.02.10.01.0002", depth=4)


def test_a_kode_barang_names_its_class() -> None:
    klass, fixed = asset_class("1.3.2.10.01.02.002") or (None, None)
    assert klass is not None and klass.account == "5.2.02" and fixed is True
    supplies, fixed = asset_class("1.1.7.01.01.02.001") or (None, None)
    assert supplies is not None and supplies.account == "5.1.02" and fixed is False
    assert asset_class("1.3.25") is None and asset_class("2.1.1.01") is None and asset_class(None) is None


def test_allowed_accounts_come_from_the_listed_accounts_first_then_the_kode_barang() -> None:
    listed = allowed_accounts(ref("Laptop", 1, kode_barang="1.1.7.01", akun=("5.2.02.10.01.0002",)))
    assert listed is not None and listed.prefixes == ("5.2.02.10.01.0002",) and listed.threshold_binding
    derived = allowed_accounts(ref("Gedung", 1, kode_barang="1.3.3.01.01"))
    assert derived is not None and derived.prefixes == ("5.2.03",) and derived.fixed_asset
    assert not derived.threshold_binding  # buildings are capitalised whatever a part costs
    assert allowed_accounts(ref("Nasi Kotak", 1)) is None


def test_account_verdicts() -> None:
    equipment = AllowedAccounts(("5.2.02",), "kode barang 1.3.2", fixed_asset=True, threshold_binding=True)
    # capital item coded as goods and services from the threshold up
    verdict, reason = account_verdict("5.1.02.01.01.0024", 4_200_000, equipment, THRESHOLD)
    assert verdict is Verdict.MISMATCH and reason is not None and "5.2.02" in reason
    # below the threshold it may be expensed, but not capitalised
    assert account_verdict("5.1.02.01.01.0024", 400_000, equipment, THRESHOLD)[0] is Verdict.JENIS_ONLY
    assert account_verdict("5.2.02.05.01.0001", 400_000, equipment, THRESHOLD)[0] is Verdict.MISMATCH
    # the right jenis: whether it is capital is settled, the objek is the category's to judge
    assert account_verdict("5.2.02.05.01.0001", 4_200_000, equipment, THRESHOLD)[0] is Verdict.JENIS_ONLY
    listed = AllowedAccounts(("5.1.02.01.01.0052",), "katalog")
    assert account_verdict("5.1.02.01.01.0052", 40_000, listed, THRESHOLD)[0] is Verdict.CONSISTENT
    assert account_verdict("5.2.02.05.01.0001", 40_000, listed, THRESHOLD)[0] is Verdict.MISMATCH
    # maintenance of an asset names the asset's row but is booked to 5.1.02.03
    assert account_verdict("5.1.02.03.02.0035", 4_200_000, equipment, THRESHOLD)[0] is Verdict.JENIS_ONLY


def test_a_kode_barang_mirrors_the_objek_of_belanja_modal() -> None:
    assert mirrored_objek("1.3.2.07.03.009", "1.3.2", "5.2.02") == "5.2.02.07"
    assert mirrored_objek("1.3.2.5.1.5.017", "1.3.2", "5.2.02") == "5.2.02.05"
    assert mirrored_objek("1.3.2", "1.3.2", "5.2.02") is None


def test_a_cheap_asset_capitalised_under_its_own_class_follows_the_rka_practice() -> None:
    # The catalogue files a cheap rowing oar as an asset of the sports class (1.3.2.07): an RKA
    # that capitalises its cheap assets books it rightly under belanja modal of that class; an
    # RKA showing no such practice follows the threshold; another class is wrong either way.
    oar = allowed_accounts(ref("Dayung Kayak", 350_000, kode_barang="1.3.2.07.03.021"))
    assert oar is not None and oar.own_objek == ("5.2.02.07",)
    capitalising = CheapAssets(capitalised=3)
    verdict = account_verdict("5.2.02.07.03.0001", 350_000, oar, THRESHOLD, cheap=capitalising)[0]
    assert verdict is Verdict.CONSISTENT
    assert account_verdict("5.2.02.07.03.0001", 350_000, oar, THRESHOLD)[0] is Verdict.MISMATCH
    verdict, reason = account_verdict("5.2.02.05.02.0001", 350_000, oar, THRESHOLD, cheap=capitalising)
    assert verdict is Verdict.MISMATCH and reason is not None and "kapitalisasi" in reason
    # a catalogue listing the capital account itself names the class the same way
    listed = allowed_accounts(ref("Dayung Kayak", 350_000, akun=("5.2.02.07.03.0001",)))
    assert listed is not None and listed.own_objek == ("5.2.02.07",)
    # a supplies kode mirrors no capital class
    supplies = allowed_accounts(ref("Kapur Papan", 9_000, kode_barang="1.1.7.01.01.01.044"))
    assert supplies is not None and supplies.own_objek == ()


def test_the_rka_own_booking_of_its_cheap_assets() -> None:
    oar = ref("Dayung Kayak", 350_000, kode_barang="1.3.2.07.03.021")
    outcome = PriceMatcher([oar]).match(LineQuery("Dayung Kayak", None, "Unit"))
    policy = ReviewPolicy()
    capitalised = line("Dayung Kayak", 350_000, "5.2.02.07.03.0001", "Belanja Modal Peralatan Olahraga")
    expensed = line("Dayung Kayak", 350_000, "5.1.02.01.01.0036", "Belanja Alat Kantor Lainnya")
    # an expensive one says nothing of the practice for cheap ones
    dear = line("Dayung Kayak", 3_500_000, "5.1.02.01.01.0036", "Belanja Alat Kantor Lainnya")
    practice = cheap_assets([(capitalised, outcome), (capitalised, outcome), (dear, outcome)], policy)
    assert practice == CheapAssets(capitalised=2) and practice.capitalises()
    lone = cheap_assets([(capitalised, outcome), (expensed, outcome)], policy)
    assert not lone.capitalises()
    verdict, finding = check_catalogue_account(capitalised, outcome, policy, ItemCategory.SPORTS, lone)
    assert verdict is Verdict.MISMATCH and finding is not None
    assert check_catalogue_account(capitalised, outcome, policy, ItemCategory.SPORTS, practice)[1] is None
    # a cheap one expensed beside them is allowed under either policy: the practice stands
    mixed = cheap_assets([(capitalised, outcome), (capitalised, outcome), (expensed, outcome)], policy)
    assert mixed.capitalises()


def test_the_grounding_row_is_the_credible_match_or_the_same_item_in_another_size() -> None:
    row = ref("Harddisk Eksternal 1 TB", 950_000)
    other = ref("Kabel", 1)
    assert grounding_row(MatchOutcome(best=Match(row, 0.9, True)), 0.55) is row
    assert (
        grounding_row(MatchOutcome(best=Match(other, 0.3, True), spec_mismatch=Match(row, 0.7, None)), 0.55)
        is row
    )
    assert grounding_row(MatchOutcome(best=Match(other, 0.3, True)), 0.55) is None


def test_the_grounding_row_may_be_the_same_item_sold_in_another_unit_on_a_firm_match() -> None:
    cable = ref("Kabel Listrik Tembaga", 85_000)
    other = ref("Kabel", 1)
    outcome = MatchOutcome(best=Match(other, 0.3, True), unit_mismatch=Match(cable, 0.8, False))
    assert grounding_row(outcome, 0.55, 0.65) is cable
    # only when asked for: the catalogue's own account verdict keeps to rows of the line's unit
    assert grounding_row(outcome, 0.55) is None
    # a loose resemblance in another unit says nothing of what the line is
    loose = MatchOutcome(best=Match(other, 0.3, True), unit_mismatch=Match(cable, 0.6, False))
    assert grounding_row(loose, 0.55, 0.65) is None


def test_a_mismatch_cites_the_catalogue_row() -> None:
    counter = ref("Mesin Penghitung Uang", 4_200_000, kode_barang="1.3.2.05.01.04.002")
    matcher = PriceMatcher([counter])
    rka_line = line("Mesin hitung uang", 4_200_000, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor")
    outcome = matcher.match(LineQuery(rka_line.uraian, None, "Unit"))
    verdict, finding = check_catalogue_account(rka_line, outcome, ReviewPolicy())
    assert verdict is Verdict.MISMATCH and finding is not None
    assert finding.reference == counter and "kode barang 1.3.2.05.01.04.002" in finding.message
    assert finding.evidence[0].text == counter.citation()
    # handed over to the public: belanja barang whatever it is
    given = line(
        "Mesin hitung uang",
        4_200_000,
        "5.1.02.05.01.0001",
        "Belanja Barang untuk Diserahkan kepada Masyarakat",
    )
    assert check_catalogue_account(given, outcome, ReviewPolicy()) == (None, None)


def test_work_the_catalogue_files_as_a_service_is_not_goods_handed_to_the_public() -> None:
    porter = PriceReference(
        id="porter",
        uraian="Tenaga Angkut Barang Bantuan",
        satuan="OH",
        harga=150_000,
        kelompok="C. JASA TENAGA KERJA",
    )
    assert catalogued_as_service(porter)
    matcher = PriceMatcher([porter])
    paid = line(
        "Tenaga angkut barang bantuan",
        150_000,
        "5.1.02.05.01.0001",
        "Belanja Barang untuk Diserahkan kepada Masyarakat",
    )
    verdict, finding = check_catalogue_account(
        paid, matcher.match(LineQuery(paid.uraian, None, "OH")), ReviewPolicy()
    )
    assert verdict is Verdict.MISMATCH and finding is not None and "5.1.02.02" in finding.message
    # goods the catalogue files as goods stay the handed-over account's
    blanket = PriceReference(
        id="b", uraian="Tikar Pandan", satuan="Lembar", harga=60_000, kelompok="B. SANDANG"
    )
    assert not catalogued_as_service(blanket)


def test_the_reviewer_lets_the_catalogue_overrule_the_category() -> None:
    # An external disk costs more than the threshold: by category a durable to capitalise, but the
    # catalogue lists it under bahan komputer (supplies), so it is not an account finding.
    disk = ref("Harddisk Eksternal", 1_250_000, kode_barang="1.1.7.01.01.10.006", akun=("5.1.02.01.01.0029",))
    rka_line = line("Harddisk eksternal", 1_250_000, "5.1.02.01.01.0029", "Belanja Bahan Komputer")
    rka = Rka(opd="X", sub_kegiatan=[SubKegiatan(nama="Pengelolaan Data", lines=[rka_line])])
    with_catalogue = review_rka(rka, PriceMatcher([disk]))
    without = review_rka(rka, PriceMatcher([]))
    assert FindingType.ACCOUNT_MISMATCH not in {f.type for f in with_catalogue.findings}
    assert FindingType.ACCOUNT_MISMATCH in {f.type for f in without.findings}


def test_supplies_built_into_an_asset_may_be_booked_to_that_asset_belanja_modal() -> None:
    bricks = allowed_accounts(ref("Bata Merah", 1_100, kode_barang="1.1.7.02.05.001"))
    assert bricks is not None and not bricks.fixed_asset
    # a wall of a new building (5.2.03) or a culvert of a road (5.2.04) is capitalised with its bricks
    for code in ("5.2.03.01.01.0001", "5.2.04.01.01.0003"):
        assert account_verdict(code, 1_100, bricks, THRESHOLD, built_in=True)[0] is Verdict.JENIS_ONLY
        # goods used up in use (a meal, fuel) never become part of the building
        assert account_verdict(code, 1_100, bricks, THRESHOLD, built_in=False)[0] is Verdict.MISMATCH
    # printed books bought as a collection are Belanja Modal Bahan Perpustakaan
    atlas = allowed_accounts(ref("Atlas Dunia", 95_000, kode_barang="1.1.7.05.01.002"))
    assert atlas is not None
    verdict = account_verdict("5.2.05.01.01.0002", 95_000, atlas, THRESHOLD, built_in=True)[0]
    assert verdict is Verdict.JENIS_ONLY
    # but supplies are no equipment, nor any other fixed asset
    assert (
        account_verdict("5.2.02.05.01.0001", 1_100, bricks, THRESHOLD, built_in=True)[0] is Verdict.MISMATCH
    )
    assert (
        account_verdict("5.2.05.02.01.0001", 95_000, atlas, THRESHOLD, built_in=True)[0] is Verdict.MISMATCH
    )


def test_meals_and_paper_are_never_built_into_an_asset() -> None:
    def line(uraian: str) -> RkaLine:
        return RkaLine(line_id="1", kode_rekening="5.2.03.01.01.0001", uraian=uraian)

    assert may_be_built_in(line("Batu bata merah press"))
    assert not may_be_built_in(line("Nasi kotak pekerja"))
    assert not may_be_built_in(line("Kertas HVS A4"))


def test_a_row_of_another_variant_than_the_account_is_an_account_mismatch() -> None:
    trip = ref("Uang Harian Perjalanan Dinas Luar Kota ke Kota Sentosa", 480_000)
    account = "Belanja Perjalanan Dinas Dalam Kota"
    rka_line = line("Uang harian kunjungan kerja ke Sentosa", 480_000, "5.1.02.04.01.0003", account)
    outcome = PriceMatcher([trip]).match(LineQuery(rka_line.uraian, None, "Unit", account))
    verdict, finding = check_catalogue_account(rka_line, outcome, ReviewPolicy())
    assert verdict is Verdict.MISMATCH and finding is not None
    assert "luarkota lawan dalamkota" in finding.message
    # booked where the row belongs: no finding of its own
    booked_right = line(rka_line.uraian, 480_000, "5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa")
    assert check_catalogue_account(booked_right, outcome, ReviewPolicy())[1] is None
    # roles are no variant an account sets: an honorarium account names some and covers all
    grouping = line("Honor juri", 480_000, "5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas")
    jury = PriceMatcher([ref("Honorarium Juri Lomba", 480_000)]).match(LineQuery("Honor juri", None, "Unit"))
    assert check_catalogue_account(grouping, jury, ReviewPolicy())[1] is None


def test_goods_under_an_account_that_buys_no_goods_are_a_mismatch() -> None:
    """Fees, trips and rentals buy no goods: an invented supply row booked to each is wrong."""
    ink = ref("Stempel Karet", 18_000, kode_barang="1.1.7.01.01.02.045")
    outcome = MatchOutcome(best=Match(ink, 0.9, True))
    for kode, account in (
        ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas"),
        ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
        ("5.1.02.02.04.0120", "Belanja Sewa Peralatan Kantor"),
    ):
        verdict, finding = check_catalogue_account(
            line("Stempel karet", 18_000, kode, account), outcome, ReviewPolicy()
        )
        assert verdict is Verdict.MISMATCH and finding is not None, account
        assert "bukan untuk membeli barang" in finding.message
    # booked as a supply, or a line that says it rents: no verdict of this kind
    office = line(
        "Stempel karet", 18_000, "5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-ATK"
    )
    assert check_catalogue_account(office, outcome, ReviewPolicy())[1] is None
    rented = line("Sewa tinta stempel biru", 18_000, "5.1.02.02.04.0120", "Belanja Sewa Peralatan Kantor")
    assert check_catalogue_account(rented, outcome, ReviewPolicy())[1] is None
    # a row the catalogue files as a service is no goods
    service = PriceReference(
        id="svc",
        uraian="Tinta stempel isi ulang",
        satuan="Kali",
        harga=18_000,
        kode_barang="1.1.7.01.01.02.012",
        kode="1.1.7.01.01.02.012",
        kelompok="JASA ISI ULANG",
    )
    booked_as_fee = line("Tinta stempel isi ulang", 18_000, "5.1.02.02.01.0003", "Honorarium Panitia")
    assert (
        check_catalogue_account(booked_as_fee, MatchOutcome(best=Match(service, 0.9, True)), ReviewPolicy())[
            1
        ]
        is None
    )


def test_goods_under_a_services_or_travel_code_are_booked_wrong_whatever_the_account_is_called() -> None:
    glue = ref("Lem kertas stik 25 g", 9_000, kode_barang="1.1.7.01.01.01.044")
    outcome = MatchOutcome(best=Match(glue, 0.9, True))
    # the chart's Belanja Jasa (5.1.02.02) and Perjalanan Dinas (5.1.02.04) buy no goods, by code
    for kode, name in (
        ("5.1.02.02.01.0077", "Belanja Jasa Tenaga Pendamping Lapangan"),
        ("5.1.2.2.1.77", "Jasa Tenaga Pendamping"),
        ("5.1.02.04.01.0009", "Biaya Kunjungan Lapangan"),
    ):
        verdict, finding = check_catalogue_account(
            line("Lem kertas stik", 9_000, kode, name), outcome, ReviewPolicy()
        )
        assert verdict is Verdict.MISMATCH and finding is not None, kode
    # belanja barang (5.1.02.01) is where goods go; a bare jenis code says too little to judge
    for kode in ("5.1.02.01.01.0024", "5.1.02"):
        assert (
            check_catalogue_account(
                line("Lem kertas stik", 9_000, kode, "Belanja ATK"), outcome, ReviewPolicy()
            )[1]
            is None
        )
    # a line naming a service of the goods (refilling, repair) is no purchase of them
    refill = line("Jasa isi ulang lem kertas stik", 9_000, "5.1.02.02.01.0077", "Belanja Jasa Lainnya")
    assert check_catalogue_account(refill, outcome, ReviewPolicy())[1] is None


def test_a_persediaan_code_does_not_settle_whether_equipment_is_capital() -> None:
    # An SSH list that files every row under persediaan, equipment included.
    projector = ref("Proyektor LCD 4000 lumen", 6_500_000, kode_barang="1.1.7.01.03.02.011")
    matcher = PriceMatcher([projector])
    outcome = matcher.match(LineQuery("Proyektor LCD 4000 lumen", None, "Unit"))
    capital = line("Proyektor LCD 4000 lumen", 6_500_000, "5.2.02.10.02.0001", "Belanja Modal Proyektor")
    assert check_catalogue_account(capital, outcome, ReviewPolicy(), ItemCategory.IT_EQUIPMENT) == (
        None,
        None,
    )
    # under belanja barang the code agrees with the account, unless the catalogue files the row
    # under a section of assets: then the category and the price judge
    expensed = line("Proyektor LCD 4000 lumen", 6_500_000, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor")
    assert check_catalogue_account(expensed, outcome, ReviewPolicy(), ItemCategory.IT_EQUIPMENT)[1] is None
    listed = projector.model_copy(update={"kelompok": "ALAT STUDIO - ASET TETAP"})
    rka = Rka(opd="DISKOMINFO", sub_kegiatan=[SubKegiatan(kode="1", nama="Layanan", lines=[expensed])])
    listed_matcher = PriceMatcher([listed])
    listed_outcome = listed_matcher.match(LineQuery("Proyektor LCD 4000 lumen", None, "Unit"))
    assert check_catalogue_account(expensed, listed_outcome, ReviewPolicy(), ItemCategory.IT_EQUIPMENT) == (
        None,
        None,
    )
    assert FindingType.ACCOUNT_MISMATCH in {f.type for f in review_rka(rka, listed_matcher).findings}
    # below the capitalisation threshold equipment is expensed
    cheap = listed.model_copy(update={"harga": THRESHOLD - 1})
    cheap_line = line(
        "Proyektor LCD 4000 lumen", THRESHOLD - 1, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor"
    )
    rka = Rka(opd="DISKOMINFO", sub_kegiatan=[SubKegiatan(kode="1", nama="Layanan", lines=[cheap_line])])
    assert FindingType.ACCOUNT_MISMATCH not in {
        f.type for f in review_rka(rka, PriceMatcher([cheap])).findings
    }
    # an item the taxonomy cannot place is not proved consumable by the code either
    assert check_catalogue_account(capital, outcome, ReviewPolicy(), ItemCategory.OTHER) == (None, None)
    # what is used up stays the row's to judge: paper is no capital spending
    paper = ref("Kertas Origami Lipat", 45_000, kode_barang="1.1.7.01.01.01.030")
    paper_outcome = PriceMatcher([paper]).match(LineQuery("Kertas Origami Lipat", None, "Unit"))
    booked_as_capital = line("Kertas Origami Lipat", 45_000, "5.2.02.10.02.0001", "Belanja Modal Proyektor")
    verdict, finding = check_catalogue_account(
        booked_as_capital, paper_outcome, ReviewPolicy(), ItemCategory.OFFICE_SUPPLIES
    )
    assert verdict is Verdict.MISMATCH and finding is not None


def test_a_persediaan_code_does_not_make_a_capital_priced_machine_a_supply() -> None:
    # An SSH list filing working machines under persediaan: at a capital price under a goods
    # account the category and the price judge, and they are capital goods.
    welder = ref("Mesin Las Listrik 900 W", 4_200_000, kode_barang="1.1.7.01.13.02.004")
    saw = ref("Gergaji Mesin Rantai 20 inch", 3_300_000, kode_barang="1.1.7.01.13.02.009")
    for row in (welder, saw):
        outcome = PriceMatcher([row]).match(LineQuery(row.uraian, None, "Unit"))
        booked = line(row.uraian, row.harga, "5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya")
        assert check_catalogue_account(booked, outcome, ReviewPolicy(), ItemCategory.TOOLS) == (None, None)
        rka = Rka(opd="DLH", sub_kegiatan=[SubKegiatan(kode="1", nama="Taman", lines=[booked])])
        assert FindingType.ACCOUNT_MISMATCH in {f.type for f in review_rka(rka, PriceMatcher([row])).findings}
        # below the threshold the code's verdict stands: expensed
        cheap_row = row.model_copy(update={"harga": THRESHOLD - 1})
        cheap = booked.model_copy(update={"harga_satuan": THRESHOLD - 1, "jumlah": THRESHOLD - 1})
        rka = Rka(opd="DLH", sub_kegiatan=[SubKegiatan(kode="1", nama="Taman", lines=[cheap])])
        assert FindingType.ACCOUNT_MISMATCH not in {
            f.type for f in review_rka(rka, PriceMatcher([cheap_row])).findings
        }
    # equipment with a supplies objek of its own keeps the code's verdict at any price
    disk = ref("Harddisk Eksternal 4 TB", 2_400_000, kode_barang="1.1.7.01.01.10.007")
    outcome = PriceMatcher([disk]).match(LineQuery(disk.uraian, None, "Unit"))
    booked = line(
        disk.uraian,
        disk.harga,
        "5.1.02.01.01.0029",
        "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer",
    )
    assert check_catalogue_account(booked, outcome, ReviewPolicy(), ItemCategory.IT_EQUIPMENT)[1] is None


def test_an_item_matched_only_in_another_unit_is_still_placed_by_its_row_under_a_meals_account() -> None:
    rod = PriceReference(
        id="elektroda",
        uraian="Elektroda Rutil",
        spesifikasi="E6013, 2,6 mm",
        satuan="Kg",
        harga=60_000,
        kelompok="ALAT BENGKEL",
        kode_barang="1.1.7.01.03.08.001",
    )
    misbooked = RkaLine(
        line_id="1",
        uraian="Elektroda rutil E6013, 2,6 mm",
        satuan="Pak",
        volume=Decimal(3),
        harga_satuan=250_000,
        jumlah=750_000,
        kode_rekening="5.1.02.01.01.0052",
        account_name="Belanja Makanan dan Minuman Rapat",
    )
    rka = Rka(opd="DPUPR", sub_kegiatan=[SubKegiatan(kode="1", nama="Pemeliharaan", lines=[misbooked])])
    assert FindingType.ACCOUNT_MISMATCH in {f.type for f in review_rka(rka, PriceMatcher([rod])).findings}


def test_an_asset_code_on_goods_the_line_names_as_eaten_is_the_catalogue_slip() -> None:
    # A catalogue row of bottled tea under an equipment kode barang: under a meals account the
    # line's own words (a drink) say the account is right; a scale under it is still wrong.
    tea = ref("Teh Botol", 6_000, kode_barang="1.3.2.18.02.031")
    outcome = PriceMatcher([tea]).match(LineQuery("Teh Botol", None, "Unit"))
    meals = "Belanja Makanan dan Minuman Rapat"
    drink = line("Teh Botol", 6_000, "5.1.02.01.01.0052", meals)
    assert check_catalogue_account(drink, outcome, ReviewPolicy(), ItemCategory.FOOD)[1] is None
    verdict, finding = check_catalogue_account(drink, outcome, ReviewPolicy(), ItemCategory.OTHER)
    assert verdict is Verdict.MISMATCH and finding is not None


def test_a_cheap_asset_filed_under_a_section_of_assets_is_capital_by_the_catalogues_policy() -> None:
    # The catalogue's own section says its rows are budgeted as belanja modal: the threshold no
    # longer makes a capital account wrong, and buying a cheap one as belanja barang departs from
    # that policy (its upkeep, parts or rental, not ``bought``, stay allowed there).
    stool = allowed_accounts(ref("Bangku Lipat Taman", 300_000, kode_barang="1.3.2.05.02.011"))
    assert stool is not None and stool.threshold_binding
    capital = account_verdict("5.2.02.05.02.0001", 300_000, stool, THRESHOLD, capital_section=True)[0]
    assert capital is not Verdict.MISMATCH
    expensed = account_verdict("5.1.02.01.01.0024", 300_000, stool, THRESHOLD, capital_section=True)[0]
    assert expensed is Verdict.JENIS_ONLY
    bought = account_verdict(
        "5.1.02.01.01.0030", 300_000, stool, THRESHOLD, bought=True, capital_section=True
    )
    assert bought[0] is Verdict.MISMATCH and bought[1] is not None and "aset tetap" in bought[1]
    # outside a section of assets a cheap one may be expensed
    assert (
        account_verdict("5.1.02.01.01.0030", 300_000, stool, THRESHOLD, bought=True)[0] is Verdict.JENIS_ONLY
    )
    assert account_verdict("5.2.02.05.02.0001", 300_000, stool, THRESHOLD)[0] is Verdict.MISMATCH
