"""Announcing quota changes: ``billing.quota-changed.v1`` when an OPD's threshold changes.

The event is published *before* the new threshold is recorded as announced: if recording fails
the event is announced again later (consumers treat it as a state, so a repeat is harmless),
whereas the opposite order could lose it. Past periods are never announced: a late event can
change last month's balance but not what the other services may do today.

The worker reviews the quota after every batch, so it keeps each OPD's allocation and last
announced threshold for ``cache_seconds`` instead of reading them each time. Its own
announcements update that cache; a change made by the API process (a new allocation, with its own
announcement) reaches the worker within ``cache_seconds``. The API reviews with ``fresh=True``.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, TypeVar

from cachetools import TTLCache
from samarinda_common.events import QuotaChanged
from samarinda_common.logging import get_logger
from samarinda_common.ports import DocumentStore, EventPublisher

from samarinda_billing.domain.ledger import balance_id
from samarinda_billing.domain.periods import Period
from samarinda_billing.domain.pricing import micro_to_rupiah
from samarinda_billing.domain.quota import Allocation, QuotaStatus, needs_announcement, quota_status
from samarinda_billing.service_layer.collections import ALLOCATIONS, QUOTA_ANNOUNCEMENTS

log = get_logger(__name__)

_CACHED_OPDS = 1024  # far more than the city's OPDs
_Value = TypeVar("_Value")


async def allocation_of(store: DocumentStore, opd: str) -> Allocation | None:
    document = await store.find_one(ALLOCATIONS, {"_id": opd})
    if document is None:
        return None
    return Allocation(monthly_idr=int(document["monthly_idr"]), hard_limit=bool(document["hard_limit"]))


async def _read_through(
    cache: TTLCache[Any, _Value], key: Any, read: Callable[[], Awaitable[_Value]], fresh: bool
) -> _Value:
    if not fresh and key in cache:
        return cache[key]
    cache[key] = value = await read()
    return value


class QuotaAnnouncer:
    def __init__(
        self,
        store: DocumentStore,
        publisher: EventPublisher,
        now: Callable[[], datetime],
        cache_seconds: float = 0.0,
    ) -> None:
        self._store = store
        self._publisher = publisher
        self._now = now
        self._allocations: TTLCache[str, Allocation | None] = TTLCache(_CACHED_OPDS, cache_seconds)
        # (opd, period) -> threshold last announced, None when nothing was announced for the period
        self._announcements: TTLCache[tuple[str, str], int | None] = TTLCache(4 * _CACHED_OPDS, cache_seconds)

    async def review(
        self, opd: str, period: str, balance: dict[str, Any] | None, *, fresh: bool = False
    ) -> QuotaStatus:
        """Recompute the OPD's status from its balance document and announce it if it changed.

        ``fresh`` reads the allocation and the last announcement from the store, not the cache.
        """
        spent = int(balance["spent_micro_idr"]) if balance else 0
        allocation = await _read_through(
            self._allocations, opd, lambda: allocation_of(self._store, opd), fresh
        )
        status = quota_status(spent, allocation)
        if period != str(Period.of(self._now())):
            return status
        announced = await self._announced(opd, period, fresh)
        if announced is None:
            # A new month starts clean, but services still hold last month's state until told otherwise.
            announced = await self._announced(opd, str(Period.parse(period).previous()), fresh) or 0
        elif announced == status.threshold:
            return status
        if needs_announcement(status, announced):
            await self._publish(opd, period, spent, status, allocation)
        await self._store.replace_one(
            QUOTA_ANNOUNCEMENTS,
            {"_id": balance_id(opd, period)},
            {"opd": opd, "period": period, "threshold": status.threshold, "announced_at": self._now()},
            upsert=True,
        )
        self._announcements[(opd, period)] = status.threshold  # with cache_seconds=0, gone at once
        return status

    async def _announced(self, opd: str, period: str, fresh: bool) -> int | None:
        async def read() -> int | None:
            document = await self._store.find_one(QUOTA_ANNOUNCEMENTS, {"_id": balance_id(opd, period)})
            return None if document is None else int(document["threshold"])

        return await _read_through(self._announcements, (opd, period), read, fresh)

    async def _publish(
        self, opd: str, period: str, spent_micro_idr: int, status: QuotaStatus, allocation: Allocation | None
    ) -> None:
        allocation_idr = allocation.monthly_idr if allocation else 0
        # Deterministic id: the same announcement made twice is one event for idempotent consumers.
        event_id = uuid.uuid5(
            uuid.NAMESPACE_URL,
            f"quota/{opd}/{period}/{status.threshold}/{allocation_idr}/{status.hard_limit}",
        ).hex
        event = QuotaChanged(
            event_id=event_id,
            opd=opd,
            occurred_at=self._now(),
            state=status.state,
            used_percent=float(status.used_percent),  # the event schema's type; never used as money
            threshold_percent=status.threshold,
            hard_limit=status.hard_limit,
            allocation_idr=allocation_idr,
            spent_idr=micro_to_rupiah(spent_micro_idr),
            period=period,
        )
        await self._publisher.publish(event)
        log.info(
            "quota_changed",
            opd=opd,
            period=period,
            state=status.state.value,
            threshold=status.threshold,
            hard_limit=status.hard_limit,
        )
