"""Where billing keeps its state in the DocumentStore, and the indexes it needs.

- ``usage_ledger``: one entry per unique usage event, ``_id`` = event id (the unique key that makes
  redelivered or duplicated events charge once), ``batch`` = the batch that inserted it.
- ``ledger_batches``: one document per finished batch (``_id`` = its token), and "<batch>|<balance>"
  for a balance that counted an unfinished batch (see ``ledger.py``).
- ``balances``: per (OPD, period) running totals, changed only with ``$inc`` and only by the ledger
  (see ``ledger.py`` on why there is a single writer per balance).
- ``quota_announcements``: per (OPD, period) the threshold last announced.
- ``credit_top_ups``: one document per top-up of the city's pool, ``_id`` = request id.
- ``allocations``: the current monthly allocation of each OPD; ``allocation_changes`` keeps
  every change for audit.
"""

from __future__ import annotations

from samarinda_common.ports import DocumentStore
from samarinda_common.tenancy import tenancy

LEDGER = "usage_ledger"
LEDGER_BATCHES = "ledger_batches"
BALANCES = "balances"
QUOTA_ANNOUNCEMENTS = "quota_announcements"
TOP_UPS = "credit_top_ups"
ALLOCATIONS = "allocations"
ALLOCATION_CHANGES = "allocation_changes"

# An OPD reads only its own usage, balances and allocation (whose ``_id`` is the OPD code); the
# credit pool and the ledger's batch bookkeeping are the city's.
TENANCY = tenancy(
    owned={
        LEDGER: "opd",
        BALANCES: "opd",
        QUOTA_ANNOUNCEMENTS: "opd",
        ALLOCATIONS: "_id",
        ALLOCATION_CHANGES: "opd",
    },
    shared=(LEDGER_BATCHES, TOP_UPS),
)


async def ensure_indexes(store: DocumentStore) -> None:
    await store.ensure_index(LEDGER, [("period", 1), ("opd", 1)], name="period_opd")
    await store.ensure_index(BALANCES, [("period", 1)], name="period")
    await store.ensure_index(ALLOCATION_CHANGES, [("opd", 1), ("changed_at", 1)], name="opd_changed_at")
