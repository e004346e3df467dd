"""The match stage: the catalogue row an RKA line should be checked against, with its reason.

Parse → normalise → **match** → judge → explain. For each line:

1. candidates (:mod:`candidates`): rows sharing its normalised words (synonyms, abbreviations and
   phrases from ``vocabulary.toml``) and, with an embedder, the rows its embedding singles out;
2. compatibility (:mod:`compatibility`): variants, nature, specification and unit rule rows out,
   each with its reason;
3. score: IDF-weighted coverage of the row's name by the line and of the line's words by the row,
   rapidfuzz's token-set similarity and (optional) the standardised embedding similarity, which
   lifts wordings no synonym table knows but never pulls a lexical match down.

The result is a :class:`Match` (row, confidence, why) — plus the closest rows refused by unit or
specification, to explain a missing reference. The reviewer decides what is credible.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np
from rapidfuzz import fuzz
from samarinda_common.price_catalogue import PriceReference

from samarinda_rka_review.domain.candidates import (
    NATURE_WORDS,
    PRINTING_NATURE,
    CandidateIndex,
    CatalogueRow,
    content,
    near_form,
)
from samarinda_rka_review.domain.compatibility import (
    NATURE_LEADS,
    LineFacts,
    Refusal,
    hired_by_period,
    judge,
    leading_nature,
)
from samarinda_rka_review.domain.normalisation import UnitConversion, normalise_item, packed_by_price
from samarinda_rka_review.domain.rules import REVIEW, VOCABULARY
from samarinda_rka_review.domain.specs import explain_conflict
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise, item_head
from samarinda_rka_review.domain.text import ryzen_aware, size_units, tokens
from samarinda_rka_review.domain.value_bands import value_band

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
# RKA lines are composed by picking a catalogue row, so they usually carry its exact price: a row
# the line already resembles and whose price it repeats to the rupiah is very likely its source.
SAME_PRICE_CREDIT = REVIEW.matching.same_price_credit
SAME_PRICE_FLOOR = REVIEW.matching.same_price_floor
COPIED_SPEC_CONFIDENCE = REVIEW.matching.copied_spec_confidence
MODIFIER_ONLY_PENALTY = REVIEW.matching.modifier_only_penalty
SPEC_AS_NAME = REVIEW.matching.spec_as_name
SPEC_NAMES_ITEM = REVIEW.matching.spec_names_item
SPEC_NAME_MIN_WORDS = REVIEW.matching.spec_name_min_words
LINE_SPEC_AS_NAME = REVIEW.matching.line_spec_as_name
# Words naming the people a line is for (``peserta``, ``petugas``: vocabulary.toml counts a head by
# who it is as one ``orang``). After the line's first word they say whom the item is for
# (``Kudapan peserta``), which a catalogue row prices without saying: a row leaving them out is
# short of the line's words by less.
_PEOPLE = frozenset(
    word for word, unit in VOCABULARY.unit_canon.items() if unit == "orang" and " " not in word
)
# A row whose unit cannot be told (a side has none) is trusted a little less.
UNKNOWN_UNIT_PENALTY = 0.05
# A row whose value band (``nilai kontrak s.d. Rp750 juta``) the line states is named by it as surely
# as by a copied Spesifikasi, once the two share the fee's name (a word or so of it).
SAME_BAND_FLOOR = 0.25
# How many references ruled out by their specification are scored to name the closest one.
SHOWN_CONFLICTS = 5
# How many lines' outcomes a matcher remembers (a few RKAs' worth; the oldest used go first).
MATCHES_REMEMBERED = 20_000


# The ``x`` between two figures of a size written as one word (``60x90``).
_BY = re.compile(r"(?<=\d)x(?=\d)")


def modifier_only(name: Sequence[str], words: AbstractSet[str], row: CatalogueRow) -> bool:
    """The line and the row share words of their names, but neither's first word (what each
    buys, after a lead such as ``Biaya``) is the other's: they share a qualifier only (``Lampu
    Taman`` / ``Kursi Taman``)."""
    mine, theirs = _bought(name), _bought(row.name)
    if mine is None or theirs is None:
        return False
    return bool(set(row.name) & set(name)) and mine not in row.words and theirs not in words


def _bought(name: Sequence[str]) -> str | None:
    """The first word of a name after a word that only leads to it (``Biaya bimbingan`` →
    ``bimbingan``): the row need not say ``Biaya`` to price it."""
    return next((word for word in name if word not in NATURE_LEADS), None)


def _figures(text: str) -> set[str]:
    """The words of a text that hold a digit (sizes, trade numbers, capacities); a size written
    as one word (``60x90``) gives each of its figures, as ``60 x 90`` does."""
    words = (part for word in tokens(text) for part in _BY.split(word))
    return {word for word in words if any(c.isdigit() for c in word)}


def price_fit(asked: int | None, match: Match) -> Decimal:
    """How well a row's price (per the line's unit) covers the price the line asks, as a sort key
    between rows the line's words fit alike (two thicknesses of one binder for a line giving no
    size): the cheapest row that covers it first. A line that does not say which of two grades it
    buys is held to the grade its price is for, not to the cheaper one; one dearer than every row
    keeps the catalogue's order (0 for all)."""
    if not asked:
        return Decimal(0)
    factor = match.conversion.factor if match.conversion else Decimal(1)
    ceiling = match.reference.harga * factor
    return -ceiling if ceiling >= asked else Decimal("-Infinity")


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
    read_by_ocr: bool = False  # its words may carry a scan's misread letters


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

    def told_apart(self, floor: float, margin: float) -> bool:
        """Whether the best row is the line's item and not one of its neighbours: a confident
        match (``floor``), or one that stands ``margin`` clear of every other row (a line worded
        apart from the catalogue's name, ``Brush cutter`` for ``Mesin pemotong rumput``, whose
        catalogue has no second machine to mistake it for)."""
        if self.best is None:
            return False
        if self.best.confidence >= floor:
            return True
        others = [m.confidence for m in self.candidates if m.reference.id != self.best.reference.id]
        return self.best.confidence - max(others, default=0.0) >= margin


class PriceMatcher:
    """Matches lines to one catalogue. Matching is a pure function of the line (and its vector)
    over a fixed index, so outcomes are remembered: an item named in many sub-kegiatan, and the
    unchanged lines of a revised RKA reviewed against the same catalogue, are matched once."""

    def __init__(
        self,
        references: Sequence[PriceReference],
        vectors: Mapping[str, Sequence[float] | np.ndarray] | None = None,
        *,
        remembered: int = MATCHES_REMEMBERED,
    ) -> None:
        self._index = CandidateIndex(references, vectors)
        self._outcomes: OrderedDict[tuple[LineQuery, int, bytes | None], MatchOutcome] = OrderedDict()
        self._remembered = remembered

    def __len__(self) -> int:
        return len(self._index)

    def idf(self, word: str) -> float:
        return self._index.idf(word)

    def match(
        self, query: LineQuery, query_vector: Sequence[float] | np.ndarray | None = None, *, limit: int = 3
    ) -> MatchOutcome:
        vector = None if query_vector is None else np.asarray(query_vector, dtype=np.float32)
        key = (query, limit, None if vector is None else hashlib.blake2b(vector.tobytes()).digest())
        outcome = self._outcomes.get(key)
        if outcome is None:
            outcome = self._match(query, vector, limit)
            self._outcomes[key] = outcome
            if len(self._outcomes) > self._remembered:
                self._outcomes.popitem(last=False)
        else:
            self._outcomes.move_to_end(key)
        return outcome

    def _match(self, query: LineQuery, query_vector: np.ndarray | None, limit: int) -> MatchOutcome:
        index = self._index
        name = index.line_words(query.uraian, scanned=query.read_by_ocr)
        spec = index.line_words(query.spesifikasi, scanned=query.read_by_ocr)
        words = ryzen_aware(name + spec)
        # A banner is printed whether or not the line says so, and so is a form booked to a
        # printing account (``Belanja Cetak dan Penggandaan``): the account says what is paid for.
        printed = categorise(query.uraian, query.spesifikasi) is ItemCategory.PRINTING or bool(
            PRINTING_NATURE & set(tokens(query.account_name))
        )
        # So is a service booked to the account of its kind (``Cuci AC`` under ``Belanja
        # Pemeliharaan``, ``Panggung`` under ``Belanja Sewa``): a row that names the service prices it.
        booked_as = NATURE_WORDS & set(tokens(query.account_name))
        implied = (PRINTING_NATURE if printed else set()) | hired_by_period(query.satuan) | booked_as
        context = self._context_words(query) - words
        line = LineFacts(
            words=words | implied,
            context=context,
            # What the line pays for is said by its head, not by its purpose (``Toner untuk cetak KK``).
            nature=leading_nature(item_head(query.uraian)),
            normalised=normalise_item(query.uraian, query.spesifikasi, query.satuan),
            beyond_context=index.beyond_context(words, context),
            sizes=size_units(query.uraian),
        )
        semantic = index.semantic_scores(query_vector)

        scored: list[Match] = []
        # Between rows scored alike, the one whose figures the line repeats (``Klip 200`` and the
        # rows ``No. 105`` … ``No. 200``) is the line's size, not the first of its siblings.
        figures = _figures(f"{query.uraian} {query.spesifikasi or ''}")
        repeated: dict[str, int] = {}
        unit_mismatch: Match | None = None
        conflicting: list[tuple[int, CatalogueRow, tuple[str, str]]] = []
        copied = index.copied_spec(query.spesifikasi)
        band = value_band(f"{query.uraian} {query.spesifikasi or ''}")
        positions = index.candidates(words, semantic) | ({copied} if copied is not None else set())
        for position in positions:
            row = index.rows[position]
            verdict = judge(line, query.satuan, row)
            # A line repeating the row's Spesifikasi word for word says what the row adds to the
            # item it is an accessory of (``Gagang Payung`` beside the ``Payung`` rows, its spec copied).
            if verdict.refusal in (Refusal.VARIANT, Refusal.NATURE) or (
                position != copied and index.names_more(position, line.words)
            ):
                continue
            if verdict.spec_conflict is not None:
                conflicting.append((len(words & row.words), row, verdict.spec_conflict))
                continue
            confidence = self._score(row, name, spec, line)
            similarity = float(semantic[position]) if semantic is not None else None
            if similarity is not None:
                # The embedding can lift a wording no synonym table knows; it never pulls a
                # lexical match down (a standardised cosine is 0 for most rows).
                blended = (1 - SEMANTIC_WEIGHT) * confidence + SEMANTIC_WEIGHT * similarity
                confidence = max(confidence, blended)
            if (
                query.harga_satuan
                and confidence >= SAME_PRICE_FLOOR
                and self._same_price(query, row, verdict.conversion)
            ):
                confidence += SAME_PRICE_CREDIT
            if modifier_only(name, words, row):
                confidence -= MODIFIER_ONLY_PENALTY
            if position == copied:
                confidence = max(confidence, COPIED_SPEC_CONFIDENCE)
            row_band = value_band(row.reference.description()) if band is not None else None
            if row_band is not None:
                if row_band != band:
                    continue  # the fee of another band
                if confidence >= SAME_BAND_FLOOR:
                    confidence = max(confidence, COPIED_SPEC_CONFIDENCE)
            converted = verdict.conversion
            if verdict.refusal is Refusal.UNIT:
                converted = packed_by_price(line.normalised, query.harga_satuan, row.reference)
                if converted is None:
                    if unit_mismatch is None or confidence > unit_mismatch.confidence:
                        unit_mismatch = Match(
                            row.reference, round(confidence, 3), False, (Refusal.UNIT.value,)
                        )
                    continue
            if verdict.unit_compatible is None:
                confidence -= UNKNOWN_UNIT_PENALTY
            repeated[row.reference.id] = len(figures & _figures(row.reference.description()))
            scored.append(
                Match(
                    row.reference,
                    round(max(0.0, min(1.0, confidence)), 3),
                    verdict.unit_compatible if converted is None else True,
                    (converted.reason,) if converted else (),
                    converted,
                    self._why(row, words, similarity, verdict.unit_compatible, converted)
                    + (("spesifikasi sama persis",) if position == copied else ()),
                )
            )
        # The row whose Spesifikasi the line copied, named by a word of the line, is the line's
        # item ahead of siblings its name alone also fits (``Kipas Angin`` rows of other diameters).
        chosen = (
            index.rows[copied].reference.id
            if copied is not None and set(index.rows[copied].name) & words
            else None
        )
        scored.sort(
            key=lambda m: (
                m.reference.id == chosen,
                m.confidence,
                repeated[m.reference.id],
                price_fit(query.harga_satuan, m),
            ),
            reverse=True,
        )
        best = scored[0] if scored else None
        if unit_mismatch is not None and best is not None and best.confidence >= unit_mismatch.confidence:
            unit_mismatch = None
        # Only to explain a missing reference: scored for the few rows sharing most words with the line.
        spec_mismatch: Match | None = None
        for _, row, conflict in sorted(conflicting, key=lambda c: c[0], reverse=True)[:SHOWN_CONFLICTS]:
            confidence = round(self._score(row, name, spec, line), 3)
            if spec_mismatch is None or confidence > spec_mismatch.confidence:
                why = explain_conflict(line.normalised.specs, row.normalised.specs, conflict)
                spec_mismatch = Match(row.reference, confidence, None, (why,))
        if spec_mismatch is not None and best is not None and best.confidence >= spec_mismatch.confidence:
            spec_mismatch = None
        return MatchOutcome(
            best=best, unit_mismatch=unit_mismatch, spec_mismatch=spec_mismatch, candidates=scored[:limit]
        )

    @staticmethod
    def _why(
        row: CatalogueRow,
        words: set[str],
        semantic: float | None,
        compatible: bool | None,
        converted: UnitConversion | None,
    ) -> tuple[str, ...]:
        """Why the row was taken (Bahasa Indonesia): shared words, meaning, unit."""
        shared = [w for w in (*row.name, *row.spec) if w in words]
        why = [f"kata yang sama: {', '.join(dict.fromkeys(shared))}"] if shared else []
        if semantic is not None and semantic > 0:
            why.append(f"kemiripan makna {semantic:.2f}")
        if converted is not None:
            why.append(converted.reason)
        elif compatible:
            why.append("satuan sama")
        return tuple(why)

    @staticmethod
    def _context_words(query: LineQuery) -> set[str]:
        account = [w for w in content(tokens(query.account_name)) if w not in _GENERIC_ACCOUNT_WORDS]
        return set(account) | set(content(tokens(query.satuan)))

    @staticmethod
    def _same_price(query: LineQuery, row: CatalogueRow, conversion: UnitConversion | None = None) -> bool:
        """The line asks the row's price, as printed or per the line's unit (a piece priced at a
        fourth of a pack of four)."""
        reference = row.reference
        prices = (reference.harga, reference.harga_excl_ppn())
        if conversion is not None:
            prices += tuple(int((price * conversion.factor).to_integral_value()) for price in prices)
        return query.harga_satuan in prices

    def _coverage(
        self,
        wanted: Sequence[str],
        available: set[str] | frozenset[str],
        context: set[str] | frozenset[str] | AbstractSet[str] = frozenset(),
    ) -> float:
        total = sum(self.idf(w) for w in wanted)
        if total == 0:
            return 0.0
        got = 0.0
        for word in wanted:
            if word in available:
                got += self.idf(word)
            elif near_form(word, available):
                got += 0.8 * self.idf(word)
            elif word in context:
                got += CONTEXT_CREDIT * self.idf(word)
        return got / total

    def _score(self, row: CatalogueRow, name: list[str], spec: list[str], line: LineFacts) -> float:
        """The lexical score; a line that names a class (``Alat Tulis Kantor``) and puts the item
        in its spec (``Kertas HVS A4 70 gram``) is also read with its spec as its name."""
        score = self._lexical(row, name, line)
        if len([w for w in spec if w in self._index.df]) >= SPEC_NAME_MIN_WORDS:
            score = max(score, LINE_SPEC_AS_NAME * self._lexical(row, spec, line, spec_read_as_name=True))
        return score

    def _lexical(
        self, row: CatalogueRow, name: list[str], line: LineFacts, *, spec_read_as_name: bool = False
    ) -> float:
        words = set(line.words)
        # A row that names the item twice (``Tandu / Stretcher``) is named by a line saying either.
        name_coverage = max(self._coverage(n, words, line.context) for n in (row.name, *row.other_names))
        spec_coverage = self._coverage(row.spec, words) if row.spec else 0.5
        # Some catalogues name a generic class and put the item in the spec
        # (``Makanan Siap Saji — Nasi bungkus dengan lauk``): the spec may stand in for the name
        # when the line's name says part of it. Attributes the row's spec shares with the line's
        # spec only (``besi, dengan rantai``) are common to many items and name none of them; nor
        # does a line whose spec is already read as its name get the row's spec read as the row's
        # name (two stand-ins name nothing).
        if (
            not spec_read_as_name
            and len(row.spec) >= SPEC_NAME_MIN_WORDS
            and spec_coverage >= SPEC_NAMES_ITEM
            and set(row.spec) & set(name)
        ):
            name_coverage = max(name_coverage, SPEC_AS_NAME * spec_coverage)
        # The unit of a size in the line's name (the ``m`` of ``Spanduk 2 x 4 m``) names no part of
        # the item: a row without it lacks no word of the item (the size is compared as a measure).
        known = [w for w in name if w in self._index.df and (w in row.words or w not in line.sizes)]
        # whom the item is for, after its first word, counts as the line's context does
        people = _PEOPLE.intersection(name[1:])
        query_coverage = self._coverage(known, row.words, people) if known else 0.0
        fuzzy = fuzz.token_set_ratio(" ".join(name), row.name_text) / 100
        return W_NAME * name_coverage + W_QUERY * query_coverage + W_SPEC * spec_coverage + W_FUZZY * fuzzy
