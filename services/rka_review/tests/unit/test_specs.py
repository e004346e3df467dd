"""The normalise stage, specifications: typed attributes and the conflicts that make two items
different."""

from __future__ import annotations

import pytest
from samarinda_rka_review.domain.specs import parse_specs, spec_conflict


def test_inches_are_read_from_the_mark_the_word_and_the_indonesian_word() -> None:
    for text in ('Pipa 4"', "Pipa 4''", "Pipa 4 inch", "Pipa 4 inci", "Pipa 4inch"):
        assert parse_specs(text).measures["inci"] == {"4"}, text


def test_measurements_are_kept_in_base_units() -> None:
    specs = parse_specs("Tangki air 1.000 liter, tinggi 120 cm, berat 25 kg")
    assert specs.measures["meter ** 3"] == {"1"}
    assert specs.measures["meter"] == {"1.2"}
    assert specs.measures["kilogram"] == {"25"}


def test_material_and_grade_are_attributes() -> None:
    specs = parse_specs("Pipa uPVC AW, mutu K-225, grade A")
    assert specs.materials == {"pvc"}
    assert specs.grades == {"mutu": {"k225"}, "grade": {"a"}}


@pytest.mark.parametrize(
    ("mine", "theirs", "why"),
    [
        ('Pipa PVC 4"', "Pipa HDPE 4 inch", "bahan berbeda (PVC lawan HDPE)"),
        ("Televisi LED 55 inch", 'Televisi LED 43"', "ukuran berbeda (55 inci lawan 43 inci)"),
        ("Flashdisk 8 GB", "Flashdisk 16GB", "ukuran berbeda (8 gb lawan 16 gb)"),
        ("Air mineral 600 ml", "Air mineral 1,5 liter", "ukuran berbeda"),
        ("Lemari arsip kayu", "Lemari arsip besi", "bahan berbeda (KAYU lawan BESI)"),
        ("Beton siap pakai mutu K-225", "Beton siap pakai mutu K-300", "mutu berbeda (K225 lawan K300)"),
        ("AC split 1 PK", "AC split 2 PK", "ukuran berbeda"),
        ("Lampu LED 18 watt", "Lampu LED 40 W", "ukuran berbeda"),
        ("Kabel NYY 4 core", "Kabel NYY 2 core", "ukuran berbeda"),
        ("Kuas cat No. 3", "Kuas cat no.5", "nomor berbeda (3 lawan 5)"),
    ],
)
def test_conflicting_specs_make_items_different(mine: str, theirs: str, why: str) -> None:
    conflict = spec_conflict(parse_specs(mine), parse_specs(theirs))
    assert conflict is not None and conflict.startswith(why)


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        ("Air mineral 1,5 liter", "Air mineral 1500 ml"),  # the same volume in other units
        ("Kabel 1 km", "Kabel 1000 m"),
        ("Pipa galvanis 2 inch", "Pipa besi 2 inch"),  # galvanised pipe is steel pipe
        ("Pipa PVC", "Pipa PVC 4 inch"),  # one side says less: no conflict
        ("Laptop 8 GB SSD 512 GB", "Laptop 8 GB"),
        ("Pipa PVC 4 inch", "Pipa PVC 110 mm"),  # nominal inches are not converted
        ("Kursi kerja", "Kursi kerja rangka besi"),
    ],
)
def test_agreeing_or_silent_specs_do_not_conflict(mine: str, theirs: str) -> None:
    assert spec_conflict(parse_specs(mine), parse_specs(theirs)) is None


@pytest.mark.parametrize("ceiling", ["maks. 60 halaman", "maksimal 60 halaman", "hingga 60 halaman"])
def test_a_ceiling_takes_any_value_up_to_it(ceiling: str) -> None:
    row = parse_specs(f"Buku saku petani, {ceiling}")
    assert spec_conflict(parse_specs("Buku saku petani 48 halaman"), row) is None
    assert spec_conflict(parse_specs("Buku saku petani 72 halaman"), row) is not None


def test_a_range_written_in_words_is_a_range() -> None:
    assert parse_specs("Modul 20 sampai dengan 30 halaman").measures["halaman"] == {"20-30"}


@pytest.mark.parametrize("bound", ["s.d.", "s/d", "s. d."])
def test_up_to_written_with_dots_or_a_slash_after_a_paper_size_is_a_ceiling(bound: str) -> None:
    # ``B5`` ends in a digit but is a name: what follows is a ceiling, not the range 5-60, and
    # the ``d`` of the abbreviation is no bar diameter
    row = parse_specs(f"Buku saku penyuluh, B5, {bound} 60 halaman")
    assert row.measures["halaman"] == {"0-60"}
    assert "mm" not in row.measures and "meter" not in row.measures
    assert spec_conflict(parse_specs("Buku saku penyuluh B5 44 halaman"), row) is None
    assert spec_conflict(parse_specs("Buku saku penyuluh B5 90 halaman"), row) is not None


@pytest.mark.parametrize("bound", ["s.d.", "s/d"])
def test_a_range_with_up_to_written_with_dots_or_a_slash_is_a_range(bound: str) -> None:
    assert parse_specs(f"Modul 16 {bound} 32 halaman").measures["halaman"] == {"16-32"}


def test_a_bar_diameter_is_in_millimetres_unless_its_unit_is_written() -> None:
    assert parse_specs("Besi beton D10").measures == parse_specs("Besi beton 10 mm").measures
    written = parse_specs("Tutup bak dia 60 cm")
    assert written.measures == parse_specs("Tutup bak diameter 60 cm").measures
    assert spec_conflict(written, parse_specs("Tutup bak diameter 60 cm")) is None
