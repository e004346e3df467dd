"""DUPLICATE precision and recall on our own duplicate development set (tests/duplicates_dev).

``.venv/bin/python services/rka_review/tests/duplicates_dev/measure.py [--details] [--holdout]``

Pooled P/R per split and the median of the per-RKA F1. ``--details`` lists the dev split's
disagreements (the holdout's are never listed: do not tune on them).
"""

from __future__ import annotations

import argparse
import json
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from samarinda_common.rka import FindingType
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.reviewer import review_rka
from samarinda_rka_review.evaluation import Score
from samarinda_rka_review.offline import load_rka

DATA = Path(__file__).resolve().parent / "data"
DUP = FindingType.DUPLICATE.value


@dataclass
class SplitScore:
    pooled: Score = field(default_factory=Score)
    f1s: list[float] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def median_f1(self) -> float:
        return statistics.median(self.f1s) if self.f1s else 0.0


def score(split: str) -> SplitScore:
    """The DUPLICATE findings of the offline review against the labels of one split (without the
    catalogue: the duplicate stage does not read it, and the price stages are measured elsewhere)."""
    manifest = json.loads((DATA / "manifest.json").read_text())
    matcher = PriceMatcher([])
    result = SplitScore()
    for entry in (e for e in manifest if e["split"] == split):
        labels = json.loads((DATA / entry["labels"]).read_text())["labels"]
        rka = load_rka(DATA / entry["rka"])
        lines = {line.line_id: line for sub in rka.sub_kegiatan for line in sub.lines}
        found = {f.line_id: f for f in review_rka(rka, matcher).findings if f.type is FindingType.DUPLICATE}
        truth = {no for no, types in labels.items() if DUP in types}
        one = Score(len(truth & found.keys()), len(found.keys() - truth), len(truth - found.keys()))
        result.pooled.tp += one.tp
        result.pooled.fp += one.fp
        result.pooled.fn += one.fn
        p, r = one.precision, one.recall
        result.f1s.append(2 * p * r / (p + r) if p + r else 0.0)
        for no in sorted(truth ^ found.keys(), key=lambda n: int(n) if n.isdigit() else 0):
            line = lines.get(no)
            text = (
                f"{line.uraian} | {line.spesifikasi} | {line.volume} {line.satuan} x {line.harga_satuan}"
                if line
                else "?"
            )
            kind = "missed" if no in truth else f"false alarm ({found[no].message[:90]})"
            result.notes.append(f"  {entry['rka']} No {no} {kind}: {text}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--details", action="store_true")
    parser.add_argument(
        "--holdout", action="store_true", help="score the holdout split too (once, at the end)"
    )
    args = parser.parse_args()
    for split in ("dev", "holdout") if args.holdout else ("dev",):
        result = score(split)
        pooled = result.pooled
        print(
            f"{split}: P {pooled.precision:.2f} R {pooled.recall:.2f} "
            f"(tp {pooled.tp} fp {pooled.fp} fn {pooled.fn}), median per-RKA F1 {result.median_f1:.2f}"
        )
        if args.details and split == "dev":
            print("\n".join(result.notes))


if __name__ == "__main__":
    main()
