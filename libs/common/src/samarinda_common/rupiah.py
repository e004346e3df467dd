"""Rupiah amounts written the Indonesian way, to and from integer rupiah.

Indonesian notation groups thousands with ``.`` and writes decimals after ``,``
("Rp 1.250.000,00"); amounts are also written with a scale word ("1,25 juta", "2,5 M",
"750 ribu"). Documents written with English separators ("1,250,000.00") are accepted too:
when both separators occur, the last one is the decimal separator. A lone ``,`` is a decimal
comma (Indonesian), a lone ``.`` followed by exactly three digits is a thousands separator.
Fractions of a rupiah are rounded half up, since budgets are kept in whole rupiah.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

_SCALES: dict[str, int] = {
    "ribu": 10**3,
    "rb": 10**3,
    "juta": 10**6,
    "jt": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "m": 10**9,
    "triliun": 10**12,
    "t": 10**12,
}
_SCALE_WORDS = "|".join(sorted(_SCALES, key=len, reverse=True))
_NUMBER = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_CURRENCY = r"(?:rp\.?|idr)"

_AMOUNT = re.compile(
    rf"""^\s*(?P<sign>[-−])?\s*(?:{_CURRENCY}\s*)?(?P<sign2>[-−])?\s*
    (?P<number>{_NUMBER})\s*(?:,-|,—|\.-)?\s*
    (?:(?P<scale>{_SCALE_WORDS})\.?)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# In running text an amount needs a currency mark or a scale word; bare numbers are years,
# quantities or codes far more often than money.
_MENTION = re.compile(
    rf"""(?<![\w.,])(?:
        {_CURRENCY}\s*(?P<n1>{_NUMBER})(?:,-)?(?:\s*(?P<s1>{_SCALE_WORDS})\b\.?)?
      | (?P<n2>{_NUMBER})\s*(?P<s2>ribu|juta|miliar|milyar|triliun|jt|rb)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class RupiahMention:
    text: str
    value: int
    start: int
    end: int


def parse_rupiah(text: str) -> int:
    """Return the amount ``text`` denotes in whole rupiah, or raise ``ValueError``."""
    match = _AMOUNT.match(text.replace("\u00a0", " "))
    if match is None:
        raise ValueError(f"not a rupiah amount: {text!r}")
    negative = bool(match["sign"] or match["sign2"])
    scale = _SCALES[match["scale"].lower()] if match["scale"] else 1
    value = _to_rupiah(_number_value(match["number"]) * scale)
    return -value if negative else value


def find_rupiah_amounts(text: str) -> list[RupiahMention]:
    """Every amount in running text that carries "Rp"/"IDR" or a scale word ("1,25 juta")."""
    mentions: list[RupiahMention] = []
    for match in _MENTION.finditer(text):
        number = match["n1"] or match["n2"]
        scale_word = match["s1"] or match["s2"]
        try:
            value = _number_value(number)
        except ValueError:
            continue
        scale = _SCALES[scale_word.lower()] if scale_word else 1
        mentions.append(
            RupiahMention(match.group(0).strip(), _to_rupiah(value * scale), match.start(), match.end())
        )
    return mentions


def format_rupiah(value: int) -> str:
    """``1250000`` → ``"Rp 1.250.000"`` (negative amounts as ``"-Rp 1.250.000"``)."""
    grouped = f"{abs(value):,}".replace(",", ".")
    return f"-Rp {grouped}" if value < 0 else f"Rp {grouped}"


def _to_rupiah(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _number_value(number: str) -> Decimal:
    has_dot, has_comma = "." in number, "," in number
    if has_dot and has_comma:
        decimal_sep = "." if number.rindex(".") > number.rindex(",") else ","
        thousands_sep = "," if decimal_sep == "." else "."
        integer, _, fraction = number.rpartition(decimal_sep)
        return _grouped(integer, thousands_sep, fraction)
    separator = "." if has_dot else "," if has_comma else None
    if separator is None:
        return Decimal(number)
    parts = number.split(separator)
    if len(parts) > 2 or (separator == "." and len(parts[1]) == 3):
        return _grouped(number, separator, "")
    return Decimal(f"{parts[0]}.{parts[1]}")


def _grouped(integer: str, thousands_sep: str, fraction: str) -> Decimal:
    first, *rest = integer.split(thousands_sep)
    if not (first.isdigit() and len(first) <= 3 and all(g.isdigit() and len(g) == 3 for g in rest)):
        raise ValueError(f"badly grouped number: {integer!r}")
    if fraction and not fraction.isdigit():
        raise ValueError(f"bad fraction: {fraction!r}")
    return Decimal(f"{first}{''.join(rest)}.{fraction or '0'}")
