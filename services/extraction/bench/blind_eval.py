"""Score our extraction against plain ``tesseract -l ind+eng`` on a directory of known pages.

    .venv/bin/python services/extraction/bench/blind_eval.py DIR [--workers 2] [--limit N]

DIR/manifest.json lists {"file", "text_type", "degradation", "truth", "tables"?}: one page per
file (png/jpg/pdf), its exact text, optionally its tables as lists of rows of cell strings. Both
readers run in the same process, page after page, so the machine's load hits both alike. Printed
per degradation and per text type: CER ours vs plain, median seconds per page ours vs plain and
their ratio, the share of truth table rows found exactly (cells whitespace-normalised) in our
``tables``; then the worst pages.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from samarinda_common.extracted import ExtractedDocument
from samarinda_extraction.adapters.pooled import ocr_process_pool
from samarinda_extraction.domain.quality import character_error_rate
from samarinda_extraction.extract import extract_bytes
from samarinda_extraction.options import ExtractionOptions

_SPACES = re.compile(r"\s+")


@dataclass
class Scored:
    file: str
    text_type: str
    degradation: str
    cer_ours: float
    cer_plain: float
    seconds_ours: float
    seconds_plain: float
    rows_truth: int
    rows_found: int
    passes: str
    confidence: float | None


def plain_tesseract(path: Path) -> tuple[str, float]:
    """What a user gets from ``tesseract FILE - -l ind+eng``. Tesseract reads no PDF: a PDF page
    is first rendered at 300 dpi (pypdfium2, as our extraction does), and that is timed too."""
    with tempfile.TemporaryDirectory() as scratch:
        image = path
        started = time.perf_counter()
        if path.suffix.lower() == ".pdf":
            document = pdfium.PdfDocument(path.read_bytes())
            image = Path(scratch) / "page.png"
            document[0].render(scale=300 / 72, grayscale=True).to_pil().save(image, compress_level=1)
            document.close()
        out = subprocess.run(
            ["tesseract", str(image), "-", "-l", "ind+eng"], capture_output=True, text=True, check=True
        ).stdout
        return out, time.perf_counter() - started


def _cell(value: object) -> str:
    return _SPACES.sub(" ", "" if value is None else str(value)).strip()


def _row_key(row: list[object]) -> tuple[str, ...]:
    cells = [_cell(v) for v in row]
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


def rows_found(truth_tables: list[list[list[str]]], document: ExtractedDocument) -> tuple[int, int]:
    ours = {_row_key(list(row)) for table in document.tables for row in table.rows}
    wanted = [_row_key(list(row)) for table in truth_tables for row in table]
    return len(wanted), sum(1 for row in wanted if row in ours)


def scaled_budgets(scale: float) -> ExtractionOptions:
    """The default limits with the per-page OCR timeout and the document time budget multiplied
    by ``scale``: on a machine shared with other jobs a page can outlast them, and a page cut off
    scores a CER of 100% that says nothing about reading quality."""
    defaults = ExtractionOptions()
    return dataclasses.replace(
        defaults,
        document_time_budget_seconds=defaults.document_time_budget_seconds * scale,
        ocr=dataclasses.replace(defaults.ocr, timeout_seconds=defaults.ocr.timeout_seconds * scale),
    )


def score(directory: Path, entry: dict[str, str], executor: object, options: ExtractionOptions) -> Scored:
    path = directory / entry["file"]
    truth = (directory / entry["truth"]).read_text(encoding="utf-8")
    started = time.perf_counter()
    document = extract_bytes(path.read_bytes(), path.name, executor=executor, options=options)  # type: ignore[arg-type]
    seconds_ours = time.perf_counter() - started
    plain, seconds_plain = plain_tesseract(path)
    total = found = 0
    if entry.get("tables"):
        tables = json.loads((directory / entry["tables"]).read_text(encoding="utf-8"))
        total, found = rows_found(tables, document)
    return Scored(
        file=entry["file"],
        text_type=entry["text_type"],
        degradation=entry["degradation"],
        cer_ours=character_error_rate(truth, document.text),
        cer_plain=character_error_rate(truth, plain),
        seconds_ours=seconds_ours,
        seconds_plain=seconds_plain,
        rows_truth=total,
        rows_found=found,
        passes=",".join(p.ocr_pass or "-" for p in document.pages),
        confidence=document.pages[0].confidence if document.pages else None,
    )


def _summary(label: str, group: list[Scored]) -> str:
    ours = statistics.mean(s.cer_ours for s in group)
    plain = statistics.mean(s.cer_plain for s in group)
    t_ours = statistics.median(s.seconds_ours for s in group)
    t_plain = statistics.median(s.seconds_plain for s in group)
    rows = sum(s.rows_truth for s in group)
    found = sum(s.rows_found for s in group)
    table = f"{found / rows:8.1%} ({found}/{rows})" if rows else f"{'-':>8}"
    return (
        f"{label:22} {len(group):3} {ours:9.2%} {plain:9.2%} {t_ours:8.2f} {t_plain:8.2f} "
        f"{t_ours / t_plain:6.2f} {table}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--workers", type=int, default=2, help="OCR processes for our extraction")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N pages")
    parser.add_argument("--json", type=Path, help="also write the per-page scores here (for calibrate.py)")
    parser.add_argument(
        "--budget-scale",
        type=float,
        default=1.0,
        help="multiply the OCR timeout and document time budget (a loaded machine; timings then mislead)",
    )
    args = parser.parse_args()
    manifest = json.loads((args.directory / "manifest.json").read_text(encoding="utf-8"))
    if args.limit:
        manifest = manifest[: args.limit]
    executor = ocr_process_pool(args.workers) if args.workers > 1 else None
    scored: list[Scored] = []
    try:
        for entry in manifest:
            result = score(args.directory, entry, executor, scaled_budgets(args.budget_scale))
            scored.append(result)
            print(
                f"  {result.file:40} CER {result.cer_ours:6.2%} plain {result.cer_plain:6.2%} "
                f"{result.seconds_ours:5.1f}s/{result.seconds_plain:5.1f}s rows "
                f"{result.rows_found}/{result.rows_truth} pass {result.passes} "
                f"confidence {result.confidence}",
                file=sys.stderr,
                flush=True,
            )
    finally:
        if executor is not None:
            executor.shutdown()
    if args.json:
        args.json.write_text(json.dumps([dataclasses.asdict(s) for s in scored], indent=1))
    header = (
        f"{'':22} {'n':>3} {'CER ours':>9} {'CER plain':>9} {'s ours':>8} {'s plain':>8} "
        f"{'ratio':>6} table rows exact"
    )
    for key in ("degradation", "text_type"):
        print(f"\nby {key.replace('_', ' ')} (CER mean; seconds per page median)")
        print(header)
        groups: dict[str, list[Scored]] = defaultdict(list)
        for s in scored:
            groups[getattr(s, key)].append(s)
        for label in sorted(groups):
            print(_summary(label, groups[label]))
    print(header)
    print(_summary("ALL", scored))
    print("\nworst pages (CER ours - CER plain, then CER ours)")
    for s in sorted(scored, key=lambda s: (s.cer_ours - s.cer_plain, s.cer_ours), reverse=True)[:8]:
        print(
            f"  {s.file:40} ours {s.cer_ours:6.2%} plain {s.cer_plain:6.2%} "
            f"rows {s.rows_found}/{s.rows_truth} pass {s.passes}"
        )


if __name__ == "__main__":
    main()
