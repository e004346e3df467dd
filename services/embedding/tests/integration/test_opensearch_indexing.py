"""Indexing and hybrid search against the real OpenSearch started by infra/local/up.sh."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator

import pytest
from samarinda_common.adapters.embedders import HashingEmbedder
from samarinda_common.adapters.opensearch_vectors import OpenSearchVectorIndex
from samarinda_common.events import DocumentCategory
from samarinda_common.extracted import ExtractedDocument, ExtractionMethod, Page, Table
from samarinda_common.messaging import InProcessBus, PublishingUsageMeter
from samarinda_embedding.service_layer.indexing import DocumentInfo, Indexer
from samarinda_embedding.service_layer.search import Searcher, SearchFilters, SearchMode

pytestmark = pytest.mark.integration

REPORT = ExtractedDocument(
    filename="laporan.pdf",
    detected_type="application/pdf",
    pages=[
        Page(
            number=1,
            text="PENDAHULUAN\nPenganggaran kegiatan pendidikan tahun 2025 disusun bersama Bappeda.",
            method=ExtractionMethod.TEXT,
        ),
        Page(
            number=2,
            text="Pengadaan laptop untuk guru sekolah dasar sebanyak 40 unit.",
            method=ExtractionMethod.TEXT,
        ),
    ],
)
SSH = ExtractedDocument(
    filename="ssh.xlsx",
    detected_type="xlsx",
    tables=[
        Table(
            page=1,
            index=0,
            header_row=0,
            rows=[
                ["Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan", "Harga Satuan (Rp)"],
                ["1.1.7.01.03.02", "Kertas HVS", "A4 80 gram", "Rim", 55000],
                ["1.1.7.01.04.01", "Semen Portland", "50 kg", "Sak", 78000],
            ],
        )
    ],
)


@pytest.fixture
async def index() -> AsyncIterator[OpenSearchVectorIndex]:
    url = os.environ.get("SAMARINDA_OPENSEARCH_URL")
    if not url:
        pytest.fail("SAMARINDA_OPENSEARCH_URL is not set: start the servers with infra/local/up.sh")
    prefix = f"test-embedding-{uuid.uuid4().hex[:8]}"
    adapter = OpenSearchVectorIndex(url, prefix=prefix)
    try:
        yield adapter
    finally:
        await adapter._client.indices.delete(index=f"{prefix}-*")
        await adapter.close()


async def _refresh(index: OpenSearchVectorIndex, *names: str) -> None:
    for name in names:
        await index._client.indices.refresh(index=index.alias(name))


async def test_index_search_and_delete_on_opensearch(index: OpenSearchVectorIndex) -> None:
    embedder = HashingEmbedder()
    indexer = Indexer(
        vector_index=index, embedder=embedder, usage_meter=PublishingUsageMeter(InProcessBus(), "t")
    )
    await indexer.ensure_indexes()
    await indexer.index_document(
        REPORT,
        DocumentInfo(document_id="doc-report-1", opd="DISDIK", filename="laporan.pdf", fiscal_year=2025),
    )
    await indexer.index_document(
        SSH,
        DocumentInfo(
            document_id="doc-ssh-2026",
            opd="BPKAD",
            filename="ssh.xlsx",
            category=DocumentCategory.SSH,
            fiscal_year=2026,
            official_catalogue=True,
        ),
    )
    await _refresh(index, "chunks", "price_references")
    searcher = Searcher(vector_index=index, embedder=embedder)

    # The indonesian analyzer stems: "anggaran" finds "Penganggaran".
    [stemmed, *_] = await searcher.search("anggaran pendidikan", mode=SearchMode.BM25)
    assert stemmed.citation.page == 1 and "<em>" in stemmed.highlights[0]

    hybrid = await searcher.search("laptop guru", filters=SearchFilters(opd=("DISDIK",), fiscal_year=(2025,)))
    assert hybrid[0].citation.document_id == "doc-report-1" and hybrid[0].citation.page == 2
    assert hybrid[0].citation.filename == "laporan.pdf"

    refs = await searcher.search_price_references("kertas hvs", satuan="Rim", tahun=2026)
    assert [(h.reference.uraian, h.reference.harga) for h in refs] == [("Kertas HVS", 55000)]

    # Re-indexing replaces, deleting removes.
    await indexer.index_document(
        REPORT,
        DocumentInfo(document_id="doc-report-1", opd="DISDIK", filename="laporan.pdf", fiscal_year=2025),
    )
    await _refresh(index, "chunks")
    assert await index.count("chunks", {"document_id": "doc-report-1"}) == 2
    assert await indexer.delete_document("doc-report-1") == 2
    await _refresh(index, "chunks")
    assert await index.count("chunks", {"document_id": "doc-report-1"}) == 0
