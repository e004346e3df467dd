"""Sizes written as fractions, and words written as their ``-an`` nouns (invented examples)."""

from __future__ import annotations

from samarinda_common.price_catalogue import PriceReference
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher
from samarinda_rka_review.domain.normalisation import normalise_item, unit_conversion
from samarinda_rka_review.domain.specs import parse_specs, spec_conflict
from samarinda_rka_review.domain.text import measurements
from samarinda_rka_review.domain.word_roots import nominal_forms


def test_a_fraction_of_a_size_is_one_number() -> None:
    assert measurements("Pompa air 1/2 PK") == {"pk": {"0.5"}}
    assert measurements("Pompa air 1½ PK") == {"pk": {"1.5"}}
    assert measurements('Kran 3/4"') == {"inci": {"0.75"}}
    assert measurements("Pipa 1 1/2 inch") == {"inci": {"1.5"}}


def test_a_half_and_a_whole_size_conflict() -> None:
    assert spec_conflict(parse_specs("Pompa 1/2 PK"), parse_specs("Pompa 2 PK")) is not None
    assert spec_conflict(parse_specs("Pompa ½ PK"), parse_specs("Pompa 0,5 PK")) is None


def test_dates_and_thread_counts_are_no_fractions() -> None:
    assert measurements("tanggal 1/2/2027") == {}
    assert "0.5" not in measurements("Benang 30/2 isi 10")


def test_noun_forms() -> None:
    assert nominal_forms("tulis") == {"tulisan"}
    assert nominal_forms("makan") == {"makanan"}
    assert nominal_forms("tang") == set()  # too short a root: tangan is another word


def _ref(ref_id: str, uraian: str, satuan: str, harga: int) -> PriceReference:
    return PriceReference(id=ref_id, uraian=uraian, satuan=satuan, harga=harga)


def test_a_line_naming_the_verb_meets_the_row_naming_its_noun() -> None:
    matcher = PriceMatcher(
        [
            _ref("a", "Minuman Peserta Lomba", "Botol", 6000),
            _ref("b", "Minum Obat Cacing", "Tablet", 2000),
            _ref("c", "Kaos Peserta Lomba", "Buah", 60000),
        ]
    )
    best = matcher.match(LineQuery("Minum peserta lomba", satuan="Botol", harga_satuan=6000)).best
    assert best is not None and best.reference.id == "a"


def test_a_carton_counting_the_rows_own_unit_holds_that_many_of_it() -> None:
    carton = normalise_item("Isolasi bening", "24 mm x 50 yard", "Dus isi 36 Roll")
    roll = normalise_item("Isolasi Bening", "24 mm x 50 yard", "Roll")
    conversion = unit_conversion(carton, roll)
    assert conversion is not None and conversion.factor == 36
    boxes = normalise_item("Penjepit kertas", "isi 10", "Dus (20 ktk)")
    box = normalise_item("Penjepit Kertas", "isi 10", "Kotak")
    conversion = unit_conversion(boxes, box)
    assert conversion is not None and conversion.factor == 20


def test_a_model_and_its_memory_are_no_fraction() -> None:
    assert measurements("Laptop i7/16 GB") == {"gb": {"16"}}
    assert measurements("Laptop i5/8 GB") == {"gb": {"8"}}
