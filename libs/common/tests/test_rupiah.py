from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from samarinda_common.rupiah import find_rupiah_amounts, format_rupiah, parse_rupiah

amounts = st.integers(min_value=0, max_value=10**15)


def indonesian(value: int) -> str:
    return f"{value:,}".replace(",", ".")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp 1.250.000,00", 1_250_000),
        ("Rp1.250.000", 1_250_000),
        ("Rp. 1.250.000,-", 1_250_000),
        ("rp 56.000", 56_000),
        ("1,25 juta", 1_250_000),
        ("1,25 Juta", 1_250_000),
        ("2,5 M", 2_500_000_000),
        ("2,5 miliar", 2_500_000_000),
        ("2,5 milyar", 2_500_000_000),
        ("750 ribu", 750_000),
        ("Rp 3 jt", 3_000_000),
        ("1 triliun", 10**12),
        ("IDR 1,250,000.00", 1_250_000),
        ("56000", 56_000),
        ("1.250", 1_250),
        ("-Rp 5.000", -5_000),
        ("Rp 1.250.000,50", 1_250_001),
        ("Rp 1.250.000,49", 1_250_000),
        ("1.5 juta", 1_500_000),
        ("Rp\u00a01.250.000", 1_250_000),
    ],
)
def test_parses_indonesian_notation(text: str, expected: int) -> None:
    assert parse_rupiah(text) == expected


@pytest.mark.parametrize(
    "text", ["", "Rp", "abc", "12.34.5", "1.2345.000", "Rp 1.000 juta rupiah lagi", "12 kg"]
)
def test_rejects_what_is_not_an_amount(text: str) -> None:
    with pytest.raises(ValueError):
        parse_rupiah(text)


def test_formats_with_thousands_dots() -> None:
    assert format_rupiah(1_250_000) == "Rp 1.250.000"
    assert format_rupiah(0) == "Rp 0"
    assert format_rupiah(-5_000) == "-Rp 5.000"


@given(amounts)
def test_format_then_parse_is_identity(value: int) -> None:
    assert parse_rupiah(format_rupiah(value)) == value


@given(amounts)
def test_sen_suffix_and_dash_suffix_do_not_change_the_value(value: int) -> None:
    assert parse_rupiah(f"Rp {indonesian(value)},00") == value
    assert parse_rupiah(f"Rp{indonesian(value)},-") == value


@given(amounts)
def test_english_separators_are_understood(value: int) -> None:
    assert parse_rupiah(f"IDR {value:,}.00") == value


@given(st.integers(min_value=0, max_value=999_999), st.sampled_from(["ribu", "juta", "miliar"]))
def test_scale_words_multiply_a_decimal_comma(hundredths: int, word: str) -> None:
    scale = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9}[word]
    number = Decimal(hundredths) / 100
    written = f"{number:.2f}".replace(".", ",")
    assert parse_rupiah(f"{written} {word}") == int(number * scale)


def test_finds_amounts_in_running_text_but_not_bare_numbers() -> None:
    text = (
        "Kegiatan untuk 300 peserta didik tahun 2025 dengan pagu sebesar Rp 95.000.000. "
        "Tambahan 1,25 juta dan cadangan 2,5 miliar; realisasi 71,4 persen."
    )
    found = find_rupiah_amounts(text)
    assert [(m.text, m.value) for m in found] == [
        ("Rp 95.000.000", 95_000_000),
        ("1,25 juta", 1_250_000),
        ("2,5 miliar", 2_500_000_000),
    ]
    assert text[found[0].start : found[0].end] == "Rp 95.000.000"
