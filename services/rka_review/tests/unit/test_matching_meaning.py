"""Matching by meaning: a line written differently from the catalogue still finds its row, and
items that differ by material, size or capacity do not. Items are the test author's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import EvidenceKind, FindingType, Rka, RkaLine, SubKegiatan
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher
from samarinda_rka_review.domain.reviewer import review_rka
from samarinda_rka_review.domain.text import normalise


def ref(key: str, uraian: str, spesifikasi: str | None, satuan: str, harga: int) -> PriceReference:
    return PriceReference(id=key, uraian=uraian, spesifikasi=spesifikasi, satuan=satuan, harga=harga)


CATALOGUE = [
    ref("laptop8", "Laptop", "Core i5, RAM 8 GB, SSD 512 GB", "Unit", 12_750_000),
    ref("printer", "Printer Laser Hitam Putih", "A4", "Unit", 3_250_000),
    ref("ac", "AC Split", "1 PK", "Unit", 5_200_000),
    ref("keyboard", "Keyboard USB", "Standar", "Buah", 120_000),
    ref("pvc2", 'Pipa PVC 2"', "AW, 4 m", "Batang", 95_000),
    ref("hdpe2", 'Pipa HDPE 2"', "PN10", "Meter", 48_000),
    ref("batu", "Batu Pecah 2/3", None, "M3", 310_000),
    ref("besi", "Besi Beton Polos", "Diameter 13 mm", "Batang", 165_000),
    ref("ap", "Wireless Access Point Indoor", "Dual band", "Unit", 2_300_000),
    ref("hvs", "Kertas HVS", "70 gram, A4", "Rim", 52_000),
]


@pytest.fixture(scope="module")
def matcher() -> PriceMatcher:
    return PriceMatcher(CATALOGUE)


@pytest.mark.parametrize(
    ("uraian", "spesifikasi", "satuan", "expected"),
    [
        ("Komputer jinjing", "Core i5, memori 8 GB", "Unit", "laptop8"),  # Indonesian term
        ("Notebook Asus Vivobook Core i5 8GB", None, "Unit", "laptop8"),  # brand noise
        ("Printer laser monokrom", None, "Unit", "printer"),
        ("Penyejuk ruangan split 1 PK", None, "Unit", "ac"),
        ("Papan ketik USB", None, "Buah", "keyboard"),
        ("Pipa paralon 2 in", None, "Batang", "pvc2"),  # local name, inch word
        ("Batu split 2/3", None, "M3", "batu"),
        ("Access point dalam ruangan", None, "Unit", "ap"),
        ("A4 kertas HVS 70gr", None, "Rim", "hvs"),  # word order, glued unit
    ],
)
def test_a_line_in_other_words_finds_its_row(
    matcher: PriceMatcher, uraian: str, spesifikasi: str | None, satuan: str, expected: str
) -> None:
    best = matcher.match(LineQuery(uraian, spesifikasi, satuan)).best
    assert best is not None and best.reference.id == expected and best.confidence >= 0.55, best
    assert any(reason.startswith("kata yang sama") for reason in best.why)


@pytest.mark.parametrize(
    ("uraian", "satuan", "closest"),
    [
        ("Pipa HDPE 4 inchi", "Meter", "hdpe2"),  # 4" is not 2"
        ("Pipa PVC 4 inci AW", "Batang", "pvc2"),
        ("Laptop Core i5 RAM 16 GB", "Unit", "laptop8"),  # 16 GB is not 8 GB
        ("Besi beton ulir D13", "Batang", None),  # deformed is not plain
    ],
)
def test_different_items_do_not_match(
    matcher: PriceMatcher, uraian: str, satuan: str, closest: str | None
) -> None:
    outcome = matcher.match(LineQuery(uraian, None, satuan))
    assert outcome.best is None or outcome.best.confidence < 0.55, outcome.best
    if closest is not None:
        assert outcome.spec_mismatch is not None and outcome.spec_mismatch.reference.id == closest
        assert "berbeda" in outcome.spec_mismatch.reasons[0]


def test_an_inch_word_is_a_size_but_two_in_one_is_not() -> None:
    assert normalise("Pipa 2 in") == "pipa 2 inci"
    assert normalise("Laptop 2 in 1") == "laptop 2 in 1"
    assert normalise('Pipa 4"') == "pipa 4 inci"


def test_the_reason_for_a_match_is_recorded_on_the_finding() -> None:
    line = RkaLine(
        line_id="1",
        uraian="Komputer jinjing Core i5 8 GB",
        satuan="Unit",
        volume=Decimal(2),
        harga_satuan=13_500_000,
        jumlah=27_000_000,
        kode_rekening="5.2.02.10.01.0002",
        account_name="Belanja Modal Personal Computer",
    )
    rka = Rka(opd="X", sub_kegiatan=[SubKegiatan(nama="Pengelolaan Sistem Informasi", lines=[line])])
    review = review_rka(rka, PriceMatcher(CATALOGUE))
    (finding,) = [f for f in review.findings if f.type is FindingType.OVERPRICED]
    assert finding.reference is not None and finding.reference.id == "laptop8"
    notes = [e.text for e in finding.evidence if e.kind is EvidenceKind.RULE]
    assert notes and notes[0].startswith("dicocokkan: kata yang sama: laptop")


def test_a_line_naming_a_class_is_read_by_the_item_in_its_spec(matcher: PriceMatcher) -> None:
    best = matcher.match(LineQuery("Alat Tulis Kantor", "Kertas HVS A4 70 gram", "Rim")).best
    assert best is not None and best.reference.id == "hvs" and best.confidence >= 0.55


def test_an_abbreviated_purpose_does_not_change_what_is_bought() -> None:
    toner = ref("toner", "Toner Printer Laser", "Hitam", "Buah", 950_000)
    best = (
        PriceMatcher([toner])
        .match(LineQuery("Toner printer laser hitam utk cetak dokumen", None, "Buah"))
        .best
    )
    # ``cetak`` after ``utk`` is the purpose, not a printing job
    assert best is not None and best.reference.id == "toner"


def test_a_code_in_brackets_is_another_name_of_the_item() -> None:
    rows = [
        ref("mgso4", "Magnesium sulfat (MgSO4)", "pro analisis, 100 gram", "Botol", 640_000),
        ref("caco3", "Kalsium karbonat (CaCO3)", "pro analisis, 100 gram", "Botol", 590_000),
        ref("hvs", "Kertas HVS (A4)", "70 gram", "Rim", 52_000),
    ]
    best = PriceMatcher(rows).match(LineQuery("MgSO4 100 gram", None, "Botol")).best
    assert best is not None and best.reference.id == "mgso4" and best.confidence >= 0.55, best
    # A letter and a digit in brackets are a size, not a name: "A4" alone names no paper.
    paper = PriceMatcher(rows).match(LineQuery("Map A4", None, "Rim")).best
    assert paper is None or paper.confidence < 0.55, paper


def test_whom_an_item_is_for_weighs_less_than_what_it_is() -> None:
    rows = [
        ref("lunch", "Makanan survei lapangan", "Nasi kotak", "OK", 40_000),
        ref("shirt", "Kemeja lapangan", "Drill, lengan panjang", "Buah", 180_000),
        ref("vest", "Rompi relawan", "Parasut, scotchlight", "Buah", 95_000),
    ]
    matcher = PriceMatcher(rows)
    for_whom = matcher.match(LineQuery("Makan survei lapangan relawan", None, "OK")).best
    other_word = matcher.match(LineQuery("Makan survei lapangan drill", None, "OK")).best
    assert for_whom is not None and other_word is not None and for_whom.reference.id == "lunch"
    assert for_whom.confidence > other_word.confidence
