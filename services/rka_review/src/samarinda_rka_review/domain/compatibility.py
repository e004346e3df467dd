"""The match stage's decision: can this catalogue row price this line at all?

Parse → normalise → match (:mod:`candidates` → **compatibility** → score) → judge → explain.
However alike their words, a row is not the line's reference when

* a variant excludes it (A4/F4, i5/i7, dalam/luar kota: ``exclusive_families`` of
  ``vocabulary.toml``; the line's account name speaks for it only where the line is silent);
* what is paid for differs (renting, maintaining or printing an item is not buying it);
* the specifications conflict (70 vs 80 gram, 8 vs 16 GB, PVC vs HDPE, 2" vs 4": :mod:`specs`);
* the units measure different things and cannot be converted (``Buah`` vs ``Kg``).

Each refusal carries its reason (Bahasa Indonesia) so that a missing reference is explained.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from enum import Enum

from samarinda_rka_review.domain.candidates import NATURE_WORDS, CatalogueRow
from samarinda_rka_review.domain.normalisation import NormalisedItem, UnitConversion, unit_conversion
from samarinda_rka_review.domain.quantities import pack_of_packs
from samarinda_rka_review.domain.rules import REVIEW, UNITS
from samarinda_rka_review.domain.specs import conflicting_attribute
from samarinda_rka_review.domain.taxonomy import ItemCategory
from samarinda_rka_review.domain.text import (
    EXCLUSIVE_FAMILIES,
    canonical_unit,
    normalise,
    tokens,
    unit_code,
    units_compatible,
)

# Meals are priced per serving: a box, a pack or "per orang per kali" are the same quantity.
SERVING_UNITS = REVIEW.matching.serving_units
# A rate per day/month/year also prices one unit for one such period (``Paket`` vs ``Paket/Hari``).
PERIODS = REVIEW.matching.periods
# A thing counted per period is hired (``Unit/Hari``); people per period are paid (``OH``).
HIRED_COUNTS = REVIEW.matching.hired_counts
RENTAL_NATURE = REVIEW.matching.rental_nature
# Units written otherwise that price the same quantity (``Jam`` vs ``OJ``): units.toml.
# Words that may come before a nature word at the head of a line (``Biaya``, ``Jasa``).
NATURE_LEADS = REVIEW.matching.nature_leads
SAME_QUANTITY = frozenset(frozenset(pair) for pair in UNITS.same_quantity)
# A koefisien rarely multiplies more than four factors; beyond that a satuan is not a koefisien.
MAX_KOEFISIEN_FACTORS = 4
_COUNT = re.compile(r"\d+(?:[.,]\d+)*")


class Refusal(Enum):
    VARIANT = "varian berbeda"
    NATURE = "jenis belanja berbeda"
    SPEC = "spesifikasi berbeda"
    UNIT = "satuan berbeda"


@dataclass(frozen=True)
class LineFacts:
    """What compatibility needs to know of a line (computed once per line)."""

    words: AbstractSet[str]  # its normalised words, with a nature its category implies
    context: AbstractSet[str]  # words of its account name and unit that are not its own
    nature: AbstractSet[str]  # what its head says is paid for (``sewa``, ``cetak``...)
    normalised: NormalisedItem
    # Its words that no catalogue row of its account's variant has (a destination that only rows
    # of another variant name): see :func:`variant_conflict`.
    beyond_context: AbstractSet[str] = frozenset()
    # The unit words its name writes only as a size's (:func:`text.size_units`).
    sizes: AbstractSet[str] = frozenset()


@dataclass(frozen=True)
class Compatibility:
    refusal: Refusal | None = None
    reason: str | None = None  # why refused, for the reviewer
    spec_conflict: tuple[str, str] | None = None  # (kind, key) from specs.conflicting_attribute
    # Whether the units agree (None: a side has no unit, so it cannot be told).
    unit_compatible: bool | None = None
    conversion: UnitConversion | None = None  # how the row's price reads per the line's unit

    @property
    def compatible(self) -> bool:
        return self.refusal is None


def variant_conflict(
    words: AbstractSet[str],
    context: AbstractSet[str],
    row_words: AbstractSet[str],
    beyond_context: AbstractSet[str] = frozenset(),
) -> tuple[str, str] | None:
    """The line's and the row's words of one exclusive family when they differ (``a4``, ``f4``).

    The account's variant speaks only for a line silent on it, and only against rows that share
    nothing with the line beyond what rows of that variant have: a trip whose line names a city
    that only the out-of-town rows name is priced by them, whatever account it was booked to (a
    wrong account is the account check's finding, not a missing price)."""
    for family in EXCLUSIVE_FAMILIES:
        said = words & family
        mine = said or (context & family)
        theirs = row_words & family
        if not said and row_words & beyond_context:
            continue
        if mine and theirs and not mine & theirs:
            return "/".join(sorted(mine)), "/".join(sorted(theirs))
    return None


def leading_nature(head: str) -> frozenset[str]:
    """What a line's head says is paid for: its nature words before the first word that names a
    good (``Biaya sewa podium`` → ``sewa``; ``Toner fotokopi`` → nothing, it is toner)."""
    found: set[str] = set()
    for word in tokens(head):
        if word in NATURE_WORDS:
            found.add(word)
        elif word not in NATURE_LEADS:
            break
    return frozenset(found)


def nature_conflict(nature: AbstractSet[str], words: AbstractSet[str], row: CatalogueRow) -> str | None:
    """What one side pays for that the other does not (a rental row for a purchase line, or the
    reverse), or None."""
    row_nature = NATURE_WORDS & set(row.name)
    missing = row_nature - words
    if missing:
        return "/".join(sorted(missing))
    extra = nature - row.nature - row.words
    return "/".join(sorted(extra)) if extra else None


def _same_priced_unit(mine: str, theirs: str, row: CatalogueRow) -> bool:
    if mine == theirs:
        return True
    if row.category is ItemCategory.FOOD and {mine, theirs} <= SERVING_UNITS:
        return True
    if frozenset((mine, theirs)) in SAME_QUANTITY:
        return True
    return any(mine == f"{theirs} {period}" or theirs == f"{mine} {period}" for period in PERIODS)


def hired_by_period(satuan: str | None) -> frozenset[str]:
    """The rental nature a line's unit implies: a thing counted per day/month/year
    (``Paket/Hari``, ``Unit/Bulan``) is hired whether or not its name says ``Sewa``."""
    unit = canonical_unit(satuan)
    factors = unit.split() if unit else []
    if len(factors) == 2 and factors[0] in HIRED_COUNTS and factors[1] in PERIODS:
        return RENTAL_NATURE
    return frozenset()


def koefisien_factors(unit: str) -> list[str]:
    """The units a compound koefisien unit still prices once some of its factors are dropped
    (``Kelompok/Hari/Liter`` → ``kelompok hari``, ``kelompok liter``, …, ``liter``), longest first.

    An RKA writes the Satuan of ``12 Desa x 20 Liter`` as ``Desa/Liter``: the price is still per
    liter, the other factors only count how many liters are bought."""
    words = unit.split()
    if len(words) < 2 or len(words) > MAX_KOEFISIEN_FACTORS:
        return []
    # A unit with a count in it is one pack of stated contents (``Box isi 5 rim``, ``Karung 5
    # kg``), priced per pack: its contents are converted (:mod:`normalisation`), never dropped;
    # so is a unit with a number word in it (``Rb batang``: a thousand stems) and a fixed pack of
    # boxes (``Lusin kotak``: twelve boxes).
    if any(_COUNT.fullmatch(word) or word in UNITS.multipliers for word in words) or pack_of_packs(unit):
        return []
    kept = (
        [word for i, word in enumerate(words) if mask >> i & 1] for mask in range(1, (1 << len(words)) - 1)
    )
    units = {canonical_unit(" ".join(factors)) for factors in kept}
    return sorted((u for u in units if u), key=lambda u: -len(u.split()))


def units_fit(satuan: str | None, row: CatalogueRow) -> bool | None:
    """Whether the line's unit names the row's: True, False, or None when a side has none. A
    compound koefisien unit fits a row priced per some of its factors (``Desa/Liter`` vs
    ``Liter``, ``Orang/Jam/Kali`` vs ``OJ``)."""
    compatible = units_compatible(satuan, row.reference.satuan)
    if compatible is not False:
        return compatible
    if written_as_code(satuan, row):
        return True
    mine, theirs = canonical_unit(satuan), row.unit
    if mine is None or theirs is None:
        return compatible
    if _same_priced_unit(mine, theirs, row):
        return True
    rented_for = rental_period(row)
    rented = canonical_unit(f"{row.reference.satuan}/{rented_for}") if rented_for is not None else None
    if rented is not None and _same_priced_unit(mine, rented, row):
        return True
    return any(_same_priced_unit(factors, theirs, row) for factors in koefisien_factors(mine))


def written_as_code(satuan: str | None, row: CatalogueRow) -> bool:
    """Whether the line writes its unit as the code the row's catalogue prints and explains in a
    legend (``PT`` for a row per ``paket/tahun``): the row's unit, whatever the vocabulary would
    read the bare code as."""
    code = row.reference.satuan_kode
    return bool(satuan and code) and unit_code(satuan) == unit_code(code)


def rental_period(row: CatalogueRow) -> str | None:
    """The period a rental row's text says its price is for (``Sewa tenda``, ``harga per
    bulan``, per ``Buah``): its unit is rented for that period, so it prices a line per
    ``Buah/Bulan`` or per ``Bulan`` of rent."""
    if not row.nature & RENTAL_NATURE:
        return None
    text = normalise(f"{row.reference.uraian} {row.reference.spesifikasi or ''}")
    return next((period for period in PERIODS if re.search(rf"\bper {period}\b", text)), None)


def judge(line: LineFacts, satuan: str | None, row: CatalogueRow) -> Compatibility:
    """Whether ``row`` may price ``line``; the first reason it may not, in the order above."""
    variant = variant_conflict(line.words, line.context, row.words, line.beyond_context)
    if variant is not None:
        return Compatibility(Refusal.VARIANT, f"{Refusal.VARIANT.value} ({variant[0]} lawan {variant[1]})")
    nature = nature_conflict(line.nature, line.words, row)
    if nature is not None:
        return Compatibility(Refusal.NATURE, f"{Refusal.NATURE.value} ({nature})")
    conflict = conflicting_attribute(line.normalised.specs, row.normalised.specs)
    if conflict is not None:
        return Compatibility(Refusal.SPEC, Refusal.SPEC.value, spec_conflict=conflict)
    compatible = units_fit(satuan, row)
    converted = None
    if compatible is not True:
        converted = unit_conversion(line.normalised, row.normalised)
        compatible = True if converted is not None else compatible
    if compatible is False:
        return Compatibility(Refusal.UNIT, Refusal.UNIT.value, unit_compatible=False)
    return Compatibility(unit_compatible=compatible, conversion=converted)
