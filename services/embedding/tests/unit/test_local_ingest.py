from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from pathlib import Path

from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.embedders import HashingEmbedder
from samarinda_common.adapters.memory_vectors import InProcessVectorIndex
from samarinda_common.errors import InvalidInput
from samarinda_common.events import DocumentCategory
from samarinda_common.extracted import ExtractedDocument, ExtractionMethod, Page
from samarinda_common.messaging import InProcessBus, PublishingUsageMeter
from samarinda_embedding.service_layer.indexing import Indexer
from samarinda_embedding.service_layer.local_ingest import AcceptedFile, LocalIngest, files_under


@dataclass(frozen=True)
class Accepted:
    detected_type: str
    sha256: str
    filename: str


def _pipeline(extractions: list[str]) -> tuple[LocalIngest, InProcessVectorIndex, EmbeddedDocumentStore]:
    index, store = InProcessVectorIndex(), EmbeddedDocumentStore()
    indexer = Indexer(
        vector_index=index,
        embedder=HashingEmbedder(),
        usage_meter=PublishingUsageMeter(InProcessBus(), "cli"),
    )

    async def validate(path: Path) -> AcceptedFile:
        if path.suffix == ".exe":
            raise InvalidInput("not allowed", reason="UNSUPPORTED_TYPE")
        return Accepted(
            "text/plain", hashlib.sha256(await asyncio.to_thread(path.read_bytes)).hexdigest(), path.name
        )

    async def extract(path: Path, filename: str, detected_type: str) -> ExtractedDocument:
        extractions.append(filename)
        return ExtractedDocument(
            filename=filename,
            detected_type=detected_type,
            pages=[
                Page(number=1, text=await asyncio.to_thread(path.read_text), method=ExtractionMethod.PLAIN)
            ],
        )

    pipeline = LocalIngest(
        store=store,
        indexer=indexer,
        validate=validate,
        extract=extract,
        document_id_for=lambda opd, sha: f"doc-{opd}-{sha[:8]}",
    )
    return pipeline, index, store


async def test_ingest_indexes_once_and_reports_rejections(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("abc1 Laporan pengadaan laptop guru.")
    (tmp_path / "bad.exe").write_text("abc2")
    extractions: list[str] = []
    pipeline, index, store = _pipeline(extractions)
    await pipeline.indexer.ensure_indexes()

    first = await pipeline.ingest(tmp_path / "a.txt", opd="DISDIK", category=DocumentCategory.REPORT)
    again = await pipeline.ingest(tmp_path / "a.txt", opd="DISDIK", category=DocumentCategory.REPORT)
    refused = await pipeline.ingest(tmp_path / "bad.exe", opd="DISDIK", category=DocumentCategory.REPORT)

    assert (first.status, first.chunks) == ("indexed", 1)
    assert (again.status, again.document_id, again.chunks) == ("unchanged", first.document_id, 1)
    assert extractions == ["a.txt"]
    assert (
        refused.status == "rejected" and refused.reason is not None and "UNSUPPORTED_TYPE" in refused.reason
    )
    record = await store.find_one("documents", {"_id": first.document_id})
    assert record is not None and record["status"] == "indexed" and record["opd"] == "DISDIK"
    assert await store.find_one("extractions", {"_id": first.document_id}) is not None
    assert await index.count("chunks", {"opd": "DISDIK"}) == 1


def test_files_under_walks_folders_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b.pdf", "sub/a.xlsx", ".hidden.txt", ".git/config"):
        (tmp_path / name).write_text("x")
    single = tmp_path / "b.pdf"
    assert list(files_under([tmp_path, single])) == [tmp_path / "b.pdf", tmp_path / "sub/a.xlsx", single]
