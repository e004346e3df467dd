"""Indexing and search through the embedded adapters (in-process index, store and bus)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.embedders import HashingEmbedder
from samarinda_common.adapters.local_blob import LocalFolderBlobStore
from samarinda_common.adapters.memory_vectors import InProcessVectorIndex
from samarinda_common.auth import Principal
from samarinda_common.errors import InvalidInput, NotFound, PermissionDenied
from samarinda_common.events import DocumentCategory, DocumentExtracted, UsageOperation
from samarinda_common.extracted import ExtractedDocument, ExtractionMethod, Page, Table
from samarinda_common.messaging import InProcessBus, PublishingUsageMeter
from samarinda_common.topics import Topic
from samarinda_embedding.service_layer.indexing import (
    DocumentInfo,
    Indexer,
    handle_document_extracted,
)
from samarinda_embedding.service_layer.search import Searcher, SearchFilters, SearchMode, scope_filters

REPORT = ExtractedDocument(
    filename="laporan_disdik.pdf",
    detected_type="application/pdf",
    pages=[
        Page(
            number=1,
            text="PENDAHULUAN\nLaporan realisasi anggaran Dinas Pendidikan tahun 2025.",
            method=ExtractionMethod.TEXT,
        ),
        Page(
            number=2,
            text="PENGADAAN\nPengadaan laptop untuk guru sekolah dasar sebanyak 40 unit.",
            method=ExtractionMethod.TEXT,
        ),
    ],
)
HEALTH = ExtractedDocument(
    filename="notulen_dinkes.pdf",
    detected_type="application/pdf",
    pages=[
        Page(
            number=1,
            text="Rapat koordinasi imunisasi balita di puskesmas Sungai Pinang.",
            method=ExtractionMethod.OCR,
        )
    ],
)
SSH = ExtractedDocument(
    filename="ssh_2026.xlsx",
    detected_type="xlsx",
    pages=[Page(number=1, text="", method=ExtractionMethod.SPREADSHEET, sheet="SSH")],
    tables=[
        Table(
            page=1,
            sheet="SSH",
            index=0,
            header_row=1,
            rows=[
                ["STANDAR SATUAN HARGA TAHUN 2026", None, None, None, None],
                ["Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan", "Harga Satuan (Rp)"],
                ["1.1.7.01.03.02", "Kertas HVS", "A4 80 gram", "Rim", 55000],
                ["1.1.7.01.03.05", "Laptop", "Core i5, RAM 16 GB", "Unit", 14500000],
                ["1.1.7.01.04.01", "Semen Portland", "50 kg", "Sak", 78000],
            ],
        )
    ],
)


@pytest.fixture
def blobs(tmp_path: Path) -> LocalFolderBlobStore:
    return LocalFolderBlobStore(tmp_path)


@pytest.fixture
def parts() -> tuple[Indexer, Searcher, InProcessBus, EmbeddedDocumentStore]:
    index = InProcessVectorIndex()
    embedder = HashingEmbedder()
    bus = InProcessBus()
    indexer = Indexer(
        vector_index=index,
        embedder=embedder,
        usage_meter=PublishingUsageMeter(bus, "embedding"),
        batch_size=2,
    )
    return indexer, Searcher(vector_index=index, embedder=embedder), bus, EmbeddedDocumentStore()


async def _index(
    indexer: Indexer,
    document: ExtractedDocument,
    document_id: str,
    opd: str,
    category: DocumentCategory = DocumentCategory.REPORT,
    *,
    official: bool = False,
) -> None:
    await indexer.ensure_indexes()
    await indexer.index_document(
        document,
        DocumentInfo(
            document_id=document_id,
            opd=opd,
            filename=document.filename,
            category=category,
            fiscal_year=2025,
            official_catalogue=official,
        ),
    )


async def test_handler_indexes_marks_publishes_and_meters(parts, blobs) -> None:
    indexer, _searcher, bus, store = parts
    await indexer.ensure_indexes()
    await store.insert_one("extractions", {"_id": "ext-1", **REPORT.model_dump(mode="json")})
    await store.insert_one("documents", {"_id": "doc-report-1", "status": "extracted"})
    event = DocumentExtracted(
        opd="DISDIK",
        document_id="doc-report-1",
        extraction_id="ext-1",
        detected_type="application/pdf",
        filename="laporan_disdik.pdf",
        pages=2,
        category=DocumentCategory.REPORT,
        fiscal_year=2025,
        correlation_id="corr-1",
    )

    indexed = await handle_document_extracted(event, store=store, blobs=blobs, indexer=indexer, publisher=bus)

    assert indexed.chunks == 2 and indexed.embedding_model == indexer.embedder.model
    assert await indexer.vector_index.count("chunks", {"document_id": "doc-report-1"}) == 2
    document = await store.find_one("documents", {"_id": "doc-report-1"})
    assert document is not None and document["status"] == "indexed" and document["chunks"] == 2
    [published] = bus.records(Topic.DOCUMENT_INDEXED)
    assert json.loads(published.value)["document_id"] == "doc-report-1"
    [usage] = [json.loads(r.value) for r in bus.records(Topic.USAGE_RECORDED)]
    assert usage["operation"] == UsageOperation.EMBED_TOKENS and usage["opd"] == "DISDIK"
    assert usage["units"] > 0 and usage["model"] == indexer.embedder.model

    # The same event again replaces rather than duplicates, and meters the same subject.
    await handle_document_extracted(event, store=store, blobs=blobs, indexer=indexer, publisher=bus)
    assert await indexer.vector_index.count("chunks") == 2
    usages = [json.loads(r.value) for r in bus.records(Topic.USAGE_RECORDED)]
    assert usages[0]["event_id"] == usages[1]["event_id"]


async def test_handler_refuses_a_missing_extraction(parts, blobs) -> None:
    indexer, _, bus, store = parts
    event = DocumentExtracted(
        opd="DISDIK",
        document_id="doc-missing-1",
        extraction_id="nope",
        detected_type="application/pdf",
        filename="x.pdf",
        pages=1,
    )
    with pytest.raises(NotFound):
        await handle_document_extracted(event, store=store, blobs=blobs, indexer=indexer, publisher=bus)


async def test_search_finds_cites_and_filters_by_opd(parts) -> None:
    indexer, searcher, _, _ = parts
    await _index(indexer, REPORT, "doc-report-1", "DISDIK")
    await _index(indexer, HEALTH, "doc-health-1", "DINKES")

    for mode in SearchMode:
        hits = await searcher.search("pengadaan laptop guru", mode=mode, k=3)
        assert hits[0].citation.document_id == "doc-report-1", mode
        assert hits[0].citation.page == 2 and hits[0].citation.filename == "laporan_disdik.pdf"
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)

    hybrid = await searcher.search("pengadaan laptop", k=3)
    assert any("<em>" in h for h in hybrid[0].highlights)

    only_health = await searcher.search("pengadaan laptop guru", filters=SearchFilters(opd=("DINKES",)))
    assert {h.citation.document_id for h in only_health} <= {"doc-health-1"}


async def test_reindexing_replaces_and_deleting_removes(parts) -> None:
    indexer, searcher, _, _ = parts
    await _index(indexer, REPORT, "doc-report-1", "DISDIK")
    shorter = ExtractedDocument(
        filename="laporan_disdik.pdf",
        detected_type="application/pdf",
        pages=[Page(number=1, text="Ringkasan singkat.", method=ExtractionMethod.TEXT)],
    )
    await _index(indexer, shorter, "doc-report-1", "DISDIK")
    assert await indexer.vector_index.count("chunks", {"document_id": "doc-report-1"}) == 1

    assert await indexer.delete_document("doc-report-1") == 1
    assert await searcher.search("ringkasan", k=5) == []


async def test_price_references_are_indexed_and_filterable(parts) -> None:
    indexer, searcher, _, _ = parts
    # An OPD's own price table (even filed as SSH) never reaches the city-wide price index.
    await _index(indexer, SSH, "doc-ssh-by-dinkes", "DINKES", category=DocumentCategory.SSH)
    assert await indexer.vector_index.count("price_references") == 0
    await _index(indexer, SSH, "doc-ssh-2026", "BPKAD", category=DocumentCategory.SSH, official=True)
    assert await indexer.vector_index.count("price_references") == 3

    hits = await searcher.search_price_references("kertas hvs a4", k=3)
    best = hits[0].reference
    assert (best.uraian, best.satuan, best.harga, best.tahun) == ("Kertas HVS", "Rim", 55000, 2026)
    assert best.kode == "1.1.7.01.03.02" and hits[0].filename == "ssh_2026.xlsx"

    by_unit = await searcher.search_price_references("kertas hvs a4", satuan="Sak", k=3)
    assert [h.reference.uraian for h in by_unit] == ["Semen Portland"]
    assert await searcher.search_price_references("laptop", tahun=2024) == []


async def test_search_validates_input(parts) -> None:
    _, searcher, _, _ = parts
    with pytest.raises(InvalidInput):
        await searcher.search("   ")
    with pytest.raises(InvalidInput):
        await searcher.search("laptop", k=0)


def test_scope_filters_confines_an_opd_token_to_its_opd() -> None:
    opd = Principal(opd="DISDIK", is_admin=False, token_id="t1")
    admin = Principal(opd=None, is_admin=True, token_id="t2")
    assert scope_filters(opd, SearchFilters()).opd == ("DISDIK",)
    assert scope_filters(opd, SearchFilters(opd=("DISDIK",), fiscal_year=(2025,))).fiscal_year == (2025,)
    with pytest.raises(PermissionDenied):
        scope_filters(opd, SearchFilters(opd=("DINKES",)))
    assert scope_filters(admin, SearchFilters(opd=("DINKES",))).opd == ("DINKES",)
    assert scope_filters(admin, SearchFilters()).opd == ()


async def test_a_paid_embedder_is_refused_when_the_opd_quota_is_spent(parts) -> None:
    from samarinda_common.errors import QuotaExhausted
    from samarinda_common.events import QuotaChanged, QuotaState
    from samarinda_common.quota import QuotaStateGuard

    indexer, _, _, _ = parts
    guard = QuotaStateGuard()
    await guard.apply(
        QuotaChanged(opd="DISDIK", state=QuotaState.EXHAUSTED, used_percent=100, period="2026-01")
    )
    indexer.quota_guard = guard
    await indexer.ensure_indexes()
    info = DocumentInfo(document_id="doc-report-1", opd="DISDIK", filename="laporan_disdik.pdf")

    await indexer.index_document(REPORT, info)  # the local embedder costs nothing
    indexer.embedder.provider = "gemini"  # type: ignore[misc]
    with pytest.raises(QuotaExhausted):
        await indexer.index_document(REPORT, info)


async def test_handler_reads_large_extractions_from_the_blob_store(parts, blobs) -> None:
    indexer, _, bus, store = parts
    await indexer.ensure_indexes()
    await blobs.ensure_bucket("samarinda-documents")
    await blobs.put(
        "samarinda-documents",
        "extractions/DISDIK/ext-big.json",
        REPORT.model_dump_json().encode(),
        "application/json",
    )
    await store.insert_one(
        "extractions",
        {
            "_id": "ext-big",
            "pages": [],
            "tables": [],
            "filename": "laporan_disdik.pdf",
            "detected_type": "application/pdf",
            "content_blob": {"bucket": "samarinda-documents", "key": "extractions/DISDIK/ext-big.json"},
        },
    )
    event = DocumentExtracted(
        opd="DISDIK",
        document_id="doc-report-big",
        extraction_id="ext-big",
        detected_type="application/pdf",
        filename="laporan_disdik.pdf",
        pages=2,
    )
    indexed = await handle_document_extracted(event, store=store, blobs=blobs, indexer=indexer, publisher=bus)
    assert indexed.chunks == 2
