"""Lines lost at intake: per RKA of the chosen sets, the lines its labels name against the lines the
reader returned (by No), with the Nos missing and the Nos read that the labels do not know.

A finding on a line that was never read is a finding lost, whatever the judge does; this counts
those losses before any judging. Use it on sets you may read (it names lines).

    .venv/bin/python services/rka_review/bench/intake.py services/rka_review/tests/blind14/data [...]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from samarinda_common.errors import InvalidInput
from samarinda_rka_review.evaluation import load_labels
from samarinda_rka_review.offline import load_rka

# As in evaluate.py: the OCR's per-call timeouts stretched, so that a busy machine drops no page.
BENCH_OCR_TIME_SCALE = 5.0


def read_ids(path: Path, ocr_time_scale: float) -> list[str]:
    return [line.line_id for line in load_rka(path, ocr_time_scale=ocr_time_scale).lines()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sets", type=Path, nargs="+", help="data folders with a manifest.json")
    parser.add_argument("--only", default="", help="read only RKAs whose name contains this")
    parser.add_argument(
        "--budget-scale",
        type=float,
        default=BENCH_OCR_TIME_SCALE,
        help="multiply the OCR's per-call timeouts of scans (default: a bench-only margin)",
    )
    args = parser.parse_args()
    total_truth = total_read = 0
    for data in args.sets:
        for entry in json.loads((data / "manifest.json").read_text()):
            if args.only not in entry["rka"]:
                continue
            truth = list(load_labels(data / entry["labels"]))
            started = time.monotonic()
            try:
                ids = read_ids(data / entry["rka"], args.budget_scale)
            except InvalidInput as rejected:
                ids = []
                print(f"  rejected: {str(rejected)[:300]}")
            seconds = time.monotonic() - started
            read, labelled = set(ids), set(truth)
            found = [i for i in truth if i in read]
            missing = [i for i in truth if i not in read]
            extra = [i for i in ids if i not in labelled]
            total_truth, total_read = total_truth + len(truth), total_read + len(found)
            print(f"{data.parent.name}/{entry['rka']}: {len(found)}/{len(truth)} read ({seconds:.0f} s)")
            if missing:
                print(f"  missing: {' '.join(missing)}")
            if extra:
                print(f"  unknown: {' '.join(extra)}")
    print(f"all: {total_read}/{total_truth} lines read")


if __name__ == "__main__":
    main()
