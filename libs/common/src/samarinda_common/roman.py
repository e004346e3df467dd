"""Roman numerals as Indonesian documents write periods, classes and letter months ("triwulan
III", "kelas IV", ".../VII/2025"): only I, V and X, which is all a period or a class needs — a
capital L or C in such a place is a letter, not fifty or a hundred."""

from __future__ import annotations

_VALUES = {"I": 1, "V": 5, "X": 10}
_NUMERALS = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman_value(text: str) -> int | None:
    """The number a numeral of I, V and X writes ("VII" -> 7, "IX" -> 9); None for other text."""
    if not text or not set(text) <= _VALUES.keys():
        return None
    values = [_VALUES[c] for c in text]
    return sum(-v if v < following else v for v, following in zip(values, [*values[1:], 0], strict=True))


def roman_numeral(number: int) -> str:
    """The numeral of a positive number in I, V and X (7 -> "VII", 12 -> "XII")."""
    if number < 1:
        raise ValueError(f"no Roman numeral for {number}")
    out = []
    for value, numeral in _NUMERALS:
        count, number = divmod(number, value)
        out.append(numeral * count)
    return "".join(out)
