"""Precision and recall per finding type against labelled RKAs (labels by line No).

Labels files look like the shared sample's: ``{"labels": {"<No>": ["OVERPRICED", ...], ...}}``.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from samarinda_common.rka import FindingType, Review


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def seen(self) -> bool:
        """Whether the type occurs at all, labelled or found (a type absent from a set has no F1)."""
        return bool(self.tp + self.fp + self.fn)


@dataclass
class Scoreboard:
    by_type: dict[str, Score] = field(default_factory=lambda: {t.value: Score() for t in FindingType})
    mistakes: list[str] = field(default_factory=list)
    # Files the reviewer refused, with its reason. Printed with the figures even for a set never
    # tuned on: a refusal explains an aggregate, where a line's mistake would teach the rules.
    rejected: list[str] = field(default_factory=list)
    # Files whose label keys mostly name no line the reader read: scored, their lines would count
    # as missed and the findings as false, and the set's figures would drop without a word.
    unmatched: list[str] = field(default_factory=list)

    def add(
        self, name: str, labels: dict[str, list[str]], review: Review, read: Collection[str] | None = None
    ) -> None:
        """Score one file. ``read`` is the line ids the reader read from it (when known), to warn
        about a labels file keyed otherwise."""
        if read is not None and (warning := unmatched_labels(name, labels, read)):
            self.unmatched.append(warning)
        predicted: dict[str, set[str]] = {}
        for finding in review.findings:
            if finding.line_id is not None:
                predicted.setdefault(finding.line_id, set()).add(finding.type.value)
        for line_id in sorted(set(labels) | set(predicted), key=_natural):
            truth, guess = set(labels.get(line_id, [])), predicted.get(line_id, set())
            for kind in self.by_type:
                score = self.by_type[kind]
                if kind in truth and kind in guess:
                    score.tp += 1
                elif kind in guess:
                    score.fp += 1
                elif kind in truth:
                    score.fn += 1
            if truth != guess:
                self.mistakes.append(f"{name} No {line_id}: expected {sorted(truth)}, got {sorted(guess)}")

    def overall(self) -> Score:
        total = Score()
        for score in self.by_type.values():
            total.tp += score.tp
            total.fp += score.fp
            total.fn += score.fn
        return total

    def macro_f1(self) -> float:
        """The mean F1 over the finding types that occur in the set (labelled or found)."""
        seen = [score.f1 for score in self.by_type.values() if score.seen]
        return sum(seen) / len(seen) if seen else 0.0

    def table(self) -> str:
        rows = [f"{'type':<20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
        for kind, score in [*self.by_type.items(), ("ALL", self.overall())]:
            counts = f"{score.tp:4d} {score.fp:4d} {score.fn:4d}"
            rows.append(f"{kind:<20} {score.precision:6.2f} {score.recall:6.2f} {score.f1:6.2f} {counts}")
        rows.append(f"{'macro-F1':<20} {self.macro_f1():6.2f}")
        rows.extend(f"rejected, scored as finding nothing: {reason}" for reason in self.rejected)
        rows.extend(f"WARNING, labels apart from the lines read: {warning}" for warning in self.unmatched)
        return "\n".join(rows)


def unmatched_labels(name: str, labels: dict[str, list[str]], read: Collection[str]) -> str | None:
    """A warning when no labelled line, or fewer than half, is a line the reader read (a labels
    file keyed "A.1" where the reader names the line "A-1", or a reader that lost the No column);
    None when most meet. A few labelled lines the reader missed are a reading's loss, scored as
    such without a warning."""
    keys = set(labels)
    met = keys & set(read)
    if not keys or 2 * len(met) > len(keys):
        return None
    apart = sorted(keys - met, key=_natural)[:3]
    seen = sorted(set(read) - keys, key=_natural)[:3]
    return (
        f"{name}: {len(met)} of {len(keys)} labelled lines meet a line read "
        f"(labels {', '.join(apart)} …; read {', '.join(seen) or 'no line'} …)"
    )


def _natural(value: str) -> tuple[int, str]:
    digits = "".join(c for c in value if c.isdigit())
    return (int(digits) if digits else 0, value)


def load_labels(path: Path) -> dict[str, list[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    labels: dict[str, list[str]] = data["labels"]
    return {line_key(no): types for no, types in labels.items()}


def line_key(no: str) -> str:
    """A label's No as the reader names the line: a No printed ``12.`` is line ``12``.

    The reader drops the list dot (``RkaLine.line_id``); a labels file keyed by the No as printed
    would otherwise score every line of such a file as one missed and one false finding.
    """
    return no.strip().rstrip(".")


def known_types(labels: Iterable[list[str]]) -> set[str]:
    return {t for types in labels for t in types}
