"""An item's specification as typed attributes: measurements in base units, material and grade.

Two items whose attributes conflict are different items, however alike their names: a PVC pipe is
not an HDPE pipe, a 55 inch screen is not a 43 inch one, 8 GB is not 16 GB. Measurements written
in convertible units are compared after conversion (``1,5 liter`` = ``1500 ml``); inch sizes are
nominal trade sizes and meet inch sizes only (see ``units.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from samarinda_rka_review.domain.rules import UNITS
from samarinda_rka_review.domain.text import measurements, measures_agree, normalise, tokens
from samarinda_rka_review.domain.units import to_base

_GRADE_WORDS = "|".join(sorted(UNITS.grades, key=len, reverse=True))
# ``grade A``, ``mutu K-225``, ``mutu fc 25``, ``no. 105``, ``no.10``: a letter or two, a number, or both.
_GRADE = re.compile(r"\b(" + _GRADE_WORDS + r")(?:\.? |\.)([a-z]{0,2} ?-? ?\d+(?:\.\d+)?|[a-z]{1,2})\b")


@dataclass(frozen=True)
class Specs:
    # attribute (a base unit such as ``meter`` or a label such as ``inci``) → values in that unit
    measures: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # the same values as written, for explanations
    shown: Mapping[str, frozenset[str]] = field(default_factory=dict)
    materials: frozenset[str] = frozenset()
    grades: Mapping[str, frozenset[str]] = field(default_factory=dict)


def _in_base(value: str, magnitude: Decimal) -> str:
    """``value`` (a number or a ``low-high`` range) times ``magnitude``, as a plain number text."""
    parts = [Decimal(part) * magnitude for part in value.split("-")]
    return "-".join(_plain(part) for part in parts)


def _plain(number: Decimal) -> str:
    text = f"{number.normalize():f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@lru_cache(maxsize=65536)
def parse_specs(text: str | None) -> Specs:
    measures: dict[str, set[str]] = {}
    shown: dict[str, set[str]] = {}
    for label, values in measurements(text).items():
        expression = UNITS.physical.get(label)
        if expression is None or label in UNITS.nominal:
            key, converted = label, set(values)
        else:
            magnitude, key = to_base(expression)
            converted = {_in_base(value, magnitude) for value in values}
        measures.setdefault(key, set()).update(converted)
        shown.setdefault(key, set()).update(f"{value.replace('.', ',')} {label}" for value in values)
    materials = frozenset(UNITS.materials[word] for word in tokens(text) if word in UNITS.materials)
    grades: dict[str, set[str]] = {}
    for word, grade in _GRADE.findall(normalise(text)):
        grades.setdefault(UNITS.grades[word], set()).add(re.sub(r"[\s-]", "", grade))
    return Specs(
        measures={k: frozenset(v) for k, v in measures.items()},
        shown={k: frozenset(v) for k, v in shown.items()},
        materials=materials,
        grades={k: frozenset(v) for k, v in grades.items()},
    )


def _listed(values: frozenset[str]) -> str:
    return "/".join(sorted(values))


def conflicting_attribute(mine: Specs, theirs: Specs) -> tuple[str, str] | None:
    """The first attribute on which the two specifications disagree, as (kind, key), or None.
    Cheap: the matcher asks it of every candidate, and explains only the few it shows."""
    for key, values in mine.measures.items():
        other = theirs.measures.get(key)
        if other and not measures_agree(values, other):
            return "ukuran", key
    if mine.materials and theirs.materials and not mine.materials & theirs.materials:
        return "bahan", ""
    for attribute, values in mine.grades.items():
        other = theirs.grades.get(attribute)
        if other and not values & other:
            return attribute, attribute
    return None


def explain_conflict(mine: Specs, theirs: Specs, conflict: tuple[str, str]) -> str:
    """A conflict found by :func:`conflicting_attribute`, for the reviewer (Bahasa Indonesia)."""
    kind, key = conflict
    if kind == "ukuran":
        return f"ukuran berbeda ({_listed(mine.shown[key])} lawan {_listed(theirs.shown[key])})"
    if kind == "bahan":
        return f"bahan berbeda ({_listed(mine.materials).upper()} lawan {_listed(theirs.materials).upper()})"
    return f"{kind} berbeda ({_listed(mine.grades[key]).upper()} lawan {_listed(theirs.grades[key]).upper()})"


def spec_conflict(mine: Specs, theirs: Specs) -> str | None:
    """Why the two specifications describe different items (Bahasa Indonesia), or None."""
    conflict = conflicting_attribute(mine, theirs)
    return explain_conflict(mine, theirs, conflict) if conflict else None
