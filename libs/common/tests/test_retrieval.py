from __future__ import annotations

import pytest
from samarinda_common.retrieval import RRF_K, min_max_fusion, reciprocal_rank_fusion


def test_rrf_rewards_items_both_lists_agree_on() -> None:
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d", "c"]])
    assert [item for item, _ in fused] == ["b", "c", "a", "d"]
    scores = dict(fused)
    assert scores["b"] == pytest.approx(1 / (RRF_K + 2) + 1 / (RRF_K + 1))
    assert scores["c"] == pytest.approx(2 / (RRF_K + 3))
    assert scores["a"] == pytest.approx(1 / (RRF_K + 1))


def test_rrf_weights_and_ties_are_deterministic() -> None:
    assert [i for i, _ in reciprocal_rank_fusion([["x"], ["y"]])] == ["x", "y"]
    assert [i for i, _ in reciprocal_rank_fusion([["x"], ["y"]], weights=[1.0, 2.0])] == ["y", "x"]
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["x"]], weights=[1.0, 1.0])


def test_rrf_of_nothing_is_nothing() -> None:
    assert reciprocal_rank_fusion([[], []]) == []


def test_min_max_fusion_rescales_each_list() -> None:
    fused = dict(min_max_fusion([{"a": 12.0, "b": 2.0}, {"a": 0.80, "b": 0.90, "c": 0.85}]))
    assert fused["a"] == pytest.approx(0.5 * 1.0 + 0.5 * 0.0)
    assert fused["b"] == pytest.approx(0.5 * 0.0 + 0.5 * 1.0)
    assert fused["c"] == pytest.approx(0.5 * 0.5)
    assert dict(min_max_fusion([{"only": 3.0}])) == {"only": 1.0}
    with pytest.raises(ValueError):
        min_max_fusion([{"a": 1.0}], weights=[0.5, 0.5])
