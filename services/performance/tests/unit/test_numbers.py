import pytest
from samarinda_performance.domain.numbers import numbers_in, parse_number


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("1.245", 1245.0),
        ("6,5", 6.5),
        ("Rp 11.400.000.000", 11_400_000_000.0),
        ("98,42 %", 98.42),
        ("1.245,75", 1245.75),
        ("98.5", 98.5),
        ("1,245,000", 1_245_000.0),
        (12.5, 12.5),
        (7, 7.0),
        ("9S,5", 95.5),  # OCR read a 5 as S between digits
        ("11 400 000", 11_400_000.0),  # OCR spaced the groups
        ("-12,5", -12.5),
    ],
)
def test_indonesian_numbers(cell: object, value: float) -> None:
    assert parse_number(cell) == pytest.approx(value)


@pytest.mark.parametrize("cell", ["-", "", None, "—", "n/a", "Tidak ada", "belum ada", True, "Persentase"])
def test_not_stated_is_none_never_zero(cell: object) -> None:
    assert parse_number(cell) is None


def test_numbers_in_running_text_keep_their_spans() -> None:
    text = "target 95% terealisasi 93,5% (capaian 98,42%)"
    found = numbers_in(text)
    assert [v for v, _, _ in found] == [95.0, 93.5, 98.42]
    assert [text[s:e] for _, s, e in found] == ["95", "93,5", "98,42"]
