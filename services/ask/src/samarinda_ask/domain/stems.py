"""The stem the ask service compares words by: the shared (Lucene-compatible) stemmer, except that
a final "-i" after a vowel stays on.

The shared stemmer cuts "-i" as a verb suffix, but after a vowel it is nearly always part of the
root ("pantai", "survei", "lantai"): cutting it makes one word read as another ("pandai" as
"panda") and one root read two ways ("capaian" keeps its "i", "capai" loses it). The search
index keeps the shared stemmer (retrieval still finds both); only the comparison is stricter.
"""

from __future__ import annotations

import functools

from samarinda_common.indonesian_text import PARTICLES, POSSESSIVES
from samarinda_common.indonesian_text import stem as shared_stem

_VOWELS = frozenset("aeiou")
# What the stemmer takes off after the suffix: particles and possessives ("pantainya").
_ENDINGS = ("", *POSSESSIVES, *PARTICLES)


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    cut = shared_stem(word)
    if cut[-1:] in _VOWELS and any(word.endswith(cut + "i" + ending) for ending in _ENDINGS):
        return cut + "i"
    return cut
