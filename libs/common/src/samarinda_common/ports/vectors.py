from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable


@dataclass(frozen=True)
class VectorDoc:
    id: str
    text: str
    vector: Sequence[float]
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Hit:
    id: str
    score: float
    text: str
    metadata: Mapping[str, Any]
    highlights: Sequence[str] = ()


@runtime_checkable
class VectorIndex(Protocol):
    """A text + vector index. ``name`` is a logical name (an alias in OpenSearch).

    Filters are exact matches on metadata keys (a list value means "any of"); metadata keys used
    for filtering: ``opd``, ``category``, ``fiscal_year``, ``document_id``, ``satuan``, ``kind``.
    String metadata is indexed as exact keywords unless ``metadata_mappings`` says otherwise.

    Scores: ``search_vector`` returns ``(1 + cosine) / 2`` (0..1, OpenSearch's cosinesimil score);
    ``search_text`` returns BM25 scores (unbounded, only comparable within one result list).
    Highlights are the best matching snippets with matched words wrapped in ``<em>``.
    Operations on an index that does not exist raise ``NotFound``; ``ensure_index`` with another
    dimension than the existing index raises ``PreconditionFailed``.
    """

    async def ensure_index(
        self,
        name: str,
        dimension: int,
        *,
        metadata_mappings: Mapping[str, Mapping[str, Any]] | None = None,
        index_settings: Mapping[str, Any] | None = None,
    ) -> None:
        """Create the index if missing. ``metadata_mappings`` adds OpenSearch field mappings under
        ``metadata.*`` (e.g. ``{"harga_satuan": {"type": "long"}}``); ``index_settings`` adds index
        settings. The in-process index is schemaless and ignores both."""
        ...

    async def upsert(self, name: str, docs: Sequence[VectorDoc], *, refresh: bool = False) -> int:
        """Insert or replace documents by id. ``refresh=True`` makes them searchable before
        returning (tests, interactive use); otherwise they are within about a second."""
        ...

    async def delete_where(self, name: str, filters: Mapping[str, Any], *, refresh: bool = False) -> int:
        """Delete the documents matching ``filters`` (which must not be empty)."""
        ...

    async def search_text(
        self, name: str, query: str, *, filters: Mapping[str, Any] | None = None, k: int = 10
    ) -> list[Hit]: ...

    async def search_vector(
        self, name: str, vector: Sequence[float], *, filters: Mapping[str, Any] | None = None, k: int = 10
    ) -> list[Hit]: ...

    async def count(self, name: str, filters: Mapping[str, Any] | None = None) -> int: ...

    async def ping(self) -> bool: ...
