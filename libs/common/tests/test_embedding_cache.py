from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import numpy as np
import pytest
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.embedders import HashingEmbedder
from samarinda_common.adapters.embedding_cache import (
    CachedEmbeddings,
    MemoryVectorCache,
    SqliteVectorCache,
    StoreVectorCache,
)
from samarinda_common.auth import Principal, use_principal
from samarinda_common.ports import Embedder
from samarinda_common.ports.ai import EmbeddingBatch
from samarinda_common.tenancy import TenantScopedStore, tenancy

TEXTS = ["Kertas HVS A4 70 gram", "Tinta printer hitam 664", "Kertas HVS A4 70 gram", "Map plastik"]


class CountingEmbedder:
    """The hashing embedder, recording every text it is asked to embed."""

    provider = "local"

    def __init__(self, model: str = "hashing-test", dimension: int = 64) -> None:
        self._inner = HashingEmbedder(dimension=dimension)
        self.model = model
        self.dimension = dimension
        self.calls: list[list[str]] = []

    @property
    def embedded(self) -> list[str]:
        return [text for call in self.calls for text in call]

    async def embed(self, texts: Sequence[str], *, kind: str = "document") -> EmbeddingBatch:
        self.calls.append(list(texts))
        return EmbeddingBatch(vectors=self._inner.embed_sync(texts).tolist(), tokens=len(texts))


@pytest.fixture
async def store() -> AsyncIterator[EmbeddedDocumentStore]:
    documents = EmbeddedDocumentStore(":memory:")
    yield documents
    await documents.close()


def test_the_cached_embedder_is_an_embedder() -> None:
    assert isinstance(CachedEmbeddings(CountingEmbedder()), Embedder)


async def test_identical_texts_are_embedded_once_in_one_call_and_rows_keep_their_order() -> None:
    embedder = CountingEmbedder()
    cached = CachedEmbeddings(embedder)
    matrix, tokens = await cached.vectors(TEXTS, kind="query")
    assert embedder.calls == [[TEXTS[0], TEXTS[1], TEXTS[3]]]
    assert tokens == 3
    direct = HashingEmbedder(dimension=64).embed_sync(TEXTS)
    np.testing.assert_allclose(matrix, direct, rtol=1e-6)


async def test_a_text_seen_before_is_not_embedded_again_nor_counted() -> None:
    embedder = CountingEmbedder()
    cached = CachedEmbeddings(embedder)
    first = await cached.embed(TEXTS[:2])
    again = await cached.embed([TEXTS[1], "Amplop coklat", TEXTS[0]])
    assert embedder.calls == [TEXTS[:2], ["Amplop coklat"]]
    assert (first.tokens, again.tokens) == (2, 1)
    assert again.vectors[0] == first.vectors[1] and again.vectors[2] == first.vectors[0]


async def test_queries_and_documents_are_cached_apart() -> None:
    embedder = CountingEmbedder()
    cached = CachedEmbeddings(embedder)
    await cached.vectors(TEXTS[:1], kind="query")
    await cached.vectors(TEXTS[:1], kind="document")
    assert embedder.calls == [TEXTS[:1], TEXTS[:1]]


async def test_another_model_or_dimension_never_reads_the_vectors_of_the_first(
    store: EmbeddedDocumentStore,
) -> None:
    persistent = StoreVectorCache(store, "vectors")
    old = CountingEmbedder(model="m-1")
    await CachedEmbeddings(old, persistent).vectors(TEXTS, kind="document")
    for changed in (CountingEmbedder(model="m-2"), CountingEmbedder(model="m-1", dimension=32)):
        matrix, _ = await CachedEmbeddings(changed, persistent).vectors(TEXTS, kind="document")
        assert changed.embedded == [TEXTS[0], TEXTS[1], TEXTS[3]]
        assert matrix.shape == (4, changed.dimension)


async def test_vectors_in_the_store_serve_another_replica_without_embedding(
    store: EmbeddedDocumentStore,
) -> None:
    first = CountingEmbedder()
    made, _ = await CachedEmbeddings(first, StoreVectorCache(store, "vectors")).vectors(TEXTS, kind="query")
    replica = CountingEmbedder()
    read, tokens = await CachedEmbeddings(replica, StoreVectorCache(store, "vectors")).vectors(
        TEXTS, kind="query"
    )
    assert replica.calls == [] and tokens == 0
    np.testing.assert_array_equal(read, made)
    assert await store.count("vectors", {}) == 3


async def test_an_owner_never_reads_another_owners_vectors_through_the_scoped_store(
    store: EmbeddedDocumentStore,
) -> None:
    scoped = TenantScopedStore(store, tenancy(owned={"line_vectors": "opd"}))
    embedder = CountingEmbedder()
    cache = StoreVectorCache(scoped, "line_vectors", tenant_field="opd")
    with use_principal(Principal(opd="DISDIK", is_admin=False, token_id="a")):
        await CachedEmbeddings(embedder, cache).vectors(TEXTS[:1], kind="query", owner="DISDIK")
    with use_principal(Principal(opd="DINKES", is_admin=False, token_id="b")):
        # A fresh process (no memory): the text is DISDIK's, so DINKES embeds its own.
        await CachedEmbeddings(embedder, cache).vectors(TEXTS[:1], kind="query", owner="DINKES")
    assert embedder.calls == [TEXTS[:1], TEXTS[:1]]
    owners = sorted(row["opd"] for row in await store.find("line_vectors", {}))
    assert owners == ["DINKES", "DISDIK"]


async def test_the_memory_cache_forgets_the_least_recently_used_first() -> None:
    memory = MemoryVectorCache(max_entries=2)
    vector = np.ones(4, dtype=np.float32)
    await memory.put_many("", {"a": vector, "b": vector})
    assert set(await memory.get_many("", ["a"])) == {"a"}  # a is now the most recent
    await memory.put_many("", {"c": vector})
    assert set(await memory.get_many("", ["a", "b", "c"])) == {"a", "c"}
    with pytest.raises(ValueError):
        MemoryVectorCache(max_entries=0)


async def test_vectors_on_disk_outlive_the_process(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "vectors.sqlite"
    first = SqliteVectorCache(path)
    made, _ = await CachedEmbeddings(CountingEmbedder(), first).vectors(TEXTS, kind="query", owner="x")
    first.close()
    embedder = CountingEmbedder()
    again = SqliteVectorCache(path)
    read, _ = await CachedEmbeddings(embedder, again).vectors(TEXTS, kind="query", owner="x")
    assert embedder.calls == []
    np.testing.assert_array_equal(read, made)
    # Another owner's texts are its own.
    await CachedEmbeddings(embedder, again).vectors(TEXTS[:1], kind="query", owner="y")
    assert embedder.calls == [TEXTS[:1]]
    again.close()


async def test_no_texts_give_an_empty_matrix_of_the_right_width() -> None:
    embedder = CountingEmbedder()
    matrix, tokens = await CachedEmbeddings(embedder).vectors([], kind="query")
    assert matrix.shape == (0, 64) and tokens == 0 and embedder.calls == []
