"""Indonesian-aware text analysis: tokens, stems and highlights (the in-process index, the ask service).

It approximates OpenSearch's built-in ``indonesian`` analyzer (lowercase, stop words, the
Tala/Lucene stemmer) closely enough that a query finds the same passages in both indexes:
"anggaran", "penganggaran" and "dianggarkan" all stem to "anggar".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
_VOWELS = frozenset("aeiou")
# The months' names, in their order.
MONTHS = (
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
)

# A subset of Lucene's Indonesian stop words (what OpenSearch's ``indonesian`` analyzer drops).
STOP_WORDS = frozenset(
    [
        "ada",
        "adalah",
        "agar",
        "akan",
        "antara",
        "apa",
        "apabila",
        "atau",
        "ataupun",
        "bagi",
        "bahwa",
        "banyak",
        "begitu",
        "belum",
        "bersama",
        "bila",
        "bisa",
        "bukan",
        "dalam",
        "dan",
        "dapat",
        "dari",
        "daripada",
        "demikian",
        "dengan",
        "depan",
        "di",
        "dia",
        "dulu",
        "enggak",
        "hal",
        "hanya",
        "harus",
        "hingga",
        "ia",
        "ini",
        "itu",
        "jika",
        "juga",
        "kalau",
        "kami",
        "karena",
        "ke",
        "kepada",
        "ketika",
        "khususnya",
        "kita",
        "lagi",
        "lah",
        "lebih",
        "maka",
        "mampu",
        "mana",
        "masih",
        "mau",
        "maupun",
        "melainkan",
        "melalui",
        "mereka",
        "meski",
        "namun",
        "oleh",
        "pada",
        "paling",
        "para",
        "per",
        "pula",
        "pun",
        "saat",
        "saja",
        "sampai",
        "sangat",
        "saya",
        "sebagai",
        "sebelum",
        "sebelumnya",
        "sebenarnya",
        "sedang",
        "sedangkan",
        "segera",
        "seharusnya",
        "sehingga",
        "sejak",
        "sekarang",
        "sekitar",
        "selama",
        "seluruh",
        "semua",
        "sendiri",
        "seperti",
        "serta",
        "setelah",
        "setiap",
        "sini",
        "sudah",
        "supaya",
        "tanpa",
        "tapi",
        "telah",
        "tentang",
        "tentu",
        "terhadap",
        "terlalu",
        "tersebut",
        "tetapi",
        "tidak",
        "yaitu",
        "yakni",
        "yang",
    ]
)

# The endings the stemmer takes off a word first (a caller re-reading its cut needs the same lists).
PARTICLES = ("kah", "lah", "pun")
_MENG = frozenset({"meng", "meny", "men", "mem", "me"})
_PENG = frozenset({"peng", "peny", "pen", "pem"})
POSSESSIVES = ("nya", "ku", "mu")


def _strip_first_order_prefix(word: str) -> tuple[str, str]:
    """(rest, prefix) for meN-/peN-/di-/ter-/ke-; the nasal ny- turns back into s-."""
    for prefix in ("meng", "meny", "men", "mem", "me", "peng", "peny", "pen", "pem", "di", "ter", "ke"):
        if word.startswith(prefix):
            rest = word[len(prefix) :]
            if prefix.endswith("ny"):
                return "s" + rest, prefix  # menyapu -> sapu
            if prefix == "pen" and rest[:1] in _VOWELS:
                return "t" + rest, prefix  # penawaran -> tawar (Lucene restores only this one)
            return rest, prefix
    return word, ""


def _strip_second_order_prefix(word: str) -> tuple[str, str]:
    if word.startswith("ber"):
        return word[3:], "ber"
    if word == "belajar":
        return "ajar", "ber"
    if word.startswith("be") and len(word) > 4 and word[2] not in _VOWELS and word[3:5] == "er":
        return word[2:], "ber"  # bekerja -> kerja
    if word.startswith("per"):
        return word[3:], "per"
    if word == "pelajar":
        return "ajar", "per"
    if word.startswith("pe"):
        return word[2:], "pe"
    return word, ""


def _strip_suffix(word: str, prefixes: set[str]) -> str:
    # Some prefix/suffix pairs never occur together (Tala), so e.g. "pendidikan" keeps its "k".
    if word.endswith("kan") and not prefixes & (_PENG | {"ke", "pe"}):
        return word[:-3]
    if word.endswith("an") and not prefixes & (_MENG | {"di", "ter"}):
        return word[:-2]
    if word.endswith("i") and not word.endswith("si") and not prefixes & (_PENG | {"ber", "ke"}):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=65536)  # a corpus repeats a small vocabulary; stemming is the hot path
def stem(word: str) -> str:
    """Tala's (2003) Indonesian stemmer in the order Lucene's IndonesianStemmer applies it, so
    the in-process index and OpenSearch's ``indonesian`` analyzer produce the same terms.
    Every step needs a word of more than two syllables."""

    def long_enough(candidate: str) -> bool:
        return sum(1 for ch in candidate if ch in _VOWELS) > 2

    for endings in (PARTICLES, POSSESSIVES):
        ending = next((e for e in endings if word.endswith(e)), None)
        if ending and long_enough(word):
            word = word[: -len(ending)]
    if not long_enough(word):
        return word
    rest, prefix = _strip_first_order_prefix(word)
    if prefix:
        if not long_enough(rest):
            return rest
        without_suffix = _strip_suffix(rest, {prefix})
        if without_suffix != rest and long_enough(without_suffix):
            return _strip_second_order_prefix(without_suffix)[0]
        return without_suffix
    rest, prefix = _strip_second_order_prefix(word)
    return _strip_suffix(rest, {prefix}) if long_enough(rest) else rest


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def tokenize(text: str) -> list[str]:
    """Index terms of ``text``: lowercased words minus stop words, stemmed (numbers kept)."""
    return [word if word.isdigit() else stem(word) for word in words(text) if word not in STOP_WORDS]


def highlight(text: str, terms: Sequence[str], *, max_chars: int = 300) -> str | None:
    """The sentence matching most of ``terms`` with matches wrapped in ``<em>`` (as OpenSearch
    does), or ``None`` when no sentence matches."""
    wanted = set(terms)
    best, best_score = "", 0
    for sentence in _SENTENCE_END.split(text):
        score = len({t for t in tokenize(sentence) if t in wanted})
        if score > best_score:
            best, best_score = sentence.strip(), score
    if not best_score:
        return None

    def mark(match: re.Match[str]) -> str:
        word = match.group(0)
        lowered = word.lower()
        token = lowered if lowered.isdigit() else stem(lowered)
        return f"<em>{word}</em>" if lowered not in STOP_WORDS and token in wanted else word

    snippet = best[:max_chars]
    return _WORD.sub(mark, snippet)
