"""What an item is comes from its head; words after it that say how it runs (a motor, a fuel)
make it no vehicle and no fuel. Items invented here."""

from __future__ import annotations

from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise


def test_a_motor_or_a_fuel_after_the_head_says_how_it_runs() -> None:
    assert categorise("Alat pengaduk adonan (motor 1 HP, bensin)") not in (
        ItemCategory.VEHICLE,
        ItemCategory.FUEL,
    )


def test_a_vehicle_or_a_fuel_named_first_is_one() -> None:
    assert categorise("Sepeda motor bebek (110 cc)") is ItemCategory.VEHICLE
    assert categorise("Bensin untuk genset") is ItemCategory.FUEL


def test_a_furniture_word_in_the_spec_says_how_the_item_stands() -> None:
    assert categorise("Pelubang kertas besar", "Model meja, 40 lembar") is not ItemCategory.FURNITURE
    assert categorise("Penunjuk waktu digital (dinding, meja)") is not ItemCategory.FURNITURE


def test_furniture_named_first_is_furniture() -> None:
    assert categorise("Meja rapat oval (kayu, 8 orang)") is ItemCategory.FURNITURE
