"""The worker's subscription: ``usage.recorded.v1`` into the ledger, in batches (translate only)."""

from __future__ import annotations

from collections.abc import Sequence

from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.events import QuotaChanged, UsageRecorded
from samarinda_common.messaging import BatchSubscription, InProcessBus, service_asyncapi
from samarinda_common.topics import Topic

from samarinda_billing.bootstrap import build_billing
from samarinda_billing.service_layer.handlers import Billing
from samarinda_billing.settings import BillingSettings


def usage_subscription(
    billing: Billing, group_id: str, batch_size: int = 500, processor_dedup: bool = True
) -> BatchSubscription[UsageRecorded]:
    """``processor_dedup=False`` skips the processor's record of handled events: the ledger is
    idempotent by itself. On FerretDB the record is the cheaper filter for duplicates (its rows
    are small; the ledger's are not), so it stays on by default there; see ``bench/``."""

    async def charge_usage(events: Sequence[UsageRecorded]) -> None:
        await billing.on_usage_batch(events)

    return BatchSubscription(
        Topic.USAGE_RECORDED,
        UsageRecorded,
        group_id,
        charge_usage,
        max_records=batch_size,
        deduplicate=processor_dedup,
    )


def build_spec() -> str:
    """The AsyncAPI document, from the same subscription the worker runs (on in-memory adapters)."""
    # Nothing is read or written: the adapters only let the real subscription be built.
    billing = build_billing(BillingSettings(), EmbeddedDocumentStore(), InProcessBus())
    return service_asyncapi(
        title="Samarinda.AI billing service",
        version="1.0.0",
        description="Charges every metered AI operation to its OPD's monthly allocation, exactly once, "
        "and announces quota thresholds (50/80/100 %) so that the other services refuse paid work.",
        subscriptions=[usage_subscription(billing, "billing")],
        publishes=[QuotaChanged],
    )
