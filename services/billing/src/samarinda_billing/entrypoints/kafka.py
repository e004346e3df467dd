"""The worker's subscription: ``usage.recorded.v1`` into the ledger (translate only)."""

from __future__ import annotations

from samarinda_common.events import UsageRecorded
from samarinda_common.messaging import Subscription
from samarinda_common.topics import Topic

from samarinda_billing.service_layer.handlers import Billing


def usage_subscription(billing: Billing, group_id: str) -> Subscription[UsageRecorded]:
    async def charge_usage(event: UsageRecorded) -> None:
        await billing.on_usage_recorded(event)

    return Subscription(Topic.USAGE_RECORDED, UsageRecorded, group_id=group_id, handler=charge_usage)
