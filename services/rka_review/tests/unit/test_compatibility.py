"""The match stage's decision: which rows may price a line, and why the others may not."""

from __future__ import annotations

from samarinda_common.price_catalogue import PriceReference
from samarinda_rka_review.domain.candidates import index_row
from samarinda_rka_review.domain.compatibility import (
    LineFacts,
    Refusal,
    judge,
    leading_nature,
    nature_conflict,
    units_fit,
    variant_conflict,
)
from samarinda_rka_review.domain.normalisation import normalise_item
from samarinda_rka_review.domain.text import tokens


def row(uraian: str, spesifikasi: str | None = None, satuan: str | None = "Buah") -> object:
    return index_row(
        PriceReference(id=uraian, uraian=uraian, spesifikasi=spesifikasi, satuan=satuan, harga=1)
    )


def facts(uraian: str, spesifikasi: str | None = None, satuan: str | None = "Buah") -> LineFacts:
    words = set(tokens(uraian)) | set(tokens(spesifikasi))
    return LineFacts(
        words=words,
        context=set(),
        nature=words & {"sewa", "cetak", "fotokopi", "pemeliharaan"},
        normalised=normalise_item(uraian, spesifikasi, satuan),
    )


def test_an_exclusive_variant_is_refused_and_named() -> None:
    assert variant_conflict({"kertas", "a4"}, set(), {"kertas", "f4"}) == ("a4", "f4")
    assert variant_conflict({"kertas"}, set(), {"kertas", "f4"}) is None
    # the account name speaks for the line only where the line is silent
    assert variant_conflict({"uangharian"}, {"luarkota"}, {"uangharian", "dalamkota"}) == (
        "luarkota",
        "dalamkota",
    )
    verdict = judge(facts("Kertas HVS A4"), "Rim", row("Kertas HVS", "F4", "Rim"))  # type: ignore[arg-type]
    assert verdict.refusal is Refusal.VARIANT and verdict.reason == "varian berbeda (a4 lawan f4)"


def test_renting_an_item_is_not_buying_it() -> None:
    rental = row("Sewa Mobil Minibus", satuan="Unit/Hari")
    assert nature_conflict(set(), {"mobil", "minibus"}, rental) == "sewa"  # type: ignore[arg-type]
    assert nature_conflict({"sewa"}, {"sewa", "mobil"}, row("Mobil Minibus")) == "sewa"  # type: ignore[arg-type]
    assert nature_conflict({"sewa"}, {"sewa", "mobil", "minibus"}, rental) is None  # type: ignore[arg-type]


def test_conflicting_specifications_make_different_items() -> None:
    cases = [
        (facts("Pipa HDPE 2 inch"), "Batang", row('Pipa PVC 2"', satuan="Batang")),
        (facts('Pipa PVC 4"'), "Batang", row('Pipa PVC 2"', satuan="Batang")),
        (facts("Laptop Core i5", "RAM 16 GB"), "Unit", row("Laptop Core i5", "RAM 8 GB", "Unit")),
    ]
    for line, satuan, candidate in cases:
        verdict = judge(line, satuan, candidate)  # type: ignore[arg-type]
        assert verdict.refusal is Refusal.SPEC and verdict.spec_conflict is not None, line


def test_units_of_different_kinds_are_refused_and_convertible_ones_are_converted() -> None:
    assert units_fit("Buah", row("Spidol", satuan="Pcs")) is True  # type: ignore[arg-type]
    assert units_fit(None, row("Spidol")) is None  # type: ignore[arg-type]
    assert units_fit("Paket", row("Sewa Sound", satuan="Paket/Hari")) is True  # type: ignore[arg-type]
    refused = judge(facts("Semen Portland"), "Buah", row("Semen Portland", "50 kg", "Kg"))  # type: ignore[arg-type]
    assert refused.refusal is Refusal.UNIT and refused.unit_compatible is False
    converted = judge(facts("Semen Portland", satuan="Kg"), "Kg", row("Semen Portland", "50 kg", "Sak"))  # type: ignore[arg-type]
    assert converted.compatible and converted.conversion is not None


def test_a_compatible_row_passes_with_its_unit_verdict() -> None:
    verdict = judge(facts("Kertas HVS A4 70 gram"), "Rim", row("Kertas HVS", "A4, 70 gr", "Rim"))  # type: ignore[arg-type]
    assert verdict.compatible and verdict.unit_compatible is True and verdict.reason is None


def test_a_compound_koefisien_unit_fits_a_row_priced_per_one_of_its_factors() -> None:
    # ``8 Desa x 12 Sak`` is written ``Desa/Sak``: the price is still per sak
    assert units_fit("Desa/Sak", row("Kapur Tulis", satuan="Sak")) is True  # type: ignore[arg-type]
    assert units_fit("Armada/Minggu/Liter", row("Solar", satuan="Liter")) is True  # type: ignore[arg-type]
    assert units_fit("Peserta/Jam/Angkatan", row("Honor Instruktur", satuan="OJ")) is True  # type: ignore[arg-type]
    # a factor the row does not price stays a different unit
    assert units_fit("Desa/Sak", row("Kapur Tulis", satuan="Kg")) is False  # type: ignore[arg-type]
    assert units_fit("Armada/Minggu", row("Solar", satuan="Liter")) is False  # type: ignore[arg-type]
    verdict = judge(
        facts("Solar armada", satuan="Armada/Minggu/Liter"),
        "Armada/Minggu/Liter",
        row("Solar", satuan="Liter"),
    )  # type: ignore[arg-type]
    assert verdict.compatible and verdict.conversion is None


def test_a_person_counted_per_trip_is_priced_by_a_per_diem_per_person_day() -> None:
    assert units_fit("Orang/Kali", row("Uang Saku Pendamping", satuan="OH")) is True  # type: ignore[arg-type]
    assert units_fit("Orang/Kali", row("Uang Saku Pendamping", satuan="OJ")) is False  # type: ignore[arg-type]


def test_a_line_placed_by_its_own_words_is_not_held_to_its_accounts_variant() -> None:
    # Booked as a city trip, but the line names a destination only the out-of-town row names.
    row_words = {"uangharian", "luarkota", "sentosa"}
    assert variant_conflict({"uangharian", "sentosa"}, {"dalamkota"}, row_words, {"sentosa"}) is None
    # A word the account's own variant also has places nothing.
    assert variant_conflict({"uangharian"}, {"dalamkota"}, row_words, set()) == ("dalamkota", "luarkota")
    # The line's own variant word still rules.
    assert variant_conflict({"uangharian", "dalamkota"}, set(), row_words, {"sentosa"}) == (
        "dalamkota",
        "luarkota",
    )


def test_a_rental_row_priced_per_unit_for_a_stated_period_fits_a_line_per_period() -> None:
    # the row's text says its Unit is rented per day: a day of rent, or a unit per day
    tent = row("Sewa Genset 10 kVA", "Dengan juru mesin, per hari", satuan="Unit")
    assert units_fit("Hari", tent) is True  # type: ignore[arg-type]
    assert units_fit("Unit/Hari", tent) is True  # type: ignore[arg-type]
    assert units_fit("Bulan", tent) is False  # type: ignore[arg-type]
    # a row bought, not rented, says nothing of a rental period
    assert units_fit("Hari", row("Genset 10 kVA", "Dipakai per hari", satuan="Unit")) is False  # type: ignore[arg-type]


def test_a_nature_word_says_what_is_paid_for_only_at_the_head_of_the_name() -> None:
    assert leading_nature("Sewa podium portabel") == {"sewa"}
    assert leading_nature("Biaya sewa podium portabel") == {"sewa"}
    assert leading_nature("Biaya fotokopi panduan") == {"fotokopi"}
    # after the good it only qualifies the good: toner for a copier is bought, not a copying job
    assert leading_nature("Toner fotokopi hitam") == frozenset()
    assert leading_nature("Tinta cetak hitam") == frozenset()


def test_a_line_may_write_the_code_a_catalogue_legend_spells_out() -> None:
    # The catalogue printed ``PM`` and explained it as ``paket/minggu`` under its table.
    coded = index_row(
        PriceReference(id="tenda", uraian="Sewa tenda", satuan="paket/minggu", satuan_kode="PM", harga=1)
    )
    assert units_fit("PM", coded) is True
    assert units_fit("p.m. (paket/minggu)", coded) is True
    assert units_fit("Paket/Minggu", coded) is True
    assert units_fit("PH", coded) is False
    # a row priced in a code no legend explains keeps the code alone
    assert units_fit("paket/minggu", row("Sewa tenda", satuan="PM")) is False
