"""InProcessVectorIndex: the VectorIndex port in memory, optionally persisted to a folder.

Exact (brute-force) cosine k-NN with numpy and BM25 over Indonesian-analysed text: right for the
demo's thousands of chunks, and exact, so it is also the reference the OpenSearch index is
checked against. With a ``directory`` each index is saved as one ``<name>.npz`` (vectors plus a
JSON header), replaced atomically after every change, so the CLI keeps its index between runs.
"""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from samarinda_common import indonesian_text as text_analysis
from samarinda_common.adapters._bm25 import Bm25Index
from samarinda_common.adapters._vector_common import (
    check_docs,
    check_filters,
    check_index_name,
    check_k,
    metadata_matches,
)
from samarinda_common.errors import InvalidInput, NotFound, PreconditionFailed
from samarinda_common.ports.vectors import Hit, VectorDoc

Matrix = npt.NDArray[np.float32]


@dataclass
class _Record:
    text: str
    metadata: dict[str, Any]
    vector: Matrix  # unit length


@dataclass
class _Index:
    dimension: int
    records: dict[str, _Record] = field(default_factory=dict)
    bm25: Bm25Index = field(default_factory=Bm25Index)
    _matrix: tuple[list[str], Matrix] | None = None

    def put(self, doc_id: str, record: _Record) -> None:
        self.records[doc_id] = record
        self.bm25.add(doc_id, text_analysis.tokenize(record.text))
        self._matrix = None

    def drop(self, doc_id: str) -> None:
        del self.records[doc_id]
        self.bm25.remove(doc_id)
        self._matrix = None

    def matrix(self) -> tuple[list[str], Matrix]:
        if self._matrix is None:
            ids = list(self.records)
            vectors = (
                np.stack([self.records[i].vector for i in ids])
                if ids
                else np.empty((0, self.dimension), dtype=np.float32)
            )
            self._matrix = (ids, vectors)
        return self._matrix


def _unit(vector: Sequence[float]) -> Matrix:
    array = np.asarray(vector, dtype=np.float32)
    return array / np.linalg.norm(array)


def _write_atomically(path: Path, header: dict[str, Any], vectors: Matrix) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".npz")
    try:
        with os.fdopen(fd, "wb") as out:
            np.savez(out, vectors=vectors, header=np.array(json.dumps(header)))
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


class InProcessVectorIndex:
    """The in-process VectorIndex; ``directory=None`` keeps everything in memory (tests)."""

    def __init__(self, directory: Path | None = None) -> None:
        self._directory = Path(directory) if directory is not None else None
        self._indexes: dict[str, _Index] = {}
        # Saves run in a thread; the lock keeps an older snapshot from overwriting a newer one.
        self._save_lock = asyncio.Lock()

    def _file(self, name: str) -> Path | None:
        return self._directory / f"{name}.npz" if self._directory is not None else None

    def _load(self, name: str) -> _Index | None:
        path = self._file(name)
        if path is None or not path.is_file():
            return None
        with np.load(path, allow_pickle=False) as saved:
            header = json.loads(str(saved["header"]))
            vectors = saved["vectors"]
        index = _Index(int(header["dimension"]))
        for position, (doc_id, text, metadata) in enumerate(
            zip(header["ids"], header["texts"], header["metadata"], strict=True)
        ):
            index.put(doc_id, _Record(text, metadata, vectors[position]))
        return index

    def _index(self, name: str) -> _Index:
        check_index_name(name)
        index = self._indexes.get(name)
        if index is None:
            index = self._load(name)
            if index is None:
                raise NotFound(f"vector index {name} does not exist", details={"index": name})
            self._indexes[name] = index
        return index

    async def _save(self, name: str) -> None:
        path = self._file(name)
        if path is None:
            return
        async with self._save_lock:
            index = self._indexes[name]
            ids, vectors = index.matrix()
            header = {
                "dimension": index.dimension,
                "ids": ids,
                "texts": [index.records[i].text for i in ids],
                "metadata": [index.records[i].metadata for i in ids],
            }
            await asyncio.to_thread(_write_atomically, path, header, vectors)

    async def ensure_index(
        self,
        name: str,
        dimension: int,
        *,
        metadata_mappings: Mapping[str, Mapping[str, Any]] | None = None,
        index_settings: Mapping[str, Any] | None = None,
    ) -> None:
        if dimension < 1:
            raise InvalidInput("dimension must be positive", field="dimension")
        try:
            existing = self._index(name)
        except NotFound:
            self._indexes[name] = _Index(dimension)
            await self._save(name)
            return
        if existing.dimension != dimension:
            raise PreconditionFailed(f"index {name} has dimension {existing.dimension}, not {dimension}")

    async def upsert(self, name: str, docs: Sequence[VectorDoc], *, refresh: bool = False) -> int:
        index = self._index(name)
        check_docs(docs, index.dimension)
        for doc in docs:
            metadata = json.loads(json.dumps(dict(doc.metadata)))  # a detached, JSON-safe copy
            index.put(doc.id, _Record(doc.text, metadata, _unit(doc.vector)))
        await self._save(name)
        return len(docs)

    async def delete_where(self, name: str, filters: Mapping[str, Any], *, refresh: bool = False) -> int:
        wanted = check_filters(filters)
        if not wanted:
            raise InvalidInput("delete_where needs at least one filter", field="filters")
        index = self._index(name)
        doomed = [
            doc_id for doc_id, record in index.records.items() if metadata_matches(record.metadata, wanted)
        ]
        for doc_id in doomed:
            index.drop(doc_id)
        if doomed:
            await self._save(name)
        return len(doomed)

    def _hit(self, index: _Index, doc_id: str, score: float, highlights: Sequence[str] = ()) -> Hit:
        record = index.records[doc_id]
        return Hit(doc_id, score, record.text, dict(record.metadata), tuple(highlights))

    async def search_text(
        self, name: str, query: str, *, filters: Mapping[str, Any] | None = None, k: int = 10
    ) -> list[Hit]:
        check_k(k)
        index = self._index(name)
        wanted = check_filters(filters)
        terms = text_analysis.tokenize(query)
        scored = [
            (score, doc_id)
            for doc_id, score in index.bm25.scores(terms).items()
            if metadata_matches(index.records[doc_id].metadata, wanted)
        ]
        scored.sort(key=lambda pair: (-pair[0], pair[1]))  # equal scores by id: the same order every run
        hits = []
        for score, doc_id in scored[:k]:
            snippet = text_analysis.highlight(index.records[doc_id].text, terms)
            hits.append(self._hit(index, doc_id, score, [snippet] if snippet else []))
        return hits

    async def search_vector(
        self, name: str, vector: Sequence[float], *, filters: Mapping[str, Any] | None = None, k: int = 10
    ) -> list[Hit]:
        check_k(k)
        index = self._index(name)
        wanted = check_filters(filters)
        check_docs([VectorDoc("query", "", vector)], index.dimension)
        ids, matrix = index.matrix()
        if not ids:
            return []
        similarity = matrix @ _unit(vector)
        best: list[int] = []
        # Walk from the most similar down and stop at k matches: a filter costs only what it skips.
        for position in np.argsort(-similarity, kind="stable"):
            if not wanted or metadata_matches(index.records[ids[position]].metadata, wanted):
                best.append(int(position))
                if len(best) == k:
                    break
        return [self._hit(index, ids[i], float((1 + similarity[i]) / 2)) for i in best]

    async def count(self, name: str, filters: Mapping[str, Any] | None = None) -> int:
        index = self._index(name)
        wanted = check_filters(filters)
        return sum(1 for record in index.records.values() if metadata_matches(record.metadata, wanted))

    async def ping(self) -> bool:
        return True
