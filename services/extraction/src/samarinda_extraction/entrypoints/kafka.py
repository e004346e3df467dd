"""The worker's subscription: ``documents.uploaded.v1`` → extraction (translate only), and its AsyncAPI."""

from __future__ import annotations

import tempfile
from pathlib import Path

from faststream.kafka import KafkaBroker
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.local_blob import LocalFolderBlobStore
from samarinda_common.events import DocumentExtracted, DocumentUploaded, Event, IngestRequested, UsageRecorded
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
from samarinda_common.topics import Topic

from samarinda_extraction.adapters.pooled import PooledExtractor
from samarinda_extraction.options import ExtractionOptions
from samarinda_extraction.service_layer.handlers import ExtractionDeps, handle_document_uploaded

# IngestRequested: members of an uploaded ZIP go back to intake as documents of their own.
PUBLISHES: tuple[type[Event], ...] = (DocumentExtracted, UsageRecorded, IngestRequested)


def uploaded_subscription(group_id: str, deps: ExtractionDeps) -> Subscription[DocumentUploaded]:
    async def extract_uploaded_document(event: DocumentUploaded) -> None:
        await handle_document_uploaded(event, deps)

    return Subscription(
        Topic.DOCUMENT_UPLOADED, DocumentUploaded, group_id=group_id, handler=extract_uploaded_document
    )


def build_spec() -> str:
    """The AsyncAPI document, from the same subscription the worker runs (on in-memory adapters)."""
    bus = InProcessBus()
    # Nothing is read or written: the adapters only let the real subscription be built.
    deps = ExtractionDeps(
        blobs=LocalFolderBlobStore(Path(tempfile.gettempdir())),
        documents=EmbeddedDocumentStore(),
        publisher=bus,
        meter=PublishingUsageMeter(bus, "extraction"),
        extractor=PooledExtractor(ExtractionOptions()),
    )
    subscription = uploaded_subscription("extraction", deps)
    broker = KafkaBroker()
    register_subscriptions(broker, [subscription], EventProcessor(bus))
    declare_publishers(broker, PUBLISHES)
    declare_dead_letter_publishers(broker, [subscription])
    return asyncapi_spec(
        broker,
        title="Samarinda.AI extraction service",
        version="1.0.0",
        description="Reads uploaded documents (text layer, OCR, office files, archives) into pages, "
        "tables and metadata; meters pages parsed and OCR'd per OPD.",
    )
