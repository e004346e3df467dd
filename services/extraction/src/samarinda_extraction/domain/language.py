"""Indonesian or English? Stop-word counting is enough for government documents."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zA-Z]+")
_INDONESIAN = frozenset({
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "ini", "itu", "adalah",
    "atau", "tidak", "akan", "oleh", "sebagai", "juga", "bahwa", "tersebut", "telah", "dapat", "kami",
    "kita", "mereka", "sudah", "belum", "serta", "para", "tahun", "sebesar", "harga", "satuan",
    "belanja", "kegiatan", "bidang", "kota", "dinas",
})  # fmt: skip
_ENGLISH = frozenset({
    "the", "and", "of", "to", "in", "for", "with", "on", "is", "are", "this", "that", "be", "by", "as",
    "at", "from", "or", "not", "will", "have", "has", "was", "were", "which", "it", "an", "these",
    "those", "shall",
})  # fmt: skip
_MIN_HITS = 3


def detect_language(text: str) -> str | None:
    """ISO 639-1 code ("id" or "en"), or None when the text is too short or has no prose."""
    words = [w.lower() for w in _WORD.findall(text[:200_000])]
    indonesian = sum(1 for w in words if w in _INDONESIAN)
    english = sum(1 for w in words if w in _ENGLISH)
    if max(indonesian, english) < _MIN_HITS:
        return None
    return "id" if indonesian >= english else "en"
