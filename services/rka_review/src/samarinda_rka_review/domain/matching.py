"""Match an RKA line to the price reference it should be checked against.

A line and a reference meet by meaning, unit and specification:

* lexical: IDF-weighted coverage of the reference's name by the line and of the line's words by
  the reference (after :mod:`text` normalisation), plus rapidfuzz's token-set similarity;
* semantic (optional): cosine similarity of embeddings from the Embedder port, which lifts
  wordings no synonym table knows; the matcher works without it;
* units: a reference in another unit of the same quantity is priced per the line's unit
  (``Buah`` against ``Box isi 50``, ``Kg`` against ``Ton``, :mod:`quantities`); units of different
  kinds (``Buah`` vs ``Kg``) rule it out as a price reference;
* hard constraints: conflicting specifications (70 vs 80 gram, 8 vs 16 GB, PVC vs HDPE,
  :mod:`specs`), exclusive variants (A4/F4, i5/i7, dalam/luar kota) and a change of nature
  (``Sewa``/``Pemeliharaan`` of an item is not the item) rule a reference out.

The result carries a confidence in [0, 1]; the reviewer decides what is credible.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np
from rapidfuzz import fuzz, process
from samarinda_common.price_catalogue import PriceReference

from samarinda_rka_review.domain.normalisation import (
    NormalisedItem,
    UnitConversion,
    normalise_item,
    unit_conversion,
)
from samarinda_rka_review.domain.rules import REVIEW
from samarinda_rka_review.domain.specs import conflicting_attribute, explain_conflict
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise, item_head
from samarinda_rka_review.domain.text import (
    EXCLUSIVE_FAMILIES,
    canonical_unit,
    normalise,
    ryzen_aware,
    tokens,
    units_compatible,
)

# Words that change what is bought: renting or maintaining a car is not buying one.
NATURE_WORDS = REVIEW.matching.nature_words
# A banner or a leaflet is printed whether or not the line says so (``Spanduk`` = ``Cetak Spanduk``).
PRINTING_NATURE = REVIEW.matching.printing_nature
# Words of the line's account name or unit count for less than its own words: they place the line
# (``Belanja Perjalanan Dinas Dalam Kota``, ``Kotak``) without naming the item.
CONTEXT_CREDIT = REVIEW.matching.context_credit
_GENERIC_ACCOUNT_WORDS = REVIEW.matching.generic_account_words
# How much each signal weighs in the lexical score (sums to 1).
W_NAME, W_QUERY, W_SPEC, W_FUZZY = (
    REVIEW.matching.weight_name,
    REVIEW.matching.weight_query,
    REVIEW.matching.weight_spec,
    REVIEW.matching.weight_fuzzy,
)
SEMANTIC_WEIGHT = REVIEW.matching.semantic_weight
SEMANTIC_Z_FLOOR = REVIEW.matching.semantic_z_floor
SEMANTIC_Z_SPAN = REVIEW.matching.semantic_z_span
MIN_SEMANTIC_CATALOGUE = REVIEW.matching.min_semantic_catalogue
TYPO_CUTOFF = REVIEW.matching.typo_cutoff
# RKA lines are composed by picking a catalogue row, so they usually carry its exact price: a row
# the line already resembles and whose price it repeats to the rupiah is very likely its source.
SAME_PRICE_CREDIT = REVIEW.matching.same_price_credit
SAME_PRICE_FLOOR = REVIEW.matching.same_price_floor
SPEC_AS_NAME = REVIEW.matching.spec_as_name
SPEC_NAMES_ITEM = REVIEW.matching.spec_names_item
SPEC_NAME_MIN_WORDS = REVIEW.matching.spec_name_min_words
# Meals are priced per serving: a box, a pack or "per orang per kali" are the same quantity.
SERVING_UNITS = REVIEW.matching.serving_units
# A rate per day/month/year also prices one unit for one such period (``Paket`` vs ``Paket/Hari``).
PERIODS = REVIEW.matching.periods
# How many references ruled out by their specification are scored to name the closest one.
SHOWN_CONFLICTS = 5
_PER_UNIT = re.compile(r"(?i)\bper\s+\w+")


def _content(words: Sequence[str]) -> list[str]:
    """Numbers alone carry no meaning here: measurements are compared separately."""
    return [w for w in words if not w.replace(".", "").isdigit()]


@dataclass(frozen=True)
class _Indexed:
    reference: PriceReference
    name: tuple[str, ...]
    spec: tuple[str, ...]
    words: frozenset[str]
    normalised: NormalisedItem  # quantity, unit and spec
    unit: str | None
    name_text: str
    category: ItemCategory
    nature: frozenset[str]  # what the reference's price is for: buying, renting, printing...


@dataclass(frozen=True)
class Match:
    reference: PriceReference
    confidence: float
    unit_compatible: bool | None
    reasons: tuple[str, ...] = ()
    # How the reference's price was brought to the line's unit, when the units differ.
    conversion: UnitConversion | None = None
    # Why the row was taken for the line (Bahasa Indonesia): the words they share, the semantic
    # similarity, the unit; recorded on the finding so the reviewer can check the pairing.
    why: tuple[str, ...] = ()


@dataclass(frozen=True)
class LineQuery:
    uraian: str
    spesifikasi: str | None = None
    satuan: str | None = None
    account_name: str | None = None  # the account group the line sits in
    harga_satuan: int | None = None  # the price the line asks for


@dataclass
class MatchOutcome:
    best: Match | None
    # A reference that fits by name but not by unit: shown to the reviewer, never priced against.
    unit_mismatch: Match | None = None
    # The closest reference whose specification conflicts with the line's: shown, never priced.
    spec_mismatch: Match | None = None
    candidates: list[Match] = field(default_factory=list)

    def credible(self, threshold: float) -> Match | None:
        """The row the line is priced against, if the match is confident enough."""
        return self.best if self.best is not None and self.best.confidence >= threshold else None


class PriceMatcher:
    def __init__(
        self, references: Sequence[PriceReference], vectors: Mapping[str, Sequence[float]] | None = None
    ) -> None:
        self._items = [self._index(r) for r in references]
        self._df: dict[str, int] = defaultdict(int)
        self._postings: dict[str, list[int]] = defaultdict(list)
        for position, item in enumerate(self._items):
            for word in item.words:
                self._df[word] += 1
                self._postings[word].append(position)
        self._vocabulary = list(self._df)
        # Compound words written apart or together (``Hand Sprayer`` / ``Handsprayer``).
        self._compounds: dict[str, tuple[str, str]] = {}
        for item in self._items:
            for a, b in pairwise((*item.name, *item.spec)):
                self._compounds.setdefault(a + b, (a, b))
        self._n = max(len(self._items), 1)
        self._matrix: np.ndarray | None = None
        if vectors:
            self._set_vectors(vectors)

    def __len__(self) -> int:
        return len(self._items)

    @staticmethod
    def _index(reference: PriceReference) -> _Indexed:
        name = _content(tokens(reference.uraian))
        # ``per orang per kali`` restates the unit; it is not something a line must say.
        spec = _content(tokens(_PER_UNIT.sub(" ", reference.spesifikasi or "")))
        section = _content(tokens(reference.kelompok))  # helps find the row, never required of a line
        category = categorise(reference.uraian, reference.spesifikasi)
        words = frozenset(ryzen_aware(name + spec + section))
        # A banner or a brochure in the catalogue is priced printed, whether or not it says so.
        implied = PRINTING_NATURE if category is ItemCategory.PRINTING else frozenset()
        return _Indexed(
            reference=reference,
            name=tuple(name),
            spec=tuple(spec),
            words=words,
            normalised=normalise_item(reference.uraian, reference.spesifikasi, reference.satuan),
            unit=canonical_unit(reference.satuan),
            name_text=normalise(reference.uraian),
            category=category,
            nature=(NATURE_WORDS & words) | implied,
        )

    def _set_vectors(self, vectors: Mapping[str, Sequence[float]]) -> None:
        dimension = len(next(iter(vectors.values())))
        matrix = np.zeros((len(self._items), dimension), dtype=np.float32)
        for position, item in enumerate(self._items):
            vector = vectors.get(item.reference.id)
            if vector is not None:
                matrix[position] = vector
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        self._matrix = matrix / np.where(norms == 0, 1, norms)

    def idf(self, word: str) -> float:
        return math.log(1 + self._n / (self._df.get(word, 0) + 0.5))

    def _align_compounds(self, words: list[str]) -> list[str]:
        aligned: list[str] = []
        for word in words:
            parts = self._compounds.get(word)
            aligned.extend(parts if parts and word not in self._df else (word,))
        joined = [a + b for a, b in pairwise(aligned) if a + b in self._df and a + b not in aligned]
        return aligned + joined

    def _correct_typos(self, words: list[str]) -> list[str]:
        corrected = []
        for word in words:
            if word not in self._df and len(word) >= 5 and self._vocabulary:
                found = process.extractOne(
                    word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF
                )
                word = found[0] if found else word
            corrected.append(word)
        return corrected

    def match(
        self, query: LineQuery, query_vector: Sequence[float] | None = None, *, limit: int = 3
    ) -> MatchOutcome:
        name = self._correct_typos(self._align_compounds(_content(tokens(query.uraian))))
        spec = self._correct_typos(self._align_compounds(_content(tokens(query.spesifikasi))))
        words = ryzen_aware(name + spec)
        # What the line pays for is said by its head, not by its purpose (``Toner untuk cetak KK``).
        nature = NATURE_WORDS & set(tokens(item_head(query.uraian)))
        context = self._context_words(query) - words
        normalised = normalise_item(query.uraian, query.spesifikasi, query.satuan)
        implied = (
            PRINTING_NATURE if categorise(query.uraian, query.spesifikasi) is ItemCategory.PRINTING else set()
        )
        semantic = self._semantic_scores(query_vector)
        candidates = self._candidates(words, semantic)

        scored: list[Match] = []
        unit_mismatch: Match | None = None
        conflicting: list[tuple[int, _Indexed, tuple[str, str]]] = []
        for position in candidates:
            item = self._items[position]
            if self._ruled_out(item, nature, words | implied, context):
                continue
            conflict = conflicting_attribute(normalised.specs, item.normalised.specs)
            if conflict is not None:
                conflicting.append((len(words & item.words), item, conflict))
                continue
            confidence = self._score(item, name, spec, words | implied, context, query)
            if semantic is not None:
                # The embedding can lift a wording no synonym table knows; it never pulls a
                # lexical match down (a standardised cosine is 0 for most rows).
                blended = (1 - SEMANTIC_WEIGHT) * confidence + SEMANTIC_WEIGHT * float(semantic[position])
                confidence = max(confidence, blended)
            if query.harga_satuan and confidence >= SAME_PRICE_FLOOR and self._same_price(query, item):
                confidence += SAME_PRICE_CREDIT
            compatible = self._units_fit(query.satuan, item)
            converted = None
            if compatible is not True:
                converted = unit_conversion(normalised, item.normalised)
                compatible = True if converted is not None else compatible
            if compatible is False:
                if unit_mismatch is None or confidence > unit_mismatch.confidence:
                    unit_mismatch = Match(item.reference, round(confidence, 3), False, ("satuan berbeda",))
                continue
            if compatible is None:
                confidence -= 0.05
            reasons = (converted.reason,) if converted else ()
            why = self._why(item, words, semantic[position] if semantic is not None else None, compatible, converted)
            scored.append(
                Match(
                    item.reference,
                    round(max(0.0, min(1.0, confidence)), 3),
                    compatible,
                    reasons,
                    converted,
                    why,
                )
            )
        scored.sort(key=lambda m: m.confidence, reverse=True)
        best = scored[0] if scored else None
        if unit_mismatch is not None and best is not None and best.confidence >= unit_mismatch.confidence:
            unit_mismatch = None
        # Only to explain a missing reference: scored for the few rows sharing most words with the line.
        spec_mismatch: Match | None = None
        for _, item, conflict in sorted(conflicting, key=lambda c: c[0], reverse=True)[:SHOWN_CONFLICTS]:
            confidence = round(self._score(item, name, spec, words | implied, context, query), 3)
            if spec_mismatch is None or confidence > spec_mismatch.confidence:
                why = explain_conflict(normalised.specs, item.normalised.specs, conflict)
                spec_mismatch = Match(item.reference, confidence, None, (why,))
        if spec_mismatch is not None and best is not None and best.confidence >= spec_mismatch.confidence:
            spec_mismatch = None
        return MatchOutcome(
            best=best, unit_mismatch=unit_mismatch, spec_mismatch=spec_mismatch, candidates=scored[:limit]
        )

    @staticmethod
    def _why(
        item: _Indexed,
        words: set[str],
        semantic: float | None,
        compatible: bool | None,
        converted: UnitConversion | None,
    ) -> tuple[str, ...]:
        shared = [w for w in (*item.name, *item.spec) if w in words]
        why = [f"kata yang sama: {', '.join(dict.fromkeys(shared))}"] if shared else []
        if semantic is not None and semantic > 0:
            why.append(f"kemiripan makna {semantic:.2f}")
        if converted is not None:
            why.append(converted.reason)
        elif compatible:
            why.append("satuan sama")
        return tuple(why)

    def _semantic_scores(self, query_vector: Sequence[float] | None) -> np.ndarray | None:
        """How far each reference stands out from the rest of the catalogue for this line.

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

    def _candidates(self, words: set[str], semantic: np.ndarray | None) -> set[int]:
        found: set[int] = set()
        for word in words:
            found.update(self._postings.get(word, ()))
        if semantic is not None and len(semantic):
            found.update(int(i) for i in np.argsort(-semantic)[:10])
        return found

    @staticmethod
    def _context_words(query: LineQuery) -> set[str]:
        account = [w for w in _content(tokens(query.account_name)) if w not in _GENERIC_ACCOUNT_WORDS]
        return set(account) | set(_content(tokens(query.satuan)))

    @staticmethod
    def _same_price(query: LineQuery, item: _Indexed) -> bool:
        reference = item.reference
        return query.harga_satuan in (reference.harga, reference.harga_excl_ppn())

    @staticmethod
    def _units_fit(satuan: str | None, item: _Indexed) -> bool | None:
        compatible = units_compatible(satuan, item.reference.satuan)
        if compatible is not False:
            return compatible
        mine, theirs = canonical_unit(satuan), item.unit
        if mine is None or theirs is None:
            return compatible
        if item.category is ItemCategory.FOOD and {mine, theirs} <= SERVING_UNITS:
            return True
        return any(mine == f"{theirs} {period}" or theirs == f"{mine} {period}" for period in PERIODS)

    @staticmethod
    def _ruled_out(
        item: _Indexed,
        nature: frozenset[str],
        words: set[str],
        context: set[str],
    ) -> bool:
        for family in EXCLUSIVE_FAMILIES:
            # The account name speaks for the line only where the line itself is silent.
            mine, theirs = (words & family) or (context & family), item.words & family
            if mine and theirs and not mine & theirs:
                return True
        item_nature = NATURE_WORDS & set(item.name)
        return bool(item_nature - words or nature - item.nature - item.words)

    def _coverage(
        self,
        wanted: Sequence[str],
        available: set[str] | frozenset[str],
        context: set[str] | frozenset[str] = frozenset(),
    ) -> float:
        total = sum(self.idf(w) for w in wanted)
        if total == 0:
            return 0.0
        got = 0.0
        for word in wanted:
            if word in available:
                got += self.idf(word)
            elif len(word) >= 5 and any(fuzz.ratio(word, other) >= TYPO_CUTOFF for other in available):
                got += 0.8 * self.idf(word)
            elif word in context:
                got += CONTEXT_CREDIT * self.idf(word)
        return got / total

    def _score(
        self,
        item: _Indexed,
        name: list[str],
        spec: list[str],
        words: set[str],
        context: set[str],
        query: LineQuery,
    ) -> float:
        # Some catalogues name a generic class and put the item in the spec
        # (``Makanan Siap Saji — Nasi bungkus dengan lauk``): the spec may stand in for the name.
        name_coverage = self._coverage(item.name, words, context)
        spec_coverage = self._coverage(item.spec, words) if item.spec else 0.5
        if len(item.spec) >= SPEC_NAME_MIN_WORDS and spec_coverage >= SPEC_NAMES_ITEM:
            name_coverage = max(name_coverage, SPEC_AS_NAME * spec_coverage)
        known = [w for w in name if w in self._df]
        query_coverage = self._coverage(known, item.words) if known else 0.0
        fuzzy = fuzz.token_set_ratio(" ".join(name), item.name_text) / 100
        return W_NAME * name_coverage + W_QUERY * query_coverage + W_SPEC * spec_coverage + W_FUZZY * fuzzy
