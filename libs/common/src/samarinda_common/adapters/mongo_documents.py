"""MongoDocumentStore: the DocumentStore port on PyMongo's native asyncio client.

Only features both MongoDB and FerretDB v1 implement are used: plain CRUD, ``findAndModify``,
``count`` through ``$match``/``$group``, single- and compound unique indexes. No transactions,
no ``$lookup``. The client is tz-aware, so datetimes come back as aware UTC (the embedded store
does the same).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC
from typing import Any

from pymongo import AsyncMongoClient, ReturnDocument
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import (
    BulkWriteError,
    ConnectionFailure,
    DuplicateKeyError,
    ExecutionTimeout,
    InvalidDocument,
    OperationFailure,
    WriteError,
)

from samarinda_common.adapters._mongo_query import validate_update
from samarinda_common.errors import DependencyUnavailable, DuplicateKey, InvalidInput
from samarinda_common.ports.documents import Document, Filter, SortSpec, UpdateResult

_DUPLICATE_KEY = 11000
_FERRETDB_UNIQUE_VIOLATION = "UNIQUE constraint failed"


def _only_duplicates(exc: BulkWriteError) -> bool:
    errors = exc.details.get("writeErrors", [])
    return bool(errors) and all(err.get("code") == _DUPLICATE_KEY for err in errors)


@contextmanager
def _translated_errors() -> Iterator[None]:
    try:
        yield
    except DuplicateKeyError as exc:
        raise DuplicateKey(f"unique index refused the write: {exc.details or exc}") from exc
    except BulkWriteError as exc:
        errors = exc.details.get("writeErrors", [])
        if _only_duplicates(exc):
            inserted = exc.details.get("nInserted", 0)
            raise DuplicateKey(
                f"unique index refused {len(errors)} document(s) ({inserted} inserted)",
                details={"inserted": str(inserted)},
            ) from exc
        raise InvalidInput(f"bulk write refused: {errors[:1]}") from exc
    except WriteError as exc:
        raise InvalidInput(f"write refused: {exc}") from exc
    except OperationFailure as exc:
        # FerretDB v1 reports a unique violation in an update as an InternalError from SQLite.
        if _FERRETDB_UNIQUE_VIOLATION in str(exc):
            raise DuplicateKey(f"unique index refused the write: {exc}") from exc
        raise
    except InvalidDocument as exc:
        raise InvalidInput(f"document cannot be stored: {exc}") from exc
    except (ConnectionFailure, ExecutionTimeout) as exc:
        raise DependencyUnavailable(f"MongoDB unavailable: {exc}") from exc


class MongoDocumentStore:
    """The DocumentStore on MongoDB (or FerretDB). Connects lazily, on the first operation."""

    def __init__(
        self,
        uri: str,
        database: str,
        *,
        server_selection_timeout_ms: int = 5000,
        connect_timeout_ms: int = 5000,
        socket_timeout_ms: int = 30000,
        app_name: str = "samarinda",
    ):
        self._uri = uri
        self._database_name = database
        self._options: dict[str, Any] = {
            "serverSelectionTimeoutMS": server_selection_timeout_ms,
            "connectTimeoutMS": connect_timeout_ms,
            "socketTimeoutMS": socket_timeout_ms,
            "appname": app_name,
        }
        self._client: AsyncMongoClient[Document] | None = None

    def _database(self) -> AsyncDatabase[Document]:
        if self._client is None:
            self._client = AsyncMongoClient(self._uri, tz_aware=True, tzinfo=UTC, **self._options)
        return self._client[self._database_name]

    def _collection(self, name: str) -> AsyncCollection[Document]:
        return self._database()[name]

    async def ensure_index(
        self, collection: str, keys: SortSpec, *, unique: bool = False, name: str | None = None
    ) -> None:
        options: dict[str, Any] = {"unique": unique}
        if name is not None:
            options["name"] = name
        with _translated_errors():
            await self._collection(collection).create_index(list(keys), **options)

    async def insert_one(self, collection: str, document: Document) -> Any:
        # A copy, so the caller's dict does not grow an ``_id`` (PyMongo adds one in place).
        with _translated_errors():
            result = await self._collection(collection).insert_one(dict(document))
        return result.inserted_id

    async def insert_many(
        self, collection: str, documents: Sequence[Document], *, ordered: bool = False
    ) -> int:
        if not documents:
            return 0
        with _translated_errors():
            result = await self._collection(collection).insert_many(
                [dict(d) for d in documents], ordered=ordered
            )
        return len(result.inserted_ids)

    async def insert_new(self, collection: str, documents: Sequence[Document]) -> list[Any]:
        if not documents:
            return []
        copies = [dict(d) for d in documents]  # PyMongo gives each copy its ``_id``
        skipped: set[int] = set()
        with _translated_errors():
            try:
                await self._collection(collection).insert_many(copies, ordered=False)
            except BulkWriteError as exc:
                if not _only_duplicates(exc):
                    raise
                skipped = {int(err["index"]) for err in exc.details["writeErrors"]}
        return [copy["_id"] for position, copy in enumerate(copies) if position not in skipped]

    async def find_one(self, collection: str, filter: Filter) -> Document | None:
        with _translated_errors():
            return await self._collection(collection).find_one(dict(filter))

    async def find(
        self,
        collection: str,
        filter: Filter,
        *,
        sort: SortSpec | None = None,
        skip: int = 0,
        limit: int = 0,
        projection: Sequence[str] | None = None,
    ) -> list[Document]:
        if skip < 0 or limit < 0:
            raise InvalidInput("skip and limit must not be negative")
        cursor = self._collection(collection).find(
            dict(filter),
            projection=list(projection) if projection is not None else None,
            sort=list(sort) if sort else None,
            skip=skip,
            limit=limit,
        )
        with _translated_errors():
            return await cursor.to_list()

    async def count(self, collection: str, filter: Filter) -> int:
        with _translated_errors():
            return await self._collection(collection).count_documents(dict(filter))

    async def update_one(
        self, collection: str, filter: Filter, update: Mapping[str, Any], *, upsert: bool = False
    ) -> UpdateResult:
        validate_update(update)
        with _translated_errors():
            result = await self._collection(collection).update_one(dict(filter), dict(update), upsert=upsert)
        return UpdateResult(
            matched=result.matched_count, modified=result.modified_count, upserted_id=result.upserted_id
        )

    async def update_many(self, collection: str, filter: Filter, update: Mapping[str, Any]) -> UpdateResult:
        validate_update(update)
        with _translated_errors():
            result = await self._collection(collection).update_many(dict(filter), dict(update))
        return UpdateResult(matched=result.matched_count, modified=result.modified_count)

    async def find_one_and_update(
        self,
        collection: str,
        filter: Filter,
        update: Mapping[str, Any],
        *,
        upsert: bool = False,
        return_new: bool = True,
    ) -> Document | None:
        validate_update(update)
        with _translated_errors():
            return await self._collection(collection).find_one_and_update(
                dict(filter),
                dict(update),
                upsert=upsert,
                return_document=ReturnDocument.AFTER if return_new else ReturnDocument.BEFORE,
            )

    async def replace_one(
        self, collection: str, filter: Filter, document: Document, *, upsert: bool = False
    ) -> UpdateResult:
        if any(key.startswith("$") for key in document):
            raise InvalidInput("a replacement document cannot contain update operators")
        with _translated_errors():
            result = await self._collection(collection).replace_one(
                dict(filter), dict(document), upsert=upsert
            )
        return UpdateResult(
            matched=result.matched_count, modified=result.modified_count, upserted_id=result.upserted_id
        )

    async def delete_many(self, collection: str, filter: Filter) -> int:
        with _translated_errors():
            result = await self._collection(collection).delete_many(dict(filter))
        return result.deleted_count

    async def ping(self) -> bool:
        try:
            with _translated_errors():
                await self._database().command("ping")
        except DependencyUnavailable:
            return False
        return True

    async def drop_database(self) -> None:
        """Drop the whole database (tests use a fresh database each)."""
        with _translated_errors():
            await self._database().client.drop_database(self._database_name)

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None
