"""Precision/recall per finding type on (a) the shared sample, (b) our labelled evaluation set
(dev and holdout) and (c) the blind set (OPDs, items and layouts the rules were not tuned on).

.venv/bin/python services/rka_review/bench/evaluate.py [--samples DIR] [--eval DIR] [--blind DIR] [--mistakes]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from samarinda_common.testing.samples import samples_dir
from samarinda_rka_review.evaluation import Scoreboard, load_labels
from samarinda_rka_review.offline import review_files

HERE = Path(__file__).resolve().parent
DEFAULT_SAMPLES = samples_dir()
DEFAULT_EVAL = HERE.parent / "tests" / "eval" / "data"
DEFAULT_BLIND = HERE.parent / "tests" / "blind" / "data"


def score_sample(samples: Path) -> Scoreboard:
    board = Scoreboard()
    _, review = review_files(samples / "rka_dinas_pendidikan_2026.xlsx", [samples / "ssh_2026.xlsx"])
    board.add("sample", load_labels(samples / "rka_dinas_pendidikan_2026.labels.json"), review)
    return board


def score_eval_set(data: Path, split: str | None = None) -> Scoreboard:
    board = Scoreboard()
    for entry in json.loads((data / "manifest.json").read_text()):
        if split and entry["split"] != split:
            continue
        catalogues = entry.get("catalogues") or [entry["catalogue"]]
        _, review = review_files(data / entry["rka"], [data / name for name in catalogues])
        board.add(entry["rka"], load_labels(data / entry["labels"]), review)
    return board


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=Path, default=DEFAULT_SAMPLES)
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--blind", type=Path, default=DEFAULT_BLIND)
    parser.add_argument("--mistakes", action="store_true", help="list every line that disagrees")
    args = parser.parse_args()
    boards = [("shared sample (rka_dinas_pendidikan_2026)", score_sample(args.samples))]
    for split in ("dev", "holdout"):
        boards.append((f"own eval set, {split}", score_eval_set(args.eval, split)))
    boards.append(("blind set (five unseen OPDs, two unseen catalogues)", score_eval_set(args.blind)))
    for title, board in boards:
        print(f"\n== {title}\n{board.table()}")
        if args.mistakes:
            print("\n".join(board.mistakes))


if __name__ == "__main__":
    main()
