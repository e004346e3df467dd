"""Re-embedding every indexed document into new indexes, for a change of embedding model.

A new model usually means a new vector size, so its chunks go to new indexes (say
``SAMARINDA_EMBEDDING_CHUNKS_INDEX=chunks-gemini``) while the current ones keep serving:

1. start a second worker with the new model, the new index names and a new consumer group, so
   documents extracted from now on are indexed both ways;
2. ``python -m samarinda_embedding reembed`` with the same settings backfills everything already
   indexed, reading each document's stored extraction (no re-extraction, no OCR);
3. point the API at the new indexes (rolling restart), then retire the old worker and indexes.

Searches never see a half-filled index, so the migration needs no downtime.
"""

from __future__ import annotations

from samarinda_common.events import DocumentCategory, DocumentExtracted, is_official_catalogue
from samarinda_common.extracted_store import load_extraction
from samarinda_common.logging import get_logger
from samarinda_common.ports import BlobStore, DocumentStore

from samarinda_embedding.service_layer.indexing import (
    DOCUMENTS_COLLECTION,
    DocumentInfo,
    Indexer,
)

log = get_logger(__name__)


async def reembed_all(
    store: DocumentStore, blobs: BlobStore, indexer: Indexer, *, page_size: int = 100
) -> int:
    """Index every indexed document into ``indexer``'s indexes; returns how many were done.

    The ``documents`` records are left alone: they describe what the live indexes hold until
    the switch, and the new worker keeps them current for new documents.
    """
    await indexer.ensure_indexes()
    done = 0
    while True:
        page = await store.find(
            DOCUMENTS_COLLECTION,
            {"status": "indexed", "extraction_id": {"$exists": True}},
            sort=[("_id", 1)],
            skip=done,
            limit=page_size,
        )
        if not page:
            return done
        for record in page:
            event = DocumentExtracted(
                opd=record["opd"],
                document_id=record["_id"],
                extraction_id=record["extraction_id"],
                detected_type=record.get("detected_type", ""),
                filename=record["filename"],
                category=record.get("category", DocumentCategory.OTHER),
                fiscal_year=record.get("fiscal_year"),
                pages=0,
            )
            document = await load_extraction(store, blobs, event)
            await indexer.index_document(
                document,
                DocumentInfo(
                    document_id=event.document_id,
                    opd=event.opd,
                    filename=event.filename,
                    category=event.category,
                    fiscal_year=event.fiscal_year,
                    official_catalogue=is_official_catalogue(record),
                ),
            )
        done += len(page)
        log.info("reembed_progress", documents=done, model=indexer.embedder.model)
