"""Wordings of one item (an Indonesian name and its loanword, a catalogue's second name) meet in
the match stage only."""

from __future__ import annotations

from samarinda_common.price_catalogue import PriceReference
from samarinda_rka_review.domain.candidates import index_row, other_names
from samarinda_rka_review.domain.equivalents import equate
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher
from samarinda_rka_review.domain.text import tokens


def ref(key: str, uraian: str, spesifikasi: str | None = None, satuan: str = "Unit") -> PriceReference:
    return PriceReference(id=key, uraian=uraian, spesifikasi=spesifikasi, satuan=satuan, harga=1_000_000)


def test_a_loanword_is_rewritten_to_its_groups_first_wording_longest_first() -> None:
    english = tokens("Paper Shredder kapasitas 10 lembar")
    assert equate(english) == tokens("Penghancur kertas kapasitas 10 lembar")
    assert equate(["mesin", "penghancur", "kertas"]) == ["penghancur", "kertas"]
    assert equate(["kertas", "hvs"]) == ["kertas", "hvs"]  # a word of a wording alone is left alone


def test_the_rewrite_keeps_order_and_drops_repeats() -> None:
    assert equate(["jaket", "jacket", "hitam"]) == ["jaket", "hitam"]


def test_normalisation_itself_does_not_rewrite_so_categories_read_the_text_as_written() -> None:
    assert "standing" in tokens("Standing fan")


def test_a_line_in_english_meets_a_catalogue_row_in_indonesian_and_back() -> None:
    catalogue = [
        ref("shred", "Mesin Penghancur Kertas", "Kapasitas 10 lembar"),
        ref("vac", "Vacuum Cleaner", "1000 watt"),
        *(ref(f"x{i}", f"Barang Lain {i}") for i in range(50)),
    ]
    matcher = PriceMatcher(catalogue)
    english = matcher.match(LineQuery("Paper shredder", "Kapasitas 10 lembar", "Unit")).credible(0.6)
    assert english is not None and english.reference.id == "shred"
    indonesian = matcher.match(LineQuery("Penyedot debu", "1000 watt", "Unit")).credible(0.6)
    assert indonesian is not None and indonesian.reference.id == "vac"


def test_a_row_is_indexed_in_equated_words() -> None:
    row = index_row(ref("g", "Safety Shoes", "Ujung baja"))
    assert row.name == ("sepatu", "keselamatan") and "sepatu" in row.words


def test_a_row_naming_the_item_twice_is_named_by_a_line_saying_either() -> None:
    assert other_names("Pelindung Kepala / Helm Proyek") == (("pelindung", "kepala"), ("helm", "proyek"))
    assert other_names("Honorarium Pelatih Seni/Olahraga") == ()  # two kinds of one item
    assert other_names("Sewa Tenda / Hari") == ()  # a rate, not a second name
    catalogue = [
        ref("helm", "Pelindung Kepala / Helm Proyek", "SNI, tali dagu", satuan="Buah"),
        ref("rompi", "Rompi Reflektif", "Hijau stabilo", satuan="Buah"),
        *(ref(f"x{i}", f"Barang Lain {i}") for i in range(50)),
    ]
    matcher = PriceMatcher(catalogue)
    found = matcher.match(LineQuery("Helm proyek", "SNI, tali dagu", "Buah")).credible(0.6)
    assert found is not None and found.reference.id == "helm"


def test_a_rewrite_loses_no_row_that_the_text_as_written_named() -> None:
    catalogue = [
        ref("vac", "Sewa Vacuum Cleaner", "Per hari", satuan="Hari"),
        *(ref(f"x{i}", f"Barang Lain {i}") for i in range(50)),
    ]
    matcher = PriceMatcher(catalogue)
    found = matcher.match(LineQuery("Sewa vacuum", None, "Hari")).credible(0.5)
    assert found is not None and found.reference.id == "vac"
