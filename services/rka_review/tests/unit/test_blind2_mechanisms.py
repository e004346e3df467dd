"""The general mechanisms the second blind round exposed, each on a small example of its own."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest
from samarinda_common.extracted import Table
from samarinda_common.price_catalogue import PriceReference, parse_price_tables
from samarinda_common.rka import FindingType, RkaLine, SubKegiatan
from samarinda_rka_review.domain.checks import ReviewPolicy, check_account
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher
from samarinda_rka_review.domain.relevance import check_relevance
from samarinda_rka_review.domain.rka_parser import parse_koefisien, parse_ppn, parse_rka_tables
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise, item_head
from samarinda_rka_review.domain.text import measurements, measures_agree

POLICY = ReviewPolicy()


def ref(id_: str, uraian: str, spesifikasi: str | None, satuan: str, harga: int) -> PriceReference:
    return PriceReference(id=id_, uraian=uraian, spesifikasi=spesifikasi, satuan=satuan, harga=harga)


# --- reading the files ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2.000 Pasang", Decimal(2000)), ("10.000 Pcs", Decimal(10000)), ("0,5 Tahun", Decimal("0.5"))],
)
def test_koefisien_counts_use_the_dot_for_thousands(text: str, expected: Decimal) -> None:
    assert parse_koefisien(text) == expected


def test_ppn_stored_as_an_excel_percentage_is_read_in_percent() -> None:
    assert parse_ppn(0.11) == Decimal(11)
    assert parse_ppn("11%") == Decimal(11)
    assert parse_ppn(0) == Decimal(0)


def test_an_rka_header_split_over_two_rows_is_read() -> None:
    rows: list[list[object]] = [
        ["Sub Kegiatan", None, ":", "3.26.03.2.01.0002 - Penyelenggaraan Event Pariwisata"],
        ["No", "Kode Rekening", "Uraian", "Rincian Perhitungan", None, None, None, "Jumlah (Rp)"],
        [None, None, None, "Volume", "Satuan", "Harga (Rp)", "PPN (%)", None],
        [None, "5.1.02.02.03.0062", "Belanja Sewa", None, None, None, None, 2_109_000],
        [1, None, "Sewa tenda sarnafil", 2, "Unit/Hari", "950.000", 11, 2_109_000],
    ]
    rka = parse_rka_tables([Table(sheet="Event", index=0, rows=rows)])
    [line] = rka.sub_kegiatan[0].lines
    assert (line.volume, line.harga_satuan, line.jumlah) == (Decimal(2), 950_000, 2_109_000)


def test_a_catalogue_sheet_with_its_own_header_does_not_inherit_the_previous_columns() -> None:
    sbu = Table(
        sheet="SBU",
        index=0,
        rows=[
            ["No", "Kode", "Uraian", "Satuan", "Besaran (Rp)", "Keterangan"],
            [1, "S.1", "Uang Harian Perjalanan Dinas Luar Daerah", "OH", "530.000", "Provinsi DKI Jakarta"],
        ],
    )
    hspk = Table(
        sheet="HSPK",
        index=0,
        rows=[
            ["Kode HSPK", "Jenis Pekerjaan", "Spesifikasi Teknis", "Sat.", "Harga Satuan Pekerjaan (Rp)"],
            ["H.1", "Sewa Tenda Sarnafil", "5 x 5 m", "Unit/Hari", 950000],
        ],
    )
    [uang_harian, tenda] = parse_price_tables([sbu, hspk])
    # Without a Spesifikasi column the SBU's Keterangan describes the item.
    assert uang_harian.spesifikasi == "Provinsi DKI Jakarta"
    assert (tenda.uraian, tenda.spesifikasi) == ("Sewa Tenda Sarnafil", "5 x 5 m")


# --- what a line buys -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("uraian", "category"),
    [
        ("Dexlite untuk genset", ItemCategory.FUEL),
        ("Borgol baja", ItemCategory.OTHER),
        ("Besi beton 10 mm", ItemCategory.CONSTRUCTION),
        ("Ribbon YMCKO printer KTP-el", ItemCategory.OFFICE_SUPPLIES),
        ("Tempat tidur pasien elektrik", ItemCategory.MEDICAL_EQUIPMENT),
        ("Reagen hematologi", ItemCategory.MEDICAL),
        ("Sewa panggung 8 x 6 m", ItemCategory.EVENT_RENTAL),
        ("Sewa kendaraan minibus", ItemCategory.RENTAL),
        ("Sepatu PDL kulit", ItemCategory.OFFICIAL_UNIFORM),
        ("Buku cerita anak bergambar", ItemCategory.READING),
        ("Parsel hari raya untuk pegawai", ItemCategory.LUXURY),
    ],
)
def test_the_head_of_the_name_decides_the_category(uraian: str, category: ItemCategory) -> None:
    assert categorise(uraian) is category


def test_item_head_drops_the_purpose_and_brackets() -> None:
    assert item_head("Toner laser untuk cetak KK") == "Toner laser"
    assert item_head("Kertas HVS A4 (cetak KK)") == "Kertas HVS A4"


def test_ranges_and_pack_sizes_are_measurements() -> None:
    assert measures_agree(measurements("32 halaman")["halaman"], measurements("24-48 halaman")["halaman"])
    assert not measures_agree(measurements("isi 1.000")["isi"], measurements("isi 100")["isi"])


# --- matching -------------------------------------------------------------------------------------

CATALOGUE = [
    ref("makan", "Makanan Rapat", "Nasi kotak, per orang per kali", "Orang/Kali", 42500),
    ref("pertalite", "Bensin", "Pertalite (RON 90)", "Liter", 10000),
    ref("pertamax", "Bensin", "Pertamax (RON 92)", "Liter", 12500),
    ref("sound", "Sewa Sound System", "Kapasitas 1.000 watt", "Paket/Hari", 1500000),
    ref("label", "Label Punggung Buku", "Stiker, isi 100", "Pak", 15000),
    ref("toner", "Toner Printer Laser", "Hitam, 2.000 halaman", "Buah", 1275000),
    ref("brosur", "Brosur", "A4 lipat tiga, art paper 150 gram", "Lembar", 3000),
    ref("buku-anak", "Buku Bacaan Anak", "Full color, 24-48 halaman", "Eksemplar", 55000),
    ref("tiket", "Tiket Pesawat Pergi Pulang", "Balikpapan - Jakarta", "Orang/PP", 3850000),
]
MATCHER = PriceMatcher(CATALOGUE)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (LineQuery("Nasi kotak peserta", None, "Kotak"), "makan"),  # a box is one serving
        (LineQuery("BBM pertamax kendaraan", None, "Liter"), "pertamax"),  # not the cheaper grade
        (LineQuery("Sewa sound system 1000 watt", None, "Paket"), "sound"),  # one package, one day
        (LineQuery("Toner laser hitam untuk cetak KK", None, "Buah"), "toner"),  # purpose ≠ nature
        (LineQuery("Cetak leaflet A4 lipat tiga", "Art paper 150 gr", "Lembar"), "brosur"),
        (LineQuery("Buku cerita anak", "Full color 32 halaman", "Eks"), "buku-anak"),
        (LineQuery("Tiket pesawat Balikpapan-Jakarta PP", None, "Orang"), "tiket"),
    ],
)
def test_differently_worded_lines_meet_their_reference(query: LineQuery, expected: str) -> None:
    best = MATCHER.match(query).best
    assert best is not None and best.confidence >= POLICY.match_threshold
    assert best.reference.id == expected


def test_a_different_pack_size_is_not_the_same_item() -> None:
    best = MATCHER.match(LineQuery("Stiker barcode buku", "Isi 1.000", "Pak")).best
    assert best is None or best.confidence < POLICY.match_threshold


def test_embedding_credit_goes_only_to_references_that_stand_out() -> None:
    rng = np.random.default_rng(7)
    references = [ref(f"r{i}", f"Barang {i}", None, "Buah", 1000) for i in range(200)]
    # Compressed cosines, as sentence embedders give: every row shares a large common direction.
    common = rng.normal(size=32)
    vectors = {r.id: (3 * common + rng.normal(size=32)).tolist() for r in references}
    matcher = PriceMatcher(references, vectors)
    near_r3 = (np.asarray(vectors["r3"]) + 0.1 * rng.normal(size=32)).tolist()
    outcome = matcher.match(LineQuery("Qwerty", None, "Buah"), near_r3, limit=5)
    first, second = outcome.candidates[:2]
    assert first.reference.id == "r3"
    # Raw cosines near 0.9 for every row would have lifted all of them alike.
    assert first.confidence - second.confidence > 0.2


# --- account and relevance ------------------------------------------------------------------------


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


def test_a_meal_under_a_rental_account_is_an_account_mismatch() -> None:
    meal = line("Konsumsi tamu (nasi kotak)", 42500, "5.1.02.02.03.0062", "Belanja Sewa Peralatan")
    finding = check_account(meal, categorise(meal.uraian), POLICY)
    assert finding is not None and finding.type is FindingType.ACCOUNT_MISMATCH


def test_medical_consumables_are_not_capital_and_medical_equipment_is() -> None:
    reagent = line("Reagen hematologi", 2850000, "5.2.02.07.01.0002", "Belanja Modal Alat Kedokteran")
    bed = line("Tempat tidur pasien elektrik", 38900000, "5.1.02.01.01.0012", "Belanja Bahan Lainnya")
    assert check_account(reagent, categorise(reagent.uraian), POLICY) is not None
    assert check_account(bed, categorise(bed.uraian), POLICY) is not None


def sub(nama: str, indikator: str) -> SubKegiatan:
    return SubKegiatan(nama=nama, indikator=indikator, lines=[])


def test_event_rentals_serve_events_and_field_services_only() -> None:
    stage = line("Sewa panggung 8 x 6 m", 5750000, "5.1.02.02.03.0062", "Belanja Sewa")
    patrol = sub("Penanganan Gangguan Ketenteraman dan Ketertiban Umum", "Jumlah penanganan gangguan")
    festival = sub("Penyelenggaraan Event Pariwisata", "Jumlah event pariwisata")
    assert check_relevance(stage, ItemCategory.EVENT_RENTAL, patrol, POLICY) is not None
    assert check_relevance(stage, ItemCategory.EVENT_RENTAL, festival, POLICY) is None


def test_trophies_fit_a_competition_named_in_a_meeting_like_sub_kegiatan() -> None:
    trophy = line("Piala lomba bercerita", 650000, "5.1.02.05.01.0001", "Belanja Hadiah")
    lomba = sub("Peningkatan Budaya Gemar Membaca melalui Lomba", "Jumlah kegiatan gemar membaca")
    office = sub("Pencetakan Dokumen Kependudukan", "Jumlah dokumen yang dicetak")
    assert check_relevance(trophy, ItemCategory.DECORATION, lomba, POLICY) is None
    assert check_relevance(trophy, ItemCategory.DECORATION, office, POLICY) is not None


def test_goods_handed_to_the_public_are_judged_by_the_whole_sub_kegiatan_name() -> None:
    shelf = line(
        "Rak buku besi", 4650000, "5.1.02.06.01.0001", "Belanja Barang yang Akan Diserahkan kepada Masyarakat"
    )
    tbm = sub("Peningkatan Budaya Gemar Membaca melalui Lomba dan Taman Bacaan Masyarakat", "Jumlah kegiatan")
    assert check_relevance(shelf, ItemCategory.FURNITURE, tbm, POLICY) is None
