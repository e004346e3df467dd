"""The clause of a sentence that states a figure, so an answer repeats that figure's clause and
not the sentence's other figures (its parts, a standard, a neighbouring count): those stay in the
cited quote, where the reader sees them in their context."""

from __future__ import annotations

import re
from decimal import Decimal

from samarinda_ask.domain.figures import values_in

# Clauses end at a comma or semicolon followed by a space ("72,4" and "2.500,00" are numbers); a
# dash does not end one: "Januari - Juni" is a period.
_CLAUSE_END = re.compile(r"(?<=[,;])\s+")


def clause_stating(sentence: str, value: Decimal) -> str:
    """The one clause of ``sentence`` that prints ``value``; the whole sentence when none or
    several do (the figure's context is then not one clause)."""
    clauses = [c.strip().rstrip(",;").strip() for c in _CLAUSE_END.split(sentence)]
    stating = [c for c in clauses if c and value in values_in(c)]
    if len(clauses) < 2 or len(stating) != 1:
        return sentence
    return stating[0]
