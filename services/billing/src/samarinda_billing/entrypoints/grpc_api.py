"""The grpc.aio ``BillingService``: protobuf <-> the billing use cases, and who may call what.

Reads are OPD-scoped (an OPD token sees its own OPD; an admin sees any, or all when ``opd`` is
empty); ``TopUp`` and ``SetAllocation`` are admin-only and written to the audit log.
"""

from __future__ import annotations

from typing import Any

from samarinda.billing.v1 import billing_service_pb2 as pb
from samarinda.billing.v1 import billing_service_pb2_grpc as pb_grpc
from samarinda_common.auth import AuditLog, Principal, authorize_opd, current_principal
from samarinda_common.errors import InvalidInput, PermissionDenied
from samarinda_common.events import QuotaState

from samarinda_billing.domain.forecast import PlannedVolume
from samarinda_billing.service_layer.credits import BalanceView, CreditPool
from samarinda_billing.service_layer.handlers import Billing
from samarinda_billing.service_layer.statements import StatementFormat

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["BillingService"].full_name

_STATES = {
    QuotaState.OK: pb.QUOTA_STATE_OK,
    QuotaState.WARNING: pb.QUOTA_STATE_WARNING,
    QuotaState.EXHAUSTED: pb.QUOTA_STATE_EXHAUSTED,
}
_FORMATS = {
    pb.STATEMENT_FORMAT_UNSPECIFIED: StatementFormat.CSV,
    pb.STATEMENT_FORMAT_CSV: StatementFormat.CSV,
    pb.STATEMENT_FORMAT_XLSX: StatementFormat.XLSX,
}


def _scope(principal: Principal, opd: str) -> str | None:
    """The OPD a read is limited to: the asked one if allowed, the caller's own when none is asked."""
    if opd:
        authorize_opd(principal, opd)
        return opd
    if principal.is_admin:
        return None
    return principal.opd


def _require_admin(principal: Principal) -> None:
    if not principal.is_admin:
        raise PermissionDenied("only an admin token may change credits or allocations")


def _period(billing: Billing, period: str) -> str:
    try:
        return billing.period_or_current(period or None)
    except ValueError as exc:
        raise InvalidInput(str(exc), field="period") from exc


def _balance(view: BalanceView) -> pb.Balance:
    return pb.Balance(
        opd=view.opd,
        period=view.period,
        allocation_idr=view.allocation_idr,
        spent_idr=view.spent_idr,
        remaining_idr=view.remaining_idr,
        used_percent=str(view.status.used_percent),
        state=_STATES[view.status.state],
        threshold_percent=view.status.threshold,
        hard_limit=view.status.hard_limit,
    )


def _pool(pool: CreditPool) -> pb.CreditPool:
    return pb.CreditPool(
        topped_up_idr=pool.topped_up_idr, spent_idr=pool.spent_idr, available_idr=pool.available_idr
    )


class BillingServicer(pb_grpc.BillingServiceServicer):
    def __init__(self, billing: Billing, audit: AuditLog) -> None:
        self._billing = billing
        self._audit = audit

    async def GetUsage(self, request: pb.GetUsageRequest, context: Any) -> pb.GetUsageResponse:
        opd = _scope(current_principal(), request.opd)
        period, report = await self._billing.usage(
            _period(self._billing, request.period), opd, request.operation or None
        )
        lines = [
            pb.UsageLine(
                opd=row["opd"],
                period=row["period"],
                operation=row["operation"],
                provider=row["provider"],
                units=row["units"],
                events=row["events"],
                cost_idr=row["cost_idr"],
            )
            for row in report.rows()
        ]
        return pb.GetUsageResponse(period=period, lines=lines, total_cost_idr=report.total_idr)

    async def GetBalance(self, request: pb.GetBalanceRequest, context: Any) -> pb.GetBalanceResponse:
        opd = _scope(current_principal(), request.opd)
        if opd is None:
            raise InvalidInput("a balance is per OPD: give opd", field="opd")
        view, pool = await self._billing.balance(opd, _period(self._billing, request.period))
        return pb.GetBalanceResponse(balance=_balance(view), pool=_pool(pool))

    async def TopUp(self, request: pb.TopUpRequest, context: Any) -> pb.TopUpResponse:
        principal = current_principal()
        _require_admin(principal)
        result = await self._billing.top_up(request.request_id, request.amount_idr, request.note)
        await self._audit.record(
            action="billing.top_up",
            resource=f"top_up/{result.top_up_id}",
            opd=None,
            outcome="applied" if result.applied else "already_applied",
            principal=principal,
            extra={"amount_idr": request.amount_idr},
        )
        return pb.TopUpResponse(top_up_id=result.top_up_id, applied=result.applied, pool=_pool(result.pool))

    async def SetAllocation(self, request: pb.SetAllocationRequest, context: Any) -> pb.SetAllocationResponse:
        principal = current_principal()
        _require_admin(principal)
        if not request.opd:
            raise InvalidInput("an allocation is per OPD: give opd", field="opd")
        view = await self._billing.set_allocation(request.opd, request.monthly_idr, request.hard_limit)
        await self._audit.record(
            action="billing.set_allocation",
            resource=f"allocation/{request.opd}",
            opd=request.opd,
            outcome="set",
            principal=principal,
            extra={"monthly_idr": request.monthly_idr, "hard_limit": request.hard_limit},
        )
        return pb.SetAllocationResponse(balance=_balance(view))

    async def Forecast(self, request: pb.ForecastRequest, context: Any) -> pb.ForecastResponse:
        if request.scenario not in ("", "full-use"):
            raise InvalidInput(
                f"unknown scenario {request.scenario!r} (full-use, or give volumes)", field="scenario"
            )
        if request.scenario == "" and not request.volumes:
            raise InvalidInput("give volumes, or scenario full-use", field="volumes")
        volumes = [
            PlannedVolume(v.opd, v.operation, v.provider or "local", v.units, v.model or None)
            for v in request.volumes
        ]
        result = self._billing.forecast(None if request.scenario else volumes)
        rent_own = result.rent_vs_own
        return pb.ForecastResponse(
            lines=[
                pb.ForecastLine(
                    opd=line.volume.opd,
                    operation=line.volume.operation,
                    provider=line.volume.provider,
                    units=line.volume.units,
                    cost_idr=line.cost_idr,
                    cost_usd=str(line.cost_usd(result.usd_idr)),
                )
                for line in result.lines
            ],
            total_idr=result.total_idr,
            total_usd=str(result.total_usd),
            usd_idr_rate=str(result.usd_idr),
            tariff_version=result.tariff_version,
            rent_vs_own=pb.RentVsOwn(
                rent_monthly_idr=rent_own.rent_monthly_idr,
                own_monthly_idr=rent_own.own_monthly_idr,
                own_capex_idr=rent_own.own_capex_idr,
                amortisation_months=rent_own.amortisation_months,
                break_even_scale="" if rent_own.break_even_scale is None else str(rent_own.break_even_scale),
                cheaper=rent_own.cheaper,
            ),
        )

    async def ExportStatement(
        self, request: pb.ExportStatementRequest, context: Any
    ) -> pb.ExportStatementResponse:
        opd = _scope(current_principal(), request.opd)
        statement = await self._billing.statement(
            _period(self._billing, request.period), opd, _FORMATS[request.format]
        )
        return pb.ExportStatementResponse(
            content=statement.content, content_type=statement.content_type, filename=statement.filename
        )
