"""Builders for the extraction service's tests: OCR words laid out as a page prints them."""

from __future__ import annotations

from samarinda_extraction.domain.ocr_tables import Word

HEIGHT = 30  # px: a text line's height in the built words


def line(y: int, x: int, *texts: str) -> list[Word]:
    """Words of one line from ``x`` on, each 20 px wide per letter, a word space (12 px) apart."""
    words = []
    for text in texts:
        words.append(Word(text=text, confidence=95.0, x0=x, y0=y, x1=x + 20 * len(text), y1=y + HEIGHT))
        x += 20 * len(text) + 12
    return words
