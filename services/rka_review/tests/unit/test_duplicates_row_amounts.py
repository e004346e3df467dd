"""DUPLICATE by the catalogue row, continued: the same amounts of one row under two accounts, the
alternatives a row lists, the fiscal year stated on one line, and two sets of recipients of one
row in other volumes."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import FindingType, Rka, RkaLine, SubKegiatan
from samarinda_rka_review.domain.duplicates import (
    DuplicateFinder,
    Purchase,
    row_options,
    same_item_again,
    without_year,
)
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.reviewer import review_rka

DESK = PriceReference(
    id="meja-kerja",
    uraian="Meja Kerja Staf",
    spesifikasi="kayu jati/sonokeling, 120 x 60 cm",
    satuan="Unit",
    harga=2_400_000,
)
SUPPLIES = "5.1.02.01.01.0024"
FURNITURE = "5.2.02.05.01.0001"


def line(no: str, uraian: str, account: str, volume: int, harga: int, spec: str | None = None) -> RkaLine:
    return RkaLine(
        line_id=no,
        kode_rekening=account,
        uraian=uraian,
        spesifikasi=spec,
        satuan="Unit",
        volume=Decimal(volume),
        harga_satuan=harga,
        jumlah=volume * harga,
    )


def duplicates(*lines: RkaLine, year: int | None = None) -> set[str]:
    rka = Rka(
        opd="DISPERKIM",
        fiscal_year=year,
        sub_kegiatan=[SubKegiatan(kode="1.04.02.2.01.0003", nama="Penataan Ruang Kantor", lines=list(lines))],
    )
    review = review_rka(rka, PriceMatcher([DESK]))
    return {f.line_id for f in review.findings if f.type is FindingType.DUPLICATE and f.line_id}


def test_the_same_amounts_of_one_row_under_two_accounts_are_one_purchase_booked_twice() -> None:
    goods = line("1", "Meja rapat lipat", SUPPLIES, 12, 2_400_000, "kayu jati, 120 x 60 cm")
    capital = line("2", "Pengadaan meja staf ruang arsip", FURNITURE, 12, 2_400_000, "jati 120 x 60 cm")
    assert duplicates(goods, capital) == {"2"}
    # another volume under another account is a purchase of its own
    fewer = line("2", "Pengadaan meja staf ruang arsip", FURNITURE, 5, 2_400_000, "jati 120 x 60 cm")
    assert duplicates(goods, fewer) == set()


def test_two_of_the_alternatives_a_row_lists_are_two_items() -> None:
    assert row_options("kayu jati/sonokeling, 120 x 60 cm") == frozenset({frozenset({"jati", "sonokeling"})})
    assert row_options("Rp per liter/jam") == frozenset()  # a rate, not alternatives
    teak = line("1", "Meja rapat lipat (jati)", SUPPLIES, 10, 2_400_000)
    mahogany = line("2", "Meja rapat lipat sonokeling", SUPPLIES, 4, 2_900_000)
    assert duplicates(teak, mahogany) == set()
    # the same alternative again is the item bought twice
    teak_again = line("2", "Meja rapat lipat bahan jati", SUPPLIES, 4, 2_400_000)
    assert duplicates(teak, teak_again) == {"2"}


def test_the_fiscal_year_stated_on_one_line_names_no_period_of_its_own() -> None:
    assert without_year("Meja rapat lipat Tahun 2031", 2031) is not None
    assert "2031" not in (without_year("Meja rapat lipat Tahun 2031", 2031) or "")
    plain = line("1", "Meja rapat lipat", SUPPLIES, 6, 2_400_000)
    dated = line("2", "Meja rapat lipat tahun 2031", SUPPLIES, 6, 2_400_000)
    assert duplicates(plain, dated, year=2031) == {"2"}
    # another year than the RKA's is a period of its own
    assert duplicates(plain, dated, year=2030) == set()


def test_two_sets_of_recipients_of_one_row_in_other_volumes_are_two_orders() -> None:
    row = frozenset({"plakat", "akrilik"})
    speakers = Purchase.of(line("1", "Plakat narasumber", SUPPLIES, 8, 350_000))
    guests = Purchase.of(line("2", "Plakat kenang-kenangan instansi", SUPPLIES, 30, 350_000))
    assert not same_item_again(speakers, guests, row)
    # in one volume the two wordings are one purchase; a line adding nothing of its own is too
    same_volume = Purchase.of(line("2", "Plakat kenang-kenangan instansi", SUPPLIES, 8, 350_000))
    assert same_item_again(speakers, same_volume, row)
    plain = Purchase.of(line("2", "Plakat akrilik", SUPPLIES, 30, 350_000))
    assert same_item_again(speakers, plain, row)


def test_a_finder_pairs_one_row_under_two_accounts_only_on_the_same_amounts() -> None:
    finder = DuplicateFinder()
    first = line("1", "Meja rapat lipat", SUPPLIES, 12, 2_400_000)
    again = line("2", "Meja staf kayu", FURNITURE, 12, 2_400_000)
    assert finder.repeat_of_row(0, first, DESK.id, DESK.description(), row_spec=DESK.spesifikasi) is None
    repeat = finder.repeat_of_row(0, again, DESK.id, DESK.description(), row_spec=DESK.spesifikasi)
    assert repeat is not None and repeat.first is first


def test_one_row_in_one_volume_at_one_price_written_two_ways_is_one_need_under_any_account() -> None:
    first = line("1", "Meja rapat lipat", SUPPLIES, 12, 2_400_000, "kayu jati, 120 x 60 cm")
    # booked to another account at a price a few percent apart: one need budgeted twice
    rounded = line("2", "Meja staf ruang arsip", FURNITURE, 12, 2_500_000, "jati 120 x 60 cm")
    assert duplicates(first, rounded) == {"2"}
    # another volume under another account stays a purchase of its own
    fewer = line("2", "Meja staf ruang arsip", FURNITURE, 5, 2_500_000, "jati 120 x 60 cm")
    assert duplicates(first, fewer) == set()


def test_a_match_in_one_volume_pairs_another_account_only_at_one_price_written_two_ways() -> None:
    first = line("1", "Ongkos angkut material", SUPPLIES, 40, 275_000)
    rounded = line("2", "Biaya pemindahan material", FURNITURE, 40, 280_000)
    apart = line("2", "Biaya pemindahan material", FURNITURE, 40, 400_000)
    for firm in (False, True):
        finder = DuplicateFinder()
        assert finder.repeat_of_row(0, first, "angkut", "Jasa Angkut Material", firm=firm) is None
        assert finder.repeat_of_row(0, rounded, "angkut", "Jasa Angkut Material", firm=firm) is not None
        # a wider gap under another account: another grade, or a copy the price check reports
        wide = DuplicateFinder()
        wide.repeat_of_row(0, first, "angkut", "Jasa Angkut Material", firm=firm)
        assert wide.repeat_of_row(0, apart, "angkut", "Jasa Angkut Material", firm=firm) is None


def test_a_line_saying_it_adds_to_another_is_the_same_item_again() -> None:
    first = line("1", "Sewa genset 5 kVA (tambahan)", SUPPLIES, 20, 750_000)
    again = line("2", "Sewa genset 5 kVA", SUPPLIES, 4, 750_000)
    assert duplicates(first, again) == {"2"}
