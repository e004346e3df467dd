"""The match stage's first step: which catalogue rows are worth judging for a line.

Parse → normalise → match (**candidates** → :mod:`compatibility` → score) → judge → explain.
Rows come from two retrievers, so that a line written in other words still reaches its row:

* lexical: an inverted index over the rows' normalised words (:mod:`text`: synonyms, phrases and
  abbreviations from ``vocabulary.toml``), with compound words aligned (``Hand Sprayer`` /
  ``Handsprayer``) and typos corrected against the catalogue's own vocabulary;
* semantic (optional): the rows that stand out most for the line's embedding (the Embedder port:
  the offline multilingual e5, or Gemini when configured), which reaches wordings no synonym
  table knows (``Alat ukur tekanan darah`` → ``Tensimeter``).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from samarinda_common.price_catalogue import PriceReference

from samarinda_rka_review.domain.equivalents import equate
from samarinda_rka_review.domain.normalisation import NormalisedItem, normalise_item
from samarinda_rka_review.domain.rules import REVIEW
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise
from samarinda_rka_review.domain.text import (
    EXCLUSIVE_FAMILIES,
    canonical_unit,
    known_unit,
    normalise,
    ryzen_aware,
    tokens,
)
from samarinda_rka_review.domain.word_roots import nominal_forms

NATURE_WORDS = REVIEW.matching.nature_words
PRINTING_NATURE = REVIEW.matching.printing_nature
SEMANTIC_Z_FLOOR = REVIEW.matching.semantic_z_floor
SEMANTIC_Z_SPAN = REVIEW.matching.semantic_z_span
MIN_SEMANTIC_CATALOGUE = REVIEW.matching.min_semantic_catalogue
TYPO_CUTOFF = REVIEW.matching.typo_cutoff
SCANNED_WORD_EDITS = REVIEW.matching.scanned_word_edits
# How many rows the embedder adds to the lexical candidates.
SEMANTIC_CANDIDATES = 10
_PER_UNIT = re.compile(r"(?i)\bper\s+\w+")
_BRACKETED = re.compile(r"\(([^()]*\d[^()]*)\)")
# A bracket holding one code of letters and digits (a formula ``(H2SO4)``, a model ``(XR500)``) is
# the item's other name, not a condition: a line may name the item by it alone. A letter and a
# digit (``(A4)``) are a size, and a number with a unit (``(500ml)``) a content.
_CODE_NAME = re.compile(r"\(\s*((?=[A-Za-z0-9]*\d)(?=(?:[0-9]*[A-Za-z]){2})[A-Za-z][A-Za-z0-9]{2,})\s*\)")
# A name's other name after a spaced slash (``Pelindung Kepala / Helm``); a slash between words
# (``Seni/Olahraga``) joins two kinds of one item, and a bracket often qualifies (``(lipat)``).
_OTHER_NAME = re.compile(r"\s+/\s+")
_FIGURE = re.compile(r"\d")
_LETTERS = re.compile(r"[a-z]{2,}")


def said(word: str, words: AbstractSet[str]) -> bool:
    """Whether the line says the word: as it is, as a typo of it or as its ``-an`` noun
    (``makanan`` for ``makan``)."""
    return word in words or near_form(word, words)


def near_form(word: str, available: AbstractSet[str]) -> bool:
    """Whether the word is written a little otherwise among ``available``: a typo of it, or its
    ``-an`` noun (``makanan`` for ``makan``)."""
    if len(word) >= 5 and any(fuzz.ratio(word, other) >= TYPO_CUTOFF for other in available):
        return True
    return bool(nominal_forms(word) & available)


def content(words: Sequence[str]) -> list[str]:
    """Numbers alone carry no meaning here: measurements are compared separately."""
    return [w for w in words if not w.replace(".", "").isdigit()]


@dataclass(frozen=True)
class CatalogueRow:
    """A catalogue row reduced once to what matching compares."""

    reference: PriceReference
    name: tuple[str, ...]
    spec: tuple[str, ...]
    words: frozenset[str]
    normalised: NormalisedItem  # quantity, unit and spec
    unit: str | None
    name_text: str
    category: ItemCategory
    nature: frozenset[str]  # what the reference's price is for: buying, renting, printing...
    # The names the row gives the item besides its whole name; a line may say one of them only.
    other_names: tuple[tuple[str, ...], ...] = ()


def split_qualifier(uraian: str) -> tuple[str, str]:
    """A catalogue name and the condition it adds in brackets with a figure (``Biaya Penginapan
    (maksimal 3 malam)``): it qualifies the item, a line need not repeat it to name it. A
    bracket of words alone is another name of the item (``Kerucut (Traffic Cone)``) and stays."""
    kept = _CODE_NAME.sub(r"[\1]", uraian)
    outside = _BRACKETED.sub(" ", kept)
    if not content(tokens(outside)):
        return uraian, ""
    return outside, " ".join(_BRACKETED.findall(kept))


def code_names(uraian: str) -> tuple[tuple[str, ...], ...]:
    """The codes a catalogue name gives the item in brackets (``Kalsium karbonat (CaCO3)``), each as
    another name."""
    return tuple((code,) for found in _CODE_NAME.findall(uraian) for code in content(tokens(found)))


def other_names(named: str) -> tuple[tuple[str, ...], ...]:
    """The item's names when the catalogue gives two or more (``Tandu / Stretcher``), each in
    matching words; none when it gives one. A unit after the slash is a rate (``Tenda / Hari``)."""
    parts = [part for part in _OTHER_NAME.split(named) if part.strip() and not known_unit(part)]
    names = [tuple(equate(content(tokens(part)))) for part in parts]
    names = [name for name in names if name]
    return tuple(dict.fromkeys(names)) if len(names) >= 2 else ()


def index_row(reference: PriceReference) -> CatalogueRow:
    named, qualifier = split_qualifier(reference.uraian)
    written = content(tokens(named))
    name = equate(written)
    # ``per orang per kali`` restates the unit; it is not something a line must say.
    spec = equate(content(tokens(_PER_UNIT.sub(" ", reference.spesifikasi or ""))))
    # the name's condition and the section help find the row, never required of a line
    helpers = equate(content(tokens(qualifier)) + content(tokens(reference.kelompok)))
    category = categorise(reference.uraian, reference.spesifikasi)
    # The name as written still names the row: a rewrite must not lose a line that shortens it
    # (``Sound`` for a ``Sound System`` the rewrite calls ``Tata Suara``).
    as_written = (tuple(written),) if written != name else ()
    words = frozenset(ryzen_aware(name + spec + helpers + written))
    # A banner or a brochure in the catalogue is priced printed, whether or not it says so.
    implied = PRINTING_NATURE if category is ItemCategory.PRINTING else frozenset()
    return CatalogueRow(
        reference=reference,
        name=tuple(name),
        spec=tuple(spec),
        words=words,
        normalised=normalise_item(reference.uraian, reference.spesifikasi, reference.satuan),
        unit=canonical_unit(reference.satuan),
        name_text=normalise(reference.uraian),
        category=category,
        nature=(NATURE_WORDS & words) | implied,
        other_names=tuple(dict.fromkeys((*other_names(named), *as_written, *code_names(reference.uraian)))),
    )


def _accessories(rows: Sequence[CatalogueRow]) -> dict[int, tuple[int, ...]]:
    """For each row whose name is a thing of its own followed by another row's whole name
    (``Saringan Mesin Kopi`` after ``Mesin Kopi``): those other rows, the item it is an accessory or
    a part of. A row that adds words after the same first word (``Parutan Listrik`` after ``Parutan``)
    names a kind of the item, not something else, and is left out."""
    postings: dict[str, set[int]] = defaultdict(set)
    for position, row in enumerate(rows):
        for word in row.name:
            postings[word].add(position)
    accessories: dict[int, tuple[int, ...]] = defaultdict(tuple)
    for position, row in enumerate(rows):
        name = set(row.name)
        if not name:
            continue
        for other in set.intersection(*(postings[w] for w in name)):
            longer = rows[other].name
            if set(longer) > name and longer[0] not in name:
                accessories[other] += (position,)
    return dict(accessories)


class CandidateIndex:
    """Lexical and (optional) semantic retrieval over one catalogue."""

    def __init__(
        self,
        references: Sequence[PriceReference],
        vectors: Mapping[str, Sequence[float] | np.ndarray] | None = None,
    ) -> None:
        self.rows = [index_row(r) for r in references]
        self.df: dict[str, int] = defaultdict(int)
        self._postings: dict[str, list[int]] = defaultdict(list)
        for position, row in enumerate(self.rows):
            for word in row.words:
                self.df[word] += 1
                self._postings[word].append(position)
        self._vocabulary = list(self.df)
        # Compound words written apart or together (``Hand Sprayer`` / ``Handsprayer``).
        self._compounds: dict[str, tuple[str, str]] = {}
        for row in self.rows:
            for a, b in pairwise((*row.name, *row.spec)):
                self._compounds.setdefault(a + b, (a, b))
        # Specs that hold a figure, and the rows that have each (see ``copied_spec``).
        self._specs: dict[str, list[int]] = defaultdict(list)
        for position, row in enumerate(self.rows):
            spec = normalise(row.reference.spesifikasi)
            if _FIGURE.search(spec) and _LETTERS.search(spec):
                self._specs[spec].append(position)
        self._items_of = _accessories(self.rows)
        self._n = max(len(self.rows), 1)
        self._matrix: np.ndarray | None = None
        if vectors:
            self._set_vectors(vectors)

    def __len__(self) -> int:
        return len(self.rows)

    def _set_vectors(self, vectors: Mapping[str, Sequence[float] | np.ndarray]) -> None:
        dimension = len(next(iter(vectors.values())))
        matrix = np.zeros((len(self.rows), dimension), dtype=np.float32)
        for position, row in enumerate(self.rows):
            vector = vectors.get(row.reference.id)
            if vector is not None:
                matrix[position] = vector
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        self._matrix = matrix / np.where(norms == 0, 1, norms)

    def idf(self, word: str) -> float:
        return math.log(1 + self._n / (self.df.get(word, 0) + 0.5))

    def beyond_context(self, words: Iterable[str], context: AbstractSet[str]) -> frozenset[str]:
        """The line's words that the catalogue has, but never in a row naming the variant its
        account implies (``context``: ``dalamkota``): they place the line beyond that variant."""
        variants = {word for family in EXCLUSIVE_FAMILIES for word in family & context}
        if not variants:
            return frozenset()
        beside = {w for v in variants for p in self._postings.get(v, ()) for w in self.rows[p].words}
        return frozenset(w for w in words if w in self.df and w not in beside)

    def line_words(self, text: str | None, *, scanned: bool = False) -> list[str]:
        """A line's content words in the catalogue's terms (equivalent wordings made one,
        compounds aligned, typos corrected); ``scanned``: read by OCR, whose misread letters are
        corrected too (:meth:`_scanned_word`)."""
        written = content(tokens(text))
        if scanned:
            written = [self._scanned_word(word) for word in written]
        # the words as written are kept beside their rewrite, for a row that shortens them
        equated = list(dict.fromkeys(equate(written) + written))
        return self._correct_typos(self._align_compounds(equated))

    def _scanned_word(self, word: str) -> str:
        """The one catalogue word a word the catalogue does not know is a few misread letters
        from (``scanned_word_edits``), or the word as read: never a word the catalogue lacks, and
        never one of two equally near."""
        allowed = max((edits for length, edits in SCANNED_WORD_EDITS if len(word) >= length), default=0)
        if not allowed or word in self.df or not word.isalpha():
            return word
        nearest = process.extract(
            word, self._vocabulary, scorer=Levenshtein.distance, score_cutoff=allowed, limit=2
        )
        if not nearest or (len(nearest) > 1 and nearest[1][1] == nearest[0][1]):
            return word
        return nearest[0][0]

    def _align_compounds(self, words: list[str]) -> list[str]:
        aligned: list[str] = []
        for word in words:
            parts = self._compounds.get(word)
            aligned.extend(parts if parts and word not in self.df else (word,))
        joined = [a + b for a, b in pairwise(aligned) if a + b in self.df and a + b not in aligned]
        return aligned + joined

    def _correct_typos(self, words: list[str]) -> list[str]:
        corrected: list[str] = []
        for word in words:
            # A word the catalogue also writes as its ``-an`` noun (``makan``, ``makanan``): both
            # meet the line.
            corrected.extend(
                form for form in sorted(nominal_forms(word)) if form in self.df and form not in words
            )
            if word not in self.df and len(word) >= 5 and self._vocabulary:
                found = process.extractOne(
                    word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF
                )
                word = found[0] if found else word
            corrected.append(word)
        return corrected

    def semantic_scores(self, query_vector: Sequence[float] | np.ndarray | None) -> np.ndarray | None:
        """How far each row stands out from the rest of the catalogue for this line, in [0, 1].

        Raw cosines of sentence embedders are compressed (multilingual-e5: ~0.93 for the right
        row, ~0.89 for the best wrong one and for lines with no reference at all), so a raw cosine
        lifts false friends over the match threshold. Standardised over the catalogue, the right
        row stands ~4 deviations out and the best wrong one ~2.5; only that excess counts."""
        if self._matrix is None or query_vector is None:
            return None
        vector = np.asarray(query_vector, dtype=np.float32)
        norm = float(np.linalg.norm(vector))
        if norm == 0:
            return None
        cosines = self._matrix @ (vector / norm)
        spread = float(cosines.std())
        if len(cosines) < MIN_SEMANTIC_CATALOGUE or spread == 0:
            return None
        standardised = (cosines - float(cosines.mean())) / spread
        return np.clip((standardised - SEMANTIC_Z_FLOOR) / SEMANTIC_Z_SPAN, 0.0, 1.0)

    def names_more(self, position: int, words: AbstractSet[str]) -> bool:
        """Whether the row at ``position`` is an accessory or a part of an item the line names
        without saying what the row adds (``Saringan Mesin Kopi`` for a line ``Mesin kopi``): the
        line buys the item, however well the row's Spesifikasi repeats the line's (``untuk mesin
        kopi espresso``)."""
        name = self.rows[position].name
        for item in self._items_of.get(position, ()):
            named = set(self.rows[item].name)
            if named & words and not any(said(w, words) for w in set(name) - named):
                return True
        return False

    def copied_spec(self, spesifikasi: str | None) -> int | None:
        """The one row whose Spesifikasi, holding a figure, the line's repeats word for word."""
        rows = self._specs.get(normalise(spesifikasi)) if spesifikasi else None
        return rows[0] if rows and len(rows) == 1 else None

    def candidates(self, words: set[str], semantic: np.ndarray | None) -> set[int]:
        """Rows sharing a word with the line, plus the rows its embedding singles out."""
        found: set[int] = set()
        for word in words:
            found.update(self._postings.get(word, ()))
        if semantic is not None and len(semantic):
            found.update(int(i) for i in np.argsort(-semantic)[:SEMANTIC_CANDIDATES])
        return found
