"""The worker's subscriptions: ``rka.submitted.v1`` → review; ``documents.indexed.v1`` → catalogue."""

from __future__ import annotations

from typing import Any

from samarinda_common.events import DocumentIndexed, RkaSubmitted
from samarinda_common.messaging import Subscription
from samarinda_common.topics import Topic

from samarinda_rka_review.service_layer.handlers import (
    ReviewDeps,
    handle_document_indexed,
    handle_rka_submitted,
)


def subscriptions(deps: ReviewDeps, group_id: str) -> list[Subscription[Any]]:
    async def review_submitted_rka(event: RkaSubmitted) -> None:
        await handle_rka_submitted(event, deps)

    async def refresh_price_catalogue(event: DocumentIndexed) -> None:
        await handle_document_indexed(event, deps)

    return [
        Subscription(Topic.RKA_SUBMITTED, RkaSubmitted, group_id=group_id, handler=review_submitted_rka),
        Subscription(
            Topic.DOCUMENT_INDEXED, DocumentIndexed, group_id=group_id, handler=refresh_price_catalogue
        ),
    ]


def build_spec() -> str:
    """The AsyncAPI document, from the same subscriptions the worker runs (on embedded adapters)."""
    # Imported here: the worker itself does not need the embedded adapters.
    from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
    from samarinda_common.events import RkaReviewed, UsageRecorded
    from samarinda_common.messaging import InProcessBus, PublishingUsageMeter, service_asyncapi
    from samarinda_common.quota import QuotaStateGuard, quota_subscription

    from samarinda_rka_review.service_layer.catalogue import CatalogueCache

    bus = InProcessBus()
    store = EmbeddedDocumentStore()
    deps = ReviewDeps(
        store=store,
        publisher=bus,
        meter=PublishingUsageMeter(bus, "rka_review"),
        catalogue=CatalogueCache(store, None),
    )
    return service_asyncapi(
        title="Samarinda.AI RKA review service",
        version="1.0.0",
        description="Reviews RKA drafts line by line against the price catalogue and the OPD's own "
        "documents; keeps the catalogue current from indexed price references.",
        subscriptions=[
            *subscriptions(deps, "rka-review"),
            quota_subscription(QuotaStateGuard(), "rka-review"),
        ],
        publishes=[RkaReviewed, UsageRecorded],
    )
