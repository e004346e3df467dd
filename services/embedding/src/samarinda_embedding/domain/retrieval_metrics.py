"""Retrieval quality measures with binary relevance (used by the evaluation bench)."""

from __future__ import annotations

import math
from collections.abc import Sequence, Set


def recall_at(ranked: Sequence[str], relevant: Set[str], k: int) -> float:
    if not relevant:
        raise ValueError("a query needs at least one relevant item")
    return len(set(ranked[:k]) & relevant) / len(relevant)


def ndcg_at(ranked: Sequence[str], relevant: Set[str], k: int) -> float:
    if not relevant:
        raise ValueError("a query needs at least one relevant item")
    gained = sum(1 / math.log2(rank + 2) for rank, item in enumerate(ranked[:k]) if item in relevant)
    ideal = sum(1 / math.log2(rank + 2) for rank in range(min(k, len(relevant))))
    return gained / ideal


def unique_in_order(items: Sequence[str]) -> list[str]:
    """Several chunks of one document count once, at the rank of the first."""
    return list(dict.fromkeys(items))
