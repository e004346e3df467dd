from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

Document = dict[str, Any]
Filter = Mapping[str, Any]
SortSpec = Sequence[tuple[str, int]]


@dataclass(frozen=True)
class UpdateResult:
    matched: int
    modified: int
    upserted_id: Any | None = None


@runtime_checkable
class DocumentStore(Protocol):
    """The subset of MongoDB that both MongoDB and FerretDB (and the embedded store) support.

    Filters: equality on (dotted) fields, ``$in``, ``$nin``, ``$ne``, ``$gt``, ``$gte``, ``$lt``,
    ``$lte``, ``$exists``. Updates: ``$set``, ``$inc``, ``$setOnInsert``, ``$push``, ``$unset``.
    A unique index violation raises ``samarinda_common.errors.DuplicateKey`` (except in
    ``insert_new``, whose purpose is to skip such documents); an unreachable
    server raises ``DependencyUnavailable``. Returned documents are plain dicts (``_id`` included);
    datetimes come back as aware UTC, truncated to milliseconds (BSON).
    Single-document updates are atomic on MongoDB and in the embedded store. FerretDB v1 (the
    local dev server) is not: concurrent ``$inc`` on one document can lose updates there.
    """

    async def ensure_index(
        self, collection: str, keys: SortSpec, *, unique: bool = False, name: str | None = None
    ) -> None: ...

    async def insert_one(self, collection: str, document: Document) -> Any: ...

    async def insert_many(
        self, collection: str, documents: Sequence[Document], *, ordered: bool = False
    ) -> int: ...

    async def insert_new(self, collection: str, documents: Sequence[Document]) -> list[Any]:
        """Insert, in one unordered batch, the documents no unique index refuses; skip the others.

        Returns the ``_id`` of each document inserted, in input order: the caller learns which
        of its documents were new (idempotent writes keyed by a unique id).
        """
        ...

    async def find_one(self, collection: str, filter: Filter) -> Document | None: ...

    async def find(
        self,
        collection: str,
        filter: Filter,
        *,
        sort: SortSpec | None = None,
        skip: int = 0,
        limit: int = 0,
        projection: Sequence[str] | None = None,
    ) -> list[Document]: ...

    async def count(self, collection: str, filter: Filter) -> int: ...

    async def update_one(
        self, collection: str, filter: Filter, update: Mapping[str, Any], *, upsert: bool = False
    ) -> UpdateResult: ...

    async def update_many(self, collection: str, filter: Filter, update: Mapping[str, Any]) -> UpdateResult:
        """Apply ``update`` to every matching document (each one atomically, not all together)."""
        ...

    async def find_one_and_update(
        self,
        collection: str,
        filter: Filter,
        update: Mapping[str, Any],
        *,
        upsert: bool = False,
        return_new: bool = True,
    ) -> Document | None: ...

    async def replace_one(
        self, collection: str, filter: Filter, document: Document, *, upsert: bool = False
    ) -> UpdateResult: ...

    async def delete_many(self, collection: str, filter: Filter) -> int: ...

    async def ping(self) -> bool: ...
