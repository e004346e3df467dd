"""Ledger entries (one per unique usage event) and their totals.

The ledger is the source of truth: balances are running sums of it, statements and usage reports
are computed from it, and each entry keeps the tariff version, price and rate it was charged at,
so any amount can be traced back to the events behind it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

from samarinda_common.events import UsageRecorded

from samarinda_billing.domain.pricing import Charge, Usage, charge_for, micro_to_rupiah
from samarinda_billing.domain.tariffs import TariffBook

GroupField = Literal["opd", "period", "operation", "provider"]


def usage_from_event(event: UsageRecorded) -> Usage:
    return Usage(
        event_id=event.event_id,
        opd=event.opd,
        operation=event.operation.value,
        provider=event.provider,
        model=event.model,
        units=event.units,
        occurred_at=event.occurred_at,
    )


@dataclass(frozen=True)
class LedgerEntry:
    event_id: str
    opd: str
    period: str
    operation: str
    provider: str
    model: str | None
    units: int
    occurred_at: datetime
    tariff_version: str
    price_usd: str
    per_units: int
    usd_idr: str
    cost_micro_idr: int

    @classmethod
    def charge(cls, usage: Usage, book: TariffBook) -> LedgerEntry:
        """The entry for one usage event: the one pricing path of the service and of replay."""
        return cls.of(usage, charge_for(usage, book))

    @classmethod
    def of(cls, usage: Usage, charge: Charge) -> LedgerEntry:
        return cls(
            event_id=usage.event_id,
            opd=usage.opd,
            period=usage.period,
            operation=usage.operation,
            provider=usage.provider,
            model=usage.model,
            units=usage.units,
            occurred_at=usage.occurred_at,
            tariff_version=charge.tariff_version,
            price_usd=str(charge.price_usd),
            per_units=charge.per_units,
            usd_idr=str(charge.usd_idr),
            cost_micro_idr=charge.cost_micro_idr,
        )

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> LedgerEntry:
        return cls(**{name: document[name] for name in _ENTRY_FIELDS})

    def to_document(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def balance_id(self) -> str:
        return balance_id(self.opd, self.period)


_ENTRY_FIELDS = tuple(LedgerEntry.__dataclass_fields__)


def balance_id(opd: str, period: str) -> str:
    return f"{opd}|{period}"


@dataclass
class Totals:
    units: int = 0
    events: int = 0
    cost_micro_idr: int = 0

    def add(self, units: int, cost_micro_idr: int) -> None:
        self.units += units
        self.events += 1
        self.cost_micro_idr += cost_micro_idr

    @property
    def cost_idr(self) -> int:
        return micro_to_rupiah(self.cost_micro_idr)


@dataclass
class UsageReport:
    group_by: tuple[GroupField, ...]
    lines: dict[tuple[str, ...], Totals] = field(default_factory=dict)

    def add(self, entry: LedgerEntry) -> None:
        key = tuple(str(getattr(entry, name)) for name in self.group_by)
        self.lines.setdefault(key, Totals()).add(entry.units, entry.cost_micro_idr)

    @property
    def total_micro_idr(self) -> int:
        return sum(t.cost_micro_idr for t in self.lines.values())

    @property
    def total_idr(self) -> int:
        return micro_to_rupiah(self.total_micro_idr)

    def rows(self) -> list[dict[str, Any]]:
        """One dict per line, sorted by key, with units and whole-rupiah cost."""
        return [
            {
                **dict(zip(self.group_by, key, strict=True)),
                "units": totals.units,
                "events": totals.events,
                "cost_idr": totals.cost_idr,
            }
            for key, totals in sorted(self.lines.items())
        ]


def usage_report(entries: Iterable[LedgerEntry], group_by: Sequence[GroupField]) -> UsageReport:
    report = UsageReport(tuple(group_by))
    for entry in entries:
        report.add(entry)
    return report
