"""What a line's Spesifikasi proves about its catalogue row: a spec copied word for word from
the one row that has it names that row; attributes shared in the specs alone name no item."""

from __future__ import annotations

from samarinda_common.price_catalogue import PriceReference
from samarinda_rka_review.domain.candidates import index_row
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher, modifier_only

CATALOGUE = [
    PriceReference(
        id="gas-12", uraian="Gas Elpiji", spesifikasi="tabung 12 kg", satuan="Tabung", harga=215000
    ),
    PriceReference(id="gas-3", uraian="Gas Elpiji", spesifikasi="tabung 3 kg", satuan="Tabung", harga=22000),
    PriceReference(
        id="kain-a", uraian="Kain Pel", spesifikasi="katun, 60 x 40 cm", satuan="Buah", harga=30000
    ),
    PriceReference(
        id="kain-b", uraian="Lap Meja", spesifikasi="katun, 60 x 40 cm", satuan="Buah", harga=12000
    ),
    PriceReference(
        id="sabuk", uraian="Ikat Pinggang", spesifikasi="kulit, gesper besi", satuan="Buah", harga=95000
    ),
    PriceReference(id="sapu", uraian="Sapu Ijuk", spesifikasi="gagang bambu", satuan="Buah", harga=25000),
    PriceReference(id="gayung", uraian="Gayung Plastik", spesifikasi="2 liter", satuan="Buah", harga=35000),
    PriceReference(id="snack", uraian="Snack Kotak", spesifikasi="isi 3 kue", satuan="Kotak", harga=20000),
    PriceReference(
        id="meja", uraian="Meja Rapat", spesifikasi="kayu jati, 240 x 120 cm", satuan="Unit", harga=6500000
    ),
    PriceReference(
        id="kursi", uraian="Bangku Panjang", spesifikasi="kayu mahoni", satuan="Buah", harga=180000
    ),
    PriceReference(
        id="makan",
        uraian="Makanan Siap Saji",
        spesifikasi="nasi bungkus dengan lauk",
        satuan="Bungkus",
        harga=25000,
    ),
]
MATCHER = PriceMatcher(CATALOGUE)


def _best(query: LineQuery) -> tuple[str | None, float]:
    best = MATCHER.match(query).best
    return (best.reference.id, best.confidence) if best else (None, 0.0)


def test_a_spec_copied_from_the_one_row_that_has_it_names_that_row() -> None:
    reference, confidence = _best(LineQuery("Isi gas kompor asrama", "tabung 12 kg", "Tabung", None, 215000))
    assert reference == "gas-12" and confidence >= 0.7
    best = MATCHER.match(LineQuery("Isi gas kompor asrama", "tabung 12 kg", "Tabung")).best
    assert best is not None and "spesifikasi sama persis" in best.why


def test_a_spec_two_rows_share_names_neither() -> None:
    # ``katun, 60 x 40 cm`` is the spec of a mop and of a table cloth: copying it says nothing
    assert _best(LineQuery("Kain lap jendela", "katun, 60 x 40 cm", "Buah"))[1] < 0.7


def test_a_spec_without_a_figure_is_not_a_copy_of_one_row() -> None:
    # ``gagang bambu`` (no figure) could be written for any tool with a wooden handle
    assert _best(LineQuery("Garu tanah", "gagang bambu", "Buah"))[1] < 0.55


def test_attributes_shared_in_the_specs_alone_name_no_item() -> None:
    # a key ring of leather with an iron clasp is not a belt, however alike their specs
    assert _best(LineQuery("Gantungan kunci", "kulit, gesper besi", "Buah"))[1] < 0.55


def test_a_row_named_in_its_spec_is_still_found_by_the_line_name() -> None:
    reference, confidence = _best(LineQuery("Nasi bungkus petugas", "nasi dan lauk", "Bungkus"))
    assert reference == "makan" and confidence >= 0.55


def test_a_row_sharing_only_a_qualifier_with_the_line_is_marked() -> None:
    bench = index_row(
        PriceReference(id="k", uraian="Kursi Taman", spesifikasi="besi cor", satuan="Unit", harga=1)
    )
    assert modifier_only(["lampu", "taman"], {"lampu", "taman"}, bench)
    assert not modifier_only(["kursi", "kantor"], {"kursi", "kantor"}, bench)
    # a line naming the row's item second (``Cat kursi taman``) names it all the same
    assert not modifier_only(["cat", "kursi"], {"cat", "kursi", "taman"}, bench)
    assert not modifier_only(["lampu", "jalan"], {"lampu", "jalan"}, bench)  # nothing shared


def test_a_lead_word_before_the_item_is_not_what_the_line_buys() -> None:
    course = index_row(
        PriceReference(id="c", uraian="Kontribusi Kursus Menjahit", satuan="Orang/Paket", harga=1)
    )
    # ``Biaya kursus`` buys the course the row prices, however the row begins
    assert not modifier_only(["biaya", "kursus", "menjahit"], {"biaya", "kursus", "menjahit"}, course)
    # a line that shares only the lead and a qualifier still does not
    assert modifier_only(["biaya", "mesin", "menjahit"], {"biaya", "mesin", "menjahit"}, course)


def test_a_size_written_as_one_word_picks_the_row_of_that_size() -> None:
    rows = [
        PriceReference(
            id="kecil", uraian="Karung Plastik", spesifikasi="ukuran 45 x 75 cm", satuan="Lembar", harga=1
        ),
        PriceReference(
            id="besar", uraian="Karung Plastik", spesifikasi="ukuran 65 x 95 cm", satuan="Lembar", harga=2
        ),
    ]
    outcome = PriceMatcher(rows).match(LineQuery("Karung plastik 65x95", None, "Lembar"))
    assert outcome.best is not None and outcome.best.reference.id == "besar"
