"""Text accuracy measures used by the OCR benchmark and the OCR tests."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

_SPACES = re.compile(r"\s+")


def normalise_whitespace(text: str) -> str:
    """Layout (line breaks, column padding) is not content: compare texts word-spaced."""
    return _SPACES.sub(" ", text).strip()


def character_error_rate(reference: str, hypothesis: str) -> float:
    """Edit distance per reference character, after whitespace normalisation."""
    ref, hyp = normalise_whitespace(reference), normalise_whitespace(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return Levenshtein.distance(ref, hyp) / len(ref)
