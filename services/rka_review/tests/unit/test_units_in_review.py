"""The reviewer compares prices across packaging units and keeps items with conflicting specs
apart; each finding says why units were converted."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import EvidenceKind, FindingType, Rka, RkaLine, SubKegiatan
from samarinda_rka_review.domain.checks import ReviewPolicy, check_price
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher
from samarinda_rka_review.domain.reviewer import review_rka

CATALOGUE = [
    PriceReference(
        id="sekrup", uraian="Sekrup gipsum", spesifikasi="6 x 1 inch", satuan="Box isi 50", harga=100_000
    ),
    PriceReference(
        id="beras", uraian="Beras medium", spesifikasi="kemasan curah", satuan="Ton", harga=12_000_000
    ),
    PriceReference(id="utp", uraian="Kabel UTP Cat 6", spesifikasi="305 m", satuan="Roll", harga=3_050_000),
    PriceReference(
        id="pipa-hdpe", uraian="Pipa HDPE", spesifikasi="4 inch PN 10", satuan="Batang", harga=900_000
    ),
    PriceReference(id="tv-43", uraian="Televisi LED", spesifikasi="43 inch", satuan="Unit", harga=4_500_000),
]
POLICY = ReviewPolicy()


def _line(
    line_id: str, uraian: str, satuan: str, harga: int, volume: int, spesifikasi: str | None = None
) -> RkaLine:
    return RkaLine(
        line_id=line_id,
        kode_rekening="5.1.02.01.01.0026",
        account_name="Belanja Bahan-Bahan Bangunan dan Konstruksi",
        uraian=uraian,
        spesifikasi=spesifikasi,
        satuan=satuan,
        volume=Decimal(volume),
        harga_satuan=harga,
        jumlah=harga * volume,
    )


def _findings(line: RkaLine) -> dict[FindingType, str]:
    outcome = PriceMatcher(CATALOGUE).match(
        LineQuery(line.uraian, line.spesifikasi, line.satuan, line.account_name, line.harga_satuan)
    )
    finding = check_price(line, None, outcome, POLICY, [])
    return {finding.type: finding.message} if finding else {}


def test_a_piece_dearer_than_its_share_of_a_box_is_overpriced_and_says_why() -> None:
    line = _line("1", "Sekrup gipsum", "Buah", 3_000, 400)
    outcome = PriceMatcher(CATALOGUE).match(LineQuery(line.uraian, None, line.satuan))
    finding = check_price(line, None, outcome, POLICY, [])
    assert finding is not None and finding.type is FindingType.OVERPRICED
    assert finding.potential_saving == 1_000 * 400
    assert "harga per Buah dari Box isi 50" in finding.message
    assert "Rp 2.000/Buah" in finding.message.replace("\xa0", " ")
    assert any(e.kind is EvidenceKind.COMPUTATION and "Box isi 50" in e.text for e in finding.evidence)


def test_a_piece_at_its_share_of_a_box_is_clean() -> None:
    assert _findings(_line("1", "Sekrup gipsum", "Buah", 2_000, 400)) == {}


def test_kilograms_are_checked_against_a_price_per_ton() -> None:
    assert _findings(_line("1", "Beras medium", "Kg", 12_000, 100)) == {}
    found = _findings(_line("2", "Beras medium", "Kg", 15_000, 100))
    assert FindingType.OVERPRICED in found and "1 Ton = 1.000 Kg" in found[FindingType.OVERPRICED]


def test_metres_of_cable_are_checked_against_a_roll_whose_length_the_spec_gives() -> None:
    assert _findings(_line("1", "Kabel UTP Cat 6", "Meter", 10_000, 300)) == {}
    assert FindingType.OVERPRICED in _findings(_line("2", "Kabel UTP Cat 6", "Meter", 14_000, 300))


def test_a_fraction_of_a_rupiah_is_given_to_the_line() -> None:
    # 100.000 / 50 is whole; a box of 3 at 10.000 is 3.333,33 a piece: 3.334 is within the ceiling.
    catalogue = [PriceReference(id="x", uraian="Sekrup gipsum", satuan="Box isi 3", harga=10_000)]
    line = _line("1", "Sekrup gipsum", "Buah", 3_334, 10)
    outcome = PriceMatcher(catalogue).match(LineQuery(line.uraian, None, line.satuan))
    assert check_price(line, None, outcome, POLICY, []) is None


def test_a_pipe_of_another_material_is_not_a_price_reference() -> None:
    found = _findings(_line("1", "Pipa PVC", "Batang", 1_500_000, 10, spesifikasi='4" AW'))
    assert list(found) == [FindingType.NO_PRICE_REFERENCE]
    assert "bahan berbeda (PVC lawan HDPE)" in found[FindingType.NO_PRICE_REFERENCE]


def test_a_screen_of_another_size_is_not_a_price_reference() -> None:
    outcome = PriceMatcher(CATALOGUE).match(LineQuery("Televisi LED 55 inch", None, "Unit"))
    assert outcome.best is None
    assert outcome.spec_mismatch is not None and outcome.spec_mismatch.reference.id == "tv-43"


def test_the_whole_review_reports_a_cross_unit_overprice() -> None:
    rka = Rka(
        opd="DPUPR",
        sub_kegiatan=[
            SubKegiatan(
                nama="Pembangunan Gedung Kantor",
                lines=[
                    _line("1", "Sekrup gipsum", "Buah", 3_000, 400),
                    _line("2", "Beras medium", "Kg", 12_000, 10),
                ],
            )
        ],
    )
    review = review_rka(rka, PriceMatcher(CATALOGUE), POLICY)
    overpriced = [f for f in review.findings if f.type is FindingType.OVERPRICED]
    assert [f.line_id for f in overpriced] == ["1"]


def test_units_that_cannot_be_converted_are_named_on_the_finding() -> None:
    found = _findings(_line("1", "Sekrup gipsum", "Kg", 90_000, 3))
    assert list(found) == [FindingType.NO_PRICE_REFERENCE]
    assert (
        "bersatuan berbeda (Kg lawan Box isi 50, tidak dapat dikonversi)"
        in found[FindingType.NO_PRICE_REFERENCE]
    )
