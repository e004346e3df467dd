"""Account kinds judged by the catalogue row when the taxonomy cannot place a line, and lines
that name another sub-kegiatan's object (invented examples)."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import RkaLine, SubKegiatan
from samarinda_rka_review.domain.checks import ReviewPolicy, check_account, filed_as_other_goods
from samarinda_rka_review.domain.opd_functions import goods_functions
from samarinda_rka_review.domain.relevance_siblings import object_words, sibling_object
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise

POLICY = ReviewPolicy()
MEALS = "Belanja Makanan dan Minuman Rapat"


def line(uraian: str, harga: int = 50_000, account: str = MEALS, kode: str = "5.1.02.01.01.0052") -> RkaLine:
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


def row(uraian: str, kelompok: str | None, harga: int = 50_000, kode: str | None = None) -> PriceReference:
    return PriceReference(
        id=uraian, uraian=uraian, satuan="Unit", harga=harga, kelompok=kelompok, kode_barang=kode
    )


def test_a_row_filed_with_stationery_is_no_meal() -> None:
    brush = line("Kuas rias wajah")
    assert categorise(brush.uraian) is ItemCategory.OTHER
    reason = filed_as_other_goods(brush, ItemCategory.OTHER, row("Kuas rias", "ALAT TULIS KANTOR"))
    assert reason is not None and "ALAT TULIS KANTOR" in reason
    assert check_account(brush, ItemCategory.OTHER, POLICY, row=row("Kuas rias", "ALAT TULIS KANTOR"))


def test_a_row_the_catalogue_codes_as_goods_in_a_section_of_another_kind_is_no_meal() -> None:
    saw = line("Gergaji tangan 18 inci")
    assert categorise(saw.uraian) is ItemCategory.OTHER
    filed = row("Gergaji tangan", "PERKAKAS BENGKEL", kode="1.1.7.01.03.0042")
    reason = filed_as_other_goods(saw, ItemCategory.OTHER, filed)
    assert reason is not None and "PERKAKAS BENGKEL" in reason
    # a row coded as goods in a section named after the account's kind stays the account's
    assert (
        filed_as_other_goods(saw, ItemCategory.OTHER, row("Kudapan", "MAMIN", kode="1.1.7.01.02.0001"))
        is None
    )


def test_a_row_of_the_accounts_kind_a_service_or_an_unplaced_section_says_nothing() -> None:
    snack = line("Kudapan sore")
    assert filed_as_other_goods(snack, ItemCategory.OTHER, row("Kudapan", "KONSUMSI RAPAT")) is None
    assert filed_as_other_goods(snack, ItemCategory.OTHER, row("Paket", "PAKET PERTEMUAN")) is None
    assert filed_as_other_goods(snack, ItemCategory.OTHER, None) is None
    # an account that holds more than one kind is not judged this way
    other = line("Kuas rias wajah", account="Belanja Bahan-Bahan Lainnya", kode="5.1.02.01.01.0012")
    assert filed_as_other_goods(other, ItemCategory.OTHER, row("Kuas rias", "ALAT TULIS KANTOR")) is None


def test_equipment_known_by_its_catalogue_section_of_assets_is_capital() -> None:
    lathe = line("Mesin bubut mini", 4_500_000, "Belanja Bahan-Bahan Lainnya", "5.1.02.01.01.0012")
    assert categorise(lathe.uraian) is ItemCategory.OTHER
    filed = row("Mesin bubut mini", "PERKAKAS PERTUKANGAN (MODAL)", 4_500_000)
    finding = check_account(lathe, ItemCategory.OTHER, POLICY, row=filed)
    assert finding is not None and "Belanja Modal" in finding.message
    assert (
        check_account(lathe, ItemCategory.OTHER, POLICY, row=row("Mesin bubut mini", "BAHAN LAINNYA")) is None
    )


BEAUTY = SubKegiatan(
    kode="2.07.03.2.01.0001",
    nama="Pelatihan Keterampilan (Kejuruan Tata Rias)",
    indikator="Jumlah peserta",
    lines=[],
)
MOTOR = SubKegiatan(
    kode="2.07.03.2.01.0002",
    nama="Pelatihan Keterampilan (Kejuruan Otomotif)",
    indikator="Jumlah peserta",
    lines=[],
)
OFFICE = SubKegiatan(kode="2.07.01.2.02.0001", nama="Pengadaan Peralatan Kantor", lines=[])


def test_a_line_naming_the_siblings_object_serves_the_sibling() -> None:
    spanner = line("Kunci busi otomotif", account="Belanja Bahan-Bahan Lainnya")
    found = sibling_object(spanner, BEAUTY, [BEAUTY, MOTOR])
    assert found is not None and found[0] is MOTOR and found[1] == "otomotif"
    assert sibling_object(spanner, MOTOR, [BEAUTY, MOTOR]) is None  # its own object


def test_only_sub_kegiatan_naming_objects_of_their_own_split_their_work() -> None:
    spanner = line("Kunci busi otomotif", account="Belanja Bahan-Bahan Lainnya")
    assert sibling_object(spanner, OFFICE, [OFFICE, MOTOR]) is None
    # a target in brackets names no object
    counted = SubKegiatan(nama="Sosialisasi Pencegahan", indikator="Jumlah peserta (250 Orang)", lines=[])
    assert object_words(counted) == set()
    # the verbal prefix is read back to the root the line names
    sewing = SubKegiatan(nama="Pelatihan (Kejuruan Menjahit)", lines=[])
    assert sibling_object(line("Benang jahit obras"), MOTOR, [MOTOR, sewing]) is not None


def test_a_unit_after_a_number_names_no_siblings_object() -> None:
    # a grade written with a unit's letter (``2G``) reads as a number and a unit, as a weight does
    graded = SubKegiatan(nama="Pelatihan (Kejuruan Pengecatan 2G)", lines=[])
    assert "gram" not in object_words(graded)
    paper = line("Kertas sampul 120 gr", account="Belanja Bahan-Bahan Lainnya")
    assert sibling_object(paper, MOTOR, [MOTOR, graded]) is None


def test_a_denied_goods_word_names_no_function() -> None:
    assert goods_functions("Kain lap tanpa steril")[0] == frozenset()
    assert goods_functions("Kain kasa steril")[0]


def test_a_siblings_acronym_in_capitals_names_its_object_however_short() -> None:
    ponds = SubKegiatan(
        kode="2.11.05.2.01.0003", nama="Pengelolaan Instalasi Pengolahan Air Limbah (IPAL)", lines=[]
    )
    parks = SubKegiatan(kode="2.11.05.2.01.0004", nama="Penataan Ruang Terbuka Hijau (RTH)", lines=[])
    pump = line("Pompa celup IPAL 1 HP", account="Belanja Bahan-Bahan Lainnya")
    found = sibling_object(pump, parks, [parks, ponds])
    assert found is not None and found[0] is ponds and found[1] == "ipal"
    assert sibling_object(pump, ponds, [parks, ponds]) is None  # its own acronym
    # the OPD's own acronym says nothing
    assert sibling_object(pump, parks, [parks, ponds], opd_name="UPT IPAL dan Taman") is None
