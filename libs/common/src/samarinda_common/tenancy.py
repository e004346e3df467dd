"""Tenant scope applied where data is read: a DocumentStore that only sees the caller's OPD.

Every collection is declared once, either as an OPD's own (with the field that names the OPD) or
as shared platform data. :class:`TenantScopedStore` wraps the real store and, on every call, reads
the caller from :func:`samarinda_common.auth.current_principal`:

- reads, counts, updates and deletes on an OPD's collection are narrowed to that OPD, so another
  OPD's record looks exactly like one that does not exist;
- writes must carry the caller's OPD in the tenant field (a handler writing for another OPD is a
  bug, refused loudly);
- admins and platform work (:meth:`Principal.platform`) see every OPD;
- a call with no caller bound, or on an undeclared collection, is refused: nothing is read for
  nobody, and a new collection cannot slip past by being forgotten. The one exception is the
  embedded mode's single local user (the CLI and demo on one machine), given as ``unbound_caller``.

Entry points bind the caller (the gRPC interceptor, the HTTP app, the event processor — one OPD per
event); handlers never pass the OPD to the store themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from samarinda_common.auth import Principal, bound_principal, current_principal
from samarinda_common.errors import PermanentError, PermissionDenied
from samarinda_common.ports.documents import Document, DocumentStore, Filter, SortSpec, UpdateResult
from samarinda_common.ports.vectors import Hit, VectorDoc, VectorIndex

_NO_MATCH = object()


class UndeclaredCollection(PermanentError):
    """A collection nobody declared as an OPD's own or as shared: a programming error."""

    reason = "UNDECLARED_COLLECTION"


@dataclass(frozen=True)
class Tenancy:
    """Which collections belong to one OPD (collection -> field naming the OPD) and which are shared."""

    owned: Mapping[str, str] = field(default_factory=dict)
    shared: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        both = set(self.owned) & self.shared
        if both:
            raise ValueError(f"collections declared both owned and shared: {sorted(both)}")

    def merged(self, other: Tenancy) -> Tenancy:
        return Tenancy(owned={**self.owned, **other.owned}, shared=self.shared | other.shared)

    def tenant_field(self, collection: str) -> str | None:
        """The OPD field of an owned collection; ``None`` for a shared one."""
        if collection in self.owned:
            return self.owned[collection]
        if collection in self.shared:
            return None
        raise UndeclaredCollection(
            f"collection {collection!r} is declared neither as an OPD's own nor as shared",
            details={"collection": collection},
        )


def tenancy(*, owned: Mapping[str, str] | None = None, shared: Iterable[str] = ()) -> Tenancy:
    return Tenancy(owned=dict(owned or {}), shared=frozenset(shared))


def _is_plain_id(filter_: Filter) -> bool:
    return "_id" in filter_ and not isinstance(filter_["_id"], Mapping)


def _narrow(filter_: Filter, tenant_field: str, opd: str) -> Filter | object:
    """``filter_`` AND ``tenant_field == opd``; ``_NO_MATCH`` when the filter asks for another OPD."""
    wanted = filter_.get(tenant_field, _NO_MATCH)
    if wanted is _NO_MATCH or wanted == opd:
        return {**filter_, tenant_field: opd}
    if isinstance(wanted, Mapping) and set(wanted) == {"$in"}:
        return {**filter_, tenant_field: opd} if opd in wanted["$in"] else _NO_MATCH
    if isinstance(wanted, Mapping) and set(wanted) == {"$ne"}:
        return {**filter_, tenant_field: opd} if wanted["$ne"] != opd else _NO_MATCH
    return _NO_MATCH


class _CallerScope:
    """Who the current call is for, on one declared collection or index."""

    def __init__(self, declared: Tenancy, unbound_caller: Principal | None) -> None:
        self._tenancy = declared
        self._unbound_caller = unbound_caller

    def _scope(self, name: str) -> tuple[str | None, Principal]:
        """(tenant field or None when the call is not narrowed, the caller)."""
        tenant_field = self._tenancy.tenant_field(name)
        caller = bound_principal() or self._unbound_caller or current_principal()
        if tenant_field is None or caller.is_admin:
            return None, caller
        if caller.opd is None:
            raise PermissionDenied("this caller is bound to no OPD")
        return tenant_field, caller


class TenantScopedStore(_CallerScope, DocumentStore):
    """A DocumentStore narrowed to the current caller's OPD (see the module docstring)."""

    def __init__(
        self, inner: DocumentStore, declared: Tenancy, *, unbound_caller: Principal | None = None
    ) -> None:
        super().__init__(declared, unbound_caller)
        self._inner = inner

    @property
    def inner(self) -> DocumentStore:
        return self._inner

    def _filter(self, collection: str, filter_: Filter) -> Filter | object:
        tenant_field, caller = self._scope(collection)
        if tenant_field is None:
            return filter_
        assert caller.opd is not None
        return _narrow(filter_, tenant_field, caller.opd)

    def _check_owned(self, collection: str, documents: Iterable[Mapping[str, Any]]) -> None:
        tenant_field, caller = self._scope(collection)
        if tenant_field is None:
            return
        for document in documents:
            if document.get(tenant_field) != caller.opd:
                raise PermissionDenied(
                    f"a caller acting for {caller.opd} may not write {collection} of another OPD",
                    details={"collection": collection},
                )

    def _check_update(self, collection: str, update: Mapping[str, Any]) -> None:
        tenant_field, _ = self._scope(collection)
        if tenant_field is None:
            return
        for operator in ("$set", "$setOnInsert", "$unset"):
            if tenant_field in (update.get(operator) or {}):
                self._check_owned(collection, [{tenant_field: update[operator][tenant_field]}])

    # -- the port ---------------------------------------------------------------------------
    async def ensure_index(
        self, collection: str, keys: SortSpec, *, unique: bool = False, name: str | None = None
    ) -> None:
        self._tenancy.tenant_field(collection)
        await self._inner.ensure_index(collection, keys, unique=unique, name=name)

    async def insert_one(self, collection: str, document: Document) -> Any:
        self._check_owned(collection, [document])
        return await self._inner.insert_one(collection, document)

    async def insert_many(
        self, collection: str, documents: Sequence[Document], *, ordered: bool = False
    ) -> int:
        self._check_owned(collection, documents)
        return await self._inner.insert_many(collection, documents, ordered=ordered)

    async def insert_new(self, collection: str, documents: Sequence[Document]) -> list[Any]:
        self._check_owned(collection, documents)
        return await self._inner.insert_new(collection, documents)

    async def find_one(self, collection: str, filter: Filter) -> Document | None:
        tenant_field, caller = self._scope(collection)
        if tenant_field is None:
            return await self._inner.find_one(collection, filter)
        assert caller.opd is not None
        if _is_plain_id(filter):
            # By id, the owner is checked on the one record found: the same answer, and the store
            # keeps its primary-key lookup (FerretDB plans "_id and opd" as a scan: ~5x slower).
            found = await self._inner.find_one(collection, filter)
            return found if found is not None and found.get(tenant_field) == caller.opd else None
        narrowed = _narrow(filter, tenant_field, caller.opd)
        if narrowed is _NO_MATCH:
            return None
        return await self._inner.find_one(collection, narrowed)

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
        narrowed = self._filter(collection, filter)
        if narrowed is _NO_MATCH:
            return []
        return await self._inner.find(
            collection,
            narrowed,
            sort=sort,
            skip=skip,
            limit=limit,
            projection=projection,
        )

    async def count(self, collection: str, filter: Filter) -> int:
        narrowed = self._filter(collection, filter)
        if narrowed is _NO_MATCH:
            return 0
        return await self._inner.count(collection, narrowed)

    async def update_one(
        self, collection: str, filter: Filter, update: Mapping[str, Any], *, upsert: bool = False
    ) -> UpdateResult:
        self._check_update(collection, update)
        narrowed = self._filter(collection, filter)
        if narrowed is _NO_MATCH:
            return UpdateResult(matched=0, modified=0)
        return await self._inner.update_one(collection, narrowed, update, upsert=upsert)

    async def update_many(self, collection: str, filter: Filter, update: Mapping[str, Any]) -> UpdateResult:
        self._check_update(collection, update)
        narrowed = self._filter(collection, filter)
        if narrowed is _NO_MATCH:
            return UpdateResult(matched=0, modified=0)
        return await self._inner.update_many(collection, narrowed, update)

    async def find_one_and_update(
        self,
        collection: str,
        filter: Filter,
        update: Mapping[str, Any],
        *,
        upsert: bool = False,
        return_new: bool = True,
    ) -> Document | None:
        self._check_update(collection, update)
        narrowed = self._filter(collection, filter)
        if narrowed is _NO_MATCH:
            return None
        return await self._inner.find_one_and_update(
            collection,
            narrowed,
            update,
            upsert=upsert,
            return_new=return_new,
        )

    async def replace_one(
        self, collection: str, filter: Filter, document: Document, *, upsert: bool = False
    ) -> UpdateResult:
        self._check_owned(collection, [document])
        narrowed = self._filter(collection, filter)
        if narrowed is _NO_MATCH:
            return UpdateResult(matched=0, modified=0)
        return await self._inner.replace_one(collection, narrowed, document, upsert=upsert)

    async def delete_many(self, collection: str, filter: Filter) -> int:
        narrowed = self._filter(collection, filter)
        if narrowed is _NO_MATCH:
            return 0
        return await self._inner.delete_many(collection, narrowed)

    async def ping(self) -> bool:
        return await self._inner.ping()


# Platform collections every service shares (defined in libs/common).
COMMON_TENANCY = tenancy(shared=("audit_log", "processed_events", "quota_state"))


def _narrow_vector_filters(
    filters: Mapping[str, Any] | None, tenant_field: str, opd: str
) -> dict[str, Any] | None:
    """Vector-index filters AND ``tenant_field == opd`` (a list value means "any of"); None: no match."""
    narrowed = dict(filters or {})
    wanted = narrowed.get(tenant_field)
    if wanted is None or wanted == opd or (isinstance(wanted, list | tuple) and opd in wanted):
        narrowed[tenant_field] = opd
        return narrowed
    return None


class TenantScopedVectorIndex(_CallerScope, VectorIndex):
    """A VectorIndex narrowed to the caller's OPD on the indexes declared as an OPD's own (by their
    logical names), with the same rules as :class:`TenantScopedStore`."""

    def __init__(
        self, inner: VectorIndex, declared: Tenancy, *, unbound_caller: Principal | None = None
    ) -> None:
        super().__init__(declared, unbound_caller)
        self._inner = inner

    @property
    def inner(self) -> VectorIndex:
        return self._inner

    def _filters(self, name: str, filters: Mapping[str, Any] | None) -> Mapping[str, Any] | object | None:
        tenant_field, caller = self._scope(name)
        if tenant_field is None:
            return filters
        assert caller.opd is not None
        narrowed = _narrow_vector_filters(filters, tenant_field, caller.opd)
        return _NO_MATCH if narrowed is None else narrowed

    async def ensure_index(
        self,
        name: str,
        dimension: int,
        *,
        metadata_mappings: Mapping[str, Mapping[str, Any]] | None = None,
        index_settings: Mapping[str, Any] | None = None,
    ) -> None:
        self._tenancy.tenant_field(name)
        await self._inner.ensure_index(
            name, dimension, metadata_mappings=metadata_mappings, index_settings=index_settings
        )

    async def upsert(self, name: str, docs: Sequence[VectorDoc], *, refresh: bool = False) -> int:
        tenant_field, caller = self._scope(name)
        if tenant_field is not None and any(d.metadata.get(tenant_field) != caller.opd for d in docs):
            raise PermissionDenied(f"a caller acting for {caller.opd} may not index another OPD's text")
        return await self._inner.upsert(name, docs, refresh=refresh)

    async def delete_where(self, name: str, filters: Mapping[str, Any], *, refresh: bool = False) -> int:
        narrowed = self._filters(name, filters)
        if narrowed is _NO_MATCH:
            return 0
        return await self._inner.delete_where(name, narrowed, refresh=refresh)

    async def search_text(
        self, name: str, query: str, *, filters: Mapping[str, Any] | None = None, k: int = 10
    ) -> list[Hit]:
        narrowed = self._filters(name, filters)
        if narrowed is _NO_MATCH:
            return []
        return await self._inner.search_text(name, query, filters=narrowed, k=k)

    async def search_vector(
        self, name: str, vector: Sequence[float], *, filters: Mapping[str, Any] | None = None, k: int = 10
    ) -> list[Hit]:
        narrowed = self._filters(name, filters)
        if narrowed is _NO_MATCH:
            return []
        return await self._inner.search_vector(name, vector, filters=narrowed, k=k)

    async def count(self, name: str, filters: Mapping[str, Any] | None = None) -> int:
        narrowed = self._filters(name, filters)
        if narrowed is _NO_MATCH:
            return 0
        return await self._inner.count(name, narrowed)

    async def ping(self) -> bool:
        return await self._inner.ping()
