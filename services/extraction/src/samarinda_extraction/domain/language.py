"""Indonesian or English? Stop-word counting is enough for government documents."""

from __future__ import annotations

import re

from samarinda_extraction.domain.vocabulary import VOCABULARY

_WORD = re.compile(r"[a-zA-Z]+")
_INDONESIAN = VOCABULARY.language.indonesian
_ENGLISH = VOCABULARY.language.english
_MIN_HITS = VOCABULARY.language.min_hits


def detect_language(text: str) -> str | None:
    """ISO 639-1 code ("id" or "en"), or None when the text is too short or has no prose."""
    words = [w.lower() for w in _WORD.findall(text[:200_000])]
    indonesian = sum(1 for w in words if w in _INDONESIAN)
    english = sum(1 for w in words if w in _ENGLISH)
    if max(indonesian, english) < _MIN_HITS:
        return None
    return "id" if indonesian >= english else "en"
