"""The whole intake in one process, for ``samarinda ingest``: validate, extract, index.

The upload rules and the extractor come in as functions (the upload and extraction services own
them), so this module only sequences them and keeps the same records the services keep: a
``documents`` record per (OPD, content), the extraction, and the chunks. Ingesting the same file
again is a no-op as long as it was indexed with the same embedding model.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from samarinda_common.errors import SamarindaError
from samarinda_common.events import CATALOGUE_CATEGORIES, DocumentCategory, utc_now
from samarinda_common.extracted import ExtractedDocument
from samarinda_common.extracted_store import EXTRACTIONS_COLLECTION
from samarinda_common.logging import get_logger
from samarinda_common.ports import DocumentStore

from samarinda_embedding.service_layer.indexing import (
    DOCUMENTS_COLLECTION,
    DocumentInfo,
    Indexer,
    mark_indexed,
)

log = get_logger(__name__)


class AcceptedFile(Protocol):
    detected_type: str
    sha256: str
    filename: str


Validate = Callable[[Path], Awaitable[AcceptedFile]]
Extract = Callable[[Path, str, str], Awaitable[ExtractedDocument]]  # path, filename, detected type
DocumentIdFor = Callable[[str, str], str]  # opd, sha256


@dataclass(frozen=True)
class IngestResult:
    path: str
    status: str  # indexed | unchanged | rejected (uploaded, when handed to a cluster)
    document_id: str | None = None
    chunks: int = 0
    price_references: int = 0
    reason: str | None = None


def files_under(paths: Iterable[Path]) -> Iterator[Path]:
    """Each file given, and every non-hidden file under each folder given, in a stable order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path)
                if child.is_file() and not any(part.startswith(".") for part in relative.parts):
                    yield child
        else:
            yield path


@dataclass
class LocalIngest:
    store: DocumentStore
    indexer: Indexer
    validate: Validate
    extract: Extract
    document_id_for: DocumentIdFor

    async def ingest(
        self, path: Path, *, opd: str, category: DocumentCategory, fiscal_year: int | None = None
    ) -> IngestResult:
        try:
            accepted = await self.validate(path)
        except SamarindaError as error:
            return IngestResult(path=str(path), status="rejected", reason=f"{error.reason}: {error.message}")
        document_id = self.document_id_for(opd, accepted.sha256)
        existing = await self.store.find_one(DOCUMENTS_COLLECTION, {"_id": document_id})
        if (
            existing is not None
            and existing.get("status") == "indexed"
            and existing.get("embedding_model") == self.indexer.embedder.model
        ):
            return IngestResult(
                path=str(path),
                status="unchanged",
                document_id=document_id,
                chunks=existing.get("chunks", 0),
                price_references=existing.get("price_references", 0),
            )
        try:
            extracted = await self.extract(path, accepted.filename, accepted.detected_type)
        except SamarindaError as error:
            return IngestResult(
                path=str(path),
                status="rejected",
                document_id=document_id,
                reason=f"{error.reason}: {error.message}",
            )
        await self._record(document_id, opd, accepted, category, fiscal_year, extracted)
        info = DocumentInfo(
            document_id=document_id,
            opd=opd,
            filename=accepted.filename,
            category=category,
            fiscal_year=fiscal_year,
            official_catalogue=category in CATALOGUE_CATEGORIES,
        )
        indexed = await self.indexer.index_document(extracted, info)
        await mark_indexed(self.store, indexed, extraction_id=document_id)
        return IngestResult(
            path=str(path),
            status="indexed",
            document_id=document_id,
            chunks=indexed.chunks,
            price_references=indexed.price_references,
        )

    async def _record(
        self,
        document_id: str,
        opd: str,
        accepted: AcceptedFile,
        category: DocumentCategory,
        fiscal_year: int | None,
        extracted: ExtractedDocument,
    ) -> None:
        now = utc_now()
        await self.store.update_one(
            DOCUMENTS_COLLECTION,
            {"_id": document_id},
            {
                "$set": {
                    "opd": opd,
                    "filename": accepted.filename,
                    "sha256": accepted.sha256,
                    "detected_type": accepted.detected_type,
                    "category": category.value,
                    "fiscal_year": fiscal_year,
                    "status": "extracted",
                    "updated_at": now,
                },
                # The local command line is a single user keeping the city's own data (embedded
                # mode): what it files as a catalogue is the catalogue.
                "$setOnInsert": {
                    "created_at": now,
                    "source": "cli",
                    "uploaded_by": {"token_id": "cli", "opd": opd, "catalogue_publisher": True},
                },
            },
            upsert=True,
        )
        extraction = extracted.model_copy(update={"document_id": document_id}).model_dump(mode="json")
        await self.store.replace_one(
            EXTRACTIONS_COLLECTION, {"_id": document_id}, {"_id": document_id, **extraction}, upsert=True
        )
