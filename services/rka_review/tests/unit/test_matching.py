from __future__ import annotations

import pytest
from samarinda_common.price_catalogue import PriceReference
from samarinda_rka_review.domain.compatibility import hired_by_period
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher
from samarinda_rka_review.domain.text import canonical_unit, measurements, size_units, tokens

CATALOGUE = [
    PriceReference(
        id="hvs-a4", uraian="Kertas HVS", spesifikasi="70 gram ukuran A4", satuan="Rim", harga=56000
    ),
    PriceReference(
        id="hvs-f4", uraian="Kertas HVS", spesifikasi="70 gram ukuran F4/Folio", satuan="Rim", harga=63500
    ),
    PriceReference(
        id="hvs-a4-80", uraian="Kertas HVS", spesifikasi="80 gram ukuran A4", satuan="Rim", harga=62000
    ),
    PriceReference(
        id="laptop-i5",
        uraian="Laptop",
        spesifikasi="Core i5, RAM 8 GB, SSD 512 GB",
        satuan="Unit",
        harga=12500000,
    ),
    PriceReference(
        id="laptop-i7",
        uraian="Laptop",
        spesifikasi="Core i7, RAM 16 GB, SSD 1 TB",
        satuan="Unit",
        harga=19500000,
    ),
    PriceReference(
        id="sewa-minibus",
        uraian="Sewa Kendaraan Minibus",
        spesifikasi="Termasuk pengemudi",
        satuan="Unit/Hari",
        harga=750000,
    ),
    PriceReference(
        id="uh-dalam", uraian="Uang Harian Perjalanan Dinas Dalam Kota", satuan="OH", harga=200000
    ),
    PriceReference(id="uh-luar", uraian="Uang Harian Perjalanan Dinas Luar Kota", satuan="OH", harga=430000),
    PriceReference(
        id="spidol", uraian="Spidol Whiteboard", spesifikasi="Non permanen", satuan="Buah", harga=12500
    ),
    PriceReference(
        id="gedung",
        uraian="Sewa Gedung Pertemuan",
        spesifikasi="Kapasitas 200 orang",
        satuan="Hari",
        harga=6000000,
    ),
]


@pytest.fixture(scope="module")
def matcher() -> PriceMatcher:
    return PriceMatcher(CATALOGUE)


@pytest.mark.parametrize(
    ("uraian", "satuan", "expected"),
    [
        ("Kertas HVS A4 70 gr", "Rim", "hvs-a4"),
        ("Kertas Folio HVS 70 gsm", "Rim", "hvs-f4"),
        ("Kertas HVS 80gr A4", "rim", "hvs-a4-80"),
        ("Notebook i5 RAM 8 GB SSD 512GB", "Unit", "laptop-i5"),
        ("Laptop core i7 16GB SSD 1TB", "Unit", "laptop-i7"),
        ("Rental kendaraan minibus", "Unit/Hari", "sewa-minibus"),
        ("Uang harian perjadin luar kota", "OH", "uh-luar"),
        ("Spidol papan tulis non permanen", "Pcs", "spidol"),
        ("Sewa aula pertemuan 200 orang", "Hari", "gedung"),
    ],
)
def test_differently_worded_lines_meet_their_reference(
    matcher: PriceMatcher, uraian: str, satuan: str, expected: str
) -> None:
    outcome = matcher.match(LineQuery(uraian, None, satuan))
    assert outcome.best is not None
    assert outcome.best.reference.id == expected
    assert outcome.best.confidence >= 0.55


@pytest.mark.parametrize(
    ("uraian", "satuan"),
    [
        ("Kertas HVS A3 70 gram", "Rim"),  # A3 is neither A4 nor F4
        ("Kertas HVS A4 100 gram", "Rim"),  # no 100 gram row
        ("Laptop core i9 32 GB", "Unit"),  # no i9 row
        ("Mobil minibus 1500cc", "Unit"),  # buying is not renting
        ("Stiker hologram keamanan", "Lembar"),
    ],
)
def test_conflicting_specifications_units_or_natures_do_not_match(
    matcher: PriceMatcher, uraian: str, satuan: str
) -> None:
    outcome = matcher.match(LineQuery(uraian, None, satuan))
    assert outcome.best is None or outcome.best.confidence < 0.55


def test_a_reference_in_another_packaging_of_the_same_thing_is_priced_per_line_unit(
    matcher: PriceMatcher,
) -> None:
    outcome = matcher.match(LineQuery("Kertas HVS A4 70 gram", None, "Lembar"))
    assert outcome.best is not None
    assert outcome.best.reference.id == "hvs-a4"
    assert outcome.best.conversion is not None
    assert outcome.best.conversion.factor * 500 == 1  # a ream is 500 sheets


def test_a_reference_with_another_unit_is_reported_not_priced(matcher: PriceMatcher) -> None:
    outcome = matcher.match(LineQuery("Kertas HVS A4 70 gram", None, "Kg"))
    assert outcome.unit_mismatch is not None
    assert outcome.unit_mismatch.reference.id == "hvs-a4"


def test_embeddings_are_optional_and_blend_in() -> None:
    vectors = {r.id: [1.0, 0.0] if r.id == "spidol" else [0.0, 1.0] for r in CATALOGUE}
    matcher = PriceMatcher(CATALOGUE, vectors)
    outcome = matcher.match(LineQuery("Marker whiteboard", None, "Buah"), [1.0, 0.0])
    assert outcome.best is not None and outcome.best.reference.id == "spidol"


def test_text_normalisation() -> None:
    assert tokens("Kertas HVS A4 70 gr") == ["kertas", "hvs", "a4", "70", "gram"]
    assert measurements("Proyektor 3.500 lumen, 220ml") == {"lumen": {"3500"}, "ml": {"220"}}
    assert canonical_unit("Pcs") == canonical_unit("Unit") == "buah"
    assert canonical_unit("Box") == "kotak"


def test_a_line_is_matched_once_per_wording_and_vector_and_the_memory_is_bounded() -> None:
    matcher = PriceMatcher(CATALOGUE, remembered=2)
    query = LineQuery("Kertas HVS A4 70 gram", satuan="Rim", harga_satuan=56000)
    first = matcher.match(query)
    assert first.best is not None and first.best.reference.id == "hvs-a4"
    # The same line elsewhere in the RKA (or in its next revision) is the same outcome.
    assert matcher.match(LineQuery("Kertas HVS A4 70 gram", satuan="Rim", harga_satuan=56000)) is first
    # Another price, another vector or another wording is matched on its own.
    assert matcher.match(LineQuery("Kertas HVS A4 70 gram", satuan="Rim", harga_satuan=60000)) is not first
    with_vector = matcher.match(query, [0.1, 0.2, 0.3])
    assert with_vector is not first and matcher.match(query, [0.1, 0.2, 0.3]) is with_vector
    # Two outcomes remembered: the oldest used (the plain query) was forgotten.
    assert matcher.match(query) is not first
    assert matcher.match(query) == first


def test_a_line_booked_to_a_printing_account_reaches_a_printed_row() -> None:
    matcher = PriceMatcher(
        [
            PriceReference(
                id="kartu",
                uraian="Cetak Kartu Kendali",
                spesifikasi="Karton biru",
                satuan="Lembar",
                harga=900,
            ),
            PriceReference(id="map", uraian="Map Kertas", spesifikasi="Biru", satuan="Lembar", harga=1500),
        ]
    )
    printing = "Belanja Cetak dan Penggandaan"
    booked = matcher.match(LineQuery("Kartu kendali arsip", None, "Lembar", printing)).credible(0.55)
    assert booked is not None and booked.reference.id == "kartu"
    # on another account the line says nothing of printing: the printed row is not its price
    elsewhere = matcher.match(LineQuery("Kartu kendali arsip", None, "Lembar", "Belanja Alat Tulis Kantor"))
    assert elsewhere.best is None or elsewhere.best.reference.id != "kartu"


def test_a_service_booked_to_the_account_of_its_kind_is_priced_by_the_service_row() -> None:
    matcher = PriceMatcher(
        [
            PriceReference(
                id="servis-pompa", uraian="Servis Pompa Air", spesifikasi="1 HP", satuan="Unit", harga=150000
            ),
            PriceReference(id="selang", uraian="Selang Air", spesifikasi="1 in", satuan="Meter", harga=9000),
        ]
    )
    upkeep = "Belanja Pemeliharaan Alat Rumah Tangga"
    serviced = matcher.match(LineQuery("Pompa air 1 HP", None, "Unit", upkeep)).credible(0.55)
    assert serviced is not None and serviced.reference.id == "servis-pompa"
    # bought, the pump is not priced by what servicing one costs
    bought = matcher.match(LineQuery("Pompa air 1 HP", None, "Unit", "Belanja Modal Pompa")).credible(0.55)
    assert bought is None


HIRED = [
    PriceReference(
        id="sewa-genset",
        uraian="Sewa Genset",
        spesifikasi="5 kVA, per hari",
        satuan="Unit/Hari",
        harga=900000,
    ),
    PriceReference(
        id="kabel", uraian="Kabel Listrik", spesifikasi="NYM 2 x 4 mm", satuan="Meter", harga=18000
    ),
]


def test_a_thing_counted_per_day_is_hired_without_saying_sewa() -> None:
    best = (
        PriceMatcher(HIRED)
        .match(LineQuery(uraian="Genset portabel", spesifikasi="5 kVA", satuan="Unit/Hari"))
        .best
    )
    assert best is not None and best.reference.id == "sewa-genset"


def test_a_thing_bought_outright_is_still_not_priced_by_its_rental() -> None:
    best = (
        PriceMatcher(HIRED)
        .match(LineQuery(uraian="Genset portabel", spesifikasi="5 kVA", satuan="Unit"))
        .best
    )
    assert best is None


def test_people_per_day_are_not_hire() -> None:
    assert hired_by_period("Paket/Hari") and hired_by_period("Unit/Bulan")
    assert not hired_by_period("Orang/Hari") and not hired_by_period("Hari") and not hired_by_period(None)


def test_among_sizes_scored_alike_the_row_with_the_lines_figure_is_taken() -> None:
    sizes = [
        PriceReference(
            id=f"kuas-{n}", uraian="Kuas Lukis", spesifikasi=f"No. {n}", satuan="Buah", harga=n * 1000
        )
        for n in (2, 4, 6)
    ]
    matcher = PriceMatcher(sizes)
    # the trade number written as such picks its row; the others conflict with it
    numbered = matcher.match(LineQuery("Kuas lukis no. 4", None, "Buah"))
    assert numbered.best is not None and numbered.best.reference.id == "kuas-4"
    # the bare figure does not conflict with any row, but tells the line's size from its siblings
    bare = matcher.match(LineQuery("Kuas lukis 6 untuk mural", None, "Buah"))
    assert bare.best is not None and bare.best.reference.id == "kuas-6"


def test_size_units_are_the_units_written_only_after_a_figure() -> None:
    assert size_units("Terpal 3 x 4 m") == {"m"}
    assert size_units("Pita ukur 150 cm, cm dan inci") == frozenset()
    assert size_units("Map plastik") == frozenset()


def test_the_unit_of_a_size_in_the_name_is_no_word_the_row_must_carry() -> None:
    """``Terpal 3 x 4 m`` per Lembar is the tarpaulin priced per M2: the ``m`` of its size names
    no part of the item, so a row without it is not a weaker match for lacking it."""
    matcher = PriceMatcher(
        [
            PriceReference(
                id="terpal", uraian="Terpal Plastik", spesifikasi="tebal A8", satuan="M2", harga=18000
            ),
            PriceReference(
                id="kabel", uraian="Kabel Listrik", spesifikasi="panjang 30 m", satuan="Roll", harga=150000
            ),
            PriceReference(
                id="tali", uraian="Tali Tambang", spesifikasi="plastik, 50 m", satuan="Roll", harga=90000
            ),
        ]
    )
    best = matcher.match(LineQuery("Terpal 3 x 4 m", None, "Lembar")).credible(0.55)
    assert best is not None and best.reference.id == "terpal"
    assert best.conversion is not None and best.conversion.factor == 12
