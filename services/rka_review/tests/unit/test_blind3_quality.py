"""The reviewer on the third blind set (tests/blind3: Damkar, Dispora, Bapenda and a Kelurahan, an
SSH and an SBU/HSPK, written before the rules were read) is held just under the precision/recall
measured after the general fixes, so a regression fails.

Before the fixes (no embedder): OVERPRICED 1.00/1.00, NO_PRICE_REFERENCE 0.80/0.86, OFF_TARGET
0.14/0.25, ARITHMETIC and DUPLICATE 1.00/1.00, ACCOUNT_MISMATCH 0.83/0.83; overall 0.81/0.88.
After: every type 1.00/1.00 except OFF_TARGET 0.67/1.00 (two durables coded to a goods account in
a meeting-like sub-kegiatan are also flagged off target; the labels say account only, the eval
set's labels say both — see tests/blind3/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from samarinda_rka_review.evaluation import Score, Scoreboard, load_labels
from samarinda_rka_review.offline import review_files

BLIND3 = Path(__file__).resolve().parents[1] / "blind3" / "data"
# type: (min precision, min recall)
MINIMUM = {
    "OVERPRICED": (0.95, 0.95),
    "NO_PRICE_REFERENCE": (0.95, 0.95),
    "OFF_TARGET": (0.6, 0.95),
    "ARITHMETIC": (1.0, 1.0),
    "DUPLICATE": (1.0, 1.0),
    "ACCOUNT_MISMATCH": (0.95, 0.95),
}


@pytest.fixture(scope="module")
def board() -> Scoreboard:
    scoreboard = Scoreboard()
    for entry in json.loads((BLIND3 / "manifest.json").read_text()):
        _, review, _ = review_files(BLIND3 / entry["rka"], [BLIND3 / name for name in entry["catalogues"]])
        scoreboard.add(entry["rka"], load_labels(BLIND3 / entry["labels"]), review)
    return scoreboard


@pytest.mark.parametrize("kind", sorted(MINIMUM))
def test_blind3_precision_and_recall_per_type(board: Scoreboard, kind: str) -> None:
    score: Score = board.by_type[kind]
    min_precision, min_recall = MINIMUM[kind]
    assert score.tp > 0, kind
    assert score.precision >= min_precision, (kind, board.mistakes)
    assert score.recall >= min_recall, (kind, board.mistakes)


def test_blind3_overall(board: Scoreboard) -> None:
    overall = board.overall()
    assert overall.tp >= 48
    assert overall.precision >= 0.94 and overall.recall >= 0.98, board.mistakes


def test_every_blind3_rka_is_read_whole() -> None:
    # Layouts differ (Satuan before Volume, no Koefisien column, PPN as "11%", an extra title row).
    for entry in json.loads((BLIND3 / "manifest.json").read_text()):
        rka, _, _ = review_files(BLIND3 / entry["rka"], [BLIND3 / name for name in entry["catalogues"]])
        read = {line.line_id for sub in rka.sub_kegiatan for line in sub.lines}
        assert read == set(load_labels(BLIND3 / entry["labels"])), entry["rka"]
