"""Indexing an extracted document: chunk, embed, replace its chunks, index its price references.

Re-processing the same document replaces its chunks (the ids are deterministic and the old set
is deleted first), so the handler is idempotent whatever the consumer's redelivery does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from samarinda_common.adapters.embedders import approximate_tokens
from samarinda_common.events import (
    DocumentCategory,
    DocumentExtracted,
    DocumentIndexed,
    UsageOperation,
    is_official_catalogue,
    utc_now,
)
from samarinda_common.extracted import ExtractedDocument
from samarinda_common.extracted_store import EXTRACTIONS_COLLECTION, load_extraction
from samarinda_common.logging import get_logger
from samarinda_common.ports import (
    BlobStore,
    DocumentStore,
    Embedder,
    EventPublisher,
    QuotaGuard,
    UsageMeter,
    VectorDoc,
    VectorIndex,
)
from samarinda_common.price_catalogue import PriceReference, parse_price_tables
from samarinda_common.tenancy import tenancy

from samarinda_embedding.domain.chunking import Chunk, ChunkingPolicy, chunk_document
from samarinda_embedding.index_mappings import CHUNK_METADATA, PRICE_REFERENCE_METADATA

log = get_logger(__name__)

DOCUMENTS_COLLECTION = "documents"
TENANCY = tenancy(owned={EXTRACTIONS_COLLECTION: "opd", DOCUMENTS_COLLECTION: "opd"})


class MappableVectorIndex(VectorIndex, Protocol):
    """A VectorIndex that takes field mappings when it creates an index (both adapters do)."""

    async def ensure_index(
        self,
        name: str,
        dimension: int,
        *,
        metadata_mappings: Mapping[str, Mapping[str, Any]] | None = None,
        index_settings: Mapping[str, Any] | None = None,
    ) -> None: ...


@dataclass(frozen=True)
class IndexNames:
    chunks: str = "chunks"
    price_references: str = "price_references"


@dataclass(frozen=True)
class DocumentInfo:
    """What the index needs to know about a document besides its content: who, what, when."""

    document_id: str
    opd: str
    filename: str
    category: DocumentCategory = DocumentCategory.OTHER
    fiscal_year: int | None = None
    correlation_id: str | None = None
    # Only the city's official catalogue feeds the shared price index every OPD searches; an OPD's
    # own price tables stay in its chunks (evidence for that OPD only).
    official_catalogue: bool = False


@dataclass
class Indexer:
    """The ports and knobs of indexing, built once by the composition root."""

    vector_index: MappableVectorIndex
    embedder: Embedder
    usage_meter: UsageMeter
    names: IndexNames = field(default_factory=IndexNames)
    policy: ChunkingPolicy = field(default_factory=ChunkingPolicy)
    batch_size: int = 32
    # Paid providers (Gemini) are refused for an OPD whose credits are spent; None: no checks.
    quota_guard: QuotaGuard | None = None

    async def ensure_indexes(self) -> None:
        await self.vector_index.ensure_index(
            self.names.chunks, self.embedder.dimension, metadata_mappings=CHUNK_METADATA
        )
        await self.vector_index.ensure_index(
            self.names.price_references, self.embedder.dimension, metadata_mappings=PRICE_REFERENCE_METADATA
        )

    async def _embed(self, texts: Sequence[str]) -> tuple[list[list[float]], int]:
        vectors: list[list[float]] = []
        tokens = 0
        for start in range(0, len(texts), self.batch_size):
            batch = await self.embedder.embed(texts[start : start + self.batch_size], kind="document")
            vectors.extend(batch.vectors)
            tokens += batch.tokens
        return vectors, tokens

    def _chunk_metadata(self, chunk: Chunk, info: DocumentInfo) -> dict[str, Any]:
        return {
            "kind": "chunk",
            "chunk_kind": chunk.kind.value,
            "document_id": info.document_id,
            "opd": info.opd,
            "category": info.category.value,
            "fiscal_year": info.fiscal_year,
            "filename": info.filename,
            "page": chunk.page,
            "sheet": chunk.sheet,
            "heading": chunk.heading,
            "table": chunk.table,
            "first_row": chunk.first_row,
            "last_row": chunk.last_row,
            "position": chunk.position,
            "embedding_model": self.embedder.model,
        }

    async def index_chunks(self, chunks: Sequence[Chunk], info: DocumentInfo) -> int:
        """Replace the document's chunks with ``chunks``; returns the tokens embedded."""
        vectors, tokens = await self._embed([c.embedding_text() for c in chunks])
        await self.vector_index.delete_where(self.names.chunks, {"document_id": info.document_id})
        docs = [
            VectorDoc(id=c.id, text=c.text, vector=v, metadata=self._chunk_metadata(c, info))
            for c, v in zip(chunks, vectors, strict=True)
        ]
        if docs:
            await self.vector_index.upsert(self.names.chunks, docs)
        return tokens

    async def index_price_references(self, references: Sequence[PriceReference], info: DocumentInfo) -> int:
        """Replace the document's price references; returns the tokens embedded."""
        vectors, tokens = await self._embed([r.search_text() for r in references])
        await self.vector_index.delete_where(self.names.price_references, {"document_id": info.document_id})
        docs = [
            VectorDoc(
                id=r.id,
                text=r.search_text(),
                vector=v,
                metadata={
                    **r.to_metadata(),
                    "document_id": info.document_id,
                    "opd": info.opd,
                    "filename": info.filename,
                    "embedding_model": self.embedder.model,
                },
            )
            for r, v in zip(references, vectors, strict=True)
        ]
        if docs:
            await self.vector_index.upsert(self.names.price_references, docs)
        return tokens

    async def index_document(self, document: ExtractedDocument, info: DocumentInfo) -> DocumentIndexed:
        if self.quota_guard is not None:
            await self.quota_guard.ensure_allowed(info.opd, self.embedder.provider)
        chunks = chunk_document(document, info.document_id, approximate_tokens, self.policy)
        tokens = await self.index_chunks(chunks, info)
        references: list[PriceReference] = []
        if info.official_catalogue:
            references = catalogue_rows(document, info)
            tokens += await self.index_price_references(references, info)
        await self.usage_meter.record(
            opd=info.opd,
            operation=UsageOperation.EMBED_TOKENS,
            units=tokens,
            provider=self.embedder.provider,
            model=self.embedder.model,
            document_id=info.document_id,
            # One charge per document content and model, however often the event is redelivered.
            subject_id=f"{info.document_id}:{len(chunks)}:{len(references)}:{self.embedder.model}",
            correlation_id=info.correlation_id,
        )
        log.info(
            "document_indexed",
            document_id=info.document_id,
            opd=info.opd,
            chunks=len(chunks),
            price_references=len(references),
            tokens=tokens,
        )
        return DocumentIndexed(
            opd=info.opd,
            document_id=info.document_id,
            category=info.category,
            fiscal_year=info.fiscal_year,
            chunks=len(chunks),
            price_references=len(references),
            embedding_model=self.embedder.model,
            correlation_id=info.correlation_id,
        )

    async def delete_document(self, document_id: str, *, opd: str | None = None) -> int:
        """Remove a document's chunks and price references (only ``opd``'s pieces when given);
        returns how many were removed."""
        where = {"document_id": document_id, **({"opd": opd} if opd else {})}
        removed = await self.vector_index.delete_where(self.names.chunks, where)
        removed += await self.vector_index.delete_where(self.names.price_references, where)
        log.info("document_unindexed", document_id=document_id, removed=removed)
        return removed


def catalogue_rows(document: ExtractedDocument, info: DocumentInfo) -> list[PriceReference]:
    """The document's price rows; the year printed in the catalogue wins over the declared one."""
    rows = parse_price_tables(document.tables, source_document=info.document_id)
    return [r if r.tahun is not None else r.model_copy(update={"tahun": info.fiscal_year}) for r in rows]


async def is_official(store: DocumentStore, document_id: str) -> bool:
    """Whether the upload service recorded this document as a catalogue from its publisher."""
    record = await store.find_one(DOCUMENTS_COLLECTION, {"_id": document_id})
    return record is not None and is_official_catalogue(record)


async def mark_indexed(store: DocumentStore, indexed: DocumentIndexed, extraction_id: str) -> None:
    await store.update_one(
        DOCUMENTS_COLLECTION,
        {"_id": indexed.document_id},
        {
            "$set": {
                "status": "indexed",
                "updated_at": utc_now(),
                "chunks": indexed.chunks,
                "price_references": indexed.price_references,
                "embedding_model": indexed.embedding_model,
                # What a re-embedding into a new index reads the content from.
                "extraction_id": extraction_id,
            }
        },
    )


async def handle_document_extracted(
    event: DocumentExtracted,
    *,
    store: DocumentStore,
    blobs: BlobStore,
    indexer: Indexer,
    publisher: EventPublisher,
) -> DocumentIndexed:
    document = await load_extraction(store, blobs, event)
    info = DocumentInfo(
        document_id=event.document_id,
        opd=event.opd,
        filename=event.filename,
        category=event.category,
        fiscal_year=event.fiscal_year,
        correlation_id=event.correlation_id,
        official_catalogue=await is_official(store, event.document_id),
    )
    indexed = await indexer.index_document(document, info)
    await mark_indexed(store, indexed, event.extraction_id)
    await publisher.publish(indexed)
    return indexed
