"""Whether two documents speak of the same indicator: names compared word by word after the
words a writer may add or drop, the affixes of one root and the usual abbreviations are set
aside (``[names]`` in ``data/vocabulary.toml``), and units that must agree when both are stated.
Pure functions; the thresholds are data."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from samarinda_performance.domain.vocabulary import VOCABULARY, Vocabulary

_WORD = re.compile(r"[0-9a-z%]+(?:[/-][0-9a-z]+)*")
_CODE_PREFIX = re.compile(r"^\s*(?:[0-9]+(?:[.\-][0-9xX]+)*[.)]?|[a-zA-Z][.)]|[IVX]+[.)])\s+")
# The same unit written in different ways.
_UNIT_SPELLINGS = {"persen": "%", "prosen": "%", "hektar": "ha", "hektare": "ha", "kilometer": "km"}


def _root(word: str, vocabulary: Vocabulary) -> str:
    words = vocabulary.names
    for suffix in words.suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    for prefix in sorted(words.prefixes, key=len, reverse=True):
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            return word[len(prefix) :]
    return word


def name_words(name: str, vocabulary: Vocabulary = VOCABULARY) -> tuple[str, ...]:
    """The words of an indicator's name that tell it apart, each reduced to its root."""
    words = vocabulary.names
    text = _CODE_PREFIX.sub("", name).lower()
    text = re.sub(r"^(sub kegiatan|subkegiatan|kegiatan|program)\s*:?\s*", "", text)
    out: list[str] = []
    for token in _WORD.findall(text):
        expansion = words.abbreviations.get(token)
        parts = expansion.split() if expansion else re.split(r"[/-]", token) if "/" in token else [token]
        for part in parts:
            if part and part not in words.stopwords and part not in words.implied_words:
                out.append(_root(part, vocabulary))
    return tuple(out)


def same_indicator_name(a: str, b: str, vocabulary: Vocabulary = VOCABULARY) -> bool:
    """Two names of one indicator: the same words; one the other's with a qualifier or two more
    ("Angka Kematian Ibu" / "Angka Kematian Ibu Melahirkan"); or an OCR slip of the other."""
    words_a, words_b = name_words(a, vocabulary), name_words(b, vocabulary)
    if not words_a or not words_b:
        return False
    if words_a == words_b or sorted(words_a) == sorted(words_b):
        return True
    rules = vocabulary.names
    small, large = sorted((set(words_a), set(words_b)), key=len)
    if (
        small <= large
        and len(small) >= rules.min_shared_words
        and len(large - small) <= rules.max_extra_words
    ):
        return True
    if _a_short_word_differs(words_a, words_b, vocabulary):
        return False
    return fuzz.token_sort_ratio(" ".join(words_a), " ".join(words_b)) >= rules.same_name_ratio


def _a_short_word_differs(words_a: tuple[str, ...], words_b: tuple[str, ...], vocabulary: Vocabulary) -> bool:
    """Each name has a word the other lacks, and one of them is a short word nothing on the other
    side resembles ("... SD" / "... SMP"): two indicators, not an OCR slip of one."""
    rules = vocabulary.names
    only_a, only_b = set(words_a) - set(words_b), set(words_b) - set(words_a)
    if not only_a or not only_b:
        return False
    return any(
        len(word) <= rules.short_word_length
        and all(fuzz.ratio(word, other) < rules.short_word_ratio for other in others)
        for mine, others in ((only_a, only_b), (only_b, only_a))
        for word in mine
    )


def unit_key(unit: str | None) -> str | None:
    if unit is None or not unit.strip():
        return None
    text = re.sub(r"\s+", " ", unit.strip().lower())
    return _UNIT_SPELLINGS.get(text, text)


def units_agree(a: str | None, b: str | None) -> bool:
    """Units that do not rule out the same indicator: equal, or one of them not stated."""
    key_a, key_b = unit_key(a), unit_key(b)
    return key_a is None or key_b is None or key_a == key_b
