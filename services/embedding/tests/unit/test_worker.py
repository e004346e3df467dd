"""The worker's subscription on the in-process bus: the same EventProcessor the Kafka worker uses."""

from __future__ import annotations

import json
from pathlib import Path

from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.embedders import HashingEmbedder
from samarinda_common.adapters.local_blob import LocalFolderBlobStore
from samarinda_common.adapters.memory_vectors import InProcessVectorIndex
from samarinda_common.events import DocumentExtracted
from samarinda_common.extracted import ExtractedDocument, ExtractionMethod, Page
from samarinda_common.messaging import InProcessBus, PublishingUsageMeter
from samarinda_common.topics import Topic
from samarinda_embedding.entrypoints.kafka import build_spec, extracted_subscription
from samarinda_embedding.service_layer.indexing import Indexer


async def test_extracted_event_is_indexed_once_and_bad_ones_are_dead_lettered(tmp_path: Path) -> None:
    bus, store, index = InProcessBus(), EmbeddedDocumentStore(), InProcessVectorIndex()
    indexer = Indexer(
        vector_index=index, embedder=HashingEmbedder(), usage_meter=PublishingUsageMeter(bus, "e")
    )
    await indexer.ensure_indexes()
    blobs = LocalFolderBlobStore(tmp_path)
    bus.subscribe(extracted_subscription("embedding", store, blobs, indexer, bus))
    document = ExtractedDocument(
        filename="notulen.pdf",
        detected_type="application/pdf",
        pages=[Page(number=1, text="Rapat koordinasi banjir.", method=ExtractionMethod.OCR)],
    )
    await store.insert_one("extractions", {"_id": "ext-9", **document.model_dump(mode="json")})
    event = DocumentExtracted(
        opd="BPBD",
        document_id="doc-minutes-9",
        extraction_id="ext-9",
        detected_type="application/pdf",
        filename="notulen.pdf",
        pages=1,
    )
    missing = DocumentExtracted(
        opd="BPBD",
        document_id="doc-minutes-0",
        extraction_id="gone",
        detected_type="application/pdf",
        filename="x.pdf",
        pages=1,
    )

    for published in (event, event, missing):
        await bus.publish(published)
    await bus.run_until_idle()

    indexed = [json.loads(r.value) for r in bus.records(Topic.DOCUMENT_INDEXED)]
    assert [i["document_id"] for i in indexed] == ["doc-minutes-9"]  # the duplicate was skipped
    assert await index.count("chunks", {"document_id": "doc-minutes-9"}) == 1
    [dead] = bus.dead_letters(Topic.DOCUMENT_EXTRACTED.value)
    assert json.loads(dead.value)["document_id"] == "doc-minutes-0"


def test_asyncapi_lists_what_the_worker_consumes_and_produces() -> None:
    spec = build_spec()
    for topic in (
        "documents.extracted.v1",
        "documents.indexed.v1",
        "usage.recorded.v1",
        "documents.extracted.v1.dlq",
    ):
        assert f"address: {topic}\n" in spec
