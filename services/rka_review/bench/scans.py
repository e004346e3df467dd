"""Scanned and photographed RKAs and catalogues, read offline through the extraction service's
OCR: line recall and precision per degradation, and how many of the review's findings on the
typed RKA (.xlsx) the scan reproduces.

A line counts as read when its uraian matches (the printed ``uraian - spesifikasi`` may carry the
spec after it) and its harga satuan and jumlah are exact; a catalogue item when its uraian matches
and its price is exact. Precision is over the lines the parser returned.

    .venv/bin/python services/rka_review/tests/scans/generate.py /tmp/scans
    nice .venv/bin/python services/rka_review/bench/scans.py /tmp/scans [--jobs 2] [--only photo,fax]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from samarinda_common.errors import SamarindaError
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.reviewer import review_rka
from samarinda_rka_review.offline import load_catalogue, load_rka

_MIN_SIMILARITY = 0.85


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.lower())).strip()


def uraian_matches(expected: str, read: str) -> bool:
    want, got = _norm(expected), _norm(read)
    if not want or not got:
        return False
    head = got[: len(want)]
    return max(SequenceMatcher(None, want, got).ratio(), SequenceMatcher(None, want, head).ratio()) >= (
        _MIN_SIMILARITY
    )


def score_lines(
    expected: list[dict[str, Any]], read: list[dict[str, Any]], price_key: str
) -> tuple[int, int]:
    """(expected lines read exactly, read lines that are an expected line), each used once."""
    unused = list(range(len(read)))
    hits = 0
    for want in expected:
        for i in unused:
            got = read[i]
            if (
                uraian_matches(want["uraian"], got["uraian"])
                and got[price_key] == want[price_key]
                and got.get("jumlah") == want.get("jumlah")
            ):
                hits += 1
                unused.remove(i)
                break
    return hits, hits


def _findings(path: Path, catalogue: Path) -> list[tuple[str, str]]:
    """(finding type, uraian of its line, empty for a subtotal) of the review of one RKA file."""
    rka = load_rka(path)
    review = review_rka(rka, PriceMatcher(load_catalogue([catalogue])))
    uraian = {line.line_id: line.uraian for sub in rka.sub_kegiatan for line in sub.lines}
    return [(f.type.value, uraian.get(f.line_id or "", "")) for f in review.findings]


def reproduced(typed: list[tuple[str, str]], scanned: list[tuple[str, str]]) -> int:
    """Typed findings the scan's review also makes (same type, on the same line), each once."""
    left = list(scanned)
    count = 0
    for kind, uraian in typed:
        for other in left:
            same_line = uraian_matches(uraian, other[1]) if uraian else not other[1]
            if other[0] == kind and same_line:
                left.remove(other)
                count += 1
                break
    return count


def evaluate(entry: dict[str, Any], root: str) -> dict[str, Any]:
    path = Path(root) / entry["file"]
    started = time.monotonic()
    out: dict[str, Any] = {"file": entry["file"], "degradation": entry["degradation"], "kind": entry["kind"]}
    try:
        if entry["kind"] == "rka":
            rka = load_rka(path)
            read = [
                {"uraian": ln.uraian, "harga_satuan": ln.harga_satuan, "jumlah": ln.jumlah}
                for sub in rka.sub_kegiatan
                for ln in sub.lines
            ]
            out["sub_kegiatan"] = [s.nama for s in rka.sub_kegiatan]
            hits, correct = score_lines(entry["expected"], read, "harga_satuan")
        else:
            items = load_catalogue([path])
            read = [{"uraian": it.uraian, "harga": it.harga} for it in items]
            hits, correct = score_lines(entry["expected"], read, "harga")
        out.update(read=len(read), expected=len(entry["expected"]), hits=hits, correct=correct)
        if entry["kind"] == "rka" and entry.get("xlsx"):
            catalogue = Path(root) / "ssh_2027.xlsx"
            typed = _findings(Path(root) / entry["xlsx"], catalogue)
            scanned = _findings(path, catalogue)
            kept = reproduced(typed, scanned)
            out.update(typed_findings=len(typed), reproduced=kept, extra=len(scanned) - kept)
    except SamarindaError as exc:
        out.update(
            read=0,
            expected=len(entry["expected"]),
            hits=0,
            correct=0,
            error=f"{type(exc).__name__}: {exc}"[:300],
        )
        if entry["kind"] == "rka" and entry.get("xlsx"):
            out.update(
                typed_findings=len(_findings(Path(root) / entry["xlsx"], Path(root) / "ssh_2027.xlsx"))
            )
            out.update(reproduced=0, extra=0)
    out["seconds"] = round(time.monotonic() - started, 1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("root", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", default="", help="degradations to run (comma-separated)")
    parser.add_argument("--json", type=Path, help="write the per-file results here")
    args = parser.parse_args()
    manifest = json.loads((args.root / "manifest.json").read_text())
    entries = [e for e in manifest["files"] if not args.only or e["degradation"] in args.only.split(",")]
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(evaluate, entries, [str(args.root)] * len(entries)))
    by_degradation: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for result in results:
        by_degradation[result["degradation"]].append(result)
        status = (
            result.get("error") or f"{result['hits']}/{result['expected']} read, {result['read']} returned"
        )
        print(f"{result['file']:<32} {result['seconds']:>5}s  {status}")
    # "extra": findings on the scan that the typed RKA's review does not make (false alarms of
    # the reading: a misread digit made ARITHMETIC, a garbled name made NO_PRICE_REFERENCE).
    print(
        f"\n{'degradation':<10} {'recall':>7} {'precision':>9} {'files ok':>8} {'findings kept':>13}"
        f" {'extra':>6}"
    )
    for name, group in by_degradation.items():
        expected = sum(r["expected"] for r in group)
        read = sum(r["read"] for r in group)
        hits = sum(r["hits"] for r in group)
        ok = sum(1 for r in group if "error" not in r)
        typed = sum(r.get("typed_findings", 0) for r in group)
        kept = sum(r.get("reproduced", 0) for r in group)
        extra = sum(r.get("extra", 0) for r in group)
        precision = hits / read if read else 0.0
        files = f"{ok}/{len(group)}"
        print(
            f"{name:<10} {hits / expected:>7.2f} {precision:>9.2f} {files:>8} {kept:>6}/{typed:<6} {extra:>6}"
        )
    recalls = [r["hits"] / r["expected"] for r in results]
    seconds = statistics.median(r["seconds"] for r in results)
    print(f"\nmedian file recall {statistics.median(recalls):.2f}; median seconds {seconds}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
