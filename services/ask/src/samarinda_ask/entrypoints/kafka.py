"""The ask worker's subscription: billing's quota changes, which the API reads before a paid LLM call."""

from __future__ import annotations

from samarinda_common.events import UsageRecorded
from samarinda_common.messaging import AnySubscription, service_asyncapi
from samarinda_common.quota import QuotaStateGuard, quota_subscription


def subscriptions(quota: QuotaStateGuard, consumer_group: str) -> list[AnySubscription]:
    return [quota_subscription(quota, consumer_group)]


def build_spec() -> str:
    """The AsyncAPI document, from the same subscription the worker runs (no store: nothing is read)."""
    return service_asyncapi(
        title="Samarinda.AI ask service",
        version="1.0.0",
        description="Answers questions from the OPDs' own documents over gRPC; follows quota changes "
        "so that a paid model is refused for an OPD whose credits are spent, and meters every question.",
        subscriptions=subscriptions(QuotaStateGuard(), "ask"),
        publishes=[UsageRecorded],
    )
