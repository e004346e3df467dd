import pytest
from samarinda_extraction.domain.vehicle_numbers import correct_vehicle_numbers


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("DA7702B", "DA 7702 B"),
        ("DA 7702B", "DA 7702 B"),
        ("B4410 TKS", "B 4410 TKS"),
        ("KH1C", "KH 1 C"),  # a head's plate: one digit
        ("2 KB 12 AF Baik", "2 KB 12 AF Baik"),  # as written
        # a chassis number's I, O, Q are the digits read wrong
        ("MHRGE4850OJ217734", "MHRGE48500J217734"),
        ("MHKAIQ51S2K004217", "MHKA1051S2K004217"),
        ("MH4KC2110Nj305518", "MH4KC2110NJ305518"),
    ],
)
def test_vehicle_numbers_are_repaired_by_their_grammar(read: str, meant: str) -> None:
    assert correct_vehicle_numbers(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "P3K",  # a one-letter region glued to a short number: an abbreviation
        "H2O",
        "QX2021AB",  # no region QX
        "440/12/KT1A/2024",  # inside a letter number
        "PEMBERDAYAANMASYA",  # 17 letters: no digits, no chassis number
        "12345678901234567",  # 17 digits: nothing to repair
        "rekap2024anggaran",  # lower-case letters: a word and a year
    ],
)
def test_tokens_of_other_shapes_are_left_as_read(text: str) -> None:
    assert correct_vehicle_numbers(text) == text
