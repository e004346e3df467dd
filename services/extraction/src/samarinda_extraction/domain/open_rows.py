"""The missing rule of a row drawn without one: where a table's column rules start (or stop)
together and no horizontal rule meets them.

A spreadsheet printed to PDF draws each cell's borders; the first row under a boxed header block
(a sub-kegiatan's title and output) often has none on top, because the block's own border ends a
gap above it. The ruled-table finder needs a rule on every side of a cell and drops that row.
Its column rules still start together at its top edge: that edge is the row's rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from samarinda_extraction.domain.text_grid import Rule

# Ends this close (points) are one edge; a rule this close meets them (the finder's own tolerance).
_TOLERANCE = 3.0
# Fewer column rules ending together are a framed box's sides, not a table row.
_MIN_COLUMNS = 3


@dataclass(frozen=True)
class Upright:
    """A vertical ruling line from ``top`` down to ``bottom``."""

    x: float
    top: float
    bottom: float


def implied_rules(uprights: Sequence[Upright], rules: Sequence[Rule]) -> list[Rule]:
    """A rule across each set of at least three column rules that start or stop at one height
    where no horizontal rule meets them."""
    unmet = sorted(
        (y, u.x) for u in uprights for y in (u.top, u.bottom) if not any(_meets(r, y, u.x) for r in rules)
    )
    groups: list[tuple[float, list[float]]] = []
    for y, x in unmet:
        if groups and y - groups[-1][0] <= _TOLERANCE:
            groups[-1][1].append(x)
        else:
            groups.append((y, [x]))
    return [Rule(y, min(xs), max(xs)) for y, xs in groups if len(set(xs)) >= _MIN_COLUMNS]


def _meets(rule: Rule, y: float, x: float) -> bool:
    return abs(rule.y - y) <= _TOLERANCE and rule.x0 - _TOLERANCE <= x <= rule.x1 + _TOLERANCE
