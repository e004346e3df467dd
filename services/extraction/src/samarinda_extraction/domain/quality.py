"""Text accuracy measures used by the OCR benchmark and the OCR tests."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

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


# Words Tesseract is at least this sure of count as read.
CONFIDENT_WORD = 60.0
UNREADABLE_WORD = 40.0

# Page confidence = 100 × (1 − expected CER), interpolated from the length-weighted mean
# Tesseract word confidence. Checked against measured CER on the dev set (bench/devset.py,
# blind_eval.py --json, calibrate.py --devset): see the README's "Page confidence".
CALIBRATION: tuple[tuple[float, float], ...] = (
    (0.0, 1.0),
    (50.0, 0.6),
    (70.0, 0.364),
    (80.0, 0.175),
    (90.0, 0.039),
    (95.0, 0.002),
    (100.0, 0.0),
)


def confident_characters(words: list[tuple[str, float]]) -> int:
    """How much text a reading holds that Tesseract vouches for: the measure two readings of the
    same page are compared by."""
    return sum(len(text) for text, confidence in words if confidence >= CONFIDENT_WORD)


# Two texts of a page hold about the same when one's size is at least this share of the other's;
# one reads the page's rows whole when its lines hold this many times as many words as the
# other's, on average.
_SAME_TEXT = 0.9
_LONGER_LINES = 1.2


def reads_rows_whole(size: int, words_per_line: float, other_size: int, other_words_per_line: float) -> bool:
    """Whether a text (or a reading: ``size`` its characters, or those read confidently) holds
    about as much as another in clearly longer lines: the other broke the page's rows apart (a
    skewed or photographed page's sloping rows read cell by cell, an account table's amounts
    set apart from their names), which no count of characters sees, and loses each row's order."""
    return (
        size > 0
        and size >= _SAME_TEXT * other_size
        and words_per_line >= _LONGER_LINES * other_words_per_line
    )


def text_shape(text: str) -> tuple[int, float]:
    """A text's size (characters but spaces) and its words per line (blank lines aside)."""
    words = text.split()
    lines = sum(1 for line in text.splitlines() if line.strip())
    return sum(len(w) for w in words), len(words) / lines if lines else 0.0


def low_confidence_share(words: list[tuple[str, float]]) -> float:
    """Share of the characters in words Tesseract could hardly read."""
    total = sum(len(text) for text, _ in words)
    low = sum(len(text) for text, confidence in words if confidence < UNREADABLE_WORD)
    return low / total if total else 0.0


def calibrated_confidence(words: list[tuple[str, float]]) -> float:
    """Page confidence on a 0–100 scale that reads as "100 minus the expected CER in percent"."""
    if not words:
        return 0.0
    weight = sum(len(text) for text, _ in words)
    mean = sum(len(text) * confidence for text, confidence in words) / weight
    return round(100 * (1 - expected_cer(mean)), 1)


def expected_cer(mean_word_confidence: float, points: Sequence[tuple[float, float]] = CALIBRATION) -> float:
    x = min(max(mean_word_confidence, points[0][0]), points[-1][0])
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if x0 <= x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]
