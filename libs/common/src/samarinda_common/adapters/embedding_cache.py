"""Vectors embedded once: texts deduplicated, looked up by content, only the misses embedded.

Embedding is the slow part of anything that reads by meaning offline (the local e5 model takes
tens of milliseconds a text on a small CPU), while the texts repeat: a catalogue is re-read on
every replica and every review, an RKA names the same item in many sub-kegiatan, and a revised
RKA is mostly the lines of the last one. :class:`CachedEmbeddings` keys each vector by the
embedder's identity (provider, model, dimension), the kind (query/document) and the text itself,
so a vector is never stale: another model or another text is another key, and nothing needs to
be invalidated by hand.

Caches behind it (the :class:`VectorCache` protocol):

- :class:`MemoryVectorCache`: a bounded LRU in the process, in front of the others;
- :class:`StoreVectorCache`: a DocumentStore collection (MongoDB, or the embedded store), shared
  by the replicas; with ``tenant_field`` the vectors are an owner's own (an OPD's RKA lines);
- :class:`SqliteVectorCache`: a file on disk for the CLI and the benchmarks.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from samarinda_common.ports.ai import Embedder, EmbeddingBatch
from samarinda_common.ports.documents import DocumentStore

# The owner of vectors that belong to nobody in particular (a published catalogue, example texts).
SHARED = ""


def embedder_identity(embedder: Embedder) -> str:
    """What makes two vectors of one text comparable: the same provider, model and dimension."""
    return f"{embedder.provider}/{embedder.model}/{embedder.dimension}"


def vector_key(identity: str, kind: str, text: str) -> str:
    return hashlib.sha256(f"{identity}\x00{kind}\x00{text}".encode()).hexdigest()


class VectorCache(Protocol):
    async def get_many(self, owner: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors among ``keys`` (missing keys are absent from the result)."""
        ...

    async def put_many(self, owner: str, vectors: Mapping[str, np.ndarray]) -> None: ...


class MemoryVectorCache:
    """A bounded LRU of vectors in the process (the oldest used go first)."""

    def __init__(self, max_entries: int = 20_000) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    async def get_many(self, owner: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for key in keys:
            vector = self._entries.get((owner, key))
            if vector is not None:
                self._entries.move_to_end((owner, key))
                found[key] = vector
        return found

    async def put_many(self, owner: str, vectors: Mapping[str, np.ndarray]) -> None:
        for key, vector in vectors.items():
            self._entries[(owner, key)] = vector
            self._entries.move_to_end((owner, key))
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)


class StoreVectorCache:
    """Vectors in a DocumentStore collection, one document per (owner, text).

    Writes are idempotent (``insert_new`` on the document id), so replicas embedding the same
    text at once both succeed. With ``tenant_field`` each document names its owner there and the
    tenant-scoped store narrows reads to the caller's own; the id carries the owner too, so two
    OPDs' vectors of one text never collide."""

    def __init__(self, store: DocumentStore, collection: str, *, tenant_field: str | None = None) -> None:
        self._store = store
        self.collection = collection
        self._tenant_field = tenant_field

    def _id(self, owner: str, key: str) -> str:
        return f"{owner}:{key}" if self._tenant_field else key

    async def get_many(self, owner: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        if not keys:
            return {}
        ids = {self._id(owner, key): key for key in keys}
        rows = await self._store.find(self.collection, {"_id": {"$in": list(ids)}})
        return {ids[row["_id"]]: np.asarray(row["vector"], dtype=np.float32) for row in rows}

    async def put_many(self, owner: str, vectors: Mapping[str, np.ndarray]) -> None:
        if not vectors:
            return
        documents = []
        for key, vector in vectors.items():
            document = {"_id": self._id(owner, key), "vector": [float(x) for x in vector]}
            if self._tenant_field:
                document[self._tenant_field] = owner
            documents.append(document)
        await self._store.insert_new(self.collection, documents)


class SqliteVectorCache:
    """Vectors in a SQLite file (the CLI's and the benchmarks' cache across runs)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (owner TEXT, key TEXT, vector BLOB, PRIMARY KEY (owner, key))"
        )
        self._db.commit()

    async def get_many(self, owner: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):  # SQLite's bound on host parameters
            chunk = list(keys[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, vector FROM vectors WHERE owner = ? AND key IN ({marks})",
                [owner, *chunk],
            )
            found.update((key, np.frombuffer(blob, dtype=np.float32)) for key, blob in rows)
        return found

    async def put_many(self, owner: str, vectors: Mapping[str, np.ndarray]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO vectors (owner, key, vector) VALUES (?, ?, ?)",
            [(owner, key, np.asarray(v, dtype=np.float32).tobytes()) for key, v in vectors.items()],
        )
        self._db.commit()

    def close(self) -> None:
        self._db.close()


class CachedEmbeddings:
    """An embedder whose vectors are embedded once per (embedder, kind, text).

    Usable as the Embedder port itself (shared vectors; ``tokens`` counts only what was embedded
    now, so a cached text is not billed twice) and through :meth:`vectors` with an owner."""

    def __init__(self, embedder: Embedder, persistent: VectorCache | None = None) -> None:
        self.embedder = embedder
        self.provider = embedder.provider
        self.model = embedder.model
        self.dimension = embedder.dimension
        self._identity = embedder_identity(embedder)
        self._persistent = persistent
        self._memory = MemoryVectorCache()

    async def vectors(
        self, texts: Sequence[str], *, kind: str, owner: str = SHARED
    ) -> tuple[np.ndarray, int]:
        """One row per text (in order), and the tokens embedded to make the missing ones."""
        keys = [vector_key(self._identity, kind, text) for text in texts]
        unique = dict(zip(keys, texts, strict=True))  # identical texts are embedded once
        # No lock across calls: two reviews missing the same text at once both embed it (the
        # writes are idempotent) rather than one review waiting on another's embedder calls.
        found = await self._memory.get_many(owner, list(unique))
        if self._persistent is not None and len(found) < len(unique):
            stored = await self._persistent.get_many(owner, [k for k in unique if k not in found])
            await self._memory.put_many(owner, stored)
            found.update(stored)
        missing = [k for k in unique if k not in found]
        tokens = 0
        if missing:
            batch = await self.embedder.embed([unique[k] for k in missing], kind=kind)
            fresh = dict(zip(missing, np.asarray(batch.vectors, dtype=np.float32), strict=True))
            tokens = batch.tokens
            await self._memory.put_many(owner, fresh)
            if self._persistent is not None:
                await self._persistent.put_many(owner, fresh)
            found.update(fresh)
        if not keys:
            return np.zeros((0, self.dimension), dtype=np.float32), 0
        return np.vstack([found[k] for k in keys]), tokens

    async def embed(self, texts: Sequence[str], *, kind: str = "document") -> EmbeddingBatch:
        matrix, tokens = await self.vectors(texts, kind=kind)
        return EmbeddingBatch(vectors=matrix.tolist(), tokens=tokens)
