from __future__ import annotations

from pathlib import Path

from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.embedders import HashingEmbedder
from samarinda_common.adapters.local_blob import LocalFolderBlobStore
from samarinda_common.adapters.memory_vectors import InProcessVectorIndex
from samarinda_common.events import DocumentCategory, DocumentExtracted
from samarinda_common.extracted import ExtractedDocument, ExtractionMethod, Page
from samarinda_common.messaging import InProcessBus, PublishingUsageMeter
from samarinda_embedding.service_layer.indexing import Indexer, IndexNames, handle_document_extracted
from samarinda_embedding.service_layer.reembed import reembed_all
from samarinda_embedding.service_layer.search import Searcher

TEXTS = {
    "doc-flood-0001": "Notulen rapat penanggulangan banjir dan normalisasi drainase.",
    "doc-laptop-0002": "Pengadaan laptop untuk guru sekolah dasar.",
}


async def test_reembed_fills_new_indexes_while_the_old_ones_keep_serving(tmp_path: Path) -> None:
    store, blobs, index, bus = (
        EmbeddedDocumentStore(),
        LocalFolderBlobStore(tmp_path),
        InProcessVectorIndex(),
        InProcessBus(),
    )
    old = Indexer(
        vector_index=index,
        embedder=HashingEmbedder(dimension=384),
        usage_meter=PublishingUsageMeter(bus, "e"),
    )
    await old.ensure_indexes()
    for n, (document_id, text) in enumerate(TEXTS.items()):
        extracted = ExtractedDocument(
            filename=f"{document_id}.txt",
            detected_type="text/plain",
            pages=[Page(number=1, text=text, method=ExtractionMethod.PLAIN)],
        )
        await store.insert_one("extractions", {"_id": f"ext-{n}", **extracted.model_dump(mode="json")})
        await store.insert_one(
            "documents",
            {
                "_id": document_id,
                "opd": "DISDIK",
                "filename": f"{document_id}.txt",
                "category": "laporan",
                "status": "extracted",
            },
        )
        event = DocumentExtracted(
            opd="DISDIK",
            document_id=document_id,
            extraction_id=f"ext-{n}",
            detected_type="text/plain",
            filename=f"{document_id}.txt",
            pages=1,
            category=DocumentCategory.REPORT,
        )
        await handle_document_extracted(event, store=store, blobs=blobs, indexer=old, publisher=bus)
    await store.insert_one("documents", {"_id": "doc-pending-0003", "opd": "DISDIK", "status": "uploaded"})

    new_names = IndexNames(chunks="chunks-v2", price_references="price-references-v2")
    new = Indexer(
        vector_index=index,
        embedder=HashingEmbedder(dimension=128),
        usage_meter=PublishingUsageMeter(bus, "e"),
        names=new_names,
    )
    assert await reembed_all(store, blobs, new, page_size=1) == 2

    assert await index.count("chunks-v2") == 2 and await index.count("chunks") == 2
    hits = await Searcher(vector_index=index, embedder=new.embedder, names=new_names).search(
        "banjir drainase"
    )
    assert hits[0].citation.document_id == "doc-flood-0001"
    record = await store.find_one("documents", {"_id": "doc-flood-0001"})
    assert record is not None and record["embedding_model"] == old.embedder.model
