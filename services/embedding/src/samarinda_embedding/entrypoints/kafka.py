"""The worker's subscription: ``documents.extracted.v1`` → index (translate only), and its AsyncAPI."""

from __future__ import annotations

import tempfile
from pathlib import Path

from faststream.kafka import KafkaBroker
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.embedders import HashingEmbedder
from samarinda_common.adapters.local_blob import LocalFolderBlobStore
from samarinda_common.adapters.memory_vectors import InProcessVectorIndex
from samarinda_common.events import DocumentExtracted, DocumentIndexed, UsageRecorded
from samarinda_common.messaging import (
    EventProcessor,
    InProcessBus,
    PublishingUsageMeter,
    Subscription,
    asyncapi_spec,
    declare_dead_letter_publishers,
    declare_publishers,
    register_subscriptions,
)
from samarinda_common.ports import BlobStore, DocumentStore, EventPublisher
from samarinda_common.quota import QuotaStateGuard, quota_subscription
from samarinda_common.topics import Topic

from samarinda_embedding.service_layer.indexing import Indexer, handle_document_extracted

PUBLISHES: tuple[type[DocumentIndexed] | type[UsageRecorded], ...] = (DocumentIndexed, UsageRecorded)


def extracted_subscription(
    group_id: str, store: DocumentStore, blobs: BlobStore, indexer: Indexer, publisher: EventPublisher
) -> Subscription[DocumentExtracted]:
    async def index_extracted_document(event: DocumentExtracted) -> None:
        await handle_document_extracted(event, store=store, blobs=blobs, indexer=indexer, publisher=publisher)

    return Subscription(
        Topic.DOCUMENT_EXTRACTED, DocumentExtracted, group_id=group_id, handler=index_extracted_document
    )


def build_spec() -> str:
    """The AsyncAPI document, from the same subscription the worker runs (on in-memory adapters)."""
    bus = InProcessBus()
    indexer = Indexer(
        vector_index=InProcessVectorIndex(),
        embedder=HashingEmbedder(),
        usage_meter=PublishingUsageMeter(bus, "embedding"),
    )
    # Nothing is read or written: the adapters only let the real subscription be built.
    blobs = LocalFolderBlobStore(Path(tempfile.gettempdir()))
    subscriptions = [
        extracted_subscription("embedding", EmbeddedDocumentStore(), blobs, indexer, bus),
        quota_subscription(QuotaStateGuard(), "embedding"),
    ]
    broker = KafkaBroker()
    register_subscriptions(broker, subscriptions, EventProcessor(bus))
    declare_publishers(broker, PUBLISHES)
    declare_dead_letter_publishers(broker, subscriptions)
    return asyncapi_spec(
        broker,
        title="Samarinda.AI embedding service",
        version="1.0.0",
        description="Chunks, embeds and indexes extracted documents; "
        "indexes price-catalogue rows as price references.",
    )
