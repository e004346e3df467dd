"""The kinerja layout zoo (``zoo.py``) printed and scanned: rows found and read exactly per layout.

``.venv/bin/python services/performance/tests/layouts/scan_zoo.py [--details] [--show-holdout]
[--only NAME] [--keep DIR]``

Why: born-digital reports of a new author read at ~0.95 at first sight thanks to the zoo, scanned
ones far lower; this measures the gap on our own invented layouts. Every table layout of the zoo
(the prose layouts are left out) is drawn as the PDF ``zoo.render_pdf`` writes, whatever the file
kind the born-digital zoo gives it (a spreadsheet or a Word table is printed the same way), then
rasterised with pdfium and put through one of three media chosen by the layout's seed:

- ``scan200`` / ``scan300``: an office scanner at 200 or 300 dpi, grey paper, skew up to 2°, light
  blur, speckle and JPEG, the pages bound into an image-only PDF;
- ``photo``: a phone photo of each page (yellowish paper, a shadow, a slight perspective, sensor
  noise, JPEG) at 200 dpi, a ``.jpg`` when the report is one page, else the photos in one PDF.

Each file then goes through what production runs: the extraction service's reader (OCR), then the
performance reader. Per layout it prints the truth rows, the rows found (same indicator and year),
the rows whose stated target, realisation and achievement % are all read exactly (``exact``), the
rows read in all (``read``). Every third layout is held out as in the zoo: summed, never listed,
unless ``--show-holdout``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from samarinda_common.extracted import ExtractedDocument
from samarinda_extraction.api import extract_file
from samarinda_performance.api import Indicator
from samarinda_performance.domain.reading import Source, read_indicators

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "bench"))
from hardset.generate import degrade  # noqa: E402  (the bench folder is no package)

sys.path.insert(0, str(HERE))
import measure  # noqa: E402  (the born-digital zoo's scorer beside this file; it loads the zoo)

HEADLINE = ("target", "realisation", "achievement_pct")
MEDIA = ("scan200", "scan300", "photo")


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    exact: int = 0
    read: int = 0
    files: int = 0

    def add(self, other: Tally) -> None:
        self.expected += other.expected
        self.found += other.found
        self.exact += other.exact
        self.read += other.read
        self.files += other.files

    def line(self, name: str) -> str:
        return (
            f"{name:26s} files {self.files:3d} rows {self.expected:4d} found {self.found:4d} "
            f"exact {self.exact:4d} read {self.read:4d}  exact/rows {self.exact / max(1, self.expected):.3f}"
        )


def medium(layout: Any) -> str:
    # the seed's third, not the seed itself: the holdout (seed % 3 == 2) gets every medium too
    return MEDIA[(layout.seed // 3) % len(MEDIA)]


def _pages(pdf_path: Path, dpi: int) -> list[Image.Image]:
    document = pdfium.PdfDocument(str(pdf_path))
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in document]
    finally:
        document.close()


def _scanned(page: Image.Image, rng: random.Random, kind: str) -> Image.Image:
    if kind == "photo":
        return degrade(page, rng, photo=True, rotate=rng.uniform(-2.0, 2.0), quality=rng.randint(55, 75))
    grey = rng.uniform(0.86, 0.93)  # the paper a copier sees: light grey, not white
    pixels = np.asarray(page).astype(np.float32) * grey
    paper = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    return degrade(paper, rng, photo=False, rotate=rng.uniform(-2.0, 2.0), quality=rng.randint(60, 80))


def render_scan(zoo: ModuleType, layout: Any, directory: Path) -> tuple[Path, list[Any]]:
    """The layout printed as ``zoo.render_pdf`` draws it and scanned; returns the file and the rows."""
    rows, budget_rows, groups = zoo.truth(layout)
    kind = medium(layout)
    dpi = 300 if kind == "scan300" else 200
    stem = f"laporan_kinerja_{layout.opd[1].lower()}_{zoo.YEAR}_{layout.name}_{kind}"
    printed = directory / f"{stem}_printed.pdf"
    zoo.render_pdf(layout, rows, budget_rows, groups, printed)
    rng = random.Random(layout.seed * 31 + 7)
    images = [_scanned(page, rng, kind) for page in _pages(printed, dpi)]
    printed.unlink()
    if kind == "photo" and len(images) == 1:
        path = directory / f"{stem}.jpg"
        images[0].convert("RGB").save(path, "JPEG", quality=80, dpi=(dpi, dpi))
    else:
        path = directory / f"{stem}.pdf"
        first, *rest = [image.convert("RGB") for image in images]
        first.save(path, "PDF", resolution=float(dpi), save_all=True, append_images=rest)
    return path, [r for r in rows if r.year == zoo.YEAR] + budget_rows


def tally(measure: ModuleType, rows: list[Any], records: list[Indicator], details: list[str] | None) -> Tally:
    result = Tally(expected=len(rows), read=len(records), files=1)
    free = list(records)
    for row in rows:
        match = next(
            (r for r in free if measure._same_name(row.indicator, r.indicator) and r.fiscal_year == row.year),
            None,
        )
        if match is None:
            if details is not None:
                details.append(f"    missed {row.indicator[:60]!r}")
            continue
        free.remove(match)
        result.found += 1
        wrong = [
            f"{name} {getattr(match, name)} != {getattr(row, name)}"
            for name in HEADLINE
            if getattr(row, name) is not None and not measure._equal(getattr(match, name), getattr(row, name))
        ]
        if wrong:
            if details is not None:
                details.append(f"    wrong  {row.indicator[:50]!r}: {'; '.join(wrong)}")
            continue
        result.exact += 1
    if details is not None:
        details.extend(f"    extra  {r.indicator[:60]!r} {r.fiscal_year}" for r in free)
    return result


def _extracted(path: Path, cache: Path | None) -> ExtractedDocument:
    if cache is None:
        return extract_file(path)
    kept = cache / f"{path.name}.json"
    if kept.exists():
        return ExtractedDocument.model_validate_json(kept.read_text(encoding="utf-8"))
    document = extract_file(path)
    cache.mkdir(parents=True, exist_ok=True)
    kept.write_text(document.model_dump_json(), encoding="utf-8")
    return document


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--details", action="store_true", help="list each dev layout's misses")
    parser.add_argument("--show-holdout", action="store_true", help="list the holdout layouts too")
    parser.add_argument("--only", help="one layout by name")
    parser.add_argument("--keep", type=Path, help="write the scans here instead of a temporary folder")
    parser.add_argument(
        "--cache",
        type=Path,
        help="keep each scan's extraction here and read it from there next time (a change to the "
        "performance reader alone is then measured in seconds, on the very same OCR)",
    )
    args = parser.parse_args(argv)
    zoo = measure.load_zoo()
    totals = {"dev": Tally(), "holdout": Tally()}
    with tempfile.TemporaryDirectory(prefix="kinerja-scan-zoo-") as temporary:
        directory = args.keep or Path(temporary)
        directory.mkdir(parents=True, exist_ok=True)
        for layout in zoo.layouts():
            if layout.kind == "prose" or (args.only and layout.name != args.only):
                continue
            split = "holdout" if layout.holdout else "dev"
            listed = split == "dev" or args.show_holdout
            details: list[str] | None = [] if args.details and listed else None
            path, rows = render_scan(zoo, layout, directory)
            source = Source(document_id=layout.name, filename=path.name, opd=layout.opd[1])
            result = tally(measure, rows, read_indicators(_extracted(path, args.cache), source), details)
            totals[split].add(result)
            if listed:
                print(result.line(f"{layout.name} {medium(layout)}"), flush=True)
                for line in details or []:
                    print(line)
    print()
    for split, total in totals.items():
        print(total.line(split.upper()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
