"""Line-level recall and precision of RKA and catalogue intake on the layout zoo.

``.venv/bin/python services/rka_review/tests/layouts/measure.py [--details] [--show-holdout] [--service]``
``... measure.py --generated N [--generated-holdout M] [--details]``: the generative zoo instead
(``generated.py``), seeds 0..N-1 listed with recall and precision per feature value, held-out seeds
summed only.
``... measure.py --scanned N [--details]``: the first N generated seeds printed as PDF, scanned
(``scanned.py``: 200-300 dpi, a slight rotation, grain) and read through the extraction's OCR as
the review reads a scan; recall and precision per feature value, the scan's own among them.

A read line counts as right when its uraian, volume, satuan, harga satuan and jumlah are those
written, its account code is the one of its group (when the layout gives one) and it sits in the
right sub-kegiatan (when the layout names it). ``core`` counts uraian and jumlah only. The
holdout layouts are summed, never listed, unless ``--show-holdout`` (do not tune on them).
``--service`` reads every file as the deployed review does: the extraction service's tables
(``documents.extracted.v1``), repaired by ``normalise_ocr_tables``, then parsed.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import Page, Table
from samarinda_common.ocr_cells import label_set, normalise_ocr_tables
from samarinda_common.price_catalogue import CATALOGUE_COLUMNS, PriceReference, read_price_tables
from samarinda_common.rka import Rka, RkaLine
from samarinda_rka_review.adapters.tables import load_document
from samarinda_rka_review.domain.rka_parser import parse_rka_tables
from samarinda_rka_review.domain.rules import RKA_LAYOUT
from samarinda_rka_review.offline import load_rka


def _load(name: str, filename: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(filename))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def load_zoo() -> ModuleType:
    return _load("layout_zoo", "zoo.py")


def load_generated() -> ModuleType:
    load_zoo()
    return _load("layout_generated", "generated.py")


def _service_tables(path: Path, columns: Any) -> tuple[list[Table], list[Page]]:
    """The tables the review service gets for an uploaded file (``handlers.rka_from_document``,
    ``catalogue.py``): the extraction's, with OCR slips in labels repaired."""
    from samarinda_extraction import extract_file  # only this mode needs the extraction service

    document = extract_file(path)
    return normalise_ocr_tables(document.tables, document.pages, label_set(columns)), list(document.pages)


def _read_rka(path: Path, service: bool) -> Rka:
    if not service:
        return load_rka(path)
    tables, pages = _service_tables(path, RKA_LAYOUT.columns)
    return parse_rka_tables(tables, source=path.name, pages=pages)


def _read_catalogue_tables(path: Path, service: bool) -> tuple[list[Table], list[Page]]:
    return _service_tables(path, CATALOGUE_COLUMNS) if service else load_document(path)


def _words(text: str | None) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w != "x"]


@dataclass
class Score:
    expected: int = 0
    read: int = 0
    right: int = 0
    core: int = 0
    error: str | None = None
    files: int = 1
    refused: int = 0

    def add(self, other: Score) -> None:
        self.files += other.files
        self.refused += other.refused + (other.error is not None)
        self.expected += other.expected
        self.read += other.read
        self.right += other.right
        self.core += other.core

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.read if self.read else (1.0 if not self.expected else 0.0)

    @property
    def core_recall(self) -> float:
        return self.core / self.expected if self.expected else 1.0

    def row(self, name: str) -> str:
        text = (
            f"{name:28s} exp {self.expected:3d} read {self.read:3d} right {self.right:3d} "
            f"R {self.recall:.2f} P {self.precision:.2f} coreR {self.core_recall:.2f}"
        )
        return text + (f"  [{self.error[:90]}]" if self.error else "")


def _line_fields(line: RkaLine, sub_kode: str | None) -> dict[str, Any]:
    return {
        "uraian": line.uraian.strip().lower(),
        "volume": Decimal(line.volume),
        "satuan": _words(line.satuan),
        "harga": line.harga_satuan,
        "jumlah": line.jumlah,
        "kode": line.kode_rekening,
        "sub": sub_kode,
    }


def score_rka(
    path: Path, expected: list[Any], mistakes: list[str] | None = None, *, service: bool = False
) -> Score:
    score = Score(expected=len(expected))
    try:
        rka: Rka = _read_rka(path, service)
    except InvalidInput as exc:
        score.error = str(exc)
        return score
    except Exception as exc:  # a crash refuses the file as surely as a typed error, less politely
        score.error = f"crash: {exc!r}"
        return score
    read = [(_line_fields(line, sub.kode), line) for sub in rka.sub_kegiatan for line in sub.lines]
    score.read = len(read)
    unused = list(read)
    for want in expected:
        wanted = {
            "uraian": want.uraian.lower(),
            "volume": Decimal(want.volume),
            "satuan": _words(want.satuan),
            "harga": want.harga,
            "jumlah": want.jumlah,
            "kode": want.kode_rekening,
            "sub": want.sub_kode,
        }
        same_text = [item for item in unused if item[0]["uraian"] == wanted["uraian"]]
        core = [item for item in same_text if item[0]["jumlah"] == wanted["jumlah"]]
        if not core:
            if mistakes is not None:
                mistakes.append(f"  missed {want.uraian!r} jumlah {want.jumlah}")
            continue
        score.core += 1

        def wrong(got: dict[str, Any]) -> list[str]:
            bad = []
            for key, value in wanted.items():
                if key in ("kode", "sub") and value is None:
                    continue
                if got[key] != value:
                    bad.append(f"{key}: {got[key]!r} != {value!r}")
            return bad

        best = min(core, key=lambda item: len(wrong(item[0])))
        unused.remove(best)
        problems = wrong(best[0])
        if not problems:
            score.right += 1
        elif mistakes is not None:
            mistakes.append(f"  {want.uraian!r}: {'; '.join(problems)}")
    if mistakes is not None:
        mistakes.extend(f"  extra line {item[1].uraian!r} jumlah {item[1].jumlah}" for item in unused)
    return score


def score_catalogue(
    path: Path, expected: list[Any], mistakes: list[str] | None = None, *, service: bool = False
) -> Score:
    score = Score(expected=len(expected))
    try:
        tables, pages = _read_catalogue_tables(path, service)
        items: list[PriceReference] = read_price_tables(tables, source_document=path.name, pages=pages)[0]
    except InvalidInput as exc:
        score.error = str(exc)
        return score
    score.read = len(items)
    if not items:
        score.error = "no items"
    unused = list(items)
    for want in expected:
        same = [i for i in unused if i.uraian.lower() == want.uraian.lower() and i.harga == want.harga]
        if not same:
            if mistakes is not None:
                mistakes.append(f"  missed {want.uraian!r} {want.harga}")
            continue
        score.core += 1
        item = same[0]
        unused.remove(item)
        if _words(item.satuan) == _words(want.satuan):
            score.right += 1
        elif mistakes is not None:
            mistakes.append(f"  {want.uraian!r}: satuan {item.satuan!r} != {want.satuan!r}")
    if mistakes is not None:
        mistakes.extend(f"  extra item {i.uraian!r} {i.harga}" for i in unused)
    return score


def measure(
    directory: Path, *, details: bool = False, show_holdout: bool = False, service: bool = False
) -> dict[str, dict[str, Score]]:
    """Totals per (kind, split): {"rka": {"dev": Score, "holdout": Score}, "catalogue": {...}}."""
    zoo = load_zoo()
    totals = {kind: {"dev": Score(files=0), "holdout": Score(files=0)} for kind in ("rka", "catalogue")}
    groups = [
        ("rka", zoo.RKA_LAYOUTS, zoo.HOLDOUT, zoo.render_rka, score_rka),
        ("catalogue", zoo.CATALOGUE_LAYOUTS, zoo.CATALOGUE_HOLDOUT, zoo.render_catalogue, score_catalogue),
    ]
    for kind, layouts, holdout, render, scorer in groups:
        for layout in layouts:
            split = "holdout" if layout.name in holdout else "dev"
            path, expected = render(layout, directory)
            listed = details and (split == "dev" or show_holdout)
            mistakes: list[str] | None = [] if listed else None
            score = scorer(path, expected, mistakes, service=service)
            totals[kind][split].add(score)
            if split == "dev" or show_holdout:
                print(f"{kind:9s} {split:7s} " + score.row(layout.name))
                for mistake in (mistakes or [])[:12]:
                    print(mistake)
    return totals


def measure_generated(
    directory: Path, count: int, *, holdout: bool = False, details: bool = False
) -> tuple[Score, dict[tuple[str, str], Score]]:
    """The total over ``count`` generated layouts and the totals per (feature, value); dev seeds
    whose recall or precision is below 1 are listed (with their mistakes under ``--details``)."""
    generated = load_generated()
    zoo = sys.modules["layout_zoo"]
    total = Score(files=0)
    per_feature: dict[tuple[str, str], Score] = {}
    for layout, features in generated.generated_layouts(count, holdout=holdout):
        path, expected = zoo.render_rka(layout, directory)
        mistakes: list[str] | None = [] if details and not holdout else None
        score = score_rka(path, expected, mistakes)
        total.add(score)
        for item in features.items():
            per_feature.setdefault(item, Score(files=0)).add(score)
        if not holdout and (score.recall < 1 or score.precision < 1):
            print("generated " + score.row(layout.name) + "  " + _drawn(features))
            for mistake in (mistakes or [])[:8]:
                print(mistake)
    return total, per_feature


def measure_scanned(
    directory: Path, count: int, *, details: bool = False
) -> tuple[Score, dict[tuple[str, str], Score]]:
    """``measure_generated`` over the first ``count`` dev seeds printed as PDF, each scanned."""
    generated = load_generated()
    scanned = _load("layout_scanned", "scanned.py")
    zoo = sys.modules["layout_zoo"]
    total = Score(files=0)
    per_feature: dict[tuple[str, str], Score] = {}
    seed = 0
    while total.files < count and seed < generated.HOLDOUT_SEED:
        layout, features = generated.generate(seed)
        seed += 1
        if features["fmt"] != "pdf":
            continue
        printed, expected = zoo.render_rka(layout, directory)
        path = scanned.scan_pdf(printed, seed - 1, directory / f"{layout.name}_scan.pdf")
        features = {**features, **scanned.degradation(seed - 1)}
        mistakes: list[str] | None = [] if details else None
        score = score_rka(path, expected, mistakes, service=True)
        total.add(score)
        for item in features.items():
            per_feature.setdefault(item, Score(files=0)).add(score)
        print("scanned " + score.row(layout.name) + "  " + _drawn(features), flush=True)
        for mistake in (mistakes or [])[:8]:
            print(mistake)
    return total, per_feature


def _drawn(features: dict[str, str]) -> str:
    """The features a layout drew, the defaults left out."""
    return " ".join(f"{k}={v}" for k, v in features.items() if v not in ("no", "none", "one", "1"))


def _print_generated(split: str, total: Score, per_feature: dict[tuple[str, str], Score]) -> None:
    if split in ("dev", "scanned"):
        for (feature, value), score in sorted(per_feature.items()):
            print(f"feature {feature + '=' + value:32s} files {score.files:3d} " + score.row("")[29:])
    print(f"TOTAL generated {split:7s} files {total.files:3d} refused {total.refused:3d} " + total.row(""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--show-holdout", action="store_true")
    parser.add_argument("--service", action="store_true", help="read through the extraction service")
    parser.add_argument("--generated", type=int, default=0, help="measure N generated layouts (dev seeds)")
    parser.add_argument("--generated-holdout", type=int, default=0, help="and M held-out seeds, summed")
    parser.add_argument("--scanned", type=int, default=0, help="measure N generated PDF layouts scanned")
    args = parser.parse_args()
    if args.scanned:
        with tempfile.TemporaryDirectory() as tmp:
            total, per_feature = measure_scanned(Path(tmp), args.scanned, details=args.details)
            _print_generated("scanned", total, per_feature)
        return
    if args.generated or args.generated_holdout:
        with tempfile.TemporaryDirectory() as tmp:
            for split, count in (("dev", args.generated), ("holdout", args.generated_holdout)):
                if count:
                    total, per_feature = measure_generated(
                        Path(tmp), count, holdout=split == "holdout", details=args.details
                    )
                    _print_generated(split, total, per_feature)
        return
    with tempfile.TemporaryDirectory() as tmp:
        totals = measure(
            Path(tmp), details=args.details, show_holdout=args.show_holdout, service=args.service
        )
    for kind, splits in totals.items():
        for split, score in splits.items():
            print(
                f"TOTAL {kind:9s} {split:7s} files {score.files:2d} refused {score.refused:2d} "
                + score.row("")
            )


if __name__ == "__main__":
    main()
