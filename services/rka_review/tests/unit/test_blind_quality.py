"""The reviewer on the blind set (tests/blind: five OPDs, two catalogues and layouts written before
the rules were read) is held to the precision/recall measured after the generality fixes, so that
a regression fails. OFF_TARGET precision is lower by design: the blind labels accept office or
kitchen equipment in operational sub-kegiatan that the rules flag (see the README)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from samarinda_rka_review.evaluation import Score, Scoreboard, load_labels
from samarinda_rka_review.offline import review_files

BLIND = Path(__file__).resolve().parents[1] / "blind" / "data"
# type: (min precision, min recall), a little under what was measured (see bench/evaluate.py)
MINIMUM = {
    "OVERPRICED": (0.95, 0.95),
    "NO_PRICE_REFERENCE": (0.9, 0.9),
    "OFF_TARGET": (0.6, 0.85),
    "ARITHMETIC": (1.0, 1.0),
    "DUPLICATE": (1.0, 1.0),
    "ACCOUNT_MISMATCH": (0.9, 0.9),
}


@pytest.fixture(scope="module")
def board() -> Scoreboard:
    scoreboard = Scoreboard()
    for entry in json.loads((BLIND / "manifest.json").read_text()):
        _, review, _ = review_files(BLIND / entry["rka"], [BLIND / name for name in entry["catalogues"]])
        scoreboard.add(entry["rka"], load_labels(BLIND / entry["labels"]), review)
    return scoreboard


@pytest.mark.parametrize("kind", sorted(MINIMUM))
def test_blind_set_precision_and_recall_per_type(board: Scoreboard, kind: str) -> None:
    score: Score = board.by_type[kind]
    min_precision, min_recall = MINIMUM[kind]
    assert score.tp > 0, kind
    assert score.precision >= min_precision, (kind, board.mistakes)
    assert score.recall >= min_recall, (kind, board.mistakes)


def test_blind_set_overall(board: Scoreboard) -> None:
    overall = board.overall()
    assert overall.tp >= 80
    assert overall.precision >= 0.9 and overall.recall >= 0.95, board.mistakes
