"""Each real adapter, pointed at a closed port, fails fast with DependencyUnavailable."""

from __future__ import annotations

import socket
import time

import pytest
from samarinda_common.adapters.minio_blob import MinioBlobStore
from samarinda_common.adapters.mongo_documents import MongoDocumentStore
from samarinda_common.adapters.opensearch_vectors import OpenSearchVectorIndex
from samarinda_common.errors import DependencyUnavailable

BOUND_SECONDS = 5.0


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_minio(closed_port: int) -> None:
    store = MinioBlobStore(
        f"127.0.0.1:{closed_port}", "user", "secret-key", connect_timeout_seconds=1, retries=1
    )
    start = time.monotonic()
    with pytest.raises(DependencyUnavailable):
        await store.put("dokumen", "a.txt", b"x")
    with pytest.raises(DependencyUnavailable):
        await store.stat("dokumen", "a.txt")
    assert await store.ping() is False
    assert time.monotonic() - start < BOUND_SECONDS
    await store.close()


async def test_mongo(closed_port: int) -> None:
    store = MongoDocumentStore(
        f"mongodb://127.0.0.1:{closed_port}/",
        "samarinda",
        server_selection_timeout_ms=500,
        connect_timeout_ms=500,
    )
    start = time.monotonic()
    with pytest.raises(DependencyUnavailable):
        await store.insert_one("documents", {"a": 1})
    with pytest.raises(DependencyUnavailable):
        await store.find("documents", {})
    assert await store.ping() is False
    assert time.monotonic() - start < BOUND_SECONDS
    await store.close()


async def test_opensearch(closed_port: int) -> None:
    index = OpenSearchVectorIndex(f"http://127.0.0.1:{closed_port}", timeout_seconds=1, max_retries=0)
    start = time.monotonic()
    with pytest.raises(DependencyUnavailable):
        await index.ensure_index("chunks", 4)
    with pytest.raises(DependencyUnavailable):
        await index.search_text("chunks", "laptop")
    assert await index.ping() is False
    assert time.monotonic() - start < BOUND_SECONDS
    await index.close()
