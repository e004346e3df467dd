"""EmbeddedDocumentStore: the DocumentStore port in-process, persisted to SQLite.

Documents live in memory as decoded BSON and are written through to one SQLite file (or kept
in memory only with ``":memory:"``). Encoding through BSON gives the same types MongoDB hands
back: datetimes truncated to milliseconds and returned as aware UTC, tuples as lists, ObjectId
``_id`` when none is given, and the same refusal of unencodable values.

Every public method runs to completion without awaiting, so each one (``find_one_and_update``
included) is atomic on the event loop without a lock. One process owns a file: a second process
opening the same file would not see the first one's later writes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import Any

import bson
from bson.codec_options import CodecOptions
from bson.errors import BSONError

from samarinda_common.adapters import _mongo_query as q
from samarinda_common.errors import DuplicateKey, InvalidInput
from samarinda_common.ports.documents import Document, Filter, SortSpec, UpdateResult

_CODEC: CodecOptions[Document] = CodecOptions(tz_aware=True, tzinfo=UTC)

_NO_ID = object()

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    collection TEXT NOT NULL,
    id BLOB NOT NULL,
    body BLOB NOT NULL,
    PRIMARY KEY (collection, id)
);
CREATE TABLE IF NOT EXISTS indexes (
    collection TEXT NOT NULL,
    name TEXT NOT NULL,
    keys TEXT NOT NULL,
    is_unique INTEGER NOT NULL,
    PRIMARY KEY (collection, name)
);
"""


def _encode(document: Mapping[str, Any]) -> bytes:
    try:
        return bson.encode(document)
    except (BSONError, TypeError, OverflowError) as exc:
        raise InvalidInput(f"document cannot be stored: {exc}") from exc


def _decode(raw: bytes) -> Document:
    return bson.decode(raw, codec_options=_CODEC)


def _id_key(value: Any) -> bytes:
    return _encode({"_id": _canonical(value)})


def _canonical(value: Any) -> Any:
    # Unique indexes compare 1 and 1.0 as equal, like MongoDB.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    return value


def _index_entry(document: Mapping[str, Any], keys: Sequence[str]) -> bytes:
    return _encode({"k": [_canonical(v) for v in q.index_key(document, keys)]})


@dataclass
class _Index:
    keys: list[tuple[str, int]]
    unique: bool
    entries: dict[bytes, bytes] = field(default_factory=dict)  # index entry -> _id key

    @property
    def paths(self) -> list[str]:
        return [path for path, _ in self.keys]


@dataclass
class _Collection:
    docs: dict[bytes, Document] = field(default_factory=dict)  # _id key -> document, insertion order
    indexes: dict[str, _Index] = field(default_factory=dict)


class EmbeddedDocumentStore:
    """The embedded DocumentStore. ``path`` is a SQLite file, or ``":memory:"`` for tests."""

    def __init__(self, path: Path | str = ":memory:") -> None:
        self._path = str(path)
        self._db: sqlite3.Connection | None = None
        self._collections: dict[str, _Collection] = {}

    # ------------------------------------------------------------------ storage

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            if self._path != ":memory:":
                Path(self._path).parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self._path, isolation_level=None)
            # WAL + NORMAL: a commit costs no fsync, and a crash loses at most the last writes.
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            self._db = db
        return self._db

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        db = self._connection()
        db.execute("BEGIN")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def _collection(self, name: str) -> _Collection:
        if not name or "$" in name or "\0" in name:
            raise InvalidInput(f"invalid collection name {name!r}", field="collection")
        loaded = self._collections.get(name)
        if loaded is not None:
            return loaded
        db = self._connection()
        collection = _Collection()
        for id_key, body in db.execute(
            "SELECT id, body FROM documents WHERE collection = ? ORDER BY rowid", (name,)
        ):
            collection.docs[id_key] = _decode(body)
        for index_name, keys, unique in db.execute(
            "SELECT name, keys, is_unique FROM indexes WHERE collection = ?", (name,)
        ):
            index = _Index([(path, direction) for path, direction in json.loads(keys)], bool(unique))
            self._fill(collection, index, index_name)
            collection.indexes[index_name] = index
        self._collections[name] = collection
        return collection

    @staticmethod
    def _fill(collection: _Collection, index: _Index, name: str) -> None:
        if not index.unique:
            return
        for id_key, doc in collection.docs.items():
            entry = _index_entry(doc, index.paths)
            if entry in index.entries:
                raise DuplicateKey(
                    f"unique index {name} refused existing duplicates", details={"index": name}
                )
            index.entries[entry] = id_key

    def _check_unique(
        self, collection: _Collection, id_key: bytes, document: Document, *, replacing: bool
    ) -> None:
        if not replacing and id_key in collection.docs:
            raise DuplicateKey("duplicate _id", details={"index": "_id_"})
        for name, index in collection.indexes.items():
            if index.unique:
                owner = index.entries.get(_index_entry(document, index.paths))
                if owner is not None and owner != id_key:
                    raise DuplicateKey(f"unique index {name} refused the write", details={"index": name})

    def _write(self, name: str, document: Document, *, replacing: bool) -> Document:
        """Validate, index and persist one document; returns the stored (BSON-normalised) copy."""
        collection = self._collection(name)
        stored = _decode(_encode(document))
        id_key = _id_key(stored["_id"])
        self._check_unique(collection, id_key, stored, replacing=replacing)
        previous = collection.docs.get(id_key)
        with self._transaction() as db:
            db.execute(
                "INSERT INTO documents (collection, id, body) VALUES (?, ?, ?) "
                "ON CONFLICT (collection, id) DO UPDATE SET body = excluded.body",
                (name, id_key, _encode(stored)),
            )
        for index in collection.indexes.values():
            if index.unique:
                if previous is not None:
                    index.entries.pop(_index_entry(previous, index.paths), None)
                index.entries[_index_entry(stored, index.paths)] = id_key
        collection.docs[id_key] = stored
        return stored

    def _remove(self, name: str, id_keys: Sequence[bytes]) -> None:
        collection = self._collection(name)
        with self._transaction() as db:
            db.executemany(
                "DELETE FROM documents WHERE collection = ? AND id = ?",
                [(name, id_key) for id_key in id_keys],
            )
        for id_key in id_keys:
            doc = collection.docs.pop(id_key)
            for index in collection.indexes.values():
                if index.unique:
                    index.entries.pop(_index_entry(doc, index.paths), None)

    def _matching(self, name: str, filter: Filter) -> list[Document]:
        predicate = q.compile_filter(filter)
        docs = self._collection(name).docs
        wanted_id = filter.get("_id", _NO_ID)
        if wanted_id is not _NO_ID and not isinstance(wanted_id, dict | list):
            # Equality on _id: one lookup instead of a scan.
            doc = docs.get(_id_key(wanted_id))
            return [doc] if doc is not None and predicate(doc) else []
        return [doc for doc in docs.values() if predicate(doc)]

    @staticmethod
    def _copy(document: Document) -> Document:
        return _decode(_encode(document))

    # ------------------------------------------------------------------ the port

    async def ensure_index(
        self, collection: str, keys: SortSpec, *, unique: bool = False, name: str | None = None
    ) -> None:
        spec = [(path, int(direction)) for path, direction in keys]
        if not spec:
            raise InvalidInput("an index needs at least one key", field="keys")
        index_name = name or "_".join(f"{path}_{direction}" for path, direction in spec)
        target = self._collection(collection)
        if index_name in target.indexes:
            return
        index = _Index(spec, unique)
        self._fill(target, index, index_name)
        with self._transaction() as db:
            db.execute(
                "INSERT INTO indexes (collection, name, keys, is_unique) VALUES (?, ?, ?, ?)",
                (collection, index_name, json.dumps(spec), int(unique)),
            )
        target.indexes[index_name] = index

    async def insert_one(self, collection: str, document: Document) -> Any:
        doc = dict(document)
        doc.setdefault("_id", bson.ObjectId())
        return self._write(collection, doc, replacing=False)["_id"]

    async def insert_many(
        self, collection: str, documents: Sequence[Document], *, ordered: bool = False
    ) -> int:
        inserted = 0
        first_error: DuplicateKey | None = None
        for document in documents:
            try:
                await self.insert_one(collection, document)
                inserted += 1
            except DuplicateKey as exc:
                first_error = first_error or exc
                if ordered:
                    break
        if first_error is not None:
            raise DuplicateKey(
                f"{first_error.message} ({inserted} inserted)",
                details={**first_error.details, "inserted": str(inserted)},
            )
        return inserted

    async def insert_new(self, collection: str, documents: Sequence[Document]) -> list[Any]:
        inserted = []
        for document in documents:
            try:
                inserted.append(await self.insert_one(collection, document))
            except DuplicateKey:
                continue
        return inserted

    async def find_one(self, collection: str, filter: Filter) -> Document | None:
        found = await self.find(collection, filter, limit=1)
        return found[0] if found else None

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
        docs = self._matching(collection, filter)
        if sort:
            docs = q.sort_documents(docs, sort)
        docs = docs[skip : skip + limit] if limit else docs[skip:]
        if projection is not None:
            docs = [q.project(doc, projection) for doc in docs]
        return [self._copy(doc) for doc in docs]

    async def count(self, collection: str, filter: Filter) -> int:
        return len(self._matching(collection, filter))

    def _update(
        self, collection: str, filter: Filter, update: Mapping[str, Any], *, upsert: bool
    ) -> tuple[Document | None, Document | None, UpdateResult]:
        """(before, after, result) of updating the first match, or upserting."""
        q.validate_update(update)
        matched = self._matching(collection, filter)
        if matched:
            before = matched[0]
            after = q.apply_update(before, update, inserting=False)
            if _encode(after) == _encode(before):
                return before, before, UpdateResult(matched=1, modified=0)
            stored = self._write(collection, after, replacing=True)
            return before, stored, UpdateResult(matched=1, modified=1)
        if not upsert:
            return None, None, UpdateResult(matched=0, modified=0)
        new = q.apply_update(q.upsert_seed(filter), update, inserting=True)
        new.setdefault("_id", bson.ObjectId())
        stored = self._write(collection, new, replacing=False)
        return None, stored, UpdateResult(matched=0, modified=0, upserted_id=stored["_id"])

    async def update_one(
        self, collection: str, filter: Filter, update: Mapping[str, Any], *, upsert: bool = False
    ) -> UpdateResult:
        return self._update(collection, filter, update, upsert=upsert)[2]

    async def update_many(self, collection: str, filter: Filter, update: Mapping[str, Any]) -> UpdateResult:
        q.validate_update(update)
        matched = self._matching(collection, filter)
        modified = 0
        for before in matched:
            after = q.apply_update(before, update, inserting=False)
            if _encode(after) != _encode(before):
                self._write(collection, after, replacing=True)
                modified += 1
        return UpdateResult(matched=len(matched), modified=modified)

    async def find_one_and_update(
        self,
        collection: str,
        filter: Filter,
        update: Mapping[str, Any],
        *,
        upsert: bool = False,
        return_new: bool = True,
    ) -> Document | None:
        before, after, _ = self._update(collection, filter, update, upsert=upsert)
        chosen = after if return_new else before
        return None if chosen is None else self._copy(chosen)

    async def replace_one(
        self, collection: str, filter: Filter, document: Document, *, upsert: bool = False
    ) -> UpdateResult:
        if any(key.startswith("$") for key in document):
            raise InvalidInput("a replacement document cannot contain update operators")
        matched = self._matching(collection, filter)
        if matched:
            current = matched[0]
            if "_id" in document and not q.values_equal(document["_id"], current["_id"]):
                raise InvalidInput("replace_one cannot change _id", field="_id")
            replacement = {"_id": current["_id"], **{k: v for k, v in document.items() if k != "_id"}}
            if _encode(replacement) == _encode(current):
                return UpdateResult(matched=1, modified=0)
            self._write(collection, replacement, replacing=True)
            return UpdateResult(matched=1, modified=1)
        if not upsert:
            return UpdateResult(matched=0, modified=0)
        new = dict(document)
        if "_id" not in new:
            new["_id"] = q.id_from_filter(filter)
            if new["_id"] is None:
                new["_id"] = bson.ObjectId()
        stored = self._write(collection, new, replacing=False)
        return UpdateResult(matched=0, modified=0, upserted_id=stored["_id"])

    async def delete_many(self, collection: str, filter: Filter) -> int:
        doomed = [_id_key(doc["_id"]) for doc in self._matching(collection, filter)]
        if doomed:
            self._remove(collection, doomed)
        return len(doomed)

    async def ping(self) -> bool:
        self._connection()
        return True

    async def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        self._collections.clear()
