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
