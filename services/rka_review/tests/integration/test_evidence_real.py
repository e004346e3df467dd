"""Evidence against the real servers of infra/local/up.sh: the chunk index in OpenSearch, read
directly and through the embedding service's SearchService (started here as its own process)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator, Iterator

import grpc
import pytest
from samarinda_common.adapters.embedders import HashingEmbedder
from samarinda_common.adapters.opensearch_vectors import OpenSearchVectorIndex
from samarinda_common.ports import VectorDoc
from samarinda_common.rka import EvidenceKind
from samarinda_common.testing.listen_ports import free_listen_port
from samarinda_rka_review.adapters.evidence import GrpcEvidenceSearch, IndexEvidenceSearch

pytestmark = pytest.mark.integration

CHUNKS = "chunks"
ADMIN_TOKEN = "rka-review-test-admin"
ROWS = {
    "Laptop Core i5 8GB SSD 512GB": (4, 11_800_000),
    "Proyektor 3.500 lumen": (1, 7_400_000),
    "Toner laser hitam original": (10, 1_100_000),
}


def _env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: start the servers with infra/local/up.sh and source .infra/env")
    return value


def _row_docs(embedder: HashingEmbedder, vectors: list[list[float]], opd: str) -> list[VectorDoc]:
    texts = _row_texts()
    return [
        VectorDoc(
            id=f"{opd}-realisasi-{number}",
            text=text,
            vector=vector,
            metadata={
                "kind": "chunk",
                "chunk_kind": "table_rows",
                "document_id": f"{opd}-realisasi",
                "opd": opd,
                "category": "realisasi",
                "fiscal_year": 2025,
                "filename": "realisasi_belanja_2025.csv",
                "page": 1,
                "table": 0,
                "first_row": number,
                "last_row": number,
                "embedding_model": embedder.model,
            },
        )
        for number, (text, vector) in enumerate(zip(texts, vectors, strict=True), start=1)
    ]


def _row_texts() -> list[str]:
    return [
        f"uraian: {uraian} | satuan: Unit | volume: {volume} | harga_satuan: {price}"
        for uraian, (volume, price) in ROWS.items()
    ]


@pytest.fixture
def prefix() -> str:
    return f"test-rka-evidence-{uuid.uuid4().hex[:8]}"


@pytest.fixture
async def index(prefix: str) -> AsyncIterator[OpenSearchVectorIndex]:
    adapter = OpenSearchVectorIndex(_env("SAMARINDA_OPENSEARCH_URL"), prefix=prefix)
    try:
        yield adapter
    finally:
        await adapter._client.indices.delete(index=f"{prefix}-*")
        await adapter.close()


async def _index_rows(index: OpenSearchVectorIndex, embedder: HashingEmbedder) -> None:
    await index.ensure_index(CHUNKS, embedder.dimension)
    vectors = (await embedder.embed(_row_texts())).vectors
    for opd in ("DISDIK", "DINKES"):
        await index.upsert(CHUNKS, _row_docs(embedder, vectors, opd), refresh=True)


async def test_index_evidence_on_opensearch(index: OpenSearchVectorIndex) -> None:
    embedder = HashingEmbedder()
    await _index_rows(index, embedder)
    search = IndexEvidenceSearch(index, embedder)

    [best, *_] = await search.search("DISDIK", "Notebook i5 RAM 8 GB SSD 512GB")
    assert best.kind is EvidenceKind.DOCUMENT
    assert best.document_id == "DISDIK-realisasi"
    assert "realisasi_belanja_2025.csv, hlm. 1, baris 2" in best.text
    assert "harga satuan Rp 11.800.000" in best.text
    assert await search.search("DISDIK", "Honorarium narasumber eselon") == []


@pytest.fixture
def search_service(prefix: str) -> Iterator[str]:
    """``python -m samarinda_embedding api`` on a free port, over the test's own indexes."""
    port = free_listen_port()
    env = {
        **os.environ,
        "SAMARINDA_MODE": "real",
        "SAMARINDA_OPENSEARCH_URL": _env("SAMARINDA_OPENSEARCH_URL"),
        "SAMARINDA_KAFKA_BOOTSTRAP": _env("SAMARINDA_KAFKA_BOOTSTRAP"),
        "SAMARINDA_INDEX_PREFIX": prefix,
        "SAMARINDA_EMBEDDER_PROVIDER": "hashing",
        "SAMARINDA_API_TOKENS": f"{ADMIN_TOKEN}=*",
        "SAMARINDA_GRPC_PORT": str(port),
        "SAMARINDA_HEALTH_PORT": str(free_listen_port()),
        "SAMARINDA_METRICS_PORT": "0",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "samarinda_embedding", "api"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    target = f"127.0.0.1:{port}"
    try:
        with grpc.insecure_channel(target) as channel:
            try:
                grpc.channel_ready_future(channel).result(timeout=90)
            except grpc.FutureTimeoutError:
                process.kill()
                pytest.fail(f"SearchService did not start: {process.communicate()[1].decode()[-2000:]}")
        yield target
    finally:
        process.terminate()
        process.wait(timeout=30)


async def test_grpc_evidence_through_the_embedding_services_search(
    index: OpenSearchVectorIndex, search_service: str
) -> None:
    embedder = HashingEmbedder()
    # The service created the index with its own mappings; rows go in as its indexer writes them.
    await _index_rows(index, embedder)
    search = GrpcEvidenceSearch(search_service, ADMIN_TOKEN, timeout=5.0)
    try:
        found = await search.search("DISDIK", "Proyektor 3500 lumen 3.500 lumen, resolusi XGA")
        unauthorised = GrpcEvidenceSearch(search_service, "not-a-token", timeout=5.0)
        try:
            assert await unauthorised.search("DISDIK", "Proyektor 3500 lumen") == []
        finally:
            await unauthorised.close()
    finally:
        await search.close()

    [best, *_] = found
    assert best.document_id == "DISDIK-realisasi"
    assert "Proyektor 3.500 lumen" in best.text
    assert "harga satuan Rp 7.400.000" in best.text
