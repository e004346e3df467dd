"""Normalising the Indonesian procurement vocabulary so that differently worded items meet.

``Kertas HVS A4 70 gr`` and ``Kertas HVS 70 gram ukuran A4`` must become the same tokens, and
``Notebook`` must meet ``Laptop``. Phrases are rewritten before single words, so that ``semen pc``
stays cement while a lone ``pc`` is a computer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import pairwise

from rapidfuzz.distance import Levenshtein
from samarinda_common.roman import roman_value

from samarinda_rka_review.domain.rules import VOCABULARY

# Multi-word phrases → one canonical token (applied first, longest first).
# A word written with a hyphen (``t-shirt``) is split before the vocabulary is applied, so its
# entries are met as the phrase the split leaves (``t shirt``), wherever they are listed.
_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
PHRASES = {
    _HYPHEN.sub(" ", key): value
    for key, value in {
        **VOCABULARY.phrases,
        **{key: value for key, value in VOCABULARY.synonyms.items() if _HYPHEN.search(key)},
    }.items()
}

# Single words → canonical word.
SYNONYMS = VOCABULARY.synonyms

STOPWORDS = VOCABULARY.stopwords

# Units written glued to numbers (``220ml``, ``32GB``, ``1500cc``) are split off them.
NUMBER_UNITS = VOCABULARY.number_units
_GLUED_UNIT = re.compile(
    r"(?<![a-z])(\d+(?:[.,]\d+)?)(" + "|".join(sorted(NUMBER_UNITS, key=len, reverse=True)) + r")\b"
)
_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})(?:\.(\d{3}))+(?![\d,])")
_DECIMAL_COMMA = re.compile(r"(\d),(\d)")
_ESELON = re.compile(r"\b(eselon|golongan|gol)\s+(iv|iii|ii|i|[1-4])\b")
# Two letters each followed by a dot (``s.d.``) are read as the same letters spaced (``s d``), the
# way the vocabulary writes such abbreviations.
_LETTER_ABBREVIATION = re.compile(r"(?<![a-z0-9.])([a-z])\.\s?([a-z])\.?(?![a-z0-9])")
# Reinforcement bars: D12 / Ø12 is a 12 mm diameter.
# The ``d`` of ``s.d.`` / ``s/d`` (up to) is no diameter; a diameter whose length unit is written
# (``dia 45 cm``) is read in that unit, not in millimetres.
_BAR_DIAMETER = re.compile(
    r"(?<!\bs )(?<!\bs/)(?<!\bs\.)(?<!\bs\. )\b(?:d|ø|dia)\.?\s?(\d{1,2})(?![\d.,])(?!\s?(?:mm|cm|m|inch)\b)"
)
# An inch mark after a number (``4"``, ``4''``, ``4”``) is a size in inches.
_INCH_MARK = re.compile(r"(\d)\s*(?:\"|''|”|″)")
# ``2 in`` is two inches; ``2 in 1`` is a convertible, not a size.
_INCH_WORD = re.compile(r"(\d)\s*in\b\.?(?!\s*\d)")
# A fraction of a size (``1/2 PK``, ``3/4"``, ``1 1/2 inch``, ``1½ PK``) is one number: read as
# digits apart, ``1/2 PK`` would be a 2 PK machine. Only a proper fraction of a trade's halves,
# quarters and eighths, not a date, a code or a model (``1/2/2027``, ``40/2`` thread, ``i5/8 GB``).
_VULGAR = {"½": "1/2", "¼": "1/4", "¾": "3/4", "⅛": "1/8", "⅜": "3/8", "⅝": "5/8", "⅞": "7/8"}
_FRACTION = re.compile(r"(?<![\w./])(?:(\d{1,2})[ -])?([1-7])/([248])(?![\d/])")


def _fraction_value(match: re.Match[str]) -> str:
    whole, numerator, denominator = match.groups()
    if int(numerator) >= int(denominator):
        return match.group(0)
    value = int(whole or 0) + int(numerator) / int(denominator)
    return f"{value:g}"


_PHRASE_RE = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True)) + r")\b"
)
_TOKEN = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _grade_number(grade: str) -> str:
    """An eselon or golongan as a digit, however written (``IV`` -> ``4``)."""
    value = roman_value(grade.upper())
    return grade if value is None else str(value)


def _join_thousands(match: re.Match[str]) -> str:
    return match.group(0).replace(".", "")


@lru_cache(maxsize=65536)
def normalise(text: str | None) -> str:
    """Lowercase canonical text: phrases and synonyms rewritten, numbers and units separated."""
    if not text:
        return ""
    for glyph, fraction in _VULGAR.items():
        text = text.replace(glyph, f" {fraction}")
    value = _strip_accents(text).lower().replace("×", " x ").replace("²", "2").replace("³", "3")
    value = _LETTER_ABBREVIATION.sub(r"\1 \2", value)
    value = _BAR_DIAMETER.sub(r"\1 mm", value)
    value = _INCH_MARK.sub(r"\1 inci ", value)
    value = _INCH_WORD.sub(r"\1 inci ", value)
    value = _THOUSANDS.sub(_join_thousands, value)
    value = _DECIMAL_COMMA.sub(r"\1.\2", value)
    value = _FRACTION.sub(_fraction_value, value)
    value = _GLUED_UNIT.sub(r"\1 \2", value)
    value = re.sub(r"[()\[\],;:/\"'+&_]", " ", value)
    value = _HYPHEN.sub(" ", value)
    value = _ESELON.sub(lambda m: f"eselon{_grade_number(m.group(2))}", value)
    value = re.sub(r"\s+", " ", value).strip()
    value = _PHRASE_RE.sub(lambda m: PHRASES[m.group(1)], value)
    words = [SYNONYMS.get(w, w) for w in value.split(" ")]
    return " ".join(words)


def phrases_longest_first(phrases: Iterable[str]) -> tuple[str, ...]:
    """``phrases`` normalised, without blanks or repeats, longest first: :func:`first_phrase` then
    finds the whole phrase a text names (``dewan juri``, not ``juri``), which a reason quotes."""
    return tuple(sorted({w for w in (normalise(p) for p in phrases) if w}, key=len, reverse=True))


def content_word(word: str) -> bool:
    """A word that can name a subject of its own: letters only and longer than three (connectives,
    prepositions and units such as ``dan``, ``pada``, ``per`` are shorter; figures and codes are no
    words)."""
    return len(word) > _SHORT_WORD and word.isalpha()


_SHORT_WORD = 3


def first_phrase(text: str, phrases: Iterable[str]) -> str | None:
    """The first of ``phrases`` that stands whole (between word boundaries) in ``text``; both
    already normalised."""
    padded = f" {text} "
    return next((phrase for phrase in phrases if f" {phrase} " in padded), None)


def tokens(text: str | None) -> list[str]:
    """Content tokens of the normalised text (stopwords dropped, order kept, repeats removed)."""
    seen: dict[str, None] = {}
    for token in _TOKEN.findall(normalise(text)):
        if token not in STOPWORDS:
            seen.setdefault(token, None)
    return list(seen)


# --- measurements and exclusive variants ------------------------------------------------------

_MEASURE_UNITS = VOCABULARY.measure_units
# Unit words longest first: a unit is read whole before a shorter one it begins with.
_UNIT_ALTERNATIVES = "|".join(sorted(_MEASURE_UNITS, key=len, reverse=True))
_MEASURE = re.compile(r"(\d+(?:\.\d+)?) (" + _UNIT_ALTERNATIVES + r")\b")

# Words of one family exclude each other: an A4 line must not take an F4 price.
EXCLUSIVE_FAMILIES = VOCABULARY.exclusive_families


_PACK_SIZE = re.compile(r"\bisi (\d+)\b")
# ``maks. 100 halaman``: up to 100 pages, kept as the range 0-100 (``24 s d 48`` is a range).
# Not after a number of its own (``24 s d 48`` is a range), but after a name ending in a digit
# (``a4 s d 100 halaman`` is A4 paper of up to 100 pages).
_MEASURE_CEILING = re.compile(
    r"(?<!\d)(?<!(?<![a-z])\d )\b(?:"
    + "|".join(re.escape(w) for w in sorted(VOCABULARY.upper_bounds, key=len, reverse=True))
    + r")\.? ?(\d+(?:\.\d+)?) ("
    + _UNIT_ALTERNATIVES
    + r")\b"
    if VOCABULARY.upper_bounds
    else r"(?!)"
)
_MEASURE_RANGE = re.compile(
    r"(?<![a-z\d.])(\d+(?:\.\d+)?) ?(?:-|–|s d|sampai dengan|sampai|hingga) ?(\d+(?:\.\d+)?) ("
    + _UNIT_ALTERNATIVES
    + r")\b"
)


def measurements(text: str | None) -> dict[str, set[str]]:
    """``70 gram``, ``32 gb``, ``1500 cc`` in the normalised text, grouped by unit; a pack size
    (``isi 100``) counts as a measurement, so a box of 1.000 labels is not a box of 100."""
    normalised = normalise(text)
    found: dict[str, set[str]] = {}
    # A ceiling (``maks. 100 halaman``) is the range from nothing up to it.
    for high, unit in _MEASURE_CEILING.findall(normalised):
        found.setdefault(_MEASURE_UNITS[unit], set()).add(f"0-{_trim(high)}")
    normalised = _MEASURE_CEILING.sub(" ", normalised)
    # A range (``24-48 halaman``) is kept whole; the single-value scan must not see its end.
    for low, high, unit in _MEASURE_RANGE.findall(normalised):
        found.setdefault(_MEASURE_UNITS[unit], set()).add(f"{_trim(low)}-{_trim(high)}")
    normalised = _MEASURE_RANGE.sub(" ", normalised)
    for number, unit in _MEASURE.findall(normalised):
        found.setdefault(_MEASURE_UNITS[unit], set()).add(_trim(number))
    for number in _PACK_SIZE.findall(normalised):
        found.setdefault("isi", set()).add(number)
    return found


def size_units(text: str | None) -> frozenset[str]:
    """The unit words the text writes only after a figure (the ``m`` of ``Baliho 2 x 4 m``, the
    ``cm`` of ``Tiang 90 cm``): they state a size, which :func:`measurements` compares, and name
    no part of the item."""
    normalised = normalise(text)
    units = {unit for _, unit in _MEASURE.findall(normalised)}
    return frozenset(units - set(tokens(_MEASURE.sub(" ", normalised))))


def _trim(number: str) -> str:
    return number.rstrip("0").rstrip(".") if "." in number else number


def _within(value: str, other: str) -> bool:
    """``32`` lies within ``24-48``; equal values and equal ranges agree too."""
    if value == other:
        return True
    if "-" not in other or "-" in value:
        return False
    low, high = (float(part) for part in other.split("-"))
    return low <= float(value) <= high


def measures_agree(mine: AbstractSet[str], theirs: AbstractSet[str]) -> bool:
    """Measurements of one unit agree when one side's values all fit the other's."""
    return all(any(_within(v, o) or _within(o, v) for o in theirs) for v in mine) or all(
        any(_within(o, v) or _within(v, o) for v in mine) for o in theirs
    )


def ryzen_aware(tokens_: list[str]) -> set[str]:
    words = set(tokens_)
    for a, b in pairwise(tokens_):
        if a == "ryzen" and b in ("3", "5", "7", "9"):
            words.add(f"ryzen{b}")
    return words


# --- units (satuan) -----------------------------------------------------------------------------

UNIT_CANON = VOCABULARY.unit_canon
_KNOWN_UNITS = frozenset(part for unit in UNIT_CANON.values() for part in unit.split())
# Words that join the parts of a compound unit and carry no meaning (``Orang per Hari``).
_UNIT_JOINERS = VOCABULARY.unit_joiners


# Glyphs a scan's OCR puts for a letter of a unit word (``Harl``, ``Unlt``, ``0rang``, ``Ltr``).
# More readings of one scanned unit than this: too garbled to say which.
MAX_UNIT_READINGS = 4
_UNIT_GLYPHS = (("l", "i"), ("1", "i"), ("1", "l"), ("i", "l"), ("0", "o"), ("rn", "m"), ("5", "s"))


def repaired_unit(word: str) -> str | None:
    """The known unit an unknown unit word is one look-alike glyph away from (``harl`` → ``hari``),
    or None: a unit read by OCR must still meet the catalogue's. Only a known unit is returned, so
    a word that is no misreading stays as written."""
    for glyph, letter in _UNIT_GLYPHS:
        start = word.find(glyph)
        while start != -1:
            candidate = word[:start] + letter + word[start + len(glyph) :]
            if candidate in UNIT_CANON:
                return UNIT_CANON[candidate]
            start = word.find(glyph, start + 1)
    return None


# Unit words an unknown word of a scanned unit may be a letter from: whole words, not the two-letter
# abbreviations (``oh``, ``bh``) every short misreading is one letter from.
_SNAPPABLE_UNITS = tuple(sorted(word for word in UNIT_CANON if word.isalpha() and len(word) >= 3))
_UNIT_LETTERS = re.compile(r"[a-z]+")


def _near_units(word: str) -> list[str]:
    """The canonical units ``word`` is one letter (changed, lost or added) from, or itself."""
    if word in UNIT_CANON or _unit_word(word) != word or len(word) < 3:
        return [_unit_word(word)]
    near = {UNIT_CANON[u] for u in _SNAPPABLE_UNITS if Levenshtein.distance(word, u, score_cutoff=1) == 1}
    return sorted(near) or [word]


def unit_readings(satuan: str | None) -> list[str]:
    """The known units a scanned unit the vocabulary does not know may have been printed as, each
    unknown word read as a unit word one letter from it (``Buan``: ``buah`` or ``bulan``); none
    when it is known, or a word is no unit's misreading. Which one, only the line's catalogue row
    can say (the caller keeps a reading only when a row in that unit prices the line)."""
    if not satuan or known_unit(satuan):
        return []
    words = _UNIT_LETTERS.findall(_UNIT_GLOSS.sub(" ", satuan).lower())
    readings = [""]
    for word in (w for w in words if w not in _UNIT_JOINERS):
        options = _near_units(word)
        readings = [f"{r} {o}".strip() for r in readings for o in options]
        if len(readings) > MAX_UNIT_READINGS:
            return []
    found = [canonical_unit(r) or r for r in readings]
    return sorted({r for r in found if known_unit(r)})


def _unit_word(word: str) -> str:
    known = UNIT_CANON.get(word) or SYNONYMS.get(word)
    return known or repaired_unit(word) or word


_UNIT_GLOSS = re.compile(r"\s*\([^()\d]*\)")


@lru_cache(maxsize=4096)
def canonical_unit(satuan: str | None) -> str | None:
    if not satuan:
        return None
    # A gloss in brackets explains the unit (``OH (malam)``, ``OP (orang/peserta)``); a bracket
    # with a number says its contents (``Buku (isi 50 set)``) and stays.
    text = _UNIT_GLOSS.sub(" ", satuan).strip() or satuan
    text = re.sub(r"[./\\-]+", " ", text.lower()).strip()
    text = re.sub(r"\s+", " ", text)
    whole = UNIT_CANON.get(text) or UNIT_CANON.get(text.replace(" ", ""))
    if whole:
        return whole
    # A compound unit part by part, so that ``User/Thn`` meets ``User/Tahun``.
    parts = [_unit_word(p) for p in text.split(" ") if p not in _UNIT_JOINERS]
    joined = " ".join(parts)
    return UNIT_CANON.get(joined) or joined or None


def unit_code(satuan: str | None) -> str:
    """A unit as a code is compared: its letters and digits upper-cased, without a gloss
    (``O.T.``, ``ot (orang/tahun)`` → ``OT``)."""
    return re.sub(r"[\W_]+", "", _UNIT_GLOSS.sub(" ", satuan or "")).upper()


def known_unit(satuan: str | None) -> bool:
    """Whether every word of ``satuan`` is a unit the vocabulary knows (after OCR repairs)."""
    canonical = canonical_unit(satuan)
    return bool(canonical) and all(part in _KNOWN_UNITS for part in (canonical or "").split())


_CONTENTS_CLAUSE = re.compile(r"\s+(?:isi|berisi)\s+\d.*$", re.IGNORECASE)


def counted_unit(satuan: str | None) -> str | None:
    """The unit a pack is counted in, without what it holds (``Box isi 5 rim`` → ``Box``): a
    unit that says its contents is as known as the unit it is."""
    return _CONTENTS_CLAUSE.sub("", satuan) if satuan else satuan


def units_compatible(a: str | None, b: str | None) -> bool | None:
    """True/False when both units are known, None when one is missing (cannot tell)."""
    ua, ub = canonical_unit(a), canonical_unit(b)
    if ua is None or ub is None:
        return None
    return ua == ub
