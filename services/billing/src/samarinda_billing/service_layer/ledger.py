"""Recording usage exactly once in effect, a batch at a time, and reading it back.

A batch costs a few round trips to the store whatever its size, and never updates an entry
(FerretDB, the local server, writes an update per document: ~10 ms each):
1. price every event (an event no price covers fails before anything is written);
2. insert the ledger entries (``_id`` = event id, ``batch`` = this attempt's token) in one unordered
   insert; the store names the new ones, the unique key refuses the rest;
3. read the refused entries (the first copy wins) and the balances the batch touches;
4. per (OPD, period) balance, one ``$inc`` of the entries it has not counted yet, which also sets
   its ``last_batch`` to the token (and lists recovered entries of other batches, see below);
5. review each balance's quota (announce a threshold change);
6. record the token in ``ledger_batches``: every entry of this batch is counted.

Balances have a single writer. Kafka gives each OPD's partition to one consumer, and within it
batches run one at a time under per-OPD locks. This is what makes ``$inc`` safe on FerretDB v1,
whose updates are read-modify-write (measured: 100 concurrent ``$inc`` on one document kept 55);
MongoDB's ``$inc`` is atomic on its own. The API never writes balances.

Without transactions a crash can fall between any two steps; the batch is then delivered again
(nothing was committed), possibly cut differently. An entry refused as a duplicate is counted by
its balance when its batch was recorded (6), when the balance's ``last_batch`` is its batch (the
``$inc`` happened, the batch did not finish), when the balance lists it as ``recovered`` (added
by a later batch), or when ``ledger_batches`` holds "<batch>|<balance>": before a balance's
``last_batch`` is replaced, an unfinished batch it names gets that record, so no counted entry
ever loses its proof. Any other entry was inserted by a batch that died before its ``$inc``, and
is added now. ``reconcile`` checks any balance against the ledger.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Collection, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cachetools import LRUCache
from samarinda_common.logging import get_logger
from samarinda_common.ports import DocumentStore

from samarinda_billing.domain.ledger import GroupField, LedgerEntry, UsageReport, balance_id, usage_report
from samarinda_billing.domain.pricing import Usage
from samarinda_billing.domain.quota import QuotaStatus
from samarinda_billing.domain.tariffs import TariffBook
from samarinda_billing.service_layer.collections import BALANCES, LEDGER, LEDGER_BATCHES
from samarinda_billing.service_layer.quota import QuotaAnnouncer

log = get_logger(__name__)

STATEMENT_GROUPS: tuple[GroupField, ...] = ("opd", "period", "operation", "provider")
_REMEMBERED_BATCHES = 4096  # batches this process finished, so the usual case reads nothing more


@dataclass(frozen=True)
class Recorded:
    entry: LedgerEntry
    duplicate: bool
    quota: QuotaStatus | None  # None when the quota did not need a look (a free event, a duplicate)


@dataclass(frozen=True)
class Reconciliation:
    opd: str
    period: str
    ledger_micro_idr: int
    ledger_events: int
    balance_micro_idr: int
    balance_events: int

    @property
    def consistent(self) -> bool:
        return (self.ledger_micro_idr, self.ledger_events) == (self.balance_micro_idr, self.balance_events)


@dataclass
class _BalanceWork:
    """What one batch does to one (OPD, period) balance."""

    opd: str
    period: str
    current: dict[str, Any] = field(default_factory=dict)  # the balance document before this batch
    to_add: list[LedgerEntry] = field(default_factory=list)  # not counted by the balance yet
    recovered: list[str] = field(default_factory=list)  # of those, entries inserted by another batch
    half_done: bool = False  # its last $inc belongs to a batch that did not finish

    @property
    def key(self) -> str:
        return balance_id(self.opd, self.period)

    @property
    def last_batch(self) -> str | None:
        return self.current.get("last_batch")


def _proof_of(batch: str, balance: str) -> str:
    """The ``ledger_batches`` id saying that ``balance`` counted the entries of ``batch``."""
    return f"{batch}|{balance}"


def _reviews_quota(work: _BalanceWork, balance: dict[str, Any] | None) -> bool:
    # Free events cannot move a threshold; the first events of a period must still look, since a
    # new month may lift last month's exhaustion.
    cost = sum(e.cost_micro_idr for e in work.to_add)
    return cost > 0 or balance is None or int(balance.get("events", 0)) <= len(work.to_add)


class UsageLedger:
    def __init__(
        self, store: DocumentStore, book: TariffBook, quota: QuotaAnnouncer, now: Callable[[], datetime]
    ) -> None:
        self._store = store
        self._book = book
        self._quota = quota
        self._now = now
        self._locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._finished: LRUCache[str, bool] = LRUCache(_REMEMBERED_BATCHES)

    async def record(self, usage: Usage) -> Recorded:
        """Charge one usage event once; a duplicate returns the entry that was charged first."""
        [recorded] = await self.record_batch([usage])
        return recorded

    async def record_batch(self, usages: Sequence[Usage]) -> list[Recorded]:
        """Charge each event once; one ``Recorded`` per usage, in order."""
        entries = [LedgerEntry.charge(usage, self._book) for usage in usages]
        async with self._locked({entry.opd for entry in entries}):
            return await self._record(entries)

    @asynccontextmanager
    async def _locked(self, opds: Collection[str]) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            for opd in sorted(opds):  # one order for everyone: no deadlock between batches
                await stack.enter_async_context(self._locks[opd])
            yield

    async def _record(self, entries: Sequence[LedgerEntry]) -> list[Recorded]:
        batch = uuid.uuid4().hex
        firsts: dict[str, LedgerEntry] = {}  # the first copy of each event in the batch
        for entry in entries:
            firsts.setdefault(entry.event_id, entry)
        recorded_at = self._now()
        inserted = set(
            await self._store.insert_new(
                LEDGER,
                [
                    {"_id": e.event_id, **e.to_document(), "batch": batch, "recorded_at": recorded_at}
                    for e in firsts.values()
                ],
            )
        )
        stored = await self._stored(firsts.keys() - inserted)
        works = await self._balance_work([e for i, e in firsts.items() if i in inserted], stored)
        statuses = await self._apply(batch, works)

        recovered = {event_id for work in works.values() for event_id in work.recovered}
        results = []
        for entry in entries:
            status = statuses.get(entry.balance_id)
            if entry.event_id in inserted and firsts[entry.event_id] is entry:
                results.append(Recorded(entry, duplicate=False, quota=status))
                continue
            document = stored.get(entry.event_id)
            first = LedgerEntry.from_document(document) if document else firsts[entry.event_id]
            results.append(
                Recorded(first, duplicate=True, quota=status if entry.event_id in recovered else None)
            )
        return results

    async def _stored(self, event_ids: Collection[str]) -> dict[str, dict[str, Any]]:
        if not event_ids:
            return {}
        found = {d["_id"]: d for d in await self._store.find(LEDGER, {"_id": {"$in": list(event_ids)}})}
        if missing := set(event_ids) - found.keys():
            raise RuntimeError(f"ledger entries {sorted(missing)} refused as duplicates but not found")
        return found

    async def _balance_work(
        self, new: Sequence[LedgerEntry], stored: dict[str, dict[str, Any]]
    ) -> dict[str, _BalanceWork]:
        # Refused entries of finished batches are counted: only the others need a closer look.
        doubtful = {
            event_id: document
            for event_id, document in stored.items()
            if "batch" in document and document["batch"] not in self._finished
        }
        works: dict[str, _BalanceWork] = {}
        for entry in [*new, *(LedgerEntry.from_document(d) for d in doubtful.values())]:
            works.setdefault(entry.balance_id, _BalanceWork(entry.opd, entry.period))
        if not works:
            return works
        for balance in await self._store.find(BALANCES, {"_id": {"$in": list(works)}}):
            works[balance["_id"]].current = balance
        recorded = await self._recorded_batches(works.values(), doubtful.values())

        def counted_by(batch: str, work: _BalanceWork) -> bool:
            return batch in self._finished or batch in recorded or _proof_of(batch, work.key) in recorded

        for entry in new:
            works[entry.balance_id].to_add.append(entry)
        for document in doubtful.values():
            work = works[balance_id(document["opd"], document["period"])]
            if not (
                counted_by(document["batch"], work)
                or document["batch"] == work.last_batch
                or document["_id"] in work.current.get("recovered", ())
            ):
                work.to_add.append(LedgerEntry.from_document(document))
                work.recovered.append(document["_id"])
        for work in works.values():
            work.half_done = work.last_batch is not None and not counted_by(work.last_batch, work)
        return works

    async def _recorded_batches(
        self, works: Collection[_BalanceWork], doubtful: Collection[dict[str, Any]]
    ) -> set[str]:
        """The ids ``ledger_batches`` holds among those this batch needs to know about."""
        wanted: set[str] = set()
        for work in works:
            if work.last_batch is not None and work.last_batch not in self._finished:
                wanted |= {work.last_batch, _proof_of(work.last_batch, work.key)}
        for document in doubtful:
            key = balance_id(document["opd"], document["period"])
            wanted |= {document["batch"], _proof_of(document["batch"], key)}
        if not wanted:
            return set()
        found = await self._store.find(LEDGER_BATCHES, {"_id": {"$in": sorted(wanted)}}, projection=["_id"])
        return {d["_id"] for d in found}

    async def _apply(self, batch: str, works: dict[str, _BalanceWork]) -> dict[str, QuotaStatus]:
        """Steps 4 to 6; returns the quota status of the balances reviewed."""
        statuses: dict[str, QuotaStatus] = {}
        for key, work in works.items():
            if work.half_done:  # its batch died after the $inc: the review may not have happened
                statuses[key] = await self._quota.review(work.opd, work.period, work.current)
        adding = [work for work in works.values() if work.to_add]
        # Before a $inc replaces last_batch, an unfinished batch it names keeps its proof.
        proofs = [{"_id": _proof_of(w.last_batch, w.key)} for w in adding if w.half_done and w.last_batch]
        if proofs:
            await self._store.insert_new(LEDGER_BATCHES, proofs)
        balances = await asyncio.gather(*(self._add(batch, work) for work in adding))
        for work, balance in zip(adding, balances, strict=True):
            if _reviews_quota(work, balance):
                statuses[work.key] = await self._quota.review(work.opd, work.period, balance)
        if adding:
            await self._store.insert_new(LEDGER_BATCHES, [{"_id": batch, "finished_at": self._now()}])
            self._finished[batch] = True
        for work in works.values():
            if work.recovered or work.half_done:
                log.warning("ledger_batch_completed_after_interruption", opd=work.opd, period=work.period)
        return statuses

    async def _add(self, batch: str, work: _BalanceWork) -> dict[str, Any] | None:
        update: dict[str, Any] = {
            "$inc": {
                "spent_micro_idr": sum(e.cost_micro_idr for e in work.to_add),
                "events": len(work.to_add),
            },
            "$set": {"opd": work.opd, "period": work.period, "last_batch": batch, "updated_at": self._now()},
        }
        if work.recovered:
            update["$push"] = {"recovered": {"$each": work.recovered}}
        return await self._store.find_one_and_update(BALANCES, {"_id": work.key}, update, upsert=True)

    async def entries(
        self, period: str, *, opd: str | None = None, operation: str | None = None
    ) -> list[LedgerEntry]:
        query: dict[str, Any] = {"period": period}
        if opd:
            query["opd"] = opd
        if operation:
            query["operation"] = operation
        return [LedgerEntry.from_document(d) for d in await self._store.find(LEDGER, query)]

    async def usage(
        self,
        period: str,
        *,
        opd: str | None = None,
        operation: str | None = None,
        group_by: Sequence[GroupField] = STATEMENT_GROUPS,
    ) -> UsageReport:
        return usage_report(await self.entries(period, opd=opd, operation=operation), group_by)

    async def reconcile(self, opd: str, period: str) -> Reconciliation:
        """The balance next to the sum of the ledger entries behind it."""
        entries = await self.entries(period, opd=opd)
        balance = await self._store.find_one(BALANCES, {"_id": balance_id(opd, period)}) or {}
        return Reconciliation(
            opd=opd,
            period=period,
            ledger_micro_idr=sum(e.cost_micro_idr for e in entries),
            ledger_events=len(entries),
            balance_micro_idr=int(balance.get("spent_micro_idr", 0)),
            balance_events=int(balance.get("events", 0)),
        )
