"""The city's official price catalogue the service reviews against: versioned, shared, in memory.

Only a catalogue uploaded by the catalogue-publisher role (BPKAD) or an admin is official: the
upload service records who uploaded each document, and a catalogue-category document from anyone
else is never read as a price ceiling (an OPD's own documents are evidence, not ceilings).

Publishing a catalogue (``documents.indexed.v1`` for an official upload) parses its price rows into
``rka_price_references`` and appends a version to ``catalogue_versions``: a city-wide sequence
number, the fiscal year, the document, who published it and when. Every replica compares its
in-memory copy with the newest version before each review (one indexed read) and reloads when a
newer one exists, so an API pod and a worker never review against two different catalogues; each
review records the version it used.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from samarinda_common.adapters.embedding_cache import CachedEmbeddings, StoreVectorCache
from samarinda_common.errors import DuplicateKey, InvalidInput, NotFound
from samarinda_common.events import is_official_catalogue
from samarinda_common.extracted import ExtractedDocument
from samarinda_common.logging import get_logger
from samarinda_common.ocr_cells import label_set, normalise_ocr_tables
from samarinda_common.ports import DocumentStore, Embedder
from samarinda_common.price_catalogue import (
    CATALOGUE_COLUMNS,
    PriceReference,
    read_price_tables,
    require_price_items,
)

from samarinda_rka_review.domain.matching import PriceMatcher

PRICE_REFERENCES = "rka_price_references"
# The catalogue rows' vectors (and the relevance examples'), keyed by embedder and text: embedded
# when a catalogue is published, read by every replica instead of embedding it again.
CATALOGUE_VECTORS = "rka_catalogue_vectors"
CATALOGUE_VERSIONS = "catalogue_versions"
EXTRACTIONS = "extractions"
DOCUMENTS = "documents"
NO_CATALOGUE = 0
MATCHERS_WITH_EXTRA = 4

log = get_logger(__name__)


async def load_extraction(store: DocumentStore, document_id: str) -> ExtractedDocument | None:
    record = await store.find_one(EXTRACTIONS, {"document_id": document_id})
    if record is None:
        return None
    record.pop("_id", None)
    return ExtractedDocument.model_validate(record)


@dataclass(frozen=True)
class CatalogueVersion:
    version: int

    @property
    def label(self) -> str:
        return f"v{self.version}" if self.version else "none"


class CatalogueCache:
    def __init__(self, store: DocumentStore, embedder: Embedder | None = None) -> None:
        self._store = store
        self.embeddings = (
            CachedEmbeddings(embedder, StoreVectorCache(store, CATALOGUE_VECTORS)) if embedder else None
        )
        self._references: list[PriceReference] = []
        self._loaded: CatalogueVersion | None = None
        self._matcher: PriceMatcher | None = None
        # Matchers over the catalogue plus rows a request named (an older version, say), kept so
        # that repeated requests reuse their index and remembered outcomes; a few, newest last.
        self._with_extra: OrderedDict[str, PriceMatcher] = OrderedDict()

    async def ensure_indexes(self) -> None:
        await self._store.ensure_index(PRICE_REFERENCES, [("document_id", 1)], name="by_document")
        await self._store.ensure_index(CATALOGUE_VERSIONS, [("version", -1)], name="by_version")

    async def current_version(self) -> CatalogueVersion:
        rows = await self._store.find(CATALOGUE_VERSIONS, {}, sort=[("version", -1)], limit=1)
        if not rows:
            return CatalogueVersion(NO_CATALOGUE)
        return CatalogueVersion(int(rows[0]["version"]))

    async def _follow_newest(self) -> CatalogueVersion:
        newest = await self.current_version()
        if self._loaded is None or newest.version != self._loaded.version:
            rows = await self._store.find(PRICE_REFERENCES, {})
            self._references = [PriceReference.model_validate(r["reference"]) for r in rows]
            self._matcher = None
            self._with_extra.clear()
            self._loaded = newest
            log.info("catalogue_loaded", version=newest.label, references=len(self._references))
        return newest

    async def matcher(self, extra: Sequence[PriceReference] = ()) -> tuple[PriceMatcher, CatalogueVersion]:
        """The matcher over the newest official catalogue (plus ``extra`` rows), and its version."""
        version = await self._follow_newest()
        if extra:
            key = hashlib.sha256("\n".join(r.model_dump_json() for r in extra).encode()).hexdigest()
            if key not in self._with_extra:
                self._with_extra[key] = await self._build([*self._references, *extra])
                if len(self._with_extra) > MATCHERS_WITH_EXTRA:
                    self._with_extra.popitem(last=False)
            self._with_extra.move_to_end(key)
            return self._with_extra[key], version
        if self._matcher is None:
            self._matcher = await self._build(self._references)
        return self._matcher, version

    async def _build(self, references: Sequence[PriceReference]) -> PriceMatcher:
        if self.embeddings is None or not references:
            return PriceMatcher(references)
        return PriceMatcher(references, await self._vectors(references))

    async def _vectors(self, references: Sequence[PriceReference]) -> dict[str, Sequence[float]]:
        """The rows' vectors: cached by text, so only rows new to this embedder are embedded."""
        assert self.embeddings is not None
        matrix, _ = await self.embeddings.vectors([r.search_text() for r in references], kind="document")
        return {r.id: vector for r, vector in zip(references, matrix, strict=True)}

    async def publish(self, document_id: str) -> int:
        """Make an indexed catalogue upload official: its rows, then a new version. Returns the rows.

        A catalogue-category document its uploader could not publish is ignored here (it stays the
        OPD's own document, usable as evidence) and 0 is returned. One that yields no price items
        raises EmptyIntake (a permanent InvalidInput naming the rows it skipped).
        """
        document = await self._store.find_one(DOCUMENTS, {"_id": document_id})
        if document is None or not is_official_catalogue(document):
            log.warning("catalogue_not_official_ignored", document_id=document_id)
            return 0
        extraction = await load_extraction(self._store, document_id)
        if extraction is None:
            log.warning("catalogue_extraction_missing", document_id=document_id)
            return 0
        rows, intake = read_price_tables(
            normalise_ocr_tables(extraction.tables, extraction.pages, label_set(CATALOGUE_COLUMNS)),
            source_document=extraction.filename or document_id,
            document_id=document_id,
            pages=extraction.pages,
        )
        # An unreadable upload must not replace the rows of the version in force with nothing.
        require_price_items(rows, intake)
        await self._store.delete_many(PRICE_REFERENCES, {"document_id": document_id})
        for row in rows:
            await self._store.replace_one(
                PRICE_REFERENCES,
                {"_id": f"{document_id}:{row.id}"},
                {
                    "_id": f"{document_id}:{row.id}",
                    "document_id": document_id,
                    "fiscal_year": document.get("fiscal_year"),
                    "reference": row.model_dump(mode="json"),
                },
                upsert=True,
            )
        if self.embeddings is not None:
            # Embedded now, once, so that no review waits for a catalogue's vectors.
            await self._vectors(rows)
        version = await self._append_version(document, len(rows))
        log.info("catalogue_published", document_id=document_id, references=len(rows), version=version)
        return len(rows)

    async def _append_version(self, document: Mapping[str, Any], references: int) -> int:
        while True:  # concurrent publishers race for the next number; the unique _id decides
            version = (await self.current_version()).version + 1
            try:
                await self._store.insert_one(
                    CATALOGUE_VERSIONS,
                    {
                        "_id": f"catalogue-v{version}",
                        "version": version,
                        "document_id": document["_id"],
                        "filename": document.get("filename"),
                        "fiscal_year": document.get("fiscal_year"),
                        "published_by": document.get("uploaded_by"),
                        "published_at": datetime.now(UTC),
                        "references": references,
                    },
                )
                return version
            except DuplicateKey:
                continue

    async def from_documents(self, document_ids: Sequence[str]) -> list[PriceReference]:
        """Price rows of specific official catalogue versions (a request may name an older one).

        An id that is not an official catalogue — unknown, another OPD's document, or the caller's
        own non-catalogue upload — is refused: an OPD's own documents are evidence, never a ceiling.
        """
        rows: list[PriceReference] = []
        for document_id in document_ids:
            published = await self._store.find(CATALOGUE_VERSIONS, {"document_id": document_id}, limit=1)
            if not published:
                raise NotFound(
                    f"{document_id} is not a published price catalogue",
                    details={"document_id": document_id},
                )
            stored = await self._store.find(PRICE_REFERENCES, {"document_id": document_id})
            rows.extend(PriceReference.model_validate(r["reference"]) for r in stored)
        if document_ids and not rows:
            raise InvalidInput(
                "the named catalogues hold no price rows", field="price_reference_document_ids"
            )
        return rows
