from __future__ import annotations

import math

import pytest
from samarinda_embedding.domain.retrieval_metrics import ndcg_at, recall_at, unique_in_order


def test_recall_counts_relevant_items_in_the_top_k() -> None:
    assert recall_at(["a", "x", "b"], {"a", "b"}, 3) == 1.0
    assert recall_at(["a", "x", "b"], {"a", "b"}, 2) == 0.5
    assert recall_at([], {"a"}, 10) == 0.0


def test_ndcg_rewards_early_ranks() -> None:
    assert ndcg_at(["a", "b"], {"a"}, 10) == 1.0
    assert ndcg_at(["x", "a"], {"a"}, 10) == pytest.approx(1 / math.log2(3))
    assert ndcg_at(["x", "a", "b"], {"a", "b"}, 10) == pytest.approx(
        (1 / math.log2(3) + 1 / math.log2(4)) / (1 + 1 / math.log2(3))
    )
    with pytest.raises(ValueError):
        ndcg_at(["a"], set(), 10)


def test_unique_in_order_keeps_first_rank() -> None:
    assert unique_in_order(["d1", "d2", "d1", "d3"]) == ["d1", "d2", "d3"]
