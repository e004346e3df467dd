"""Words staff shorten when they type a question ("tgl" for tanggal, "kab" for kabupaten, "liat"
for lihat, "masing2" for masing-masing), read as the whole word a document writes.

No list keeps up with how people shorten words in a chat, but the ways they do it are few: the
first letters of a long word ("kab", "poli"), its consonants without the vowels between them
("tgl", "bln", "pgw"), a word with its "h" left out as it is spoken ("liat"), and a "2"
for a word said twice ("masing2"). A short form is only read so when no candidate writes it as it
stands (aliases.py asks): a word a document states means what it says.
"""

from __future__ import annotations

import re

_VOWELS = frozenset("aiueo")
# The fewest letters a prefix or a skeleton keeps: two letters name too many words.
MIN_LETTERS = 3
# The fewest letters a clipped form keeps to stand for a word twice its length: a short one
# ("ban" of "banyak") is often a word of its own.
MIN_HALF_CLIP = 5
# "masing2", "anak2": a word of three letters or more (a vowel among them: "TW2" is a code), then "2".
_REDUPLICATED = re.compile(r"\b([^\W\d_]*[aiueoAIUEO][^\W\d_]*)2\b")


def unreduplicated(text: str) -> str:
    """``text`` with each word written with a "2" for its repetition written out twice
    ("anak2" -> "anak-anak"), as documents write it."""
    return _REDUPLICATED.sub(lambda m: f"{m[1]}-{m[1]}" if len(m[1]) >= MIN_LETTERS else m[0], text)


def shortens(short: str, word: str) -> bool:
    """Is ``short`` (lower case) a way to type ``word`` (lower case) shorter: clipped or
    contracted?"""
    return clipped(short, word) or contracted(short, word)


def clipped(short: str, word: str) -> bool:
    """The first letters of the word, under half of it ("kab" of "kabupaten"; "ban" is no
    "banyak"), or half of it once the clipped form keeps five letters or more ("pemer" of
    "pemerintah"): a clipped form that long is seldom a word of its own."""
    if not (_shorter(short, word) and word.startswith(short)):
        return False
    return 2 * len(short) < len(word) or (len(short) >= MIN_HALF_CLIP and 2 * len(short) == len(word))


def contracted(short: str, word: str) -> bool:
    """The word's consonants, its first letter aside, with the vowels left out, at least half of
    them ("tgl" of "tanggal", "pgw" of "pegawai"; "pbg" keeps too few of "pembangunan"); or the word
    with one "h" left out as it is spoken ("liat" of "lihat")."""
    if not _shorter(short, word) or word.startswith(short):
        return False
    if not _VOWELS.isdisjoint(short[1:]):
        return len(short) == len(word) - 1 and any(
            word[i] == "h" and word[:i] + word[i + 1 :] == short for i in range(1, len(word))
        )
    skeleton = [ch for ch in word[1:] if ch not in _VOWELS]
    return 2 * (len(short) - 1) >= len(skeleton) and in_order(short[1:], word[1:])


def _shorter(short: str, word: str) -> bool:
    return MIN_LETTERS <= len(short) < len(word) and short[0] == word[0] and short.isalpha()


def in_order(letters: str, word: str) -> bool:
    """Every one of ``letters`` found in ``word``, in that order (others may stand between)."""
    rest = iter(word)
    return all(ch in rest for ch in letters)


# The nasal of the prefix meN- (written or spoken) stands for the root's first letter it
# swallowed ("nulis", "menulis" for tulis; "nyari" for cari; "milih" for pilih; "ngirim" for
# kirim); a vowel after "ng" or "m" may also begin the root. Only the spoken form swallows a "c".
_SPOKEN_NASALS = (("ny", ("s", "c")), ("ng", ("k", "")), ("n", ("t",)), ("m", ("p", "")))
_WRITTEN_SWALLOWED = frozenset("tpks")


def swallowing_nasal(letter: str) -> str | None:
    """The nasal the written prefix meN- puts in place of a root's first ``letter`` ("n" for
    "t": "tampung" -> "menampung"), or None when the prefix keeps that letter."""
    if letter not in _WRITTEN_SWALLOWED:
        return None
    return next(nasal for nasal, letters in _SPOKEN_NASALS if letter in letters)


# "-in" is the spoken "-kan" or "-i" ("kirimin", "beliin"); "di-" the passive it keeps.
_SPOKEN_SUFFIX = "in"
_PASSIVE = "di"
# The fewest letters a root keeps once the spoken affixes are taken off.
MIN_ROOT = 4


def spoken_roots(word: str) -> tuple[str, ...]:
    """The roots a verb said in spoken Indonesian may stand for ("beliin" -> "beli",
    "nanem" -> "tanem", "dikirimin" -> "kirim"): its "-in" suffix and "di-" prefix taken off,
    and a nasal prefix read back as the letter it replaced. The caller keeps the roots some
    document writes; the word itself is not among them."""
    stems = {word}
    if word.endswith(_SPOKEN_SUFFIX) and len(word) - len(_SPOKEN_SUFFIX) >= MIN_ROOT:
        stems.add(word[: -len(_SPOKEN_SUFFIX)])
    stems |= {s[len(_PASSIVE) :] for s in stems if s.startswith(_PASSIVE) and len(s) - 2 >= MIN_ROOT}
    roots = set(stems)
    for base in stems:
        for nasal, letters in _SPOKEN_NASALS:
            rest = base[len(nasal) :]
            if base.startswith(nasal) and rest[:1] in _VOWELS and len(rest) + 1 >= MIN_ROOT:
                roots.update(f"{letter}{rest}" for letter in letters if len(letter + rest) >= MIN_ROOT)
                break  # "ny" and "ng" are one nasal each, not an "n" before a "y" or a "g"
    roots.discard(word)
    return tuple(sorted(roots))


# Everyday spelling swaps one vowel of a printed word for its neighbour ("jagong" for "jagung",
# "sistim" for "sistem", "apotik" for "apotek") or one consonant for the one it is spoken as
# ("ijin" for "izin", "aktip" for "aktif"). In a long word any one vowel may be spelled another
# way ("formil" for "formal"): a long word one vowel from another is seldom a word of its own.
_SPOKEN_VOWELS = (frozenset("ei"), frozenset("ou"))
_SPOKEN_CONSONANTS = (frozenset("zj"), frozenset("fp"), frozenset("vf"), frozenset("vp"))
# The fewest letters a word keeps for one swapped letter, and for any vowel swapped.
MIN_SWAPPED = 5
MIN_ANY_VOWEL = 7
# Spoken Indonesian says a final "ai" as "e" and "au" as "o" ("rame" for "ramai", "pulo" for
# "pulau"); the stemmer may take the "i" of "ai" for a suffix ("ramai" -> "rama").
_SPOKEN_ENDINGS = (("e", ("ai", "a")), ("o", ("au",)))
# The fewest letters a word written with a doubled letter keeps ("masa" and "massa" differ).
MIN_DOUBLED = 6


def spelled_alike(term: str, other: str) -> bool:
    """Are ``term`` (a question's) and ``other`` (a document's) one word spelled two everyday ways:
    one letter swapped as above, a spoken ending, or one letter doubled or not ("fasillitas" for
    "fasilitas")?"""
    if term == other or not term.isalpha() or not other.isalpha():
        return False
    return (
        _one_swapped(term, other)
        or _spoken_ending(term, other)
        or _doubled(term, other)
        or _spoken_last_syllable(term, other)
    )


def _one_swapped(term: str, other: str) -> bool:
    if len(term) != len(other) or len(term) < MIN_SWAPPED:
        return False
    apart = [frozenset((a, b)) for a, b in zip(term, other, strict=True) if a != b]
    if len(apart) != 1:
        return False
    pair = apart[0]
    return (
        pair in _SPOKEN_VOWELS
        or pair in _SPOKEN_CONSONANTS
        or (len(term) >= MIN_ANY_VOWEL and pair <= _VOWELS)
    )


def _spoken_last_syllable(term: str, other: str) -> bool:
    """Spoken Jakarta Indonesian says the "a" of a closed last syllable as "e" ("cepet" for
    "cepat", "bener" for "benar", "pinter" for "pintar")."""
    return (
        len(term) >= MIN_LETTERS + 1
        and len(term) == len(other)
        and term[:-2] == other[:-2]
        and term[-1] == other[-1]
        and term[-1] not in _VOWELS
        and (term[-2], other[-2]) == ("e", "a")
    )


def _spoken_ending(term: str, other: str) -> bool:
    return len(term) >= MIN_LETTERS + 1 and any(
        term.endswith(spoken) and any(other == term[: -len(spoken)] + e for e in written)
        for spoken, written in _SPOKEN_ENDINGS
    )


def _doubled(term: str, other: str) -> bool:
    short, long = sorted((term, other), key=len)
    if len(long) != len(short) + 1 or len(short) < MIN_DOUBLED:
        return False
    return any(long[i] == long[i - 1] and long[:i] + long[i + 1 :] == short for i in range(1, len(long)))
