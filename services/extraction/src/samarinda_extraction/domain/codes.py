"""Post-correction of OCR'd codes and numbers, constrained by their grammar.

Only tokens that already have the shape of a kode rekening / kode barang (``1.1.12.01.02.0002``),
a letter number (``440/1273/P2P/III/2024``), a civil servant's golongan (``III/d``), a rupiah
amount (``Rp 245.750.000``) or a date (``14 Oktober 2025``, ``31/10/2025``) are touched, and
only by replacing a glyph Tesseract confuses with a digit (O→0, l→1, S→5, …) — or, in a letter
number's month or a golongan, a digit-like glyph with the Roman I, or inside a code a dot
smudged into ":" or "-" or a group's opening 0 read as ")" — where the grammar requires it. A
civil servant's NIP (``19800101 200501 1 001``) read with some of its spaces lost gets them back
where its grammar puts them. No digit is ever added or removed and no separator moved: when a
token only fits the grammar by inventing something, it stays as read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from samarinda_common.indonesian_text import MONTHS
from samarinda_common.roman import roman_numeral, roman_value

_DIGIT_LOOKALIKES = str.maketrans(
    {"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "|": "1", "i": "1", "!": "1",
     "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "G": "6", "b": "6", "g": "9", "q": "9"}
)  # fmt: skip
_ROMAN_LOOKALIKES = str.maketrans(
    {"1": "I", "l": "I", "|": "I", "i": "I", "!": "I", "Y": "V", "v": "V", "x": "X"}
)
_MONTHS = frozenset(
    {*MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "sep", "okt", "nov", "des"}
)
_LOOKALIKE_CHARS = "".join(chr(c) for c in _DIGIT_LOOKALIKES)
_TOKEN = re.compile(r"\S+")
_EDGE = re.compile(r"^([(\[\"']*)(.*?)([)\]\"',;:]*\.?)$", re.DOTALL)
_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+(,\d{1,2})?")
_CODE_SEPARATOR_LOOKALIKES = re.compile(r"[.:;,-]+")
_AMOUNT_SEPARATORS = re.compile(r"[.,]")
_CODE_GROUPS = re.compile(r"\d+(\.\d+){2,}")
_YEAR = re.compile(r"(19|20)\d\d")


def correct_codes(text: str) -> str:
    """The text with every code-, amount- and date-shaped token repaired where its grammar allows."""
    text = _DIGIT_GROUPS.sub(_nip_spaced, _GLUED_NIP_LABEL.sub(_nip_label_apart, text))
    tokens = list(_TOKEN.finditer(text))
    out: list[str] = []
    last = 0
    for index, match in enumerate(tokens):
        out.append(text[last : match.start()])
        before = tokens[index - 1].group() if index else ""
        after = tokens[index + 1].group() if index + 1 < len(tokens) else ""
        out.append(correct_token(match.group(), before, after))
        last = match.end()
    out.append(text[last:])
    return "".join(out)


# Runs of digit groups one space apart (an NIP is among them, after a row number or before a phone's);
# an O read for a 0 inside a group's digits is still part of it.
_DIGIT_GROUPS = re.compile(r"(?<![\w.,/-])\d[\dOo]*(?: \d[\dOo]*)+(?![\w.,/-])")
# The label "NIP" the page reading set against the birth date that starts the number after it.
_GLUED_NIP_LABEL = re.compile(r"\b(NIP\.?)(?=(?:19|20)\d{6}\b)")
# An NIP: birth date (yyyymmdd), appointment month (yyyymm), sex (1 or 2), serial; its spaces
# stand after the 8th, 14th and 15th digit. A contract employee's (PPPK) number has 21 where a
# civil servant's has the appointment month.
_NIP = re.compile(r"(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(19|20)\d\d(0[1-9]|1[0-2]|21)[12]\d{3}")
_NIP_BREAKS = (8, 14, 15)


def _nip_label_apart(match: re.Match[str]) -> str:
    """``NIP19800101 …``: the label apart from the number again, as an NIP is written."""
    return f"{match.group(1)} "


def _nip_spaced(match: re.Match[str]) -> str:
    """The run with an NIP in it spaced as an NIP is written, when the run splits the NIP only
    where the grammar does (``19800101 2005011 001``: the Tesseract page reading dropped one
    space), an O read inside its digits made a 0. Its digits, and every other group of the run,
    stay as read."""
    read = match.group().split(" ")
    groups = [g if g.isdigit() else g.translate(_O_AS_ZERO) for g in read]
    for first in range(len(groups)):
        if len(groups[first]) != 8:
            continue
        length, breaks = 0, set()
        for last in range(first, len(groups)):
            length += len(groups[last])
            if length >= 18:
                break
            breaks.add(length)
        digits = "".join(groups[first : last + 1])
        if length == 18 and breaks <= set(_NIP_BREAKS) and _NIP.fullmatch(digits):
            nip = " ".join(digits[a:b] for a, b in itertools.pairwise((0, *_NIP_BREAKS, 18)))
            return " ".join([*read[:first], nip, *read[last + 1 :]])
    return match.group()


_O_AS_ZERO = str.maketrans("Oo", "00")


def correct_token(token: str, before: str = "", after: str = "") -> str:
    edge = _EDGE.match(token)
    if edge is None:  # pragma: no cover - the pattern matches any string
        return token
    lead, core, tail = edge.groups()
    if rank := _civil_service_rank(core):
        return f"{lead}{rank}{tail}"
    if glued := _GLUED_RANK.fullmatch(token):
        # A golongan in brackets the scan set against the word before it ("Penata(Ill/c)").
        rank = _civil_service_rank(glued.group(2))
        return f"{glued.group(1)}{rank}{glued.group(3)}" if rank else token
    if not core or not any(ch.isdigit() for ch in core):
        return token
    fixed = (
        _slashed_date(core)
        or _letter_number(core)
        or _npwp(core)
        or _dotted_code(core)
        or _amount(core, before)
        or _date_part(core, before, after)
    )
    return f"{lead}{fixed}{tail}" if fixed else token


# A civil servant's golongan: a Roman I to IV, a slash, a grade letter a to e ("III/d").
_RANK = re.compile(r"([IVil1|!]{1,3})/([a-eA-E])")


_GLUED_RANK = re.compile(r"(\w+\()([IVil1|!]{1,3}/[a-eA-E])(\)\W*)")


def _civil_service_rank(core: str) -> str | None:
    """``Ill/d`` or ``1V/a``: a golongan whose I read as a look-alike. The numeral keeps its
    strokes (never one added or dropped), and a numeral of digits alone ("1/a", a house number)
    is none."""
    match = _RANK.fullmatch(core)
    if match is None or match.group(1).isdigit():
        return None
    numeral = match.group(1).translate(_ROMAN_LOOKALIKES)
    value = roman_value(numeral)
    if numeral == match.group(1) or value is None or not 1 <= value <= 4 or roman_numeral(value) != numeral:
        return None
    return f"{numeral}/{match.group(2)}"


def _digits(group: str) -> str | None:
    """The group with digit look-alikes replaced, when it then is all digits."""
    mapped = group.translate(_DIGIT_LOOKALIKES)
    return mapped if mapped.isdigit() else None


def _mostly_digits(text: str) -> bool:
    letters = [ch for ch in text if ch.isalnum() or ch in _LOOKALIKE_CHARS]
    return bool(letters) and sum(ch.isdigit() for ch in letters) >= 0.6 * len(letters)


# A taxpayer's NPWP, ``07.112.384.6-722.000``: its groups' lengths and the dash before the tax
# office's code.
_NPWP_GROUPS = (2, 3, 3, 1, 3, 3)
_NPWP_DASH = 4


def _npwp(core: str) -> str | None:
    """An NPWP read with a separator smudged (its dash read as a dot, which the dotted-code rule
    would keep) or a digit read as a look-alike: its groups' lengths are the grammar, and each
    separator is the NPWP's own wherever it stood."""
    separators = _CODE_SEPARATOR_LOOKALIKES.findall(core)
    groups = [_digits(_opening_zero(g)) for g in _CODE_SEPARATOR_LOOKALIKES.split(core)]
    if len(separators) != len(_NPWP_GROUPS) - 1 or any(len(mark) != 1 for mark in separators):
        return None
    if tuple(len(g) if g is not None else 0 for g in groups) != _NPWP_GROUPS:
        return None
    marks = ["-" if index == _NPWP_DASH else "." for index in range(1, len(_NPWP_GROUPS))]
    return "".join(g + m for g, m in zip(groups, [*marks, ""], strict=True) if g is not None)


# A bank account's check digit after a dash (``0042.01.00.00917-3``): no code's dot smudged.
_CHECK_DIGIT = re.compile(r"\d{5,}-\d$")


def _dotted_code(core: str) -> str | None:
    """``1.1.12.01.02.0002``: three or more groups of digits joined by dots."""
    if core.count(".") < 2 or not _mostly_digits(core) or _THOUSANDS.fullmatch(core):
        return None  # (an amount with cents, 1.250.000,50, is no code)
    if _CHECK_DIGIT.search(core):
        return None
    # Between groups, a dot smudged into ":" or "-" or "," (or into two marks, ",.") is still
    # the code's dot.
    groups = [_digits(_opening_zero(g)) for g in _CODE_SEPARATOR_LOOKALIKES.split(core)]
    if any(g is None for g in groups):
        return None
    fixed = ".".join(g for g in groups if g is not None)
    return fixed if _CODE_GROUPS.fullmatch(fixed) and not _THOUSANDS.fullmatch(fixed) else None


def _opening_zero(group: str) -> str:
    """A code group whose leading 0 lost its left half on a blurred scan, read as ")" (``)2``
    of ``5.1.)2.01``): only before a digit, where no bracket of the text could stand."""
    return "0" + group[1:] if group[:1] == ")" and group[1:2].isdigit() else group


def _amount(core: str, before: str) -> str | None:
    """``245.750.000`` (optionally ``Rp245.750.000`` or ``…,50``): thousands groups of three."""
    prefix = ""
    if core[:2].lower() == "rp":
        prefix, core = core[:2], core[2:]
    elif not (before.lower().startswith("rp") or _mostly_digits(core)):
        return None
    core = _comma_misread_as_thousands(core)
    whole, _, cents = core.partition(",")
    groups = [_digits(g) for g in whole.split(".")]
    if any(g is None for g in groups) or (cents and _digits(cents) is None):
        return None
    fixed = ".".join(g for g in groups if g is not None) + (f",{_digits(cents)}" if cents else "")
    if "." not in fixed and not prefix and not before.lower().startswith("rp"):
        return None
    return prefix + fixed if _THOUSANDS.fullmatch(fixed) or fixed.isdigit() else None


def _comma_misread_as_thousands(core: str) -> str:
    """``11,950.000``, ``3.480,000`` or ``19,400,000``: dots and commas mixed, or two commas or
    more, between groups of exactly three digits are all thousands dots (a rupiah amount's
    decimals are two digits, after one comma); a comma alone (``1,250``) stays, it may be a
    decimal."""
    parts = _AMOUNT_SEPARATORS.split(core)
    misread = "," in core and ("." in core or core.count(",") >= 2)
    if misread and 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]):
        return ".".join(parts)
    return core


def _letter_number(core: str) -> str | None:
    """``440/1273/P2P/III/2024``: slash-separated parts ending in a year, with a Roman month."""
    parts = core.split("/")
    if len(parts) < 4:
        return None
    year = _digits(parts[-1])
    if year is None or not _YEAR.fullmatch(year):
        return None
    fixed = [*parts[:-1], year]
    fixed[0] = _dotted_or_digits(parts[0]) or parts[0]
    serial = _digits(parts[1])
    if serial is not None and _mostly_digits(parts[1]):
        fixed[1] = serial
    fixed[-2] = _roman_month(parts[-2]) or parts[-2]
    for i in range(2, len(parts) - 2):
        fixed[i] = _unit_numeral(parts[i]) or parts[i]
    joined = "/".join(fixed)
    return joined if joined != core else None


def _dotted_or_digits(part: str) -> str | None:
    if not _mostly_digits(part):
        return None
    groups = [_digits(g) for g in part.split(".")]
    return None if any(g is None for g in groups) else ".".join(g for g in groups if g is not None)


def _roman_month(part: str) -> str | None:
    """``III`` or ``BPKAD-III``: the month after the last hyphen, when look-alikes make it one."""
    head, dash, month = part.rpartition("-")
    mapped = month.translate(_ROMAN_LOOKALIKES)
    if month == mapped or not _is_month_numeral(mapped):
        return None
    return f"{head}{dash}{mapped}"


def _unit_numeral(part: str) -> str | None:
    """``BPKAD-II``: a unit's part of a letter number, its division's Roman number after the
    hyphen, when look-alikes make it one. A number of digits only (``UPT-1``) may be written
    so and stays; one with a bar or a small l among its strokes (``-|``, ``-Il``) is Roman."""
    head, _, number = part.rpartition("-")
    return None if not head or number.isdigit() else _roman_month(part)


def _is_month_numeral(text: str) -> bool:
    """``I`` to ``XII`` as written (``IIII`` or ``VIIII`` are no month)."""
    value = roman_value(text)
    return value is not None and 1 <= value <= 12 and roman_numeral(value) == text


def _slashed_date(core: str) -> str | None:
    """``31/10/2025`` or ``31-10-2025``."""
    match = re.fullmatch(r"(\w{1,2})([/-])(\w{1,2})\2(\w{4})", core)
    if match is None:
        return None
    day, sep, month, year = match.groups()
    digits = [_digits(day), _digits(month), _digits(year)]
    if any(d is None for d in digits):
        return None
    d, m, y = (int(x) for x in digits if x is not None)
    if not (1 <= d <= 31 and 1 <= m <= 12 and _YEAR.fullmatch(str(y))):
        return None
    return sep.join(x for x in digits if x is not None)


def _date_part(core: str, before: str, after: str) -> str | None:
    """The day or the year of ``14 Oktober 2025``."""
    fixed = _digits(core)
    if fixed is None or fixed == core:
        return None
    if after.lower().strip(",.") in _MONTHS and len(fixed) <= 2 and 1 <= int(fixed) <= 31:
        return fixed
    if before.lower().strip(",.") in _MONTHS and _YEAR.fullmatch(fixed):
        return fixed
    return None


_NUMBER_WORD = re.compile(r"[\d.,:;%/()\-]*\d[\d.,:;%/()\-]*\d[\d.,:;%/()\-]*")


def is_number_word(word: str) -> bool:
    """A word of digits and the marks that group or end them (an amount, a code, a percentage,
    a date): at least two digits, no letter."""
    return _NUMBER_WORD.fullmatch(word) is not None


def same_digits_shape(read: str, again: str) -> bool:
    """Whether a second reading of a number word differs from the first only in its digits:
    as long, with every non-digit where it was. Such a reading may replace the first (one model
    confuses "7" with "1" in some typefaces) without adding, dropping or moving a digit."""
    return len(read) == len(again) and all(
        a == b or (a.isdigit() and b.isdigit()) for a, b in zip(read, again, strict=True)
    )


_SPACED_DASH = re.compile(r" ?[-\u2013/] ?")


def number_read_again(read: str, again: Sequence[str]) -> str | None:
    """A number word's second reading (its words, read on their own) where it may replace the
    first: differing only in digits, or in spaces around a dash or slash that the page reading
    glued ("08.00 - 09.30" read as one word); None where it may not."""
    joined = " ".join(again)
    compact = joined.replace(" ", "")
    if joined == read or not same_digits_shape(read, compact):
        return None
    if " " in joined and _SPACED_DASH.sub("", joined).count(" "):
        return None  # a space anywhere but around a dash or slash: a split the page did not show
    return joined
