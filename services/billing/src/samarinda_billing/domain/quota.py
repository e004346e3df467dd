"""Quota state of an OPD in a period: alert thresholds at 50/80/100 % of its allocation.

An OPD without an allocation has no quota (always ``ok``). At 100 % the OPD is ``exhausted``;
with a hard limit the other services refuse its paid AI operations, with a soft limit the state
is an alert only. A ``billing.quota-changed.v1`` event is due whenever the threshold reached
differs from the one last announced, upwards (spending) or downwards (a larger allocation, a new
month).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from samarinda_common.events import QuotaState

from samarinda_billing.domain.pricing import MICRO_PER_RUPIAH

THRESHOLDS = (50, 80, 100)


@dataclass(frozen=True)
class Allocation:
    monthly_idr: int
    hard_limit: bool = True


@dataclass(frozen=True)
class QuotaStatus:
    state: QuotaState
    threshold: int  # highest threshold reached: 0, 50, 80 or 100
    used_percent: Decimal  # two decimals, half-up
    hard_limit: bool

    @property
    def blocks_paid_operations(self) -> bool:
        return self.hard_limit and self.state is QuotaState.EXHAUSTED


def quota_status(spent_micro_idr: int, allocation: Allocation | None) -> QuotaStatus:
    if allocation is None:
        return QuotaStatus(QuotaState.OK, 0, Decimal("0.00"), hard_limit=False)
    reached = [t for t in THRESHOLDS if _reached(spent_micro_idr, allocation.monthly_idr, t)]
    threshold = max(reached, default=0)
    if threshold >= 100:
        state = QuotaState.EXHAUSTED
    elif threshold > 0:
        state = QuotaState.WARNING
    else:
        state = QuotaState.OK
    used = _used_percent(spent_micro_idr, allocation.monthly_idr)
    return QuotaStatus(state, threshold, used, allocation.hard_limit)


def _reached(spent_micro_idr: int, allocation_idr: int, threshold: int) -> bool:
    # Integer comparison: the displayed percentage is rounded, the threshold test must not be.
    # An empty allocation is exhausted from the start: nothing may be spent.
    return spent_micro_idr * 100 >= threshold * allocation_idr * MICRO_PER_RUPIAH


def _used_percent(spent_micro_idr: int, allocation_idr: int) -> Decimal:
    if allocation_idr <= 0:
        return Decimal("100.00")
    ratio = Decimal(spent_micro_idr) * 100 / (Decimal(allocation_idr) * MICRO_PER_RUPIAH)
    return ratio.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def needs_announcement(status: QuotaStatus, announced_threshold: int) -> bool:
    return status.threshold != announced_threshold
