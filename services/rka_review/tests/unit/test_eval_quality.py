"""The reviewer is held to minimum precision/recall on the labelled sets (regressions fail)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from samarinda_common.testing.samples import samples_dir
from samarinda_rka_review.evaluation import Scoreboard, load_labels
from samarinda_rka_review.offline import review_files

EVAL = Path(__file__).resolve().parents[1] / "eval" / "data"
MIN_PRECISION = 0.8
MIN_RECALL = 0.8


def _board(split: str) -> Scoreboard:
    board = Scoreboard()
    for entry in json.loads((EVAL / "manifest.json").read_text()):
        if entry["split"] == split:
            _, review, _ = review_files(EVAL / entry["rka"], [EVAL / entry["catalogue"]])
            board.add(entry["rka"], load_labels(EVAL / entry["labels"]), review)
    return board


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_eval_set_precision_and_recall_per_type(split: str) -> None:
    board = _board(split)
    for kind, score in board.by_type.items():
        assert score.precision >= MIN_PRECISION, (kind, board.mistakes)
        assert score.recall >= MIN_RECALL, (kind, board.mistakes)
    assert board.overall().tp >= 20


def test_shared_sample_precision_and_recall() -> None:
    samples = samples_dir()
    _, review, _ = review_files(samples / "rka_dinas_pendidikan_2026.xlsx", [samples / "ssh_2026.xlsx"])
    board = Scoreboard()
    board.add("sample", load_labels(samples / "rka_dinas_pendidikan_2026.labels.json"), review)
    overall = board.overall()
    assert overall.precision >= 0.9 and overall.recall >= 0.9, board.mistakes
