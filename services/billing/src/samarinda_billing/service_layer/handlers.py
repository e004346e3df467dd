"""What the entrypoints call: the usage-event handler and the billing use cases.

``Billing`` gathers the ledger, the credit pool, the tariff book and the forecast profile; the
Kafka subscriber and the gRPC servicer only translate to and from it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from samarinda_common.events import UsageRecorded
from samarinda_common.logging import get_logger

from samarinda_billing.domain.forecast import Forecast, ForecastProfile, PlannedVolume, next_month_forecast
from samarinda_billing.domain.ledger import UsageReport, usage_from_event
from samarinda_billing.domain.periods import Period
from samarinda_billing.domain.tariffs import TariffBook
from samarinda_billing.service_layer.credits import BalanceView, CreditPool, Credits, TopUpResult
from samarinda_billing.service_layer.ledger import Recorded, UsageLedger
from samarinda_billing.service_layer.statements import StatementFile, StatementFormat, render_statement

log = get_logger(__name__)


@dataclass(frozen=True)
class Billing:
    ledger: UsageLedger
    credits: Credits
    book: TariffBook
    profile: ForecastProfile
    now: Callable[[], datetime]

    async def on_usage_recorded(self, event: UsageRecorded) -> Recorded:
        [recorded] = await self.on_usage_batch([event])
        return recorded

    async def on_usage_batch(self, events: Sequence[UsageRecorded]) -> list[Recorded]:
        recorded = await self.ledger.record_batch([usage_from_event(event) for event in events])
        charged = [r for r in recorded if not r.duplicate]
        log.info(
            "usage_charged",
            events=len(recorded),
            charged=len(charged),
            duplicates=len(recorded) - len(charged),
            cost_micro_idr=sum(r.entry.cost_micro_idr for r in charged),
        )
        return recorded

    def period_or_current(self, period: str | None) -> str:
        return str(Period.parse(period)) if period else str(Period.of(self.now()))

    async def usage(
        self, period: str | None, opd: str | None = None, operation: str | None = None
    ) -> tuple[str, UsageReport]:
        resolved = self.period_or_current(period)
        return resolved, await self.ledger.usage(resolved, opd=opd, operation=operation)

    async def balance(self, opd: str, period: str | None) -> tuple[BalanceView, CreditPool]:
        return await self.credits.balance(opd, self.period_or_current(period)), await self.credits.pool()

    async def top_up(self, request_id: str, amount_idr: int, note: str = "") -> TopUpResult:
        return await self.credits.top_up(request_id, amount_idr, note)

    async def set_allocation(self, opd: str, monthly_idr: int, hard_limit: bool) -> BalanceView:
        return await self.credits.set_allocation(opd, monthly_idr, hard_limit)

    def forecast(self, volumes: Sequence[PlannedVolume] | None = None) -> Forecast:
        """Next month's cost of ``volumes``, or of full use by every OPD when none are given."""
        return next_month_forecast(self.profile, self.book, self.now(), volumes)

    async def statement(self, period: str, opd: str | None, fmt: StatementFormat) -> StatementFile:
        resolved, report = await self.usage(period, opd)
        return render_statement(report, resolved, opd, fmt)
