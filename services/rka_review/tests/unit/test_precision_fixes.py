"""False alarms found on our own precision set (tests/precision): each fixed case, and the true
error next to it that must stay flagged."""

from __future__ import annotations

from decimal import Decimal

import pytest
from samarinda_common.extracted import ExtractionMethod, Page, Table
from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import FindingType, Rka, RkaLine, Severity, SubKegiatan
from samarinda_rka_review.domain.arithmetic import (
    check_arithmetic,
    check_jumlah,
    check_koefisien,
    digit_slip,
    misread_catalogue_price,
    misreading,
    one_digit_readings,
    reading_notes,
)
from samarinda_rka_review.domain.candidates import CatalogueRow, index_row
from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.compatibility import units_fit
from samarinda_rka_review.domain.matching import LineQuery, PriceMatcher
from samarinda_rka_review.domain.reviewer import review_rka
from samarinda_rka_review.domain.rka_columns import count_readings, parse_koefisien, volume_for
from samarinda_rka_review.domain.rka_parser import parse_rka_tables
from samarinda_rka_review.domain.text import canonical_unit, normalise, repaired_unit, unit_readings

POLICY = ReviewPolicy()


def line(
    harga: int,
    volume: str,
    jumlah: int,
    *,
    koefisien: str | None = None,
    ppn: str | None = None,
    ocr: bool = False,
) -> RkaLine:
    return RkaLine(
        line_id="1",
        uraian="Fotokopi bahan rapat",
        volume=Decimal(volume),
        harga_satuan=harga,
        jumlah=jumlah,
        koefisien=koefisien,
        ppn_percent=Decimal(ppn) if ppn is not None else None,
        read_by_ocr=ocr,
    )


# --- a count written 1.000 / 1,000 -------------------------------------------------------------


def test_a_count_with_one_separator_before_three_digits_has_three_readings() -> None:
    assert count_readings("1.000 Lembar", Decimal(1000)) == (Decimal(1000), Decimal(1_000_000), Decimal(1))
    assert count_readings("1,200", Decimal("1.2")) == (Decimal("1.2"), Decimal(1200), Decimal("0.0012"))


@pytest.mark.parametrize("text", ["12 Lembar", "1.000.000", "1.250,5", "0,5 Tahun", None])
def test_an_unambiguous_count_has_one_reading(text: str | None) -> None:
    assert count_readings(text, Decimal(7)) == (Decimal(7),)


def test_the_volume_is_the_reading_the_total_follows() -> None:
    assert volume_for("1,000", Decimal(1), harga=350, jumlah=350_000) == 1000
    assert volume_for("1.200", Decimal("1.2"), harga=10_000, jumlah=12_000_000) == 1200
    # the total follows the reading as parsed: kept
    assert volume_for("1,500", Decimal("1.5"), harga=80_000, jumlah=120_000) == Decimal("1.5")
    # no reading fits: the one closest to the total, for the arithmetic check to judge
    assert volume_for("1,000", Decimal(1), harga=350, jumlah=349_000) == 1000
    assert volume_for("1,000", Decimal(1), harga=350, jumlah=999) == 1
    assert volume_for("12", Decimal(12), harga=350, jumlah=999) == 12


def test_an_rka_with_english_thousands_in_the_volume_column_has_no_arithmetic_alarm() -> None:
    rows = [
        ["Sub Kegiatan", ":", "1.03.01.1.02.0005 - Penyediaan Bahan Logistik Kantor"],
        ["No", "Kode", "Uraian Belanja", "Vol", "Sat", "Harga Satuan", "Jumlah Harga"],
        [None, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", None, None, None, "4,550,000.00"],
        [1, None, "Amplop coklat folio", "1,000", "Pcs", "760.00", "760,000.00"],
        [2, None, "Kertas HVS A4 80 gr", "3,000", "Lembar", "128.00", "384,000.00"],
        [3, None, "Bolpoin standar", "1,000", "Pcs", "3,500.00", "3,500,000.00"],
        [4, None, "Map plastik", "1,000", "Pcs", "4,200.00", "4,210,000.00"],  # a true error
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], opd="DPUPR")
    lines = rka.sub_kegiatan[0].lines
    assert [ln.volume for ln in lines] == [1000, 3000, 1000, 1000]
    flagged = [ln.line_id for ln in lines if check_arithmetic(ln, None, POLICY)]
    assert flagged == ["4"]


def test_a_koefisien_of_a_thousand_read_either_way_agrees_with_its_volume() -> None:
    assert check_koefisien(line(350, "1000", 350_000, koefisien="1,000 Lembar"), None, POLICY) is None
    wrong = check_koefisien(line(350, "1200", 420_000, koefisien="1,000 Lembar"), None, POLICY)
    assert wrong is not None and wrong.type is FindingType.ARITHMETIC


# --- PPN --------------------------------------------------------------------------------------


def test_a_total_with_ppn_under_a_ppn_column_of_zero_is_an_error_and_without_the_column_is_not() -> None:
    flagged = check_jumlah(line(350_000, "10", 3_850_000, ppn="0"), None, POLICY)
    assert flagged is not None and flagged.severity is Severity.RENDAH
    assert check_jumlah(line(350_000, "10", 3_885_000), None, POLICY) is None  # 11% on, no column


def test_a_stated_ppn_left_out_of_the_total_is_kept_with_low_severity_and_both_readings() -> None:
    finding = check_jumlah(line(5_000_000, "4", 20_000_000, ppn="11"), None, POLICY)
    assert finding is not None and finding.type is FindingType.ARITHMETIC
    assert finding.severity is Severity.RENDAH and finding.confidence < 1
    assert "sudah termasuk PPN" in finding.message
    other = check_jumlah(line(5_000_000, "4", 21_000_000, ppn="11"), None, POLICY)
    assert other is not None and other.severity is Severity.SEDANG and other.confidence == 1


# --- digits an OCR confuses ---------------------------------------------------------------------


def test_a_digit_slip_is_one_look_alike_digit_in_the_same_position() -> None:
    assert digit_slip(1_880_000, 1_330_000) is None  # two digits differ
    assert digit_slip(1_830_000, 1_330_000) == ("8", "3")
    assert digit_slip(1_430_000, 1_330_000) is None  # 4 and 3 do not look alike
    assert digit_slip(13_300_000, 1_330_000) is None
    assert 1_330_000 in one_digit_readings(1_830_000)
    assert all(str(r)[0] != "0" for r in one_digit_readings(8_000))


def test_a_typed_total_one_look_alike_digit_off_is_a_low_severity_finding_with_a_note() -> None:
    finding = check_jumlah(line(665_000, "2", 1_830_000), None, POLICY)
    assert finding is not None and finding.severity is Severity.RENDAH
    assert "satu angka" in finding.message


def test_a_scanned_line_one_look_alike_digit_off_is_a_note_not_a_finding() -> None:
    scanned = line(665_000, "2", 1_830_000, ocr=True)  # 1.330.000 read with an 8
    assert check_arithmetic(scanned, None, POLICY) == []
    assert misreading(scanned, POLICY) is not None
    (note,) = reading_notes(scanned, "1.01.01", POLICY)
    assert "Rp 1.830.000" in note and "Rp 1.330.000" in note
    price_misread = line(68_000, "7", 441_000, ocr=True)  # harga 63.000 read as 68.000
    assert check_arithmetic(price_misread, None, POLICY) == []
    assert "harga satuan" in reading_notes(price_misread, None, POLICY)[0]


def test_a_scanned_line_with_a_real_error_is_still_flagged_and_a_correct_one_has_no_note() -> None:
    wrong = line(665_000, "2", 1_995_000, ocr=True)
    assert [f.type for f in check_arithmetic(wrong, None, POLICY)] == [FindingType.ARITHMETIC]
    assert reading_notes(wrong, None, POLICY) == []
    assert reading_notes(line(665_000, "2", 1_330_000, ocr=True), None, POLICY) == []


def test_lines_of_an_ocr_page_are_marked_as_read_by_ocr() -> None:
    rows = [
        ["Sub Kegiatan", ":", "1.05.01.1.06.0009 - Rapat Koordinasi"],
        ["No", "Uraian", "Koefisien", "Satuan", "Harga Satuan", "Jumlah"],
        [1, "Nasi kotak", "20 Orang x 2 Kali", "Kotak", "42.000", "1.680.000"],
    ]
    scan = Page(number=1, text="", method=ExtractionMethod.OCR)
    typed = Page(number=1, text="", method=ExtractionMethod.TEXT)
    read = parse_rka_tables([Table(page=1, index=0, rows=rows)], pages=[scan])
    printed = parse_rka_tables([Table(page=1, index=0, rows=rows)], pages=[typed])
    assert read.sub_kegiatan[0].lines[0].read_by_ocr
    assert not printed.sub_kegiatan[0].lines[0].read_by_ocr


# --- units and wordings -------------------------------------------------------------------------


def _row(uraian: str, satuan: str) -> CatalogueRow:
    return index_row(PriceReference(id=uraian, uraian=uraian, satuan=satuan, harga=1))


@pytest.mark.parametrize(
    ("satuan", "row_satuan"),
    [
        ("Jam", "OJ"),
        ("Hari", "OH"),
        ("Malam", "OH"),
        ("Unit/Hari", "Hari"),
        ("Buah", "Botol"),
        ("Pcs", "Kaleng"),
        ("Set", "Stel"),  # one suit
        ("Unit", "Set"),  # one apparatus
        ("Kit", "Set"),
        ("Buah", "Eksemplar"),  # one printed booklet
        ("Org/Mlm", "Orang/Malam"),
        ("Eksp", "Eksemplar"),
        ("OP", "Orang/Paket"),  # the SIPD code of a per-person package
        ("OPP", "Orang/PP"),  # a return ticket per person
    ],
)
def test_units_that_price_the_same_quantity_fit(satuan: str, row_satuan: str) -> None:
    assert units_fit(satuan, _row("Barang", row_satuan)) is True


@pytest.mark.parametrize(
    ("satuan", "row_satuan"), [("Jam", "OH"), ("Kg", "Buah"), ("Bulan", "OJ"), ("Buah", "Dus")]
)
def test_units_of_other_quantities_still_do_not_fit(satuan: str, row_satuan: str) -> None:
    assert units_fit(satuan, _row("Barang", row_satuan)) is False


@pytest.mark.parametrize(("satuan", "row_satuan"), [("Box isi 4 rim", "Rim"), ("Karung 15 kg", "Kg")])
def test_a_pack_of_stated_contents_is_no_koefisien_whose_factors_drop(satuan: str, row_satuan: str) -> None:
    # priced per pack: its contents are converted, not read as the row's unit
    assert units_fit(satuan, _row("Barang", row_satuan)) is False


def test_an_honorarium_per_hour_is_priced_against_the_sbu_rate_per_person_hour() -> None:
    matcher = PriceMatcher(
        [
            PriceReference(id="1", uraian="Honorarium Narasumber Eselon III", satuan="OJ", harga=900_000),
            PriceReference(id="2", uraian="Honorarium Moderator", satuan="OK", harga=700_000),
        ]
    )
    best = matcher.match(LineQuery("Honor narasumber pejabat eselon III", None, "Jam")).credible(0.55)
    assert best is not None and best.reference.id == "1"
    assert matcher.match(LineQuery("Honor narasumber pejabat eselon III", None, "Kg")).credible(0.55) is None


def test_spellings_and_unit_abbreviations_in_common_use_meet() -> None:
    assert normalise("Materai 10000") == normalise("Meterai 10.000")
    assert "utp" in normalise("Kabel LAN Cat 6").split()
    assert normalise("Pewangi ruangan") == normalise("Pengharum ruangan")
    assert canonical_unit("Krt") == canonical_unit("Dus") == canonical_unit("Karton")


@pytest.mark.parametrize(
    ("read", "unit"),
    [("harl", "hari"), ("unlt", "buah"), ("0rang", "orang"), ("lernbar", "lembar"), ("r1m", "rim")],
)
def test_a_unit_misread_by_one_look_alike_glyph_is_the_unit(read: str, unit: str) -> None:
    assert repaired_unit(read) == unit


@pytest.mark.parametrize("word", ["lot", "bal", "kapsul", "stel"])
def test_a_unit_word_that_is_no_misreading_is_left_as_written(word: str) -> None:
    assert repaired_unit(word) is None


def test_a_compound_unit_is_repaired_part_by_part() -> None:
    assert canonical_unit("0rang/Harl") == canonical_unit("Orang/Hari") == "oh"


def test_a_line_with_a_misread_unit_is_still_priced() -> None:
    matcher = PriceMatcher(
        [PriceReference(id="1", uraian="Sewa Gedung Aula Pertemuan", satuan="Hari", harga=3_500_000)]
    )
    best = matcher.match(LineQuery("Sewa gedung aula pertemuan", None, "Harl")).credible(0.55)
    assert best is not None and best.reference.id == "1"


def test_a_ppn_column_in_rupiah_is_read_per_unit_or_per_line_as_the_total_says() -> None:
    header = ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "PPN (Rp)", "Jumlah"]
    rows = [
        ["Sub Kegiatan", ":", "1.01.01.1.02.0005 - Penyediaan Peralatan Kantor"],
        header,
        [1, "Laptop core i5", 2, "Unit", 10_000_000, 1_100_000, 22_200_000],  # one unit's tax
        [2, "Printer laser", 3, "Unit", 3_000_000, 990_000, 9_990_000],  # the line's tax
        [3, "Proyektor", 2, "Unit", 7_000_000, 770_000, 15_900_000],  # a true error either way
    ]
    lines = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], opd="X").sub_kegiatan[0].lines
    assert [ln.ppn_percent for ln in lines[:2]] == [Decimal(11), Decimal(11)]
    assert [ln.line_id for ln in lines if check_arithmetic(ln, None, POLICY)] == ["3"]


@pytest.mark.parametrize(
    ("koefisien", "count"),
    [
        ("6 OH (2 Orang x 3 Hari)", 6),
        ("2 Orang x 3 Hari (6 OH)", 6),
        ("1 Paket (20 orang x 2 hari)", 1),
        ("(2 Orang x 3 Hari)", 6),
        ("10 Orang x 2 Kali", 20),
    ],
)
def test_a_bracket_in_a_koefisien_restates_the_count_outside_it(koefisien: str, count: int) -> None:
    assert parse_koefisien(koefisien) == count


def test_a_koefisien_restated_in_brackets_raises_no_alarm_and_a_wrong_one_still_does() -> None:
    assert (
        check_arithmetic(line(150_000, "6", 900_000, koefisien="6 OH (2 Orang x 3 Hari)"), None, POLICY) == []
    )
    wrong = check_arithmetic(line(150_000, "8", 1_200_000, koefisien="6 OH (2 Orang x 3 Hari)"), None, POLICY)
    assert [f.type for f in wrong] == [FindingType.ARITHMETIC]


def test_an_advertisement_per_showing_is_priced_per_kali() -> None:
    assert units_fit("Kali", _row("Iklan surat kabar", "Kali Tayang")) is True
    assert units_fit("Hari", _row("Iklan surat kabar", "Kali Tayang")) is False


def test_a_scanned_ppn_rate_no_tax_has_is_read_as_none_or_a_usual_rate() -> None:
    with_tax = line(20_000, "240", 5_328_000, ppn="0.57", ocr=True)  # 11% printed, 0,57 read
    without = line(45_000, "240", 10_800_000, ppn="1.0", ocr=True)  # 0 printed, 1.0 read
    assert check_arithmetic(with_tax, None, POLICY) == []
    assert check_arithmetic(without, None, POLICY) == []
    typed = line(20_000, "240", 5_328_000, ppn="0.57")
    assert [f.type for f in check_arithmetic(typed, None, POLICY)] == [FindingType.ARITHMETIC]
    wrong = line(20_000, "240", 6_000_000, ppn="0.57", ocr=True)
    assert [f.type for f in check_arithmetic(wrong, None, POLICY)] == [FindingType.ARITHMETIC]


def test_a_koefisien_sign_followed_by_a_stray_dot_still_multiplies() -> None:
    assert parse_koefisien("2 Orang x 3Jamx. 4 Kali") == 24
    assert parse_koefisien("2 Orang x: 3 Hari") == 6


def test_a_scanned_unit_no_unit_is_written_as_reads_as_the_units_a_letter_from_it() -> None:
    assert unit_readings("Bnah") == ["buah"]
    assert set(unit_readings("Bual")) >= {"buah"}  # one letter from more than one unit: all of them
    assert unit_readings("Lembar") == []  # a known unit is read as it is
    assert unit_readings("Qwzx") == []  # no unit's misreading


def test_a_scanned_unit_is_read_as_a_near_unit_only_when_a_catalogue_row_in_it_prices_the_line() -> None:
    catalogue = [
        PriceReference(
            id="sikat", uraian="Sikat Lantai", spesifikasi="tangkai besi", satuan="Buah", harga=30_000
        ),
        PriceReference(id="kain", uraian="Kain Pel", satuan="Lembar", harga=15_000),
    ]

    def priced(uraian: str, satuan: str, ocr: bool) -> set[str]:
        scanned = RkaLine(
            line_id="1", kode_rekening="5.1.02.01.01.0036", uraian=uraian, volume=Decimal(4),
            satuan=satuan, harga_satuan=45_000, jumlah=180_000, read_by_ocr=ocr,
        )  # fmt: skip
        sub = SubKegiatan(kode="7.01.02.2.02.0001", nama="Kebersihan Lingkungan", lines=[scanned])
        rka = Rka(opd="Kelurahan", sub_kegiatan=[sub])
        return {f.type.value for f in review_rka(rka, PriceMatcher(catalogue)).findings}

    assert "OVERPRICED" in priced("Sikat lantai tangkai besi", "Bnah", ocr=True)
    assert "OVERPRICED" not in priced("Sikat lantai tangkai besi", "Bnah", ocr=False)  # typed: as written
    assert "OVERPRICED" not in priced("Sikat lantai tangkai besi", "Ons", ocr=True)  # a unit of its own


def test_a_scanned_price_a_late_look_alike_digit_from_its_row_is_no_overprice() -> None:
    assert misread_catalogue_price(line(48_600, "4", 194_400, ocr=True), 48_000)  # 6 for 0
    assert not misread_catalogue_price(line(48_600, "4", 194_400), 48_000)  # typed: asked for
    assert not misread_catalogue_price(line(38_000, "4", 152_000, ocr=True), 33_000)  # 15 % more
    assert not misread_catalogue_price(line(48_700, "4", 194_800, ocr=True), 48_000)  # 7 is no 0


def test_the_three_process_colours_named_together_are_the_colour_row_and_one_alone_is_not() -> None:
    matcher = PriceMatcher(
        [
            PriceReference(id="k", uraian="Pita stempel", spesifikasi="hitam", satuan="Buah", harga=30_000),
            PriceReference(id="w", uraian="Pita stempel", spesifikasi="warna", satuan="Buah", harga=40_000),
        ]
    )
    together = matcher.match(LineQuery("Pita stempel cyan/magenta/yellow", None, "Buah")).credible(0.55)
    assert together is not None and together.reference.id == "w"
    assert matcher.match(LineQuery("Pita stempel magenta", None, "Buah")).credible(0.55) is None


def test_water_in_a_sealed_cup_is_the_glass_row_and_not_the_bottle_row() -> None:
    matcher = PriceMatcher(
        [
            PriceReference(id="g", uraian="Air mineral gelas 150 ml", satuan="Dus", harga=20_000),
            PriceReference(id="b", uraian="Air mineral botol 1500 ml", satuan="Dus", harga=50_000),
        ]
    )
    best = matcher.match(LineQuery("Air mineral cup 150 ml", None, "Dus")).credible(0.55)
    assert best is not None and best.reference.id == "g"
