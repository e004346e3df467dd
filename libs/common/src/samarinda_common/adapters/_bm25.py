"""Okapi BM25 over an incrementally updated inverted index (Lucene's formula and defaults)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence


class Bm25Index:
    def __init__(self, *, k1: float = 1.2, b: float = 0.75) -> None:
        self._k1 = k1
        self._b = b
        self._postings: dict[str, dict[str, int]] = {}  # term -> {doc id: term frequency}
        self._lengths: dict[str, int] = {}
        self._terms: dict[str, set[str]] = {}  # doc id -> its distinct terms, for cheap removal
        self._total_length = 0

    def __len__(self) -> int:
        return len(self._lengths)

    def add(self, doc_id: str, tokens: Sequence[str]) -> None:
        self.remove(doc_id)
        for term, frequency in Counter(tokens).items():
            self._postings.setdefault(term, {})[doc_id] = frequency
        self._lengths[doc_id] = len(tokens)
        self._terms[doc_id] = set(tokens)
        self._total_length += len(tokens)

    def remove(self, doc_id: str) -> None:
        length = self._lengths.pop(doc_id, None)
        if length is None:
            return
        self._total_length -= length
        for term in self._terms.pop(doc_id):
            docs = self._postings[term]
            del docs[doc_id]
            if not docs:
                del self._postings[term]

    def scores(self, query_tokens: Iterable[str]) -> dict[str, float]:
        """BM25 score of every document containing at least one query term."""
        n = len(self._lengths)
        if not n:
            return {}
        average_length = self._total_length / n or 1.0
        totals: dict[str, float] = {}
        # Terms in the query's order, not a set's: a set's order follows the hash seed, and so
        # would the float sums (last bits) and the order of equal scores.
        for term in dict.fromkeys(query_tokens):
            docs = self._postings.get(term)
            if not docs:
                continue
            idf = math.log(1 + (n - len(docs) + 0.5) / (len(docs) + 0.5))
            for doc_id, frequency in docs.items():
                norm = self._k1 * (1 - self._b + self._b * self._lengths[doc_id] / average_length)
                totals[doc_id] = totals.get(doc_id, 0.0) + idf * frequency / (frequency + norm)
        return totals
