"""The normalise stage: a line and a catalogue row as (quantity, unit, spec), and a reference's
price brought to the line's unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from samarinda_common.price_catalogue import PriceReference
from samarinda_rka_review.domain.normalisation import (
    UnitConversion,
    normalise_item,
    packed_by_price,
    unit_conversion,
)
from samarinda_rka_review.domain.quantities import Amount
from samarinda_rka_review.domain.text import canonical_unit, tokens


def conversion(
    line: str | None, line_text: str | None, reference: str, reference_text: str | None
) -> UnitConversion | None:
    return unit_conversion(
        normalise_item(line_text or "", None, line), normalise_item(reference_text or "", None, reference)
    )


def test_an_item_is_normalised_to_quantity_unit_and_spec() -> None:
    item = normalise_item("Kabel UTP Cat 6", "tembaga, 305 m", "Roll")
    assert item.unit == "roll" and item.container == "roll"
    assert item.amount == Amount(Decimal(305), "meter")
    assert item.specs.materials == {"tembaga"}
    assert item.specs.measures["meter"] == {"305"}


def test_a_piece_is_priced_from_a_box_and_the_reason_says_so() -> None:
    found = conversion("Buah", "Sekrup gipsum", "Box isi 50", "Sekrup gipsum")
    assert found is not None
    assert Decimal(100_000) * found.factor == 2_000
    assert found.reason == "harga per Buah dari Box isi 50: 1 Box isi 50 = 50 Buah"


@pytest.mark.parametrize(
    ("line", "reference", "factor", "equation"),
    [
        ("Kg", "Ton", Decimal("0.001"), "1 Ton = 1.000 Kg"),
        ("Ton", "Kg", Decimal(1000), "1 Ton = 1.000 Kg"),
        ("Meter", "Roll 305 m", Decimal(1) / 305, "1 Roll 305 m = 305 Meter"),
        ("Lembar", "Rim", Decimal("0.002"), "1 Rim = 500 Lembar"),
        ("Lusin", "Buah", Decimal(12), "1 Lusin = 12 Buah"),
        ("Ml", "Liter", Decimal("0.001"), "1 Liter = 1.000 Ml"),
    ],
)
def test_prices_compare_per_base_unit(line: str, reference: str, factor: Decimal, equation: str) -> None:
    found = conversion(line, None, reference, None)
    assert found is not None
    assert found.factor == factor
    assert equation in found.reason


def test_a_bare_container_takes_its_contents_from_the_items_text() -> None:
    found = conversion("Meter", "Kabel UTP Cat 6", "Roll", "Kabel UTP Cat 6 panjang 305 m")
    assert found is not None
    assert found.factor == Decimal(1) / 305


def test_the_same_container_with_contents_on_one_side_only_is_taken_as_the_same() -> None:
    found = conversion("Box", None, "Box isi 50", None)
    assert found is not None and found.factor == 1
    assert "tidak disebut" in found.reason


@pytest.mark.parametrize(
    ("line", "reference"),
    [
        ("Buah", "Kg"),  # a count is not a mass
        ("Meter", "M2"),
        ("Box", "Dus"),  # two containers, contents unknown
        ("Buah", "Box"),
        ("Box isi 100", "Box isi 50"),  # packs of other sizes are other products
        ("Buah", "Buah"),  # the same unit needs no conversion
        ("Unit", "Pcs"),
        (None, "Box isi 50"),
    ],
)
def test_units_that_cannot_be_converted_give_no_conversion(line: str | None, reference: str) -> None:
    assert conversion(line, None, reference, None) is None


def test_a_box_of_pieces_prices_a_piece_counted_in_its_own_unit() -> None:
    # ``Pak isi 12`` holds 12 pieces; the line buys tubes of glue one by one.
    line = normalise_item("Lem kertas cair 50 ml", None, "Tube")
    box = normalise_item("Lem Kertas Cair", "Tube 50 ml", "Pak isi 12")
    conversion = unit_conversion(line, box)
    assert conversion is not None and conversion.factor == Decimal(1) / 12


def test_a_bare_roll_holds_the_thousands_its_text_says() -> None:
    # ``isi 2.000 stiker``: two thousand pieces, whatever a piece is called.
    line = normalise_item("Stiker inventaris aset", None, "Buah")
    roll = normalise_item("Stiker Inventaris", "Kertas chromo, gulungan isi 2.000 stiker", "Roll")
    conversion = unit_conversion(line, roll)
    assert conversion is not None and conversion.factor == Decimal(1) / 2000


def test_a_fixed_pack_of_sheets_does_not_price_a_machine() -> None:
    line = normalise_item("Mesin laminating", None, "Unit")
    ream = normalise_item("Kertas HVS", "70 gsm", "Rim")
    assert unit_conversion(line, ream) is None


def test_a_stick_is_one_piece_of_a_box_of_sticks() -> None:
    # a pencil bought per Batang against a box of 12 pencils
    found = conversion("Batang", "Pensil 2B", "Kotak", "Pensil 2B; 1 kotak isi 12 batang")
    assert found is not None and found.factor * 12 == pytest.approx(1)


def test_a_pack_counted_on_the_line_and_in_the_rows_satuan_is_one_product() -> None:
    # the line says the count in its text, the row in its satuan: the same carton of 36
    found = conversion("Dus", "Susu UHT 125 ml isi 36", "Dus isi 36", "Susu UHT 125 ml")
    assert found is not None and found.factor == 1


def test_packs_of_other_counts_stay_apart_wherever_the_count_is_written() -> None:
    assert conversion("Dus", "Susu UHT 125 ml isi 24", "Dus isi 36", "Susu UHT 125 ml") is None


@pytest.mark.parametrize(
    ("satuan", "text", "factor"),
    [
        ("Lembar", "Bendera kain 0,6 x 4 m", Decimal("2.4")),
        ("Buah", "Stiker dinding 50 x 40 cm", Decimal("0.2")),
    ],
)
def test_a_flat_piece_of_given_size_is_priced_by_its_area(satuan: str, text: str, factor: Decimal) -> None:
    found = conversion(satuan, text, "M2", "Cetak kain")
    assert found is not None and found.factor == factor


def test_a_piece_without_a_size_or_with_an_inch_size_has_no_area() -> None:
    assert conversion("Lembar", "Bendera kain", "M2", "Cetak kain") is None
    assert conversion("Buah", "Papan nama 12 x 18 inch", "M2", "Papan nama") is None


def test_a_piece_that_is_its_own_container_meets_the_container() -> None:
    # a gas cylinder bought per Buah, the catalogue pricing the same cylinder per Tabung
    found = conversion("Buah", "Gas elpiji 12 kg", "Tabung", "Gas elpiji isi ulang 12 kg")
    assert found is not None and found.factor == 1
    assert conversion("Buah", "Gas elpiji 3 kg", "Tabung", "Gas elpiji isi ulang 12 kg") is None


def test_a_hyphenated_vocabulary_entry_meets_the_hyphenated_word() -> None:
    # the hyphen is split before the vocabulary is applied: the entry must still fire
    assert tokens("Spidol non-permanen") == tokens("Spidol nonpermanen")
    assert tokens("Spidol non-permanen") != tokens("Spidol permanen")


def test_a_gloss_in_brackets_after_a_unit_does_not_change_it() -> None:
    assert canonical_unit("OK (orang/kegiatan)") == canonical_unit("OK")
    assert canonical_unit("Malam (per kamar)") == canonical_unit("Malam")
    # a bracket saying the contents is part of the unit
    assert canonical_unit("Pak (isi 20 lembar)") != canonical_unit("Pak")


def test_a_box_on_the_line_is_priced_from_a_row_per_piece_counted_in_its_own_unit() -> None:
    # the line buys cartons of 6 bottles of printer ink, the catalogue prices one bottle
    found = conversion("Dus isi 6", "Tinta printer 70 ml", "Botol", "Tinta Printer 70 ml")
    assert found is not None and found.factor == 6
    assert conversion("Dus", "Tinta printer 70 ml", "Botol", "Tinta Printer 70 ml") is None


def test_a_cup_is_one_piece_of_a_carton_of_cups() -> None:
    # one cup of a carton's 30 cups of jelly
    found = conversion("Gelas", "Jeli buah cup", "Dus", "Jeli Buah Cup 100 gram, dus isi 30")
    assert found is not None and found.factor * 30 == pytest.approx(1)


def test_a_bag_holds_the_weight_its_satuan_says() -> None:
    found = conversion("Kantong 10 kg", "Pupuk kompos", "Kg", "Pupuk Kompos")
    assert found is not None and found.factor == 10


def test_a_unit_with_its_contents_said_on_one_side_only_is_the_same_unit() -> None:
    found = conversion("Set", "Obeng presisi", "Set isi 6 buah", "Obeng Presisi")
    assert found is not None and found.factor == 1
    # the line's own text states another count: another pack
    assert conversion("Set", "Obeng presisi isi 4 buah", "Set isi 6 buah", "Obeng Presisi") is None


def test_a_box_of_unknown_contents_at_a_whole_number_of_the_rows_price_holds_that_many() -> None:
    ream = PriceReference(id="r", uraian="Kertas Kalkir", satuan="Rim", harga=48_000)
    box = normalise_item("Kertas kalkir A3 80 gram", None, "Dus")
    found = packed_by_price(box, 240_000, ream)
    assert found is not None and found.factor == 5
    # a price that is no whole number of reams, a box whose count is said, a single ream
    assert packed_by_price(box, 250_000, ream) is None
    assert packed_by_price(normalise_item("Kertas kalkir", None, "Dus isi 4"), 240_000, ream) is None
    assert packed_by_price(box, 48_000, ream) is None


def test_a_piece_of_a_long_item_is_priced_from_a_dozen() -> None:
    found = conversion("Batang", "Lidi bambu", "Lusin", "Lidi bambu")
    assert found is not None and Decimal(24_000) * found.factor == 2_000
    back = conversion("Lusin", "Lidi bambu", "Batang", "Lidi bambu")
    assert back is not None and back.factor == 12


def test_a_thousand_pieces_are_priced_from_one_piece() -> None:
    found = conversion("Ribu batang", "Anakan pohon ulin", "Batang", "Anakan pohon ulin")
    assert found is not None and found.factor == 1000


def test_a_set_of_stated_count_is_priced_from_one_piece_of_it() -> None:
    found = conversion("Set 5 varian", "Obeng ketok", "Buah", "Obeng ketok")
    assert found is not None and found.factor == 5


def test_a_pack_of_counted_pieces_holds_that_many_of_a_container_sold_whole() -> None:
    found = conversion("Dus isi 20", "Kapur tulis", "Kotak", "Kapur tulis")
    assert found is not None and found.factor == 20


def test_a_pack_of_an_unknown_name_holds_the_count_it_states_of_a_container_sold_whole() -> None:
    found = conversion("Bungkal isi 8", "Pita perekat kertas 1 inch", "Roll", "Pita perekat kertas 1 inch")
    assert found is not None and found.factor == 8


def test_a_piece_whose_satuan_gives_its_size_is_priced_per_area() -> None:
    found = conversion("Lembar 2 x 3 m", "Cetak spanduk kain", "M2", "Cetak spanduk kain")
    assert found is not None and found.factor == 6


def test_a_pack_of_packs_is_priced_from_the_inner_pack() -> None:
    found = conversion("Peti isi 12 pak", "Serbet makan 100 lembar", "Pak", "Serbet makan 100 lembar")
    assert found is not None and found.factor == 12


def test_a_pack_of_packs_is_priced_from_a_row_whose_pack_states_its_contents() -> None:
    found = conversion("Karton isi 6 box", "Masker bedah", "Box isi 50", "Masker bedah 3 ply")
    assert found is not None and found.factor == 6
    bag = conversion("Dus isi 8 pak", "Tisu wajah", "Pak isi 20", "Tisu wajah 2 ply")
    assert bag is not None and bag.factor == 8


@pytest.mark.parametrize(
    ("pack", "holds"), [("Lusin", Decimal(12)), ("Kodi", Decimal(20)), ("Kotak isi 60", Decimal(30))]
)
def test_a_dozen_counts_pairs_and_a_box_counts_pieces_two_to_a_pair(pack: str, holds: Decimal) -> None:
    found = conversion("Pasang", "Kaus tangan katun", pack, "Kaus tangan katun")
    assert found is not None and found.factor == 1 / holds
    back = conversion(pack, "Kaus tangan katun", "Psg", "Kaus tangan katun")
    assert back is not None and back.factor == holds


def test_a_piece_is_not_priced_from_a_pack_of_pairs() -> None:
    assert conversion("Buah", "Kaus tangan katun", "Pak isi 12 pasang", "Kaus tangan katun") is None


def test_english_item_and_colour_words_meet_their_indonesian_spelling() -> None:
    assert tokens("Sepatu bot") == tokens("Sepatu boot")
    assert tokens("Pita printer black") == tokens("Pita printer hitam")


def test_a_rolls_width_is_not_its_length() -> None:
    # The row names the tape's width only: a roll of unknown length, sold whole.
    tape = normalise_item("Pita perekat kertas", "lebar 36 mm", "Roll")
    assert tape.amount is None
    assert normalise_item("Terpal gulung", "lebar 2 m, panjang 50 m", "Roll").amount == Amount(
        Decimal(50), "meter"
    )
    # A pack of eight pieces (no piece named) then holds eight of the row's rolls.
    found = unit_conversion(normalise_item("Pita perekat kertas", None, "Slop isi 8"), tape)
    assert found is not None and found.factor == 8
