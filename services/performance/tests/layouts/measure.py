"""Row-level precision and recall of the performance reader on the layout zoo (``zoo.py``).

``.venv/bin/python services/performance/tests/layouts/measure.py [--details] [--show-holdout] [--only NAME]``

Each file goes through what production runs: the extraction service's reader, then the
performance reader. A read row is right when its indicator is the one written (same key, or a
fuzzy match of 90), its year is the row's, and every figure the truth row states (target,
realisation, achievement %, pagu, budget realisation, absorption %) is read and equal; ``unit``
counts the right rows whose unit is also the one written. Holdout layouts are summed, never listed,
unless ``--show-holdout`` (do not tune on them).
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from rapidfuzz import fuzz
from samarinda_extraction.api import extract_file
from samarinda_performance.api import Indicator, indicator_key
from samarinda_performance.domain.reading import Source, read_indicators

FIELDS = ("target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct")


def load_zoo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kinerja_zoo", Path(__file__).with_name("zoo.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["kinerja_zoo"] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@dataclass
class Score:
    expected: int = 0
    read: int = 0
    right: int = 0
    unit: int = 0
    files: int = 0

    def add(self, other: Score) -> None:
        self.expected += other.expected
        self.read += other.read
        self.right += other.right
        self.unit += other.unit
        self.files += other.files

    def line(self, name: str) -> str:
        recall = self.right / self.expected if self.expected else 1.0
        precision = self.right / self.read if self.read else (1.0 if not self.expected else 0.0)
        return (
            f"{name:24s} files {self.files:3d} exp {self.expected:4d} read {self.read:4d} "
            f"right {self.right:4d}  P {precision:.3f}  R {recall:.3f}  unit {self.unit}/{self.right}"
        )


def _equal(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= max(0.011, 0.0005 * max(abs(a), abs(b)))


def _words(text: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9%]+", (text or "").lower()))


def _same_name(truth: str, read: str) -> bool:
    a, b = indicator_key(truth), indicator_key(read)
    return a == b or fuzz.token_sort_ratio(a, b) >= 90


def score(rows: list[Any], records: list[Indicator], details: list[str] | None) -> Score:
    result = Score(expected=len(rows), read=len(records), files=1)
    free = list(records)
    for row in rows:
        match = next(
            (r for r in free if _same_name(row.indicator, r.indicator) and r.fiscal_year == row.year), None
        )
        if match is None:
            if details is not None:
                details.append(f"    missed {row.indicator[:60]!r} {row.year}")
            continue
        free.remove(match)
        wrong = [
            f"{name} {getattr(match, name)} != {getattr(row, name)}"
            for name in FIELDS
            if getattr(row, name) is not None and not _equal(getattr(match, name), getattr(row, name))
        ]
        if wrong:
            if details is not None:
                details.append(f"    wrong  {row.indicator[:50]!r} {row.year}: {'; '.join(wrong)}")
            continue
        result.right += 1
        result.unit += row.unit is None or _words(match.unit) == _words(row.unit)
    if details is not None:
        details.extend(f"    extra  {r.indicator[:60]!r} {r.fiscal_year}" for r in free)
    return result


def measure_one(zoo: ModuleType, layout: Any, directory: Path, details: list[str] | None) -> Score:
    path, rows = zoo.render(layout, directory)
    document = extract_file(path)
    source = Source(document_id=layout.name, filename=path.name, opd=layout.opd[1])
    return score(rows, read_indicators(document, source), details)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--details", action="store_true", help="list each dev layout's misses")
    parser.add_argument("--show-holdout", action="store_true", help="list the holdout layouts too")
    parser.add_argument("--only", help="one layout by name")
    parser.add_argument("--keep", type=Path, help="write the files here instead of a temporary folder")
    args = parser.parse_args(argv)
    zoo = load_zoo()
    totals = {"dev": Score(), "holdout": Score()}
    with tempfile.TemporaryDirectory(prefix="kinerja-zoo-") as temporary:
        directory = args.keep or Path(temporary)
        directory.mkdir(parents=True, exist_ok=True)
        for layout in zoo.layouts():
            if args.only and layout.name != args.only:
                continue
            split = "holdout" if layout.holdout else "dev"
            listed = split == "dev" or args.show_holdout
            details: list[str] | None = [] if args.details and listed else None
            result = measure_one(zoo, layout, directory, details)
            totals[split].add(result)
            if listed:
                print(result.line(layout.name))
                for line in details or []:
                    print(line)
    print()
    for split, total in totals.items():
        print(total.line(split.upper()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
