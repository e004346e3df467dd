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


# A clause opened by one of these tells another statement ("..., sedangkan bengkel yang ...
# lulus uji tahun 2030 sebanyak 41 unit"): what it names is not about the figure before it.
_OTHER_STATEMENT = re.compile(r"^(?:sedangkan|sementara(?:\s+itu)?|namun|tetapi|adapun)\b", re.IGNORECASE)


def statement_of(sentence: str, value: Decimal) -> str:
    """``sentence`` up to the clause that prints ``value`` and on to the next clause opened as
    another statement: the words that frame that figure (a year before it frames it, a year in
    a "sedangkan" clause after it is the other figure's). The whole sentence when no one clause
    prints the value."""
    clauses = _CLAUSE_END.split(sentence)
    stating = [i for i, c in enumerate(clauses) if value in values_in(c.rstrip(",; "))]
    if len(stating) != 1:
        return sentence
    end = next(
        (i for i in range(stating[0] + 1, len(clauses)) if _OTHER_STATEMENT.match(clauses[i])),
        len(clauses),
    )
    return " ".join(clauses[:end])
