import pytest
from samarinda_common.roman import roman_numeral, roman_value


@pytest.mark.parametrize(
    ("numeral", "number"),
    [("I", 1), ("III", 3), ("IV", 4), ("VI", 6), ("IX", 9), ("XI", 11), ("XII", 12), ("XIV", 14)],
)
def test_numerals_and_numbers_read_both_ways(numeral: str, number: int) -> None:
    assert roman_value(numeral) == number
    assert roman_numeral(number) == numeral


@pytest.mark.parametrize("text", ["", "A", "L", "C", "Xa", "vii", "7"])
def test_other_text_is_no_numeral(text: str) -> None:
    assert roman_value(text) is None


def test_zero_has_no_numeral() -> None:
    with pytest.raises(ValueError, match="no Roman numeral"):
        roman_numeral(0)
