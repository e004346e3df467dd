"""The city's prepaid credit pool, the OPDs' monthly allocations, and balances.

A top-up is one document whose ``_id`` is the caller's request id: inserting it is the whole
operation, so a retried request applies once and concurrent top-ups cannot overwrite each other.
The pool is never a stored counter: topped up = the sum of top-ups, spent = the sum of the OPD
balances (themselves sums of ledger entries), so every rupiah traces back to a document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from samarinda_common.auth import Principal, use_principal
from samarinda_common.errors import AlreadyExists, DuplicateKey, InvalidInput
from samarinda_common.ports import DocumentStore

from samarinda_billing.domain.ledger import balance_id
from samarinda_billing.domain.periods import Period
from samarinda_billing.domain.pricing import micro_to_rupiah
from samarinda_billing.domain.quota import Allocation, QuotaStatus, quota_status
from samarinda_billing.service_layer.collections import ALLOCATION_CHANGES, ALLOCATIONS, BALANCES, TOP_UPS
from samarinda_billing.service_layer.quota import QuotaAnnouncer, allocation_of


@dataclass(frozen=True)
class CreditPool:
    topped_up_idr: int
    spent_micro_idr: int

    @property
    def spent_idr(self) -> int:
        return micro_to_rupiah(self.spent_micro_idr)

    @property
    def available_idr(self) -> int:
        return self.topped_up_idr - self.spent_idr


@dataclass(frozen=True)
class TopUpResult:
    top_up_id: str
    applied: bool
    pool: CreditPool


@dataclass(frozen=True)
class BalanceView:
    opd: str
    period: str
    allocation: Allocation | None
    spent_micro_idr: int
    status: QuotaStatus

    @property
    def spent_idr(self) -> int:
        return micro_to_rupiah(self.spent_micro_idr)

    @property
    def allocation_idr(self) -> int:
        return self.allocation.monthly_idr if self.allocation else 0

    @property
    def remaining_idr(self) -> int:
        return self.allocation_idr - self.spent_idr if self.allocation else 0


class Credits:
    def __init__(self, store: DocumentStore, quota: QuotaAnnouncer, now: Callable[[], datetime]) -> None:
        self._store = store
        self._quota = quota
        self._now = now

    async def top_up(self, request_id: str, amount_idr: int, note: str = "") -> TopUpResult:
        if not request_id.strip():
            raise InvalidInput("a top-up needs a request id (its idempotency key)", field="request_id")
        if amount_idr <= 0:
            raise InvalidInput("a top-up must be a positive number of rupiah", field="amount_idr")
        try:
            await self._store.insert_one(
                TOP_UPS,
                {"_id": request_id, "amount_idr": amount_idr, "note": note, "created_at": self._now()},
            )
            applied = True
        except DuplicateKey:
            existing = await self._store.find_one(TOP_UPS, {"_id": request_id})
            if existing is not None and int(existing["amount_idr"]) != amount_idr:
                raise AlreadyExists(
                    f"top-up {request_id} was already made with another amount",
                    details={"request_id": request_id},
                ) from None
            applied = False
        return TopUpResult(request_id, applied, await self.pool())

    async def pool(self) -> CreditPool:
        # The pool is the whole city's: every OPD sees the same two totals, never another's rows.
        with use_principal(Principal.platform("credit-pool")):
            top_ups = await self._store.find(TOP_UPS, {}, projection=["amount_idr"])
            balances = await self._store.find(BALANCES, {}, projection=["spent_micro_idr"])
        return CreditPool(
            topped_up_idr=sum(int(t["amount_idr"]) for t in top_ups),
            spent_micro_idr=sum(int(b.get("spent_micro_idr", 0)) for b in balances),
        )

    async def set_allocation(self, opd: str, monthly_idr: int, hard_limit: bool) -> BalanceView:
        """Set the OPD's monthly allocation; returns (and announces) its current-period balance."""
        if monthly_idr < 0:
            raise InvalidInput("an allocation cannot be negative", field="monthly_idr")
        changed_at = self._now()
        period = str(Period.of(changed_at))
        await self._store.replace_one(
            ALLOCATIONS,
            {"_id": opd},
            {"_id": opd, "monthly_idr": monthly_idr, "hard_limit": hard_limit, "changed_at": changed_at},
            upsert=True,
        )
        await self._store.insert_one(
            ALLOCATION_CHANGES,
            {"opd": opd, "monthly_idr": monthly_idr, "hard_limit": hard_limit, "changed_at": changed_at},
        )
        balance = await self._store.find_one(BALANCES, {"_id": balance_id(opd, period)})
        # Fresh: the worker may have announced since this process last looked.
        await self._quota.review(opd, period, balance, fresh=True)
        return await self.balance(opd, period)

    async def balance(self, opd: str, period: str) -> BalanceView:
        balance = await self._store.find_one(BALANCES, {"_id": balance_id(opd, period)})
        spent = int(balance["spent_micro_idr"]) if balance else 0
        allocation = await allocation_of(self._store, opd)
        return BalanceView(opd, period, allocation, spent, quota_status(spent, allocation))
