"""The worker's subscription: ``documents.extracted.v1`` → indicators and findings (translate only)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.local_blob import LocalFolderBlobStore
from samarinda_common.events import DocumentExtracted, IndicatorsExtracted, UsageRecorded
from samarinda_common.messaging import InProcessBus, Subscription, service_asyncapi
from samarinda_common.ports import BlobStore, DocumentStore
from samarinda_common.topics import Topic

from samarinda_performance.bootstrap import build_performance
from samarinda_performance.service_layer.handlers import Performance, handle_document_extracted

PUBLISHES: tuple[type[IndicatorsExtracted] | type[UsageRecorded], ...] = (IndicatorsExtracted, UsageRecorded)


def extracted_subscription(
    group_id: str, store: DocumentStore, blobs: BlobStore, performance: Performance
) -> Subscription[DocumentExtracted]:
    async def read_indicators(event: DocumentExtracted) -> None:
        await handle_document_extracted(event, store=store, blobs=blobs, performance=performance)

    return Subscription(
        Topic.DOCUMENT_EXTRACTED, DocumentExtracted, group_id=group_id, handler=read_indicators
    )


def build_spec() -> str:
    """The AsyncAPI document, from the same subscription the worker runs (on in-memory adapters)."""
    store = EmbeddedDocumentStore()
    performance = build_performance(store, InProcessBus())
    # Nothing is read or written: the adapters only let the real subscription be built.
    blobs = LocalFolderBlobStore(Path(tempfile.gettempdir()))
    return service_asyncapi(
        title="Samarinda.AI performance service",
        version="1.0.0",
        description="Reads performance indicators, budget absorption and their citations from OPD "
        "reports; checks them against each other and against the plans.",
        subscriptions=[extracted_subscription("performance", store, blobs, performance)],
        publishes=list(PUBLISHES),
    )
