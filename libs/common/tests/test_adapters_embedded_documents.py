"""What only the embedded document store has to prove: it persists, and stays BSON-faithful."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import bson
import pytest
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.errors import DuplicateKey, InvalidInput


async def test_documents_and_indexes_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "data" / "documents.sqlite3"
    store = EmbeddedDocumentStore(path)
    await store.ensure_index("uploads", [("sha256", 1)], unique=True)
    generated = await store.insert_one("uploads", {"sha256": "aa", "at": datetime(2025, 1, 1, tzinfo=UTC)})
    await store.insert_one("uploads", {"_id": "x", "sha256": "bb"})
    await store.update_one("uploads", {"_id": "x"}, {"$set": {"sha256": "cc"}})
    await store.delete_many("uploads", {"sha256": "zz"})
    await store.close()

    reopened = EmbeddedDocumentStore(path)
    assert isinstance(generated, bson.ObjectId)
    docs = await reopened.find("uploads", {}, sort=[("sha256", 1)])
    assert docs == [
        {"_id": generated, "sha256": "aa", "at": datetime(2025, 1, 1, tzinfo=UTC)},
        {"_id": "x", "sha256": "cc"},
    ]
    with pytest.raises(DuplicateKey):
        await reopened.insert_one("uploads", {"sha256": "cc"})  # the unique index came back too
    await reopened.insert_one("uploads", {"sha256": "bb"})  # and forgot the old value of "x"
    await reopened.close()


async def test_unique_index_on_existing_duplicates_is_refused(document_store: EmbeddedDocumentStore) -> None:
    await document_store.insert_many("c", [{"k": 1}, {"k": 1.0}])  # 1 and 1.0 are the same key
    with pytest.raises(DuplicateKey):
        await document_store.ensure_index("c", [("k", 1)], unique=True)
    await document_store.insert_one("c", {"k": 2})  # the failed index is not enforced


async def test_missing_fields_collide_in_a_unique_index(document_store: EmbeddedDocumentStore) -> None:
    await document_store.ensure_index("c", [("k", 1)], unique=True)
    await document_store.insert_one("c", {"other": 1})
    with pytest.raises(DuplicateKey):
        await document_store.insert_one("c", {"other": 2})


async def test_returned_documents_are_copies(document_store: EmbeddedDocumentStore) -> None:
    await document_store.insert_one("c", {"_id": 1, "tags": ["a"]})
    found = await document_store.find_one("c", {"_id": 1})
    assert found is not None
    found["tags"].append("b")
    assert await document_store.find_one("c", {"_id": 1}) == {"_id": 1, "tags": ["a"]}


async def test_values_bson_cannot_store_are_refused(document_store: EmbeddedDocumentStore) -> None:
    # As with PyMongo: Decimal needs bson.Decimal128, integers must fit in 64 bits.
    with pytest.raises(InvalidInput):
        await document_store.insert_one("c", {"harga": Decimal("1.5")})
    with pytest.raises(InvalidInput):
        await document_store.insert_one("c", {"n": 2**70})
    assert await document_store.count("c", {}) == 0


async def test_tuples_come_back_as_lists(document_store: EmbeddedDocumentStore) -> None:
    await document_store.insert_one("c", {"_id": 1, "pair": (1, 2)})
    assert await document_store.find_one("c", {"_id": 1}) == {"_id": 1, "pair": [1, 2]}


@pytest.mark.parametrize("name", ["", "a$b"])
async def test_invalid_collection_names(document_store: EmbeddedDocumentStore, name: str) -> None:
    with pytest.raises(InvalidInput):
        await document_store.insert_one(name, {"a": 1})
