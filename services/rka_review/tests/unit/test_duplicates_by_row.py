"""DUPLICATE by the catalogue row: two wordings of one item that share few words (a synonym, an
abbreviation, a brand for the generic name) are one purchase when they are priced by the same
catalogue row, in one sub-kegiatan, on one account — and two when their own words tell them apart."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import FindingType, Rka, RkaLine, SubKegiatan
from samarinda_rka_review.domain.duplicates import (
    DuplicateFinder,
    Purchase,
    own_place_words,
    same_catalogue_item,
)
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.reviewer import review_rka

CATALOGUE = [
    PriceReference(
        id="tinta-hitam",
        uraian="Tinta Printer Botol",
        spesifikasi="Hitam, isi 70 ml, original",
        satuan="Botol",
        harga=98000,
    ),
    PriceReference(
        id="jasa-juru-bahasa",
        uraian="Honorarium Penerjemah Bahasa Isyarat",
        spesifikasi="Per orang per kegiatan",
        satuan="OK",
        harga=750000,
    ),
]
SUPPLIES = "5.1.02.01.01.0026"
HONORARIA = "5.1.02.02.01.0003"


def line(no: str, uraian: str, account: str, volume: int, harga: int, satuan: str) -> RkaLine:
    return RkaLine(
        line_id=no,
        kode_rekening=account,
        uraian=uraian,
        satuan=satuan,
        volume=Decimal(volume),
        harga_satuan=harga,
        jumlah=volume * harga,
    )


def duplicates(*subs: list[RkaLine]) -> set[str]:
    rka = Rka(
        opd="DISSOS",
        sub_kegiatan=[
            SubKegiatan(kode=f"1.06.01.2.01.000{i}", nama=f"Layanan Disabilitas {i}", lines=lines)
            for i, lines in enumerate(subs, start=1)
        ],
    )
    review = review_rka(rka, PriceMatcher(CATALOGUE))
    return {f"{f.sub_kegiatan}:{f.line_id}" for f in review.findings if f.type is FindingType.DUPLICATE}


def test_two_wordings_priced_by_one_row_in_one_sub_kegiatan_are_one_purchase() -> None:
    found = duplicates(
        [
            line("1", "Honorarium penerjemah bahasa isyarat", HONORARIA, 4, 750000, "OK"),
            line("2", "Honor juru bahasa isyarat (JBI) dialog warga", HONORARIA, 2, 750000, "OK"),
        ]
    )
    assert found == {"1.06.01.2.01.0001:2"}


def test_one_row_on_two_accounts_or_in_two_sub_kegiatan_is_two_purchases() -> None:
    ink = line("1", "Tinta printer hitam 70 ml", SUPPLIES, 6, 98000, "Botol")
    refill = line("2", "Refill tinta botol hitam original", "5.1.02.01.01.0024", 4, 98000, "Botol")
    other_sub = line("3", "Refill tinta botol hitam original", SUPPLIES, 3, 98000, "Botol")
    assert duplicates([ink, refill], [other_sub]) == set()


def test_own_words_that_tell_two_lines_apart_win_over_the_shared_row() -> None:
    # a period of its own on one side, an occasion of its own on each
    period = (
        line("1", "Honor penerjemah bahasa isyarat triwulan I", HONORARIA, 1, 750000, "OK"),
        line("2", "Honorarium juru bahasa isyarat", HONORARIA, 1, 750000, "OK"),
    )
    occasions = (
        line("1", "Honorarium penerjemah bahasa isyarat sosialisasi", HONORARIA, 1, 750000, "OK"),
        line("2", "Honor JBI lomba", HONORARIA, 1, 750000, "OK"),
    )
    for first, second in (period, occasions):
        assert not same_catalogue_item(Purchase.of(first), Purchase.of(second))


def test_details_each_line_quotes_from_the_shared_row_are_not_sizes_of_their_own() -> None:
    # One line quotes the row's volume, the other its "original": numbers on each side, but both
    # taken from the row that prices them.
    first = line("1", "Tinta printer botol isi 70 ml", SUPPLIES, 6, 98000, "Botol")
    second = line("2", "Tinta hitam original 1 botol", SUPPLIES, 6, 98000, "Botol")
    row = frozenset({"tinta", "printer", "botol", "hitam", "isi", "70", "ml", "original"})
    assert not same_catalogue_item(Purchase.of(first), Purchase.of(second))
    assert same_catalogue_item(Purchase.of(first), Purchase.of(second), row)
    # two members of one family stay two items, even when the row lists both
    a4 = line("1", "Kertas sampul A4", SUPPLIES, 6, 98000, "Botol")
    f4 = line("2", "Kertas sampul F4", SUPPLIES, 6, 98000, "Botol")
    assert not same_catalogue_item(
        Purchase.of(a4), Purchase.of(f4), frozenset({"kertas", "sampul", "a4", "f4"})
    )


def test_a_rate_per_day_is_not_a_day_of_its_own() -> None:
    # ``hari ke`` names a day; ``per hari`` / ``/hari`` a rate, which does not tell two lines apart
    daily = line("1", "Honorarium penerjemah bahasa isyarat 2 jam/hari", HONORARIA, 1, 750000, "OK")
    plain = line("2", "Honorarium penerjemah bahasa isyarat", HONORARIA, 1, 750000, "OK")
    day_two = line("3", "Honorarium penerjemah bahasa isyarat hari ke 2", HONORARIA, 1, 750000, "OK")
    assert same_catalogue_item(Purchase.of(daily), Purchase.of(plain))
    assert not same_catalogue_item(Purchase.of(plain), Purchase.of(day_two))


def test_a_loose_match_pairs_lines_only_when_their_amounts_are_the_same() -> None:
    finder = DuplicateFinder()
    first = line("1", "Ongkos mobilisasi material timbunan", SUPPLIES, 40, 275_000, "Rit")
    same = line("2", "Biaya pemindahan tanah urug", SUPPLIES, 40, 275_000, "Rit")
    other = line("3", "Biaya pemindahan tanah urug", SUPPLIES, 25, 275_000, "Rit")
    assert finder.repeat_of_row(0, first, "mobil", "Jasa Mobilisasi Material", firm=False) is None
    # priced by the same row on a match too loose to tell two neighbouring items apart: the same
    # volume at the same price says it is one purchase; another volume leaves them two
    repeat = finder.repeat_of_row(0, same, "mobil", "Jasa Mobilisasi Material", firm=False)
    assert repeat is not None and repeat.first is first
    assert DuplicateFinder().repeat_of_row(0, other, "mobil", "Jasa Mobilisasi Material", firm=False) is None
    loose = DuplicateFinder()
    loose.repeat_of_row(0, first, "mobil", "Jasa Mobilisasi Material", firm=False)
    assert loose.repeat_of_row(0, other, "mobil", "Jasa Mobilisasi Material", firm=False) is None


def test_the_rka_own_kelurahan_named_on_a_line_is_no_other_place() -> None:
    own = own_place_words("Kelurahan Teluk Lerong Ilir")
    assert own == frozenset({"kelurahan"})
    first = line("1", "Sepatu Lapangan", SUPPLIES, 8, 240_000, "Pasang")
    again = line("2", "Sepatu lapangan linmas kelurahan", SUPPLIES, 8, 240_000, "Pasang")
    row = "Sepatu Lapangan kulit"
    in_own_rka = DuplicateFinder(own=own)
    in_own_rka.repeat_of_row(0, first, "sepatu", row)
    assert in_own_rka.repeat_of_row(0, again, "sepatu", row) is not None
    # in another OPD's RKA a kelurahan named on one line only is a place of its own
    elsewhere = DuplicateFinder(own=own_place_words("Dinas Pertanahan"))
    elsewhere.repeat_of_row(0, first, "sepatu", row)
    assert elsewhere.repeat_of_row(0, again, "sepatu", row) is None


def test_a_line_priced_many_times_its_row_is_another_model_not_the_item_again() -> None:
    # the row matches both wordings, but at several times its price the second line buys a model
    # the row does not list (the price check's implausible match): two items, not one bought twice
    sewing = PriceReference(
        id="mesin-jahit", uraian="Mesin Jahit Portable", spesifikasi="Manual", satuan="Unit", harga=1_900_000
    )
    rka = Rka(
        opd="DISSOS",
        sub_kegiatan=[
            SubKegiatan(
                kode="1.06.01.2.01.0001",
                nama="Pelatihan Keterampilan",
                lines=[
                    line("1", "Mesin jahit portable manual", SUPPLIES, 4, 1_900_000, "Unit"),
                    line("2", "Mesin jahit portable manual bordir", SUPPLIES, 2, 1_850_000, "Unit"),
                    line("3", "Mesin jahit portable komputer", SUPPLIES, 1, 16_500_000, "Unit"),
                ],
            )
        ],
    )
    review = review_rka(rka, PriceMatcher([sewing]))
    assert "3" not in {f.line_id for f in review.findings if f.type is FindingType.DUPLICATE}
