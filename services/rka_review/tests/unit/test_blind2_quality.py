"""The reviewer on the second blind set (tests/blind2: RSUD, Satpol PP, Disdukcapil, Dinas
Pariwisata and Dinas Perpustakaan, an SSH and an SBU/HSPK, all written before the rules were read)
is held just under the precision/recall measured after the general fixes, so a regression fails.

Measured (no embedder): OVERPRICED 0.97/1.00, NO_PRICE_REFERENCE 0.76/0.87, OFF_TARGET 0.91/0.91,
ARITHMETIC, DUPLICATE and ACCOUNT_MISMATCH 1.00/1.00. Before the fixes the set scored 0.38/0.53
overall, with one RKA (a two-row header) not read at all. The remaining misses are listed in
tests/blind2/README.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from samarinda_rka_review.evaluation import Score, Scoreboard, load_labels
from samarinda_rka_review.offline import review_files

BLIND2 = Path(__file__).resolve().parents[1] / "blind2" / "data"
# type: (min precision, min recall)
MINIMUM = {
    "OVERPRICED": (0.93, 0.95),
    "NO_PRICE_REFERENCE": (0.7, 0.8),
    "OFF_TARGET": (0.85, 0.85),
    "ARITHMETIC": (1.0, 1.0),
    "DUPLICATE": (1.0, 1.0),
    "ACCOUNT_MISMATCH": (0.95, 0.95),
}


@pytest.fixture(scope="module")
def board() -> Scoreboard:
    scoreboard = Scoreboard()
    for entry in json.loads((BLIND2 / "manifest.json").read_text()):
        _, review, _ = review_files(BLIND2 / entry["rka"], [BLIND2 / name for name in entry["catalogues"]])
        scoreboard.add(entry["rka"], load_labels(BLIND2 / entry["labels"]), review)
    return scoreboard


@pytest.mark.parametrize("kind", sorted(MINIMUM))
def test_blind2_precision_and_recall_per_type(board: Scoreboard, kind: str) -> None:
    score: Score = board.by_type[kind]
    min_precision, min_recall = MINIMUM[kind]
    assert score.tp > 0, kind
    assert score.precision >= min_precision, (kind, board.mistakes)
    assert score.recall >= min_recall, (kind, board.mistakes)


def test_blind2_overall(board: Scoreboard) -> None:
    overall = board.overall()
    assert overall.tp >= 70
    assert overall.precision >= 0.9 and overall.recall >= 0.93, board.mistakes


def test_every_blind2_rka_is_read_whole() -> None:
    # The set's layouts (Kode Rekening before No, a two-row header, PPN as text or as an Excel
    # fraction, no Koefisien column) must all yield every labelled line.
    for entry in json.loads((BLIND2 / "manifest.json").read_text()):
        rka, _, _ = review_files(BLIND2 / entry["rka"], [BLIND2 / name for name in entry["catalogues"]])
        read = {line.line_id for sub in rka.sub_kegiatan for line in sub.lines}
        assert read == set(load_labels(BLIND2 / entry["labels"])), entry["rka"]
