"""Fusing ranked lists from lexical (BM25) and semantic (k-NN) retrieval.

Shared because every reader of the chunk index fuses the same way: the embedding service's
SearchService and the RKA review's evidence search in single-process mode.

BM25 scores are unbounded and k-NN scores are similarities in a narrow band, so raw scores
cannot be added. Reciprocal-rank fusion uses ranks only; min-max fusion rescales each list to
0..1 first and keeps how far apart the hits are within a list.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any

from samarinda_common.ports import Embedder, Hit, VectorIndex

RRF_K = 60  # the constant of Cormack et al. (2009); damps the weight of the very first ranks


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[str]], *, weights: Sequence[float] | None = None, k: int = RRF_K
) -> list[tuple[str, float]]:
    """``score(d) = Σ w_i / (k + rank_i(d))`` over the lists that contain ``d``; best first."""
    weights = weights or [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking")
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return _best_first(scores)


def min_max_fusion(
    score_lists: Sequence[Mapping[str, float]], *, weights: Sequence[float] | None = None
) -> list[tuple[str, float]]:
    """Rescale each list to 0..1 and take the weighted sum; a list's only hit scores 1."""
    weights = weights or [1.0 / len(score_lists)] * len(score_lists) if score_lists else []
    if len(weights) != len(score_lists):
        raise ValueError("one weight per score list")
    fused: dict[str, float] = {}
    for scores, weight in zip(score_lists, weights, strict=True):
        if not scores:
            continue
        low, high = min(scores.values()), max(scores.values())
        span = high - low
        for item, score in scores.items():
            normalised = (score - low) / span if span > 0 else 1.0
            fused[item] = fused.get(item, 0.0) + weight * normalised
    return _best_first(fused)


def _best_first(scores: Mapping[str, float]) -> list[tuple[str, float]]:
    # Ties break on the id so that the same query always returns the same order.
    return sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))


RankedHit = tuple[Hit, float, tuple[str, ...]]  # the hit, its fused score, its BM25 highlights


async def hybrid_search(
    vector_index: VectorIndex,
    embedder: Embedder,
    index: str,
    query: str,
    *,
    filters: Mapping[str, Any],
    k: int,
    knn_candidates: int = 40,
) -> list[RankedHit]:
    """BM25 and k-NN lists of depth ``k`` fused by reciprocal rank, best first.

    The k-NN search explores ``max(k, knn_candidates)`` graph candidates and keeps the best ``k``:
    an HNSW search asked for few neighbours loses true ones.
    """
    vector = (await embedder.embed([query], kind="query")).vectors[0]
    lexical, semantic = await asyncio.gather(
        vector_index.search_text(index, query, filters=filters, k=k),
        vector_index.search_vector(index, vector, filters=filters, k=max(k, knn_candidates)),
    )
    semantic = semantic[:k]
    by_id = {h.id: h for h in semantic} | {h.id: h for h in lexical}
    highlights = {h.id: tuple(h.highlights) for h in lexical}
    fused = reciprocal_rank_fusion([[h.id for h in lexical], [h.id for h in semantic]])
    return [(by_id[i], score, highlights.get(i, ())) for i, score in fused[:k]]
