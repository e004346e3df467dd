"""Scores the performance service on a labelled set and prints aggregates only.

    .venv/bin/python services/performance/bench/evaluate.py SET_DIR [--repeat N]

``SET_DIR/docs/`` holds the reports, ``SET_DIR/labels.json`` what a careful reader finds in them:
``documents`` (file, opd, fiscal_year, layout ∈ pdf_table|pdf_prose|xlsx|docx_table|scan, pages,
doc_type), ``indicators`` (file, page, opd, fiscal_year, programme, kegiatan, sub_kegiatan,
indicator, unit, target, realisation, achievement_pct, lower_is_better, pagu, budget_realisation,
absorption_pct; null = not stated) and ``findings`` (type, opd, fiscal_year, indicator, citations).

Each document goes through what production runs: the extraction service's reader, then the
performance service's handler on the embedded adapters (the OPD of each document is the one the
labels give, passed as a user passes ``--opd``); then the findings over all of them.

Printed: field-level precision / recall / F1 for target, realisation and achievement (and pagu,
budget realisation, absorption), rows matched by (file, indicator name normalised), split
born-digital vs scan; findings precision / recall per type (matched on type + OPD + year +
indicator); pages per second of the born-digital documents through extraction + the service
against the extraction alone and the raw text layer (pdfplumber) of the same pages, same run.
It never prints a document's content.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pdfplumber
from rapidfuzz import fuzz
from samarinda_common.logging import configure_logging
from samarinda_extraction.api import extract_file
from samarinda_performance.api import EmbeddedAnalysis, indicator_key

FIELDS = ("target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct")
HEADLINE = ("target", "realisation", "achievement_pct")
SCAN = "scan"


def _equal(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.011, 0.0005 * max(abs(a), abs(b)))


def _pair(
    labels: list[dict[str, Any]], predicted: list[dict[str, Any]], fuzzy: float
) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each label row with the predicted row of the same file and indicator (year breaks ties)."""
    free = list(predicted)
    pairs: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    for label in labels:
        key = indicator_key(label["indicator"])
        candidates = [p for p in free if p["_key"] == key]
        if not candidates:
            scored = [(fuzz.token_sort_ratio(key, p["_key"]), p) for p in free]
            scored = [s for s in scored if s[0] >= fuzzy]
            candidates = [p for _, p in sorted(scored, key=lambda s: -s[0])]
        if candidates:
            # the same year first, then the same page (an indicator's target and realisation may
            # sit in two tables on two pages of one report)
            chosen = min(
                candidates,
                key=lambda p: (
                    p.get("fiscal_year") != label.get("fiscal_year"),
                    str(p.get("citation", {}).get("page")) != str(label.get("page")),
                ),
            )
            free.remove(chosen)
            pairs.append((label, chosen))
        else:
            pairs.append((label, None))
    pairs.extend((None, p) for p in free)  # type: ignore[misc]
    return pairs


def field_scores(
    pairs: Sequence[tuple[dict[str, Any] | None, dict[str, Any] | None]],
) -> dict[str, tuple[int, int, int]]:
    counts: dict[str, list[int]] = {f: [0, 0, 0] for f in FIELDS}  # tp, fp, fn
    for label, predicted in pairs:
        for name in FIELDS:
            truth = label.get(name) if label else None
            guess = predicted.get(name) if predicted else None
            if truth is not None and guess is not None and _equal(float(truth), float(guess)):
                counts[name][0] += 1
                continue
            if guess is not None:
                counts[name][1] += 1
            if truth is not None:
                counts[name][2] += 1
    return {k: (v[0], v[1], v[2]) for k, v in counts.items()}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0 if not fn else 0.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def opd_code(opd: str) -> str:
    """The OPD code a user passes as ``--opd`` for an OPD a label set names in full ("Dinas
    Kesehatan" -> "DINAS-KESEHATAN"); a code ("DINKES") stays as it is."""
    return re.sub(r"[^A-Za-z0-9]+", "-", opd.strip()).strip("-").upper()[:64]


def _finding_key(finding: dict[str, Any]) -> tuple[str, str, Any]:
    return finding["type"], opd_code(finding["opd"]), finding.get("fiscal_year")


def finding_scores(
    labels: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> dict[str, tuple[int, int, int]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    free = list(predicted)
    for label in labels:
        # a finding between two documents may name the indicator as either words it
        keys = [indicator_key(name) for name in [label["indicator"], *label.get("aliases", [])]]
        match = next(
            (
                p
                for p in free
                if _finding_key(p) == _finding_key(label)
                and any(
                    indicator_key(p["indicator"]) == key
                    or fuzz.token_sort_ratio(indicator_key(p["indicator"]), key) >= 88
                    for key in keys
                )
            ),
            None,
        )
        if match is not None:
            free.remove(match)
            counts[label["type"]][0] += 1
        else:
            counts[label["type"]][2] += 1
    for p in free:
        counts[p["type"]][1] += 1
    return {k: (v[0], v[1], v[2]) for k, v in counts.items()}


def _raw_text_seconds(path: Path) -> float:
    started = time.perf_counter()
    if path.suffix.lower() == ".pdf":
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
    else:
        extract_file(path)  # spreadsheets and Word files have no cheaper text layer than their reader
    return time.perf_counter() - started


async def run(set_dir: Path, repeat: int) -> int:
    labels = json.loads((set_dir / "labels.json").read_text(encoding="utf-8"))
    documents = labels["documents"]
    layout_of = {d["file"]: d["layout"] for d in documents}
    predicted_rows: list[dict[str, Any]] = []
    timings: dict[str, list[float]] = defaultdict(list)
    born_digital_pages = sum(int(d["pages"]) for d in documents if d["layout"] != SCAN)
    with tempfile.TemporaryDirectory(prefix="kinerja-eval-") as data_dir:
        analysis = EmbeddedAnalysis(Path(data_dir))
        started_all = time.perf_counter()
        for round_ in range(repeat):
            extract_seconds = service_seconds = raw_seconds = 0.0
            for document in documents:
                if round_ > 0 and document["layout"] == SCAN:
                    continue  # scans are scored once; the throughput rounds are born-digital only
                path = set_dir / "docs" / document["file"]
                started = time.perf_counter()
                extracted = extract_file(path)
                extracted_at = time.perf_counter()
                records = await analysis.add(extracted, opd=opd_code(document["opd"]))
                done = time.perf_counter()
                if document["layout"] != SCAN:
                    extract_seconds += extracted_at - started
                    service_seconds += done - started
                    raw_seconds += _raw_text_seconds(path)
                if round_ == 0:
                    for record in records:
                        row = record.model_dump(mode="json")
                        row["file"] = document["file"]
                        row["_key"] = indicator_key(record.indicator)
                        predicted_rows.append(row)
            timings["service"].append(born_digital_pages / service_seconds if service_seconds else 0.0)
            timings["extraction"].append(born_digital_pages / extract_seconds if extract_seconds else 0.0)
            timings["raw"].append(born_digital_pages / raw_seconds if raw_seconds else 0.0)
        findings = [f.model_dump(mode="json") for f in await analysis.findings()]
        elapsed = time.perf_counter() - started_all

    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in predicted_rows:
        by_file[row["file"]].append(row)
    label_by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in labels["indicators"]:
        label_by_file[row["file"]].append(row)
    split: dict[str, list[tuple[dict[str, Any] | None, dict[str, Any] | None]]] = {
        "born-digital": [],
        "scan": [],
    }
    for file in layout_of:
        part = "scan" if layout_of[file] == SCAN else "born-digital"
        split[part].extend(_pair(label_by_file[file], by_file[file], fuzzy=85 if part == "scan" else 90))

    print(f"set: {len(documents)} documents, {len(labels['indicators'])} labelled rows, "
          f"{len(labels['findings'])} labelled findings; {len(predicted_rows)} rows read")  # fmt: skip
    print("\nfield-level precision / recall / F1 (rows matched by file + indicator name)")
    for part, pairs in split.items():
        if not pairs:
            continue
        scores = field_scores(pairs)
        rows_found = sum(1 for label, p in pairs if label and p)
        rows_labelled = sum(1 for label, _ in pairs if label)
        print(f"  {part}: {rows_found}/{rows_labelled} labelled rows found, "
              f"{sum(1 for label, _ in pairs if label is None)} extra rows")  # fmt: skip
        headline = [0, 0, 0]
        for name in FIELDS:
            tp, fp, fn = scores[name]
            if name in HEADLINE:
                headline = [headline[0] + tp, headline[1] + fp, headline[2] + fn]
            if tp + fp + fn:
                p, r, f = prf(tp, fp, fn)
                print(f"    {name:<20} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})")
        p, r, f = prf(*headline)
        print(f"    {'HEADLINE (t/r/a)':<20} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print("\nfindings precision / recall (type + OPD + year + indicator)")
    per_type = finding_scores(labels["findings"], findings)
    total = [0, 0, 0]
    for kind in sorted(per_type):
        tp, fp, fn = per_type[kind]
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
        p, r, _ = prf(tp, fp, fn)
        print(f"    {kind:<28} P {p:.3f}  R {r:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    p, r, f = prf(*total)
    print(f"    {'ALL':<28} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"\nthroughput, born-digital ({born_digital_pages} pages, median of {repeat} rounds)")
    service, extraction, raw = (statistics.median(timings[k]) for k in ("service", "extraction", "raw"))
    versus_extraction = service / extraction if extraction else 0.0
    versus_raw = service / raw if raw else 0.0
    print(f"    extraction + performance service  {service:8.2f} pages/s")
    print(f"    extraction alone                  {extraction:8.2f} pages/s  (ratio {versus_extraction:.2f})")
    print(f"    raw text layer (pdfplumber)       {raw:8.2f} pages/s  (ratio {versus_raw:.2f})")
    print(f"\ntotal {elapsed:.1f} s")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="rounds for the throughput medians")
    args = parser.parse_args(argv)
    configure_logging("performance-evaluation", "WARNING", json=False)  # aggregates only on stdout
    return asyncio.run(run(args.set_dir, args.repeat))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
