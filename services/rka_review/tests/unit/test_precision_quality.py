"""The precision set (tests/precision, own data, used for tuning): clean lines written the many ways
authors write them must not raise NO_PRICE_REFERENCE or ARITHMETIC, and the true errors next to
them must still be found. OFF_TARGET is not labelled in this set (its items are drawn at random
for their wording, not for their fit to the sub-kegiatan), so it is not scored here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from samarinda_rka_review.evaluation import Scoreboard, load_labels
from samarinda_rka_review.offline import review_files

DATA = Path(__file__).resolve().parents[1] / "precision" / "data"
SCORED = ("OVERPRICED", "NO_PRICE_REFERENCE", "ARITHMETIC")
MIN_PRECISION = 0.95
# NO_PRICE_REFERENCE is not raised for a line judged OFF_TARGET (it is cut, not priced): the
# unlabelled OFF_TARGET alarms of this set cost some of its recall.
MIN_RECALL = {"OVERPRICED": 0.95, "NO_PRICE_REFERENCE": 0.7, "ARITHMETIC": 0.95}


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_precision_set_false_alarms_and_recall(split: str) -> None:
    board = Scoreboard()
    for entry in json.loads((DATA / "manifest.json").read_text()):
        if entry["split"] == split:
            _, review, _ = review_files(DATA / entry["rka"], [DATA / entry["catalogue"]])
            board.add(entry["rka"], load_labels(DATA / entry["labels"]), review)
    for kind in SCORED:
        score = board.by_type[kind]
        assert score.precision >= MIN_PRECISION, (kind, board.mistakes)
        assert score.recall >= MIN_RECALL[kind], (kind, board.mistakes)
    assert sum(board.by_type[kind].tp for kind in SCORED) >= 25
