"""Median seconds per page, our extraction against plain Tesseract, page by page in one process.

    .venv/bin/python services/extraction/bench/time_ratio.py DIR [--modes parallel,serial] [--limit N]

DIR is a dev set as ``devset.py`` writes it (never a blind set). For every page, plain
``tesseract FILE - -l ind+eng`` (``blind_eval.plain_tesseract``: a PDF page rendered first, and
timed) and our ``extract_bytes`` in each mode run one right after the other, in an order that
rotates from page to page, so that a burst of load from other processes hits all of them alike.
Modes: ``parallel`` reads a cleaned-up page plain as well on a second thread (the default,
``OcrOptions.parallel_plain``), ``serial`` only when the cleaned reading is doubtful. Our runs use
no process pool: one page at a time, as the plain run, so the ratio is per page, not throughput.
Printed: median s/page of each, the ratio to plain (target <= 1.5), and per degradation.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from blind_eval import plain_tesseract
from samarinda_extraction.extract import extract_bytes
from samarinda_extraction.options import ExtractionOptions
from samarinda_extraction.readers.ocr_options import OcrOptions

MODES = {"parallel": True, "serial": False}


def ours(path: Path, parallel_plain: bool) -> float:
    options = ExtractionOptions(ocr=OcrOptions(parallel_plain=parallel_plain))
    started = time.perf_counter()
    extract_bytes(path.read_bytes(), path.name, options=options)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated: parallel, serial")
    parser.add_argument("--limit", type=int, default=0, help="time only the first N pages")
    args = parser.parse_args()
    modes = args.modes.split(",")
    unknown = set(modes) - set(MODES)
    if unknown:
        parser.error(f"unknown modes: {', '.join(sorted(unknown))}")
    # Tesseract on one core, as in the worker's pool and as the plain command runs on an idle box.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    manifest = json.loads((args.directory / "manifest.json").read_text(encoding="utf-8"))
    if args.limit:
        manifest = manifest[: args.limit]
    runners = ["plain", *modes]
    seconds: dict[str, list[float]] = defaultdict(list)
    by_degradation: dict[tuple[str, str], list[float]] = defaultdict(list)
    for index, entry in enumerate(manifest):
        path = args.directory / entry["file"]
        order = runners[index % len(runners) :] + runners[: index % len(runners)]
        timings = {}
        for runner in order:
            timings[runner] = plain_tesseract(path)[1] if runner == "plain" else ours(path, MODES[runner])
        for runner, value in timings.items():
            seconds[runner].append(value)
            by_degradation[(entry["degradation"], runner)].append(value)
        print(
            f"  {entry['file']:40} " + " ".join(f"{r} {timings[r]:5.1f}s" for r in runners),
            file=sys.stderr,
            flush=True,
        )
    plain = statistics.median(seconds["plain"])
    print(f"\n{len(manifest)} pages, load average now {os.getloadavg()[0]:.1f}")
    print(f"{'':16} {'median s/page':>13} {'ratio to plain':>14}")
    for runner in runners:
        median = statistics.median(seconds[runner])
        print(f"{runner:16} {median:13.2f} {median / plain:14.2f}")
    print("\nby degradation (median s/page; ratio to plain)")
    for degradation in sorted({d for d, _ in by_degradation}):
        base = statistics.median(by_degradation[(degradation, "plain")])
        cells = [f"plain {base:5.1f}s"] + [
            f"{m} {statistics.median(by_degradation[(degradation, m)]):5.1f}s "
            f"({statistics.median(by_degradation[(degradation, m)]) / base:.2f})"
            for m in modes
        ]
        print(f"  {degradation:16} " + "  ".join(cells))


if __name__ == "__main__":
    main()
