"""Grammar-constrained correction of OCR'd codes, letter numbers, amounts and dates."""

import pytest
from samarinda_extraction.domain.codes import (
    correct_codes,
    is_number_word,
    number_read_again,
    same_digits_shape,
)


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("1.1.I2.O1.02.0OO2", "1.1.12.01.02.0002"),
        ("kode 5.l.02.01.01.0024,", "kode 5.1.02.01.01.0024,"),
        ("(1.3.02.05.01.OOO5)", "(1.3.02.05.01.0005)"),
        ("1.1.12:01-02:0002", "1.1.12.01.02.0002"),
        # a group's leading 0 read as ")" on a blurred scan
        ("4.2.)7.03.)1.0015 Belanja", "4.2.07.03.01.0015 Belanja"),
        ("440/1273/P2P/lII/2024", "440/1273/P2P/III/2024"),
        ("900.1.3/l273/BPKAD-Il/2O25", "900.1.3/1273/BPKAD-II/2025"),
        ("027/88/UMUM/X1/2023", "027/88/UMUM/XI/2023"),
        # the unit's division, a Roman number after its hyphen, read with a bar or a small l
        ("094/0312/DISHUB-|/IX/2025", "094/0312/DISHUB-I/IX/2025"),
        ("094/0312/KEC.TL-Il/IX/2025", "094/0312/KEC.TL-II/IX/2025"),
        ("Rp 245.75O.OOO", "Rp 245.750.000"),
        ("Rp245.750.0O0,00", "Rp245.750.000,00"),
        ("harga 11.95O.000 per unit", "harga 11.950.000 per unit"),
        ("tanggal l4 Oktober 2O25", "tanggal 14 Oktober 2025"),
        ("paling lambat 3l/1O/2025.", "paling lambat 31/10/2025."),
        ("11,950.000", "11.950.000"),
        ("Rp 3.480,000", "Rp 3.480.000"),
        # a fax's dots read as commas: two commas are no decimal; a dot smudged into two marks
        ("7,305,000", "7.305.000"),
        ("2,4,.07,11,03.015", "2.4.07.11.03.015"),
        # a golongan's I read as l, 1 or |
        ("Gol. Ill/d", "Gol. III/d"),
        ("1V/a,", "IV/a,"),
        ("(I|/c)", "(II/c)"),
        ("Pengatur(Il/b)", "Pengatur(II/b)"),
    ],
)
def test_lookalike_glyphs_become_the_digits_the_grammar_requires(read: str, meant: str) -> None:
    assert correct_codes(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        # words stay words, even with digits near them
        "Dinas Pendidikan 2025 Bidang IS0",
        "SOP 12 tentang Pelayanan",
        # a month that no look-alike mapping makes valid stays as read
        "440/1273/P2P/1I11/2024",
        # four strokes are read as four, but no letter writes a month so
        "027/88/UMUM/1lll/2023",
        # a unit's division written in digits may be meant so
        "094/0312/UPT-1/IX/2025",
        # a bank account's check digit after a dash is no code's smudged dot
        "rekening 0042.01.00.00917-3 atas nama",
        # dots dropped by OCR are not put back: that would be guessing where the groups are
        "(111201020002",
        # ordinary decimals and percentages
        "capaian 94,7 persen, 108,97%",
        # a date that is no date
        "31/13/2025",
        # a comma alone may be a decimal; two-digit decimals are cents
        "1,250 ton",
        "Rp 1.250.000,50",
        # a house number, and numerals that are no golongan
        "Jl. Pahlawan No. 1/a",
        "IIII/b VI/c II/f lV/f",
    ],
)
def test_text_outside_the_grammar_is_left_as_read(text: str) -> None:
    assert correct_codes(text) == text


@pytest.mark.parametrize(
    "text", ["1.1.I2.O1.02.0OO2", "Rp 245.75O.OOO", "l4 Oktober 2O25", "440/1273/P2P/lII/2024"]
)
def test_no_digit_is_ever_added_or_removed(text: str) -> None:
    fixed = correct_codes(text)
    assert len(fixed) == len(text)
    assert all(a == b for a, b in zip(text, fixed, strict=True) if a.isdigit())


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("3 19710215 1998032 007 Penata", "3 19710215 199803 2 007 Penata"),
        ("NIP 19860730 201101 1004", "NIP 19860730 201101 1 004"),
        ("19900102 2015021001 Staf", "19900102 201502 1 001 Staf"),
        # the label set against the number, an O read inside its digits
        ("NIP19820315 2009031 002", "NIP 19820315 200903 1 002"),
        ("NIP. 1982O315 200903 1 0O2", "NIP. 19820315 200903 1 002"),
        # a PPPK's number: 21 in place of the appointment month
        ("NIP 19881104 2022212 007", "NIP 19881104 202221 2 007"),
    ],
)
def test_an_nip_read_with_spaces_lost_is_spaced_as_an_nip(read: str, meant: str) -> None:
    assert correct_codes(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "19860730 201101 1 004",  # already as written
        "198607302011011004",  # written without spaces: nothing to say where they would go
        "19860730 2011 011004",  # split where an NIP is not
        "19861330 2011011 004",  # no month 13: no NIP
        "19860730 2011221 004",  # nor an appointment month 22
        "0812 5531 4470 2211",  # a phone number's groups
        "NIP198203152009031002",  # glued, but nothing says where its spaces would go
        "NIPPON 19820315",  # no label
        "2 O 003",  # an O standing alone is no digit of a run
    ],
)
def test_digit_groups_that_are_no_spaced_nip_are_left_as_read(text: str) -> None:
    assert correct_codes(text) == text


def test_layout_between_tokens_is_kept() -> None:
    assert (
        correct_codes("Nomor:\t440/1273/P2P/lII/2024\n\nRp  1.2O0")
        == "Nomor:\t440/1273/P2P/III/2024\n\nRp  1.200"
    )


@pytest.mark.parametrize(
    ("word", "expected"),
    [("48.300.000", True), ("17,25", True), ("3.2.04.01.0007", True), ("12/05/2025", True),
     ("(46,8%)", True), ("7", False), ("A4", False), ("Rp3.000", False), ("halaman", False)],
)  # fmt: skip
def test_a_number_word_has_two_digits_and_no_letter(word: str, expected: bool) -> None:
    assert is_number_word(word) is expected


@pytest.mark.parametrize(
    ("read", "again", "expected"),
    [("31.150.000", "37.750.000", True), ("19,36", "79,36", True), ("2.050.000", "2.050.000", True),
     ("31.150.000", "31.150.0001", False), ("31.150.000", "31,150.000", False), ("19,36", "1936", False),
     ("4.125", "4125.", False)],
)  # fmt: skip
def test_a_second_reading_may_change_digits_but_add_drop_or_move_nothing(
    read: str, again: str, expected: bool
) -> None:
    assert same_digits_shape(read, again) is expected


@pytest.mark.parametrize(
    ("read", "again", "expected"),
    [("31.150.000", ["37.750.000"], "37.750.000"), ("13.15-14.45", ["13.15", "-", "14.45"], "13.15 - 14.45"),
     ("2019/2020", ["2019", "/", "2020"], "2019 / 2020"), ("31.150.000", ["31.150.000"], None),
     ("4.225.500", ["4.225.", "500"], None), ("13.15-14.45", ["13.15", "-", "14.45", "1"], None)],
)  # fmt: skip
def test_a_number_read_again_may_get_its_spaces_around_a_dash_back(
    read: str, again: list[str], expected: str | None
) -> None:
    assert number_read_again(read, again) == expected


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("NPWP 31.245.678.9-701.000", "NPWP 31.245.678.9-701.000"),
        ("31.245.678.9.701.000", "31.245.678.9-701.000"),  # its dash read as a dot
        ("3l.245.678.9-7O1.000,", "31.245.678.9-701.000,"),
    ],
)
def test_an_npwp_keeps_the_dash_before_its_tax_office(read: str, meant: str) -> None:
    assert correct_codes(read) == meant


@pytest.mark.parametrize("text", ["31.245.678.9.701", "1.2.345.678.9.701.000", "31.245.678.9..701.000"])
def test_codes_of_other_shapes_are_no_npwp(text: str) -> None:
    assert "-" not in correct_codes(text)
