"""The tenant-scoped store and index: what one OPD's caller can see and write."""

from __future__ import annotations

import pytest
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.memory_vectors import InProcessVectorIndex
from samarinda_common.auth import Principal, use_principal
from samarinda_common.errors import PermissionDenied, Unauthenticated
from samarinda_common.infra import scoped_document_store, scoped_vector_index
from samarinda_common.ports.vectors import VectorDoc
from samarinda_common.settings import Mode
from samarinda_common.tenancy import Tenancy, UndeclaredCollection, tenancy

DECLARED = tenancy(owned={"documents": "opd", "chunks": "opd"}, shared=("catalogue",))
DISDIK = Principal(opd="DISDIK", is_admin=False, token_id="a")
DINKES = Principal(opd="DINKES", is_admin=False, token_id="b")
ADMIN = Principal(opd=None, is_admin=True, token_id="c")


@pytest.fixture
async def store() -> EmbeddedDocumentStore:
    raw = EmbeddedDocumentStore(":memory:")
    await raw.insert_many(
        "documents",
        [{"_id": "d1", "opd": "DISDIK", "n": 1}, {"_id": "d2", "opd": "DINKES", "n": 2}],
    )
    await raw.insert_one("catalogue", {"_id": "c1", "harga": 5})
    return raw


async def test_an_opd_sees_only_its_own_records(store: EmbeddedDocumentStore) -> None:
    scoped = scoped_document_store(store, DECLARED)
    with use_principal(DISDIK):
        assert await scoped.find_one("documents", {"_id": "d1"}) is not None
        assert await scoped.find_one("documents", {"_id": "d2"}) is None  # foreign = unknown
        assert [d["_id"] for d in await scoped.find("documents", {})] == ["d1"]
        assert await scoped.count("documents", {"opd": "DINKES"}) == 0
        assert await scoped.count("documents", {"opd": {"$in": ["DINKES", "DISDIK"]}}) == 1
        assert await scoped.count("documents", {"opd": {"$ne": "DISDIK"}}) == 0
        assert await scoped.find_one("catalogue", {"_id": "c1"}) is not None  # shared
    with use_principal(ADMIN):
        assert await scoped.count("documents", {}) == 2


async def test_an_opd_cannot_change_or_write_another_opds_records(store: EmbeddedDocumentStore) -> None:
    scoped = scoped_document_store(store, DECLARED)
    with use_principal(DINKES):
        assert (await scoped.update_one("documents", {"_id": "d1"}, {"$set": {"n": 9}})).matched == 0
        assert await scoped.delete_many("documents", {"_id": "d1"}) == 0
        assert await scoped.find_one_and_update("documents", {"_id": "d1"}, {"$set": {"n": 9}}) is None
        with pytest.raises(PermissionDenied):
            await scoped.insert_one("documents", {"_id": "d3", "opd": "DISDIK"})
        with pytest.raises(PermissionDenied):
            await scoped.update_one("documents", {"_id": "d2"}, {"$set": {"opd": "DISDIK"}})
        with pytest.raises(PermissionDenied):
            await scoped.replace_one("documents", {"_id": "d1"}, {"_id": "d1", "opd": "DISDIK"}, upsert=True)
    assert await store.find_one("documents", {"_id": "d1"}) == {"_id": "d1", "opd": "DISDIK", "n": 1}


async def test_no_caller_or_an_undeclared_collection_is_refused(store: EmbeddedDocumentStore) -> None:
    scoped = scoped_document_store(store, DECLARED)
    with pytest.raises(Unauthenticated):
        await scoped.find_one("documents", {"_id": "d1"})
    with use_principal(ADMIN), pytest.raises(UndeclaredCollection):
        await scoped.find_one("lupa_dideklarasikan", {})
    # The embedded mode's single local user reads as the platform when nothing is bound.
    local = scoped_document_store(store, DECLARED, Mode.EMBEDDED)
    assert await local.count("documents", {}) == 2


def test_a_collection_cannot_be_both_owned_and_shared() -> None:
    with pytest.raises(ValueError, match="both"):
        Tenancy(owned={"documents": "opd"}, shared=frozenset({"documents"}))


async def test_the_vector_index_is_narrowed_the_same_way() -> None:
    index = scoped_vector_index(InProcessVectorIndex(), DECLARED)
    with use_principal(ADMIN):
        await index.ensure_index("chunks", 2)
    with use_principal(DISDIK):
        await index.upsert("chunks", [VectorDoc("a", "laptop guru", [1.0, 0.0], {"opd": "DISDIK"})])
        with pytest.raises(PermissionDenied):
            await index.upsert("chunks", [VectorDoc("b", "laptop", [1.0, 0.0], {"opd": "DINKES"})])
    with use_principal(DINKES):
        await index.upsert("chunks", [VectorDoc("b", "laptop puskesmas", [1.0, 0.0], {"opd": "DINKES"})])
        assert [h.id for h in await index.search_text("chunks", "laptop")] == ["b"]
        assert [h.id for h in await index.search_vector("chunks", [1.0, 0.0])] == ["b"]
        assert await index.search_text("chunks", "laptop", filters={"opd": "DISDIK"}) == []
        assert await index.delete_where("chunks", {"document_id": "x", "opd": "DISDIK"}) == 0
    with use_principal(ADMIN):
        assert await index.count("chunks") == 2
