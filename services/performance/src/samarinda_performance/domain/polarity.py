"""Polarity: whether an indicator is lower-is-better. From the words of its name, from a polarity
note after it ("(negatif)"), from the mark a footnote gives the document's negative indicators
("*) Indikator negatif") or the names a note lists as such; and whether its direction is
uncertain. Pure functions of text and the vocabulary; record emission and the checks use them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from samarinda_performance.domain.indicator_names import normalise
from samarinda_performance.domain.names import name_words
from samarinda_performance.domain.vocabulary import VOCABULARY, Vocabulary

FOOTNOTE = re.compile(r"^\s*(\*{1,3})\s*\)?\s*(\S.*)$", re.MULTILINE)


# A note naming the mark in its sentence ("Keterangan: indikator bertanda (*) dihitung ..."):
# the mark and what the note goes on to say of it.
_MARK_LEGEND = re.compile(r"\bbertanda\s*\(?\s*(\*{1,3})\s*\)?([^.]{0,200})", re.IGNORECASE)


# A legend opening with a symbol in parentheses ("Catatan: (#) polaritas negatif"): the
# symbol and what the legend says of it, up to the clause's end.
_SYMBOL_LEGEND = re.compile(r"(?<!\w)\(([^\w\s()%]{1,2})\)[ \t]*([^\W\d_][^.;,\n]{0,80})")


def negative_mark(text: str, vocabulary: Vocabulary = VOCABULARY) -> str | None:
    """The mark ("*", "**") a footnote or a note says sets a lower-is-better indicator apart, if
    one does."""
    for match in (*FOOTNOTE.finditer(text), *_MARK_LEGEND.finditer(text), *_SYMBOL_LEGEND.finditer(text)):
        if says_negative(match.group(2), vocabulary):
            return match.group(1)
    return None


def says_negative(text: str, vocabulary: Vocabulary = VOCABULARY) -> bool:
    """Whether the text calls something lower-is-better, a word or two may stand inside the
    phrase that says so ("semakin kecil realisasi semakin baik")."""
    flat = normalise(text)
    return any(
        re.search(r"(?:\s+\S+){0,2}\s+".join(re.escape(w) for w in marker.split()), flat)
        for marker in vocabulary.polarity.name_markers
    )


def negative_names(text: str, vocabulary: Vocabulary = VOCABULARY) -> tuple[frozenset[str], ...]:
    """What a note lists in parentheses right after saying "negative" ("Kelompok negatif
    (antrean, angka keluhan): dihitung terbalik"): each item as the words of a name (roots,
    abbreviations written out); an indicator whose name holds all of one item's is lower-is-better."""
    markers = "|".join(re.escape(m) for m in vocabulary.polarity.name_markers)
    lists = [m.group(1) for m in re.finditer(rf"(?:{markers})\s*\(([^()]{{3,300}})\)", text, re.IGNORECASE)]
    # "Catatan: AKB, rasio X dan CFR Y termasuk indikator negatif": the list before the verb
    # ("... adalah indikator yang semakin kecil semakin baik": a relative "yang" may come between)
    before = (
        rf"(?:^|[.:])\s*([^.:]{{3,200}}?)\s+(?:merupakan|adalah|termasuk|tergolong)\s+"
        rf"(?:indikator\s+)?(?:yang\s+)?(?:{markers})"
    )
    lists.extend(m.group(1) for m in re.finditer(before, text, re.IGNORECASE))
    found: list[frozenset[str]] = []
    for listed in lists:
        for item in re.split(r"[,;]|\s+dan\s+", listed):
            words = frozenset(name_words(item, vocabulary))
            flat = normalise(item)
            explains = any(m in flat for m in vocabulary.polarity.negative_markers)
            # "(semakin kecil semakin baik)" explains, it lists nothing; "Indikator ini" points back
            points_back = bool(set(flat.split()) & {*vocabulary.prose.back_references, "indikator"})
            if words and not explains and not points_back:
                found.append(words)
    return tuple(found)


def _initials(name: str, vocabulary: Vocabulary) -> set[str]:
    """The abbreviations a name's consecutive words make ("Case Fatality Rate" → "cfr")."""
    words = [w for w in re.findall(r"[a-z]+", name.lower()) if w not in vocabulary.names.stopwords]
    return {
        "".join(w[0] for w in words[i:j])
        for i in range(len(words))
        for j in range(i + 2, min(i + 4, len(words)) + 1)
    }


def listed_negative(name: str, listed: Sequence[frozenset[str]], vocabulary: Vocabulary = VOCABULARY) -> bool:
    """Whether the name is of a kind the document's note lists as lower-is-better."""
    words = set(name_words(name, vocabulary)) | _initials(name, vocabulary)
    return any(item <= words for item in listed)


def marked_polarity(name: str, mark: str) -> tuple[str, bool]:
    """The name without the document's lower-is-better mark, and whether it carried it. A report
    that marks its lower-is-better indicators has said which they are: an unmarked one is not."""
    bare = name.rstrip()
    # the mark as the note writes it: "(*)", "*)" or "*" (and "(*" where OCR lost the bracket)
    for written in (f"({mark})", f"({mark}", f"{mark})", mark):
        if bare.endswith(written) and not bare[: -len(written)].endswith("*"):
            return bare[: -len(written)].rstrip(), True
    return name, False


def is_lower_better(name: str, polarity: object = None, vocabulary: Vocabulary = VOCABULARY) -> bool:
    """Lower is better only when it is known: stated in a polarity cell, or the name carries a
    marker or names an indicator of the vocabulary's lower-is-better list."""
    words = vocabulary.polarity
    if isinstance(polarity, str) and polarity.strip():
        stated = normalise(polarity)
        if any(marker in stated for marker in words.negative_markers):
            return True
        if any(marker in stated for marker in words.positive_markers):
            return False
    text = normalise(name)
    if any(marker in text for marker in words.positive_markers if len(marker) > 3):
        return False
    if any(text.startswith(start) for start in words.higher_is_better_starts):
        return False
    if any(marker in text for marker in words.name_markers):
        return True
    # "Jumlah balita gizi buruk yang ditangani" counts those reached, not the problem
    if any(word in text for word in words.reached_words):
        return False
    return any(
        cue in text and not _acted_on_after(text, cue, words.acted_on_prefixes)
        for cue in words.lower_is_better_names
    )


_LAST_NOTE = re.compile(r"\s*\(([^()]{3,60})\)\s*$")


def without_polarity_note(name: str, vocabulary: Vocabulary = VOCABULARY) -> str:
    """ "Jumlah kasus rabies (semakin kecil semakin baik)" → "Jumlah kasus rabies": a note in
    parentheses at the end of a name that only states its polarity is no part of the name (the
    record keeps the polarity)."""
    note = _LAST_NOTE.search(name)
    if note is None:
        return name
    said = normalise(note.group(1))
    polarity = vocabulary.polarity
    if said in polarity.positive_markers or (len(said.split()) <= 5 and says_negative(said, vocabulary)):
        return name[: note.start()]
    return name


def _acted_on_after(text: str, cue: str, prefixes: Iterable[str]) -> bool:
    """A passive relative clause after the cue ("jumlah kasus banjir yang dilaporkan"): the name
    may count the problems acted on rather than the problems, so the cue settles no direction."""
    rest = text[text.index(cue) + len(cue) :]
    return any(re.search(rf"\b{re.escape(prefix)}[a-z]{{3,}}", rest) for prefix in prefixes)


def direction_uncertain(name: str, vocabulary: Vocabulary = VOCABULARY) -> bool:
    """A name neither known lower-is-better nor opening as a higher-is-better one, with a word that
    leaves its direction open ("Rata-rata Lama Proses Izin", "Jumlah Pengaduan Belum Selesai")."""
    words = vocabulary.polarity
    text = normalise(name)
    if (
        is_lower_better(name, None, vocabulary)
        or any(text.startswith(s) for s in words.higher_is_better_starts)
        # "Jumlah Rumah Tidak Layak yang Ditangani": those a service reached, higher is better
        or any(w in text for w in words.reached_words)
    ):
        return False
    tokens = set(re.findall(r"[a-z]+", text))
    return any(word in tokens for word in words.uncertain_direction_words)
