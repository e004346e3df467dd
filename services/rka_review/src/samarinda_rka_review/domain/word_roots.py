"""The roots of derived Indonesian words, to compare an item's words with a sub-kegiatan's."""

from __future__ import annotations

import re

from samarinda_rka_review.domain.text import normalise

# The shortest root a derived word is read back to (``las`` in ``pengelasan``).
ROOT = 3
# Nominal and verbal affixes of a derived word, the prefix's nasal read back to the consonant it
# replaced (``pe-mantau-an`` → ``pantau``, ``pe-nyuluh-an`` → ``suluh``, ``men-jahit`` → ``jahit``).
_DERIVED = re.compile(
    r"^(?P<prefix>penge|peng|peny|pem|pen|per|pe|menge|meng|meny|mem|men|me|ke|ter|di)(?P<rest>[a-z]+)$"
)
_SUFFIXES = ("kan", "an")
_NASALS = {
    "peny": ("s",),
    "pem": ("p", ""),
    "pen": ("t", ""),
    "peng": ("k", ""),
    "meny": ("s",),
    "mem": ("p", ""),
    "men": ("t", ""),
    "meng": ("k", ""),
}


def derived_roots(word: str) -> set[str]:
    """The roots a derived Indonesian word may be built on (``pengelasan`` → ``las``; the word
    itself is none of them): candidates, compared with an item's words, never shown."""
    found = _DERIVED.match(word)
    if found is None:
        return set()
    rest = found.group("rest")
    stems = {rest, *(rest[: -len(s)] for s in _SUFFIXES if rest.endswith(s))}
    starts = _NASALS.get(found.group("prefix"), ("",))
    return {start + stem for start in starts for stem in stems if len(start + stem) >= ROOT}


# The shortest verb or noun an ``-an`` noun is read back to (``makan`` in ``makanan``); shorter
# roots make other words (``tang`` pliers, ``tangan`` hand).
NOMINAL_ROOT = 5


def nominal_forms(word: str) -> set[str]:
    """The ``-an`` noun of a word (``makan`` → ``makanan``, ``minum`` → ``minuman``): a line
    naming what is done or eaten meets the catalogue's noun for it. Not the reverse: an ``-an``
    noun read back to its root names another thing as often as the same (``jaringan``, ``jaring``)."""
    if len(word) < NOMINAL_ROOT or not word.isalpha():
        return set()
    return {word + "an"}


# Indonesian nominal affixes around a root (``per-lomba-an``, ``ke-juara-an``, ``pe-nilai-an``): an
# account or a name writes the noun, a context list the root.
_CIRCUMFIX = re.compile(r"^(?:per|pe|ke)(?P<root>[a-z]{3,})an$")
_SUFFIX = re.compile(r"^(?P<root>[a-z]{3,})an$")


def with_roots(text: str | None) -> str:
    """``text`` normalised, followed by the roots of its affixed nouns (``hadiah perlombaan`` →
    ``hadiah perlombaan lomba perlomba``), padded with spaces for word search."""
    words = normalise(text).split()
    roots = [found.group("root") for w in words for rx in (_CIRCUMFIX, _SUFFIX) if (found := rx.match(w))]
    return f" {' '.join(words + roots)} "
