""" "Billed exactly once": what billing reports equals the distinct usage events on the topic."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

from .clients import Platform, TopicWatch, distinct_by_id, poll

WITA = timezone(timedelta(hours=8))  # billing periods are calendar months in WITA
UsageTotals = dict[tuple[str, str, str], tuple[int, int]]  # (period, operation, provider) -> (units, events)


def period_of(occurred_at: str) -> str:
    return datetime.fromisoformat(occurred_at).astimezone(WITA).strftime("%Y-%m")


def expected_usage(events: Iterable[Mapping[str, Any]]) -> UsageTotals:
    """Totals over distinct event ids: a redelivered or re-sent usage event is charged once."""
    totals: defaultdict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for event in distinct_by_id(events).values():
        key = (
            period_of(str(event["occurred_at"])),
            str(event["operation"]),
            str(event.get("provider", "local")),
        )
        totals[key][0] += int(event["units"])
        totals[key][1] += 1
    return {key: (units, count) for key, (units, count) in totals.items()}


def billed_usage(platform: Platform, opd: str, periods: Iterable[str]) -> UsageTotals:
    billed: UsageTotals = {}
    for period in sorted(set(periods)):
        for line in platform.usage(opd, period).lines:
            billed[(line.period, line.operation, line.provider)] = (line.units, line.events)
    return billed


def wait_until_billed_once(
    platform: Platform, usage_topic: TopicWatch, opd: str, operations: set[str], *, timeout: float = 90.0
) -> tuple[UsageTotals, UsageTotals]:
    """Wait until every operation in ``operations`` was metered and billing caught up with the
    topic; returns (expected, billed), equal unless the wait timed out (which raises)."""

    def compare() -> tuple[UsageTotals, UsageTotals]:
        expected = expected_usage(usage_topic.events(opd))
        return expected, billed_usage(platform, opd, {period for period, _, _ in expected})

    def settled(pair: tuple[UsageTotals, UsageTotals]) -> bool:
        expected, billed = pair
        return operations <= {operation for _, operation, _ in expected} and expected == billed

    return poll(
        compare, settled, timeout=timeout, interval=2.0, what=f"billing of {opd} matching the usage topic"
    )
