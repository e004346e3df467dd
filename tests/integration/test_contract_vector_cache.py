"""Cached vectors in a DocumentStore: the same assertions for the embedded store and MongoDB/FerretDB."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import numpy as np
import pytest
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.embedders import HashingEmbedder
from samarinda_common.adapters.embedding_cache import (
    CachedEmbeddings,
    StoreVectorCache,
    embedder_identity,
    vector_key,
)
from samarinda_common.adapters.mongo_documents import MongoDocumentStore
from samarinda_common.auth import Principal, use_principal
from samarinda_common.ports.documents import DocumentStore
from samarinda_common.tenancy import TenantScopedStore, tenancy

TEXTS = ["Semen Portland 50 kg", "Pasir pasang", "Semen Portland 50 kg", "Besi beton 10 mm"]


@pytest.fixture(params=["embedded", pytest.param("real", marks=pytest.mark.integration)])
async def store(
    request: pytest.FixtureRequest, require_server: Callable[[str], str], unique_name: Callable[[str], str]
) -> AsyncIterator[DocumentStore]:
    if request.param == "embedded":
        embedded = EmbeddedDocumentStore(":memory:")
        yield embedded
        await embedded.close()
        return
    mongo = MongoDocumentStore(
        require_server("SAMARINDA_MONGO_URI"),
        unique_name("db").replace("-", "_"),
        server_selection_timeout_ms=5000,
    )
    try:
        yield mongo
    finally:
        await mongo.drop_database()
        await mongo.close()


async def test_vectors_written_by_one_replica_are_read_by_another_per_owner(store: DocumentStore) -> None:
    scoped = TenantScopedStore(store, tenancy(owned={"line_vectors": "opd"}, shared=("catalogue_vectors",)))
    embedder = HashingEmbedder(dimension=32)
    with use_principal(Principal(opd="DPUPR", is_admin=False, token_id="t")):
        shared = StoreVectorCache(scoped, "catalogue_vectors")
        made, tokens = await CachedEmbeddings(embedder, shared).vectors(TEXTS, kind="document")
        read, again = await CachedEmbeddings(embedder, shared).vectors(TEXTS, kind="document")
        np.testing.assert_allclose(read, made, rtol=1e-6)
        assert tokens > 0 and again == 0
        owned = StoreVectorCache(scoped, "line_vectors", tenant_field="opd")
        await CachedEmbeddings(embedder, owned).vectors(TEXTS, kind="query", owner="DPUPR")
    with use_principal(Principal(opd="DISHUB", is_admin=False, token_id="u")):
        owned = StoreVectorCache(scoped, "line_vectors", tenant_field="opd")
        # Even asked for by DPUPR's name, its vectors are out of DISHUB's sight.
        key = vector_key(embedder_identity(embedder), "query", TEXTS[0])
        assert await owned.get_many("DPUPR", [key]) == {}
        _, tokens = await CachedEmbeddings(embedder, owned).vectors(TEXTS[:1], kind="query", owner="DISHUB")
        assert tokens > 0  # DPUPR's vector of the same text is not DISHUB's to read
    assert await store.count("catalogue_vectors", {}) == 3
    assert sorted(r["opd"] for r in await store.find("line_vectors", {})) == ["DISHUB", *["DPUPR"] * 3]
