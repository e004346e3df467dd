"""Refusing paid AI operations for an OPD whose credit allocation is spent.

Billing publishes ``billing.quota-changed.v1`` whenever an OPD crosses a threshold. Every service
that calls a paid provider subscribes (:func:`quota_subscription`) and keeps the latest state per
OPD in the ``quota_state`` collection, which all replicas of the service share: a replica only
consumes some partitions, and a restarted process must still know who is exhausted.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from samarinda_common.errors import QuotaExhausted
from samarinda_common.events import QuotaChanged, QuotaState
from samarinda_common.logging import get_logger
from samarinda_common.messaging.processing import Subscription
from samarinda_common.ports import DocumentStore
from samarinda_common.providers import ZERO_RATED_PROVIDERS
from samarinda_common.topics import Topic

log = get_logger(__name__)

QUOTA_STATE_COLLECTION = "quota_state"


@dataclass(frozen=True)
class _Cached:
    event: QuotaChanged | None
    read_at: float


def _blocks_paid_work(event: QuotaChanged) -> bool:
    return event.state is QuotaState.EXHAUSTED and event.hard_limit


def _is_newer(event: QuotaChanged, than: QuotaChanged) -> bool:
    # Billing announces only the current month, so a state for an earlier month than one already
    # known is a late arrival, whatever its timestamp says (replicas' clocks differ).
    return (event.period, event.occurred_at) > (than.period, than.occurred_at)


class QuotaStateGuard:
    """``QuotaGuard`` fed by ``QuotaChanged`` events; reads are cached for ``cache_seconds``."""

    def __init__(self, store: DocumentStore | None = None, cache_seconds: float = 5.0) -> None:
        self._store = store
        self._cache_seconds = cache_seconds
        self._cache: dict[str, _Cached] = {}

    async def apply(self, event: QuotaChanged) -> None:
        """Keep ``event`` unless a newer state for the OPD is already known (events may reorder)."""
        current = await self._latest(event.opd, fresh=True)
        if current is not None and _is_newer(current, event):
            log.info("quota_change_outdated", opd=event.opd, state=event.state)
            return
        if self._store is not None:
            await self._store.replace_one(
                QUOTA_STATE_COLLECTION,
                {"_id": event.opd},
                {"_id": event.opd, **event.model_dump(mode="json")},
                upsert=True,
            )
        self._cache[event.opd] = _Cached(event, time.monotonic())
        log.info("quota_state_changed", opd=event.opd, state=event.state, used_percent=event.used_percent)

    async def ensure_allowed(self, opd: str, provider: str) -> None:
        # Zero-rated work costs nothing, so an exhausted OPD may still use it.
        if provider.lower() in ZERO_RATED_PROVIDERS:
            return
        latest = await self._latest(opd)
        if latest is not None and _blocks_paid_work(latest):
            raise QuotaExhausted(
                f"Kuota AI untuk OPD {opd} periode {latest.period} sudah habis "
                f"({latest.used_percent:.0f}% terpakai); layanan AI berbayar ditolak sampai kredit ditambah.",
                details={"opd": opd, "period": latest.period, "provider": provider},
            )

    async def _latest(self, opd: str, *, fresh: bool = False) -> QuotaChanged | None:
        cached = self._cache.get(opd)
        if self._store is None:
            return cached.event if cached else None
        if cached is not None and not fresh and time.monotonic() - cached.read_at < self._cache_seconds:
            return cached.event
        document = await self._store.find_one(QUOTA_STATE_COLLECTION, {"_id": opd})
        event = QuotaChanged.model_validate(document) if document else None
        self._cache[opd] = _Cached(event, time.monotonic())
        return event


def quota_subscription(guard: QuotaStateGuard, consumer_group: str) -> Subscription[QuotaChanged]:
    """The subscription a service adds to its worker so that ``guard`` follows billing.

    Its group is the service's own consumer group (``SAMARINDA_<SVC>_CONSUMER_GROUP``) plus
    ``.quota``, so it is namespaced with the service's other groups (per cluster, per test run).
    """
    return Subscription(
        Topic.QUOTA_CHANGED, QuotaChanged, group_id=f"{consumer_group}.quota", handler=guard.apply
    )
