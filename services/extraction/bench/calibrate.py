"""Fit the page-confidence calibration to measured CER.

    .venv/bin/python services/extraction/bench/blind_eval.py DIR --json scores.json
    .venv/bin/python services/extraction/bench/calibrate.py scores.json [--devset DIR]

Each scored page gives (mean Tesseract word confidence, measured CER). The mean word confidence
is recovered from the reported page confidence by inverting the calibration in force (it is
strictly monotonic). Pages are grouped at the calibration's knots, each knot gets the mean CER of
its group, the knots are made monotonic (surer never means worse), and the new table is printed
with the mean absolute error of the predicted CER before and after. Our kept readings are nearly
all confident; ``--devset DIR`` adds, for every page of DIR, the untouched page read once by
Tesseract (sideways and upside-down pages give the low-confidence, high-CER end of the scale).
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections.abc import Sequence
from pathlib import Path

import cv2
from samarinda_extraction.domain.quality import CALIBRATION, character_error_rate, expected_cer
from samarinda_extraction.readers import page_image
from samarinda_extraction.readers.ocr_options import OcrOptions
from samarinda_extraction.readers.tesseract import read_once


def word_confidence(page_confidence: float) -> float:
    """Inverse of ``calibrated_confidence`` for the calibration in force."""
    target = 1 - page_confidence / 100
    low, high = 0.0, 100.0
    for _ in range(60):
        middle = (low + high) / 2
        low, high = (middle, high) if expected_cer(middle) > target else (low, middle)
    return (low + high) / 2


def untouched_readings(directory: Path) -> list[tuple[float, float]]:
    """(length-weighted mean word confidence, CER) of each page read once, as it comes."""
    pairs = []
    for entry in json.loads((directory / "manifest.json").read_text()):
        path = directory / entry["file"]
        if path.suffix.lower() == ".pdf":
            continue
        reading = read_once(
            page_image.to_gray(cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)), "plain", OcrOptions()
        )
        words = [(w.text, w.confidence) for w in reading.words]
        weight = sum(len(t) for t, _ in words)
        if weight:
            truth = (directory / entry["truth"]).read_text(encoding="utf-8")
            mean = sum(len(t) * c for t, c in words) / weight
            pairs.append(
                (
                    mean,
                    character_error_rate(
                        truth, "\n".join(" ".join(w.text for w in ln) for ln in reading.lines)
                    ),
                )
            )
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("scores", type=Path)
    parser.add_argument("--devset", type=Path)
    args = parser.parse_args()
    scores = json.loads(args.scores.read_text())
    pairs = [(word_confidence(s["confidence"]), s["cer_ours"]) for s in scores if s["confidence"] is not None]
    if args.devset:
        pairs += untouched_readings(args.devset)
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
    before, after = error(CALIBRATION), error(fitted)
    print(f"mean |predicted - measured CER|: in force {before:.4f}, fitted {after:.4f}")
    print("the fitted table predicts better: paste it" if after < before else "keep the table in force")
    print("CALIBRATION = (")
    for knot, cer in fitted:
        print(f"    ({knot}, {cer}),")
    print(")")


if __name__ == "__main__":
    main()
