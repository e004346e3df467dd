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
    """

    async def ensure_index(self, name: str, dimension: int) -> None: ...

    async def upsert(self, name: str, docs: Sequence[VectorDoc]) -> int: ...

    async def delete_where(self, name: str, filters: Mapping[str, Any]) -> int: ...

    async def search_text(self, name: str, query: str, *, filters: Mapping[str, Any] | None = None,
                          k: int = 10) -> list[Hit]: ...

    async def search_vector(self, name: str, vector: Sequence[float], *,
                            filters: Mapping[str, Any] | None = None, k: int = 10) -> list[Hit]: ...

    async def count(self, name: str, filters: Mapping[str, Any] | None = None) -> int: ...

    async def ping(self) -> bool: ...
