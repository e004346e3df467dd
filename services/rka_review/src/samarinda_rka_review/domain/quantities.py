"""A satuan read as an amount of a base unit, so that prices compare across packaging units.

``Box isi 50`` is 50 buah, ``Roll 305 m`` is 305 m, ``Sak 50 kg`` is 50 kg, ``Lusin`` is 12 buah,
``Ton`` is 1.000 kg. A bare container (``Box``, ``Roll``) holds what the item's text says
(``isi 50``; for a roll of cable a lone length such as ``305 m``); otherwise its contents are
unknown and it compares with the same container only. Physical units come from pint, packaging
units from ``units.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from samarinda_rka_review.domain.rules import UNITS, VOCABULARY
from samarinda_rka_review.domain.specs import parse_specs
from samarinda_rka_review.domain.text import canonical_unit, known_unit, normalise
from samarinda_rka_review.domain.units import to_base

_NUMBER = re.compile(r"(?<![a-z\d])(\d+(?:[.,]\d+)*)")
# Words between a container and its contents (``Box isi 50``, ``Sak @ 50 kg``, ``per 305 m``).
_FILLER = {"isi", "berisi", "per", "@", "=", "x", "a"}
_CONTENTS_WORDS = {"isi", "berisi"}
# The container a pack of an unknown name stands for (only its stated contents count).
_UNNAMED_PACK = "kemasan"
_CONTENTS = re.compile(r"\bisi (?P<count>\d+(?:[.,]\d+)*)(?: (?P<unit>[a-z]+))?")
# ``1 box = 5 rim``: the container named, then what one of it equals.
_EQUALS = re.compile(r"\b1 (?P<box>[a-z]+) = (?P<count>\d+(?:[.,]\d+)*)(?: (?P<unit>[a-z]+))?")
# ``roll 50 m``, ``jerigen 5 liter``: a container named with what it holds.
_NAMED_CONTENTS = re.compile(r"\b(?P<box>[a-z]+) (?P<count>\d+(?:[.,]\d+)*) ?(?P<unit>[a-z]+)\b")
# ``3 x 7 m``, ``60x160 cm`` in normalised text (decimals written with a point).
# A piece's size (``lebar 36 mm``), up to the next separator or the next measure named.
_SIZE_OF_PIECE = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(UNITS.sizes))})\b[^,;—–]*?(?=[,;—–]|\bpanjang\b|\bisi\b|$)"
)
_DIMENSIONS = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?) ?x ?(\d+(?:\.\d+)?) ?([a-z]+)\b")
AREA = "meter ** 2"


@dataclass(frozen=True)
class Amount:
    """One unit of a line or a catalogue row, in a base unit (``buah``, ``lembar``, ``kilogram``,
    ``meter``, ``meter ** 3``...)."""

    value: Decimal
    base: str


# One whole item (``Buah``, ``Unit``), and the count units a flat piece is also counted in.
PIECE = Amount(Decimal(1), "buah")
PIECES = frozenset({"buah", "lembar"})


def piece_area(text: str | None) -> Amount | None:
    """The area of a flat piece whose text gives its width and height in lengths (``Baliho 3 x 7
    m`` is 21 m2); None when the text gives no size, or two different ones."""
    areas = set()
    for width, height, word in _DIMENSIONS.findall(normalise(text)):
        unit = VOCABULARY.measure_units.get(word, word)
        expression = UNITS.physical.get(unit)
        if expression is None or unit in UNITS.nominal:
            continue
        magnitude, base = to_base(expression)
        if base == "meter":
            areas.add(Decimal(width) * Decimal(height) * magnitude * magnitude)
    return Amount(areas.pop(), AREA) if len(areas) == 1 else None


def _number(text: str) -> Decimal:
    """``1.000`` is a thousand, ``0,5`` a half, ``1.5`` one and a half."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return Decimal(text.replace(".", ""))
    return Decimal(text.replace(".", "").replace(",", ".") if "," in text else text)


def _words(satuan: str) -> str:
    text = re.sub(r"[/\\:()\-]+", " ", satuan.lower())
    return re.sub(r"\s+", " ", text.replace("@", " @ ")).strip()


def _measured_bases() -> frozenset[str]:
    """The base units a pack's contents may be counted in: physical quantities, the pieces of a
    fixed pack (lusin, rim) and the count units units.toml pairs as one quantity (buah, lembar)."""
    physical = (expression for unit, expression in UNITS.physical.items() if unit not in UNITS.nominal)
    bases = {to_base(expression)[1] for expression in physical}
    bases |= {pack.of for pack in UNITS.fixed_packs.values()}
    bases |= {unit for pair in UNITS.same_quantity for unit in pair}
    return frozenset(bases)


def _single(unit: str | None) -> Amount | None:
    """One canonical unit in base units; None for a container of unknown contents."""
    if not unit or unit in UNITS.containers:
        return None
    expression = UNITS.physical.get(unit)
    if expression is not None and unit not in UNITS.nominal:
        magnitude, base = to_base(expression)
        return Amount(magnitude, base)
    pack = UNITS.fixed_packs.get(unit)
    if pack is not None:
        inner = _single(canonical_unit(pack.of))
        return Amount(pack.holds * inner.value, inner.base) if inner else None
    return Amount(Decimal(1), unit)


def _head_unit(head: str, counted: bool) -> str | None:
    """The unit a satuan's words before its count name (``Box isi`` → ``kotak``). A word the
    vocabulary knows as no unit at all but said to hold a count (``Peti isi 10``) is a pack of
    its own name: however a seller calls the pack, ``isi N`` says what it holds."""
    said = head.split()
    words = [w for w in said if w not in _FILLER]
    unit = canonical_unit(" ".join(words)) if words else None
    if counted and unit is not None and _CONTENTS_WORDS & set(said) and not known_unit(unit):
        return _UNNAMED_PACK
    return unit


def container(satuan: str | None) -> str | None:
    """The container a satuan names (``Box isi 50`` → ``kotak``), if it names one."""
    if not satuan:
        return None
    parts = _NUMBER.split(_words(satuan), maxsplit=1)
    unit = _head_unit(parts[0], counted=len(parts) > 1)
    return unit if unit in UNITS.containers or unit == _UNNAMED_PACK else None


_MEASURED_BASES = _measured_bases()


def _contents_from_text(box: str, text: str | None) -> Amount | None:
    """What a bare container holds by the item's own words (``isi 50``, ``1 box = 5 rim``,
    ``305 m``)."""
    normalised = normalise(text)
    found = _CONTENTS.search(normalised) or next(
        (m for m in _EQUALS.finditer(normalised) if canonical_unit(m["box"]) == box), None
    )
    if found:
        inner = _single(canonical_unit(found["unit"])) if found["unit"] else None
        if inner is None or inner.base in UNITS.containers or inner.base not in _MEASURED_BASES:
            # ``isi 1.000 label``, ``isi 50 tes``: pieces, whatever the piece is called
            inner = Amount(Decimal(1), "buah")
        value = _number(found["count"]) * inner.value
        return Amount(value, inner.base) if value > 0 else None
    named = _named_contents(box, normalised)
    if named is not None:
        return named
    specs = parse_specs(_SIZE_OF_PIECE.sub(" ", text or ""))
    for expression in UNITS.containers[box]:
        _, base = to_base(expression)
        values = specs.measures.get(base, frozenset())
        if len(values) == 1 and "-" not in next(iter(values)):
            return Amount(Decimal(next(iter(values))), base)
    return None


def _named_contents(box: str, normalised: str) -> Amount | None:
    """The contents the text gives right after the container's own name (``kabel 2,5 mm, roll
    50 m``): they hold whatever other measures the text gives (the core of a cable)."""
    bases = {to_base(expression)[1] for expression in UNITS.containers[box]}
    for found in _NAMED_CONTENTS.finditer(normalised):
        if canonical_unit(found["box"]) != box:
            continue
        inner = _single(canonical_unit(found["unit"]))
        value = _number(found["count"]) * inner.value if inner is not None else Decimal(0)
        if inner is not None and inner.base in bases and value > 0:
            return Amount(value, inner.base)
    return None


def _counted_set(number: str, tail: str) -> Amount | None:
    """``Set 5 nomor``, ``Set isi 6 buah``: so many pieces, whatever the words after the count
    call them (a colour, a size), unless they name a measured unit."""
    count = _number(number)
    inner = _single(canonical_unit(tail)) if tail.strip() else None
    if inner is None or inner.base not in _MEASURED_BASES:
        inner = PIECE
    return Amount(count * inner.value, inner.base) if count > 0 else None


def pack_of_packs(unit: str) -> bool:
    """Whether a unit is a fixed pack of containers (``Lusin kotak``, ``Kodi dus``): so many of
    the container, each holding what it holds, rather than a koefisien of two units."""
    first, _, rest = _words(unit).partition(" ")
    return canonical_unit(first) in UNITS.fixed_packs and canonical_unit(rest) in UNITS.containers


@lru_cache(maxsize=16384)
def unit_amount(satuan: str | None, text: str | None = None) -> Amount | None:
    """How much one ``satuan`` is in a base unit; ``text`` (the item's uraian and spec) tells
    what a bare container holds. None when the amount cannot be known."""
    if not satuan:
        return None
    words = _words(satuan)
    first, _, rest = words.partition(" ")
    if first in UNITS.multipliers and rest:
        each = unit_amount(rest, text)
        return Amount(each.value * UNITS.multipliers[first], each.base) if each is not None else None
    if pack_of_packs(words):
        # ``Lusin kotak``: a dozen of the box named after it, not a dozen pieces
        each = unit_amount(rest, text)
        holds = UNITS.fixed_packs[canonical_unit(first) or ""].holds
        return Amount(each.value * holds, each.base) if each is not None else None
    parts = _NUMBER.split(words, maxsplit=1)
    if len(parts) == 1:
        unit = canonical_unit(words)
        if unit in UNITS.containers:
            return _contents_from_text(unit, text)
        return _single(unit)
    head, number, tail = parts
    head_unit = _head_unit(head, counted=True)
    if head_unit in UNITS.counted_sets:
        return _counted_set(number, tail)
    packs = head_unit is None or head_unit in UNITS.containers or head_unit in UNITS.fixed_packs
    if not packs and head_unit != _UNNAMED_PACK:
        return None  # ``Paket 2 orang`` and the like: not a packaging of a base unit
    tail_words = tail.split()
    inner = _single(canonical_unit(tail)) if tail_words else Amount(Decimal(1), "buah")
    if inner is None and tail_words:
        first = canonical_unit(tail_words[0])
        # A pack of packs (``Peti isi 6 dus``): so many of the inner container, whatever it holds.
        inner = Amount(Decimal(1), first) if first in UNITS.containers else _single(first)
    value = _number(number) * inner.value if inner is not None else Decimal(0)
    return Amount(value, inner.base) if inner is not None and value > 0 else None
