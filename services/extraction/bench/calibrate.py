"""Fit the page-confidence calibration to measured CER.

    .venv/bin/python services/extraction/bench/blind_eval.py DIR --json scores.json
    .venv/bin/python services/extraction/bench/calibrate.py scores.json

Each scored page gives (mean Tesseract word confidence, measured CER). The mean word confidence
is recovered from the reported page confidence by inverting the calibration in force (it is
strictly monotonic). Pages are grouped at the calibration's knots, each knot gets the mean CER of
its group, the knots are made monotonic (surer never means worse), and the new table is printed
with the mean absolute error of the predicted CER before and after.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

from samarinda_extraction.domain.quality import CALIBRATION, expected_cer


def word_confidence(page_confidence: float) -> float:
    """Inverse of ``calibrated_confidence`` for the calibration in force."""
    target = 1 - page_confidence / 100
    low, high = 0.0, 100.0
    for _ in range(60):
        middle = (low + high) / 2
        low, high = (middle, high) if expected_cer(middle) > target else (low, middle)
    return (low + high) / 2


def main() -> None:
    scores = json.loads(Path(sys.argv[1]).read_text())
    pairs = [(word_confidence(s["confidence"]), s["cer_ours"]) for s in scores if s["confidence"] is not None]
    knots = [x for x, _ in CALIBRATION]
    groups: dict[float, list[float]] = {k: [] for k in knots}
    for confidence, cer in pairs:
        nearest = min(knots, key=lambda k: abs(k - confidence))
        groups[nearest].append(cer)
    fitted: list[tuple[float, float]] = []
    worst_so_far = 0.0
    for knot, old in reversed(CALIBRATION):  # from surest down: CER may only grow
        measured = statistics.mean(groups[knot]) if groups[knot] else old
        worst_so_far = max(worst_so_far, measured)
        fitted.append((knot, round(worst_so_far, 3)))
    fitted.reverse()

    def error(table: Sequence[tuple[float, float]]) -> float:
        return statistics.mean(abs(expected_cer(x, table) - cer) for x, cer in pairs)

    print(f"{len(pairs)} pages; pages per knot: { {k: len(v) for k, v in groups.items()} }")
    print(f"mean |predicted - measured CER|: in force {error(CALIBRATION):.4f}, fitted {error(fitted):.4f}")
    print("CALIBRATION = (")
    for knot, cer in fitted:
        print(f"    ({knot}, {cer}),")
    print(")")


if __name__ == "__main__":
    main()
