"""Rules both vector indexes share: index names, document checks and filter semantics."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from samarinda_common.errors import InvalidInput
from samarinda_common.ports.vectors import VectorDoc

_INDEX_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")


def check_index_name(name: str) -> str:
    if not _INDEX_NAME.match(name):
        raise InvalidInput(f"invalid index name {name!r} (lowercase letters, digits, '-', '_')", field="name")
    return name


def check_docs(docs: Sequence[VectorDoc], dimension: int | None = None) -> None:
    """Refuse what OpenSearch's cosine space refuses (zero or non-finite vectors), up front."""
    for doc in docs:
        if not doc.id:
            raise InvalidInput("a vector document needs an id", field="id")
        if dimension is not None and len(doc.vector) != dimension:
            raise InvalidInput(
                f"document {doc.id}: vector has {len(doc.vector)} dimensions, the index {dimension}",
                field="vector",
            )
        if not all(math.isfinite(x) for x in doc.vector) or not any(doc.vector):
            raise InvalidInput(f"document {doc.id}: vector must be finite and non-zero", field="vector")


def check_k(k: int) -> int:
    if k < 1:
        raise InvalidInput("k must be at least 1", field="k")
    return k


def check_filters(filters: Mapping[str, Any] | None) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in (filters or {}).items():
        if not key or key.startswith("_") or value is None:
            raise InvalidInput(f"invalid filter {key!r}={value!r}", field="filters")
        clean[key] = list(value) if isinstance(value, list | tuple | set | frozenset) else value
    return clean


def metadata_matches(metadata: Mapping[str, Any], filters: Mapping[str, Any]) -> bool:
    """Exact match per key; a list filter means "any of"; a list value matches by any element."""
    for key, wanted in filters.items():
        value = metadata.get(key)
        present = value if isinstance(value, list) else [value]
        options = wanted if isinstance(wanted, list) else [wanted]
        if not any(_same(p, o) for p in present for o in options):
            return False
    return True


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return bool(a == b)
