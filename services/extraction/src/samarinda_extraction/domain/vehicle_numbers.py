"""Post-correction of a vehicle's registration plate and chassis number, by their grammar.

A plate (nomor polisi) is written ``KT 1234 AB``: region letters, one to four digits, one to
three letters, a space between the parts. Tesseract often drops those spaces (``KT1234AB``,
``KT 1234AB``); they are put back where the grammar puts them, only after a known region.
A chassis number (VIN) is 17 characters from which the letters I, O and Q are excluded (ISO
3779): in a token of that shape they are the digits 1, 0, 0 misread, and a lower-case letter is
its capital. No character is added or removed.
"""

from __future__ import annotations

import re

from samarinda_extraction.domain.vocabulary import VOCABULARY

_REGIONS = VOCABULARY.vehicles.plate_regions
# A plate read with one or both of its spaces lost (the longest region first: "KT1A" is KT).
_PLATE = re.compile(r"(?<![\w./-])([A-Z]{1,2})( ?)(\d{1,4})( ?)([A-Z]{1,3})(?![\w./-])")
# Read with no space at all, a plate needs a two-letter region or this many digits: a short
# glued token after a one-letter region is a word's abbreviation ("P3K", "H2O").
_GLUED_DIGITS = 3
_VIN = re.compile(r"(?<![\w./-])[A-Za-z0-9]{17}(?![\w./-])")
# A chassis number is written in capitals: a letter or two read in lower case ("j" for "J") are
# its capitals; more make a word.
_VIN_LOWER = 2
# A chassis number has digits at least in its serial part (the last six); fewer digits is a word.
_VIN_DIGITS = 6
_VIN_LOOKALIKES = str.maketrans({"I": "1", "O": "0", "Q": "0"})


def _plate(match: re.Match[str]) -> str:
    region, space, number, other_space, series = match.groups()
    glued = not space and not other_space
    if region not in _REGIONS or (glued and len(region) < 2 and len(number) < _GLUED_DIGITS):
        return match.group()
    return f"{region} {number} {series}"


def _vin(match: re.Match[str]) -> str:
    token = match.group()
    if sum(ch.isdigit() for ch in token) < _VIN_DIGITS or not any(ch.isalpha() for ch in token):
        return token
    if sum(ch.islower() for ch in token) > _VIN_LOWER:
        return token
    return token.upper().translate(_VIN_LOOKALIKES)


def correct_vehicle_numbers(text: str) -> str:
    """The text with plates spaced as written and chassis numbers' misread digits repaired."""
    return _VIN.sub(_vin, _PLATE.sub(_plate, text))
