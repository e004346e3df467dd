"""Evidence over SearchService: real gRPC on a free port against a fake servicer."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator

import grpc
import pytest
from samarinda.search.v1 import search_service_pb2 as pb
from samarinda.search.v1 import search_service_pb2_grpc as pb_grpc
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.rka import EvidenceKind
from samarinda_common.testing.fakes import RecordingPublisher, RecordingUsageMeter
from samarinda_common.testing.samples import samples_dir
from samarinda_rka_review.adapters.evidence import EVIDENCE_CATEGORIES, GrpcEvidenceSearch
from samarinda_rka_review.offline import load_catalogue, load_rka
from samarinda_rka_review.service_layer import handlers
from samarinda_rka_review.service_layer.catalogue import CatalogueCache
from samarinda_rka_review.service_layer.handlers import ReviewDeps

LAPTOP_ROW = "uraian: Laptop Core i5 8GB SSD 512GB | satuan: Unit | volume: 4 | harga_satuan: 11800000"


class FakeSearchService(pb_grpc.SearchServiceServicer):
    """Answers like the embedding service: a lexical hit with a highlight and a k-NN-only one."""

    def __init__(self, *, fail_with: grpc.StatusCode | None = None, delay: float = 0.0) -> None:
        self.requests: list[pb.SearchRequest] = []
        self.authorizations: list[str | None] = []
        self.fail_with = fail_with
        self.delay = delay

    async def Search(self, request: pb.SearchRequest, context: grpc.aio.ServicerContext) -> pb.SearchResponse:
        self.requests.append(request)
        self.authorizations.append(dict(context.invocation_metadata() or ()).get("authorization"))
        await asyncio.sleep(self.delay)
        if self.fail_with is not None:
            await context.abort(self.fail_with, "search is down")
        return pb.SearchResponse(
            hits=[
                pb.SearchHit(
                    id="doc-real-4",
                    score=0.032,
                    text=LAPTOP_ROW,
                    highlights=["uraian: Laptop Core <em>i5</em> 8GB <em>SSD</em> <em>512GB</em>"],
                    citation=pb.Citation(
                        document_id="doc-real",
                        filename="realisasi_belanja_2025.csv",
                        page=1,
                        table=0,
                        first_row=4,
                        last_row=4,
                    ),
                    opd="DISDIK",
                    category="realisasi",
                    fiscal_year=2025,
                ),
                pb.SearchHit(
                    id="doc-real-8",
                    score=0.016,
                    text="uraian: Sewa minibus dengan pengemudi | harga_satuan: 700000",
                    citation=pb.Citation(document_id="doc-real", filename="realisasi_belanja_2025.csv"),
                    opd="DISDIK",
                    category="realisasi",
                ),
            ],
            embedding_model="hashing",
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


async def serve(servicer: FakeSearchService) -> tuple[grpc.aio.Server, str]:
    server = grpc.aio.server()
    pb_grpc.add_SearchServiceServicer_to_server(servicer, server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    return server, f"127.0.0.1:{port}"


@pytest.fixture
async def running() -> AsyncIterator[tuple[FakeSearchService, str]]:
    servicer = FakeSearchService()
    server, target = await serve(servicer)
    yield servicer, target
    await server.stop(None)


async def test_search_asks_for_the_opds_evidence_documents_and_cites_them(
    running: tuple[FakeSearchService, str],
) -> None:
    servicer, target = running
    search = GrpcEvidenceSearch(target, "admin-token", timeout=2.0)
    try:
        found = await search.search("DISDIK", "Notebook i5 RAM 8 GB SSD 512GB", k=2)
    finally:
        await search.close()

    [request] = servicer.requests
    assert request.query == "Notebook i5 RAM 8 GB SSD 512GB"
    assert list(request.filters.opd) == ["DISDIK"]
    assert tuple(request.filters.category) == EVIDENCE_CATEGORIES
    assert {"realisasi", "penawaran", "price_reference", "laporan"} == set(EVIDENCE_CATEGORIES)
    assert request.mode == pb.SEARCH_MODE_HYBRID
    assert request.k >= 2
    assert servicer.authorizations == ["Bearer admin-token"]

    # The k-NN-only hit (no highlight) is not evidence for the line.
    [evidence] = found
    assert evidence.kind is EvidenceKind.DOCUMENT
    assert evidence.document_id == "doc-real"
    assert evidence.page == 1
    assert evidence.score == pytest.approx(0.032)
    assert evidence.text == (
        f"Realisasi 2025 — realisasi_belanja_2025.csv, hlm. 1, baris 5: {LAPTOP_ROW} "
        "Nominal: harga satuan Rp 11.800.000."
    )


async def test_a_failing_service_is_left_alone_for_the_cooldown() -> None:
    servicer = FakeSearchService(fail_with=grpc.StatusCode.UNAVAILABLE)
    server, target = await serve(servicer)
    now = [1000.0]
    search = GrpcEvidenceSearch(target, None, timeout=2.0, cooldown_seconds=30.0, clock=lambda: now[0])
    try:
        assert await search.search("DISDIK", "Laptop Core i5") == []
        assert await search.search("DISDIK", "Proyektor 3500 lumen") == []
        assert len(servicer.requests) == 1
        assert servicer.authorizations == [None]
        now[0] += 31.0
        assert await search.search("DISDIK", "Proyektor 3500 lumen") == []
        assert len(servicer.requests) == 2
    finally:
        await search.close()
        await server.stop(None)


async def test_a_slow_service_costs_at_most_the_timeout() -> None:
    servicer = FakeSearchService(delay=5.0)
    server, target = await serve(servicer)
    search = GrpcEvidenceSearch(target, None, timeout=0.3)
    try:
        started = time.perf_counter()
        assert await search.search("DISDIK", "Laptop Core i5") == []
        assert time.perf_counter() - started < 2.0
    finally:
        await search.close()
        await server.stop(None)


@pytest.fixture
async def store() -> AsyncIterator[EmbeddedDocumentStore]:
    documents = EmbeddedDocumentStore(":memory:")
    yield documents
    await documents.close()


def _deps(store: EmbeddedDocumentStore, search: GrpcEvidenceSearch) -> ReviewDeps:
    return ReviewDeps(
        store=store,
        publisher=RecordingPublisher(),
        meter=RecordingUsageMeter(),
        catalogue=CatalogueCache(store),
        evidence=search,
    )


async def test_the_review_completes_without_evidence_when_search_is_unavailable(
    store: EmbeddedDocumentStore,
) -> None:
    rka = load_rka(samples_dir() / "rka_dinas_pendidikan_2026.xlsx", opd="DISDIK")
    search = GrpcEvidenceSearch(f"127.0.0.1:{free_port()}", "admin-token", timeout=1.0)
    deps = _deps(store, search)
    try:
        started = time.perf_counter()
        review = await handlers.review(
            rka, deps, extra_references=load_catalogue([samples_dir() / "ssh_2026.xlsx"])
        )
        elapsed = time.perf_counter() - started
    finally:
        await search.close()

    assert review.summary.lines == len(rka.lines())
    assert any(f.type.value == "OVERPRICED" for f in review.findings)
    assert not [e for f in review.findings for e in f.evidence if e.kind is EvidenceKind.DOCUMENT]
    assert elapsed < 10.0
    assert await handlers.get_review(review.review_id, deps)  # stored as usual


async def test_the_review_cites_what_the_search_service_returns(
    store: EmbeddedDocumentStore, running: tuple[FakeSearchService, str]
) -> None:
    servicer, target = running
    rka = load_rka(samples_dir() / "rka_dinas_pendidikan_2026.xlsx", opd="DISDIK")
    search = GrpcEvidenceSearch(target, "admin-token")
    try:
        review = await handlers.review(
            rka, _deps(store, search), extra_references=load_catalogue([samples_dir() / "ssh_2026.xlsx"])
        )
    finally:
        await search.close()

    assert len(servicer.requests) == len(rka.lines())
    notebook = next(f for f in review.findings if f.line_id == "21" and f.type.value == "OVERPRICED")
    assert [e.document_id for e in notebook.evidence if e.kind is EvidenceKind.DOCUMENT] == ["doc-real"]
