"""Cost of one usage event, and the rounding rules.

Rounding, in one place:
1. An event's cost is computed exactly in ``Decimal`` (units / per_units × USD price × USD→IDR
   rate, × the share of the month for storage) and rounded half-up to whole **micro-rupiah**
   (10⁻⁶ IDR). That integer is stored in the ledger and never recomputed.
2. Sums (per OPD, operation, period, statement line, balance) add those integers exactly, so the
   result does not depend on the order or batching of events.
3. A sum is shown in whole **rupiah** rounded half-up only when it is reported (statement line,
   balance, replay output). Totals of a report are the rounded sum of micro-rupiah, not the sum of
   rounded lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from samarinda_billing.domain.periods import Period
from samarinda_billing.domain.tariffs import Billing, Price, TariffBook

MICRO_PER_RUPIAH = 1_000_000


@dataclass(frozen=True)
class Usage:
    """What was used, by whom, when (the billing view of a ``usage.recorded.v1`` event)."""

    event_id: str
    opd: str
    operation: str
    provider: str
    model: str | None
    units: int
    occurred_at: datetime

    @property
    def period(self) -> str:
        return str(Period.of(self.occurred_at))


@dataclass(frozen=True)
class Charge:
    tariff_version: str
    price_usd: Decimal
    per_units: int
    usd_idr: Decimal
    cost_micro_idr: int


def charge_for(usage: Usage, book: TariffBook) -> Charge:
    version, price = book.price_at(usage.occurred_at, usage.operation, usage.provider, usage.model)
    rate = book.rate_at(usage.occurred_at)
    quantity = Decimal(usage.units) / price.per_units * _billed_share(price, usage.occurred_at)
    cost_idr = quantity * price.usd * rate.usd_idr
    return Charge(
        tariff_version=version.version,
        price_usd=price.usd,
        per_units=price.per_units,
        usd_idr=rate.usd_idr,
        cost_micro_idr=_round_half_up(cost_idr * MICRO_PER_RUPIAH),
    )


def _billed_share(price: Price, occurred_at: datetime) -> Decimal:
    if price.billing is Billing.PER_UNIT:
        return Decimal(1)
    period = Period.of(occurred_at)
    left = period.ends_at - occurred_at
    whole = period.ends_at - period.starts_at
    # Whole microseconds on both sides keep the ratio exact up to Decimal's 28 digits.
    return Decimal(_microseconds(left)) / Decimal(_microseconds(whole))


def _microseconds(delta: timedelta) -> int:
    return delta // timedelta(microseconds=1)


def _round_half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def micro_to_rupiah(micro_idr: int) -> int:
    """Whole rupiah, half-up (the only place sums of micro-rupiah become rupiah)."""
    return _round_half_up(Decimal(micro_idr) / MICRO_PER_RUPIAH)


def idr_to_usd(idr: Decimal, usd_idr: Decimal) -> Decimal:
    """USD to the cent, half-up (display only; money is kept in rupiah)."""
    return (idr / usd_idr).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
