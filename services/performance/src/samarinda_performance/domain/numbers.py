"""Numbers as Indonesian reports write them: "1.245" is 1245, "6,5" is 6.5, "Rp 11.400.000.000",
"98,42 %", and "-" or an empty cell is *not stated* (None), never zero."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# A number token: digits with optional thousands groups and one decimal part, in either convention.
# A rupiah sign may be glued to its amount ("Rp4.500.000"): a word before the digits otherwise
# makes them part of a code ("A12").
_NUMBER_START = r"(?:(?<![\w.,])|(?<=Rp)|(?<=Rp\.))"
_NUMBER = re.compile(rf"{_NUMBER_START}-?\d[\d.,]*\d|{_NUMBER_START}-?\d")
_NOT_STATED = {"", "-", "--", "—", "–", "n/a", "na", "tidak ada", "t/a", "x", "belum ada"}
# Characters OCR puts inside digits; only fixed between digits so words stay words.
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
_BETWEEN_DIGITS = re.compile(r"(?<=\d)[OolISB](?=[\d.,])|(?<=[\d.,])[OolISB](?=\d)")


def number_value(token: str) -> Decimal:
    """One number token in Indonesian (or English) notation, or ``ValueError``."""
    token = token.strip()
    negative = token.startswith("-")
    token = token.lstrip("-")
    has_dot, has_comma = "." in token, "," in token
    try:
        if has_dot and has_comma:
            decimal_sep = "." if token.rindex(".") > token.rindex(",") else ","
            thousands = "," if decimal_sep == "." else "."
            integer, _, fraction = token.rpartition(decimal_sep)
            value = Decimal(integer.replace(thousands, "") + "." + fraction)
        elif has_comma:
            parts = token.split(",")
            # "6,5" is a decimal; "1,245,000" is an English grouping
            value = Decimal(token.replace(",", "")) if len(parts) > 2 else Decimal(f"{parts[0]}.{parts[1]}")
        elif has_dot:
            parts = token.split(".")
            grouped = all(len(p) == 3 for p in parts[1:])
            value = Decimal(token.replace(".", "")) if len(parts) > 2 or grouped else Decimal(token)
        else:
            value = Decimal(token)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {token!r}") from exc
    return -value if negative else value


def parse_number(cell: object) -> float | None:
    """The number a cell states, or None when it states none ("-", empty, words only)."""
    if cell is None or isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        return float(cell)
    text = str(cell).strip()
    if text.lower() in _NOT_STATED:
        return None
    text = _BETWEEN_DIGITS.sub(lambda m: m.group(0).translate(_OCR_DIGITS), text)
    text = re.sub(r"(?<=\d)\s(?=\d{3}\b)", "", text)  # "11 400 000" as OCR spaces groups
    match = _NUMBER.search(text.replace("\u00a0", " "))
    if match is None:
        return None
    try:
        return float(number_value(match.group(0).rstrip(".,")))
    except ValueError:
        return None


def is_not_stated(cell: object) -> bool:
    # a cell of marks alone (":", "."): a dash OCR read as another mark, or a speck; it states nothing
    return cell is None or (
        isinstance(cell, str) and (cell.strip().lower() in _NOT_STATED or not any(c.isalnum() for c in cell))
    )


def numbers_in(text: str) -> list[tuple[float, int, int]]:
    """Every number in running text with its span (start, end)."""
    found: list[tuple[float, int, int]] = []
    for match in _NUMBER.finditer(text):
        try:
            found.append((float(number_value(match.group(0).rstrip(".,"))), match.start(), match.end()))
        except ValueError:
            continue
    return found
