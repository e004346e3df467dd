"""Scores the account development set (tests/accounts_dev/data) by split, ACCOUNT_MISMATCH only
(the only type its labels carry), and lists the account lines that disagree.

.venv/bin/python services/rka_review/tests/accounts_dev/score.py [--split dev|holdout] [--quiet]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from statistics import median

from samarinda_common.rka import FindingType
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.reviewer import review_rka
from samarinda_rka_review.evaluation import Scoreboard, load_labels
from samarinda_rka_review.offline import load_catalogue, load_rka

DATA = Path(__file__).resolve().parent / "data"
ACC = FindingType.ACCOUNT_MISMATCH.value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=["dev", "holdout"], default="dev")
    parser.add_argument("--quiet", action="store_true", help="the score only, not the disagreeing lines")
    args = parser.parse_args()
    board = Scoreboard()
    per_rka: list[tuple[float, float]] = []
    for entry in json.loads((DATA / "manifest.json").read_text()):
        if entry["split"] != args.split:
            continue
        rka = load_rka(DATA / entry["rka"])
        review = review_rka(rka, PriceMatcher(load_catalogue([DATA / c for c in entry["catalogues"]])))
        labels = load_labels(DATA / entry["labels"])
        board.add(entry["rka"], labels, review)
        alone = Scoreboard()
        alone.add(entry["rka"], labels, review)
        per_rka.append((alone.by_type[ACC].precision, alone.by_type[ACC].recall))
        if args.quiet:
            continue
        lines = {line.line_id: line for sub in rka.sub_kegiatan for line in sub.lines}
        flagged = {f.line_id: f.message for f in review.findings if f.type.value == ACC}
        for line_id, line in lines.items():
            truth, said = ACC in labels.get(line_id or "", []), line_id in flagged
            if truth != said:
                kind = "missed" if truth else "false alarm"
                print(f"{entry['rka']} No {line_id} [{kind}] {line.kode_rekening} {line.uraian!r}")
                if said:
                    print(f"    {flagged[line_id]}")
    score = board.by_type[ACC]
    print(
        f"own dev set ({args.split}) ACCOUNT_MISMATCH P {score.precision:.2f} R {score.recall:.2f} "
        f"tp {score.tp} fp {score.fp} fn {score.fn}; median per RKA P "
        f"{median(p for p, _ in per_rka):.2f} R {median(r for _, r in per_rka):.2f} ({len(per_rka)} RKAs)"
    )


if __name__ == "__main__":
    main()
