"""Credits and usage as the credits page shows them: a monthly bar chart drawn as SVG on the
server (no chart library in the browser), usage per operation, and the alerts to raise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

CHART_WIDTH = 640
CHART_HEIGHT = 220
_MARGIN_TOP = 16
_MARGIN_BOTTOM = 36
_MARGIN_LEFT = 8
# Indonesian month abbreviations for the chart's axis.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def last_periods(today: date, count: int) -> list[str]:
    """The ``count`` calendar months up to and including ``today``'s, oldest first (YYYY-MM)."""
    periods = []
    year, month = today.year, today.month
    for _ in range(count):
        periods.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return periods[::-1]


def period_label(period: str) -> str:
    year, _, month = period.partition("-")
    return f"{MONTHS[int(month) - 1]} {year[2:]}" if month.isdigit() and 1 <= int(month) <= 12 else period


@dataclass(frozen=True)
class Bar:
    period: str
    label: str
    cost_idr: int
    x: float
    y: float
    width: float
    height: float


def month_bars(costs: list[tuple[str, int]]) -> list[Bar]:
    """Bars scaled to the largest month; a zero month keeps a hairline so the month is visible."""
    if not costs:
        return []
    top = max(cost for _, cost in costs) or 1
    plot_height = CHART_HEIGHT - _MARGIN_TOP - _MARGIN_BOTTOM
    slot = (CHART_WIDTH - _MARGIN_LEFT * 2) / len(costs)
    bars = []
    for index, (period, cost) in enumerate(costs):
        height = max(plot_height * cost / top, 1.0)
        bars.append(
            Bar(
                period=period,
                label=period_label(period),
                cost_idr=cost,
                x=_MARGIN_LEFT + index * slot + slot * 0.15,
                y=_MARGIN_TOP + plot_height - height,
                width=slot * 0.7,
                height=height,
            )
        )
    return bars


@dataclass(frozen=True)
class OperationUsage:
    operation: str
    units: int
    events: int
    cost_idr: int


def by_operation(lines: list[tuple[str, int, int, int]]) -> list[OperationUsage]:
    """(operation, units, events, cost) rows summed per operation, the costliest first."""
    totals: dict[str, list[int]] = {}
    for operation, units, events, cost in lines:
        row = totals.setdefault(operation, [0, 0, 0])
        row[0] += units
        row[1] += events
        row[2] += cost
    rows = [OperationUsage(op, *values) for op, values in totals.items()]
    return sorted(rows, key=lambda r: (-r.cost_idr, r.operation))
