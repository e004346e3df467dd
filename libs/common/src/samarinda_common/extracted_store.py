"""Reading an extraction back as its readers (embedding, performance) get it from the event.

The extraction service stores each extraction in the ``extractions`` collection; one too large for
a MongoDB document keeps its content in the blob store and only a pointer (``content_blob``).
"""

from __future__ import annotations

from samarinda_common.errors import NotFound
from samarinda_common.events import DocumentExtracted
from samarinda_common.extracted import ExtractedDocument
from samarinda_common.ports import BlobStore, DocumentStore

EXTRACTIONS_COLLECTION = "extractions"


async def load_extraction(
    store: DocumentStore, blobs: BlobStore, event: DocumentExtracted
) -> ExtractedDocument:
    stored = await store.find_one(EXTRACTIONS_COLLECTION, {"_id": event.extraction_id})
    if stored is None:
        raise NotFound(f"extraction {event.extraction_id} of document {event.document_id} not found")
    blob = stored.get("content_blob")
    if blob:
        return ExtractedDocument.model_validate_json(await blobs.get(blob["bucket"], blob["key"]))
    stored.pop("_id", None)
    return ExtractedDocument.model_validate(stored)
