"""The price catalogue the service reviews against, kept in the document store and in memory.

Price references are parsed from the extraction of every SSH/SBU/HSPK upload (collection
``extractions``, written by the extraction service) when ``documents.indexed.v1`` announces it,
stored in ``rka_price_references`` (so a restart needs no re-parse) and matched in memory.
"""

from __future__ import annotations

from collections.abc import Sequence

from samarinda_common.extracted import ExtractedDocument
from samarinda_common.logging import get_logger
from samarinda_common.ports import DocumentStore, Embedder
from samarinda_common.price_catalogue import PriceReference, parse_price_tables

from samarinda_rka_review.domain.matching import PriceMatcher

PRICE_REFERENCES = "rka_price_references"
EXTRACTIONS = "extractions"

log = get_logger(__name__)


async def load_extraction(store: DocumentStore, document_id: str) -> ExtractedDocument | None:
    record = await store.find_one(EXTRACTIONS, {"document_id": document_id})
    if record is None:
        return None
    record.pop("_id", None)
    return ExtractedDocument.model_validate(record)


class CatalogueCache:
    def __init__(self, store: DocumentStore, embedder: Embedder | None = None) -> None:
        self._store = store
        self._embedder = embedder
        self._references: list[PriceReference] | None = None
        self._matcher: PriceMatcher | None = None

    async def ensure_indexes(self) -> None:
        await self._store.ensure_index(PRICE_REFERENCES, [("document_id", 1)], name="by_document")

    async def references(self) -> list[PriceReference]:
        if self._references is None:
            rows = await self._store.find(PRICE_REFERENCES, {})
            self._references = [PriceReference.model_validate(r["reference"]) for r in rows]
            self._matcher = None
        return self._references

    async def matcher(self, extra: Sequence[PriceReference] = ()) -> PriceMatcher:
        references = await self.references()
        if extra:
            return await self._build([*references, *extra])
        if self._matcher is None:
            self._matcher = await self._build(references)
        return self._matcher

    async def _build(self, references: Sequence[PriceReference]) -> PriceMatcher:
        if self._embedder is None or not references:
            return PriceMatcher(references)
        batch = await self._embedder.embed([r.search_text() for r in references], kind="document")
        return PriceMatcher(references, {r.id: v for r, v in zip(references, batch.vectors, strict=True)})

    async def refresh_document(self, document_id: str) -> int:
        """Re-read one catalogue document's price rows; returns how many it holds."""
        document = await load_extraction(self._store, document_id)
        if document is None:
            log.warning("catalogue_extraction_missing", document_id=document_id)
            return 0
        rows = parse_price_tables(
            document.tables, source_document=document.filename or document_id, document_id=document_id
        )
        await self._store.delete_many(PRICE_REFERENCES, {"document_id": document_id})
        for row in rows:
            await self._store.replace_one(
                PRICE_REFERENCES,
                {"_id": f"{document_id}:{row.id}"},
                {
                    "_id": f"{document_id}:{row.id}",
                    "document_id": document_id,
                    "reference": row.model_dump(mode="json"),
                },
                upsert=True,
            )
        self._references = None  # reloaded on next use
        log.info("catalogue_refreshed", document_id=document_id, references=len(rows))
        return len(rows)

    async def from_documents(self, document_ids: Sequence[str]) -> list[PriceReference]:
        """Price rows of specific uploads (a request may name its own catalogue)."""
        rows: list[PriceReference] = []
        for document_id in document_ids:
            document = await load_extraction(self._store, document_id)
            if document is not None:
                rows.extend(
                    parse_price_tables(
                        document.tables,
                        source_document=document.filename or document_id,
                        document_id=document_id,
                    )
                )
        return rows
