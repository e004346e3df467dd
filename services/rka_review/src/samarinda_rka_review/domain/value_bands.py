"""A fee priced by the value band of what it is paid for: an SBU row for a procurement committee
per package "nilai kontrak > Rp750 juta s.d. Rp3 miliar", an RKA line for it "kontrak 750 jt - 3 M".

The band, read as (low, high) rupiah, is the row's defining attribute: the rows differ in nothing
else, so the name alone cannot pick one, and a line that states the same band names that row
however it abbreviates the amounts. Only amounts written with a scale word (``rb``, ``jt``,
``juta``, ``M``, ``miliar``) in a range (``s.d.``, ``-``, ``>``) make a band; a lowercase ``m`` is
a metre, not a miliar.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

Band = tuple[Decimal, Decimal | None]  # (exclusive low, inclusive high); None: no upper bound

_SCALES = {
    "rb": Decimal(10**3),
    "ribu": Decimal(10**3),
    "jt": Decimal(10**6),
    "juta": Decimal(10**6),
    "M": Decimal(10**9),
    "miliar": Decimal(10**9),
    "milyar": Decimal(10**9),
}
_SCALE_WORDS = "|".join(sorted(_SCALES, key=len, reverse=True))
# ``Rp750 juta``, ``2,5 M``, ``1``: an amount and its scale, if written.
_AMOUNT = r"(?:rp\.?\s*)?(\d+(?:[.,]\d+)?)\s*(" + _SCALE_WORDS + r")?\b"
_UP_TO = r"(?:s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|maks(?:imal)?\.?|<=?|≤)"
_ABOVE = r"(?:>=?|≥|di\s+atas|lebih\s+dari)"
_BETWEEN = re.compile(rf"(?:{_ABOVE}\s*)?{_AMOUNT}\s*(?:-|–|{_UP_TO})\s*{_AMOUNT}", re.IGNORECASE)
_CEILING = re.compile(rf"{_UP_TO}\s*{_AMOUNT}", re.IGNORECASE)
_FLOOR = re.compile(rf"{_ABOVE}\s*{_AMOUNT}", re.IGNORECASE)


def _scale(word: str | None) -> Decimal | None:
    if not word:
        return None
    return _SCALES.get(word if word == "M" else word.lower())


def _rupiah(number: str, scale: Decimal) -> Decimal:
    return Decimal(number.replace(",", ".")) * scale


@lru_cache(maxsize=65536)
def value_band(text: str | None) -> Band | None:
    """The value band a text states, or None."""
    if not text:
        return None
    if between := _BETWEEN.search(text):
        low, low_word, high, high_word = between.groups()
        high_scale = _scale(high_word)
        if high_scale is None:
            return None
        return _rupiah(low, _scale(low_word) or high_scale), _rupiah(high, high_scale)
    if (ceiling := _CEILING.search(text)) and (scale := _scale(ceiling.group(2))):
        return Decimal(0), _rupiah(ceiling.group(1), scale)
    if (floor := _FLOOR.search(text)) and (scale := _scale(floor.group(2))):
        return _rupiah(floor.group(1), scale), None
    return None
