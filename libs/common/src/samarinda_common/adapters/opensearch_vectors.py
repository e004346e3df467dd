"""OpenSearchVectorIndex: the VectorIndex port on OpenSearch (k-NN plugin, Lucene engine).

A logical index ``name`` is the alias ``<prefix>-<name>`` over a versioned physical index
``<prefix>-<name>-v<N>``, so a mapping change is a new version filled from the old one and an
atomic alias swap (:meth:`OpenSearchVectorIndex.reindex_to_new_version`), with no downtime.

Deletes and reindexing are done client-side (scroll + bulk) rather than with
``_delete_by_query``/``_reindex``: those live in OpenSearch's ``reindex`` module, which minimal
distributions (like the local one) do not ship. Writes pass ``require_alias`` so a write to a
missing index fails instead of auto-creating an index with a guessed mapping.
"""

from __future__ import annotations

import copy
import re
import ssl
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any

from opensearchpy import AsyncOpenSearch
from opensearchpy.exceptions import ConnectionError as OpenSearchConnectionError
from opensearchpy.exceptions import NotFoundError, RequestError, TransportError
from opensearchpy.helpers import async_scan

from samarinda_common.adapters._vector_common import check_docs, check_filters, check_index_name, check_k
from samarinda_common.errors import DependencyUnavailable, InvalidInput, NotFound, PreconditionFailed
from samarinda_common.ports.vectors import Hit, VectorDoc

_BULK_DOCS = 500
_HIGHLIGHT_CHARS = 300
# Metadata keys the platform filters on, mapped up front (strings would become keywords anyway;
# fiscal_year must be numeric even when the first document indexed lacks it).
_BASE_METADATA = {
    "opd": {"type": "keyword"},
    "category": {"type": "keyword"},
    "fiscal_year": {"type": "integer"},
    "document_id": {"type": "keyword"},
    "satuan": {"type": "keyword"},
    "kind": {"type": "keyword"},
}
_VERSION = re.compile(r"-v(\d+)$")


@asynccontextmanager
async def _translated_errors(name: str = "") -> AsyncIterator[None]:
    try:
        yield
    except NotFoundError as exc:
        raise NotFound(f"vector index {name} does not exist", details={"index": name}) from exc
    except OpenSearchConnectionError as exc:
        raise DependencyUnavailable(f"OpenSearch unavailable: {exc}") from exc
    except RequestError as exc:
        raise InvalidInput(f"OpenSearch refused the request: {exc.error}") from exc
    except TransportError as exc:
        if isinstance(exc.status_code, int) and (exc.status_code == 429 or exc.status_code >= 500):
            raise DependencyUnavailable(f"OpenSearch error {exc.status_code}: {exc.error}") from exc
        raise


def _filter_clauses(filters: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [
        {"terms": {f"metadata.{key}": value}}
        if isinstance(value, list)
        else {"term": {f"metadata.{key}": value}}
        for key, value in filters.items()
    ]


def _batches(docs: Sequence[VectorDoc]) -> Iterator[Sequence[VectorDoc]]:
    for start in range(0, len(docs), _BULK_DOCS):
        yield docs[start : start + _BULK_DOCS]


def _hit(raw: Mapping[str, Any]) -> Hit:
    source = raw.get("_source") or {}
    return Hit(
        id=raw["_id"],
        score=float(raw["_score"]),
        text=source.get("text", ""),
        metadata=source.get("metadata", {}),
        highlights=tuple(raw.get("highlight", {}).get("text", ())),
    )


def _raise_item_errors(response: Mapping[str, Any], name: str) -> None:
    failed = [item for entry in response.get("items", ()) for item in entry.values() if item.get("error")]
    if not failed:
        return
    first = failed[0]
    error = first["error"] if isinstance(first["error"], dict) else {"type": str(first["error"])}
    reason = (
        f"{len(failed)} document(s) refused, first {first.get('_id')}: "
        f"{error.get('type')} {error.get('reason', '')}"
    )
    if error.get("type") == "index_not_found_exception":
        raise NotFound(f"vector index {name} does not exist", details={"index": name})
    if first.get("status", 0) == 429 or first.get("status", 0) >= 500:
        raise DependencyUnavailable(reason)
    raise InvalidInput(reason)


class OpenSearchVectorIndex:
    def __init__(
        self,
        url: str,
        *,
        prefix: str = "samarinda",
        username: str | None = None,
        password: str | None = None,
        text_analyzer: str = "indonesian",
        timeout_seconds: float = 10.0,
        cluster_change_timeout_seconds: float = 60.0,
        max_retries: int = 1,
        number_of_replicas: int | None = None,
        hnsw_m: int = 16,
        hnsw_ef_construction: int = 128,
        ssl_context: ssl.SSLContext | None = None,
    ):
        """``ssl_context``: the CAs an ``https`` URL is checked against (public + internal CA).
        ``cluster_change_timeout_seconds`` bounds the calls that change the cluster (create, remap,
        swap or drop an index): they wait for a cluster-state update and shard allocation, which on
        a busy node outlast a search's timeout, and failing them fails a service's first start."""
        check_index_name(prefix)
        self._ssl_context = ssl_context
        self._url = url
        self._auth = (username, password or "") if username else None
        self._prefix = prefix
        self._analyzer = text_analyzer
        self._timeout = timeout_seconds
        self._change_timeout = cluster_change_timeout_seconds
        self._max_retries = max_retries
        self._replicas = number_of_replicas
        self._hnsw = {"m": hnsw_m, "ef_construction": hnsw_ef_construction}
        self._client_instance: AsyncOpenSearch | None = None

    @property
    def _client(self) -> AsyncOpenSearch:
        if self._client_instance is None:
            self._client_instance = AsyncOpenSearch(
                hosts=[self._url],
                http_auth=self._auth,
                timeout=self._timeout,
                max_retries=self._max_retries,
                retry_on_timeout=False,
                ssl_context=self._ssl_context,
            )
        return self._client_instance

    def alias(self, name: str) -> str:
        """The alias callers and dashboards address: ``<prefix>-<name>``."""
        return f"{self._prefix}-{check_index_name(name)}"

    def index_body(
        self,
        dimension: int,
        *,
        metadata_mappings: Mapping[str, Mapping[str, Any]] | None = None,
        index_settings: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Settings and mappings of one physical index version."""
        index: dict[str, Any] = {"knn": True}
        if self._replicas is not None:
            index["number_of_replicas"] = self._replicas
        index.update(copy.deepcopy(dict(index_settings or {})))
        metadata = {**_BASE_METADATA, **{k: dict(v) for k, v in (metadata_mappings or {}).items()}}
        return {
            "settings": {"index": index},
            "mappings": {
                "dynamic_templates": [
                    {
                        "metadata_strings": {
                            "path_match": "metadata.*",
                            "match_mapping_type": "string",
                            "mapping": {"type": "keyword", "ignore_above": 1024},
                        },
                    }
                ],
                "properties": {
                    "vector": {
                        "type": "knn_vector",
                        "dimension": dimension,
                        "method": {
                            "name": "hnsw",
                            "engine": "lucene",
                            "space_type": "cosinesimil",
                            "parameters": self._hnsw,
                        },
                    },
                    "text": {"type": "text", "analyzer": self._analyzer},
                    "metadata": {"properties": metadata},
                },
            },
        }

    async def _versions(self, name: str) -> list[tuple[int, str]]:
        """(version, physical index) pairs behind the alias, newest last; empty if none."""
        alias = self.alias(name)
        async with _translated_errors(name):
            if not await self._client.indices.exists_alias(name=alias):
                return []
            found = await self._client.indices.get_alias(name=alias)
        versions = []
        for physical in found:
            match = _VERSION.search(physical)
            versions.append((int(match.group(1)) if match else 0, physical))
        return sorted(versions)

    async def _dimension(self, physical: str) -> int:
        async with _translated_errors(physical):
            mapping = await self._client.indices.get_mapping(index=physical)
        return int(mapping[physical]["mappings"]["properties"]["vector"]["dimension"])

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
        versions = await self._versions(name)
        if versions:
            existing = await self._dimension(versions[-1][1])
            if existing != dimension:
                raise PreconditionFailed(f"index {name} has dimension {existing}, not {dimension}")
            if metadata_mappings:
                await self._add_metadata_mappings(name, metadata_mappings)
            return
        body = self.index_body(dimension, metadata_mappings=metadata_mappings, index_settings=index_settings)
        body["aliases"] = {self.alias(name): {}}
        try:
            async with _translated_errors(name):
                await self._client.indices.create(
                    index=f"{self.alias(name)}-v1", body=body, request_timeout=self._change_timeout
                )
        except InvalidInput:
            # Another process created it between our check and our create: fine if it is there now.
            if not await self._versions(name):
                raise

    async def _add_metadata_mappings(self, name: str, mappings: Mapping[str, Mapping[str, Any]]) -> None:
        """New metadata fields can join a live index; changing an existing one needs a reindex."""
        body = {"properties": {"metadata": {"properties": {k: dict(v) for k, v in mappings.items()}}}}
        try:
            async with _translated_errors(name):
                await self._client.indices.put_mapping(
                    index=self.alias(name), body=body, request_timeout=self._change_timeout
                )
        except InvalidInput as exc:
            raise PreconditionFailed(
                f"index {name} cannot take these mappings in place ({exc.message}); "
                "use reindex_to_new_version"
            ) from exc

    async def upsert(self, name: str, docs: Sequence[VectorDoc], *, refresh: bool = False) -> int:
        check_docs(docs)
        alias = self.alias(name)
        params = {"require_alias": "true", "refresh": "true" if refresh else "false"}
        for batch in _batches(docs):
            actions: list[dict[str, Any]] = []
            for doc in batch:
                actions.append({"index": {"_index": alias, "_id": doc.id}})
                actions.append(
                    {
                        "text": doc.text,
                        "vector": [float(x) for x in doc.vector],
                        "metadata": dict(doc.metadata),
                    }
                )
            async with _translated_errors(name):
                response = await self._client.bulk(body=actions, params=params)
            if response.get("errors"):
                _raise_item_errors(response, name)
        return len(docs)

    async def delete_where(self, name: str, filters: Mapping[str, Any], *, refresh: bool = False) -> int:
        wanted = check_filters(filters)
        if not wanted:
            raise InvalidInput("delete_where needs at least one filter", field="filters")
        alias = self.alias(name)
        query = {"query": {"bool": {"filter": _filter_clauses(wanted)}}, "_source": False}
        async with _translated_errors(name):
            ids = [hit["_id"] async for hit in async_scan(self._client, query=query, index=alias, size=1000)]
        deleted = 0
        for start in range(0, len(ids), _BULK_DOCS):
            actions = [
                {"delete": {"_index": alias, "_id": doc_id}} for doc_id in ids[start : start + _BULK_DOCS]
            ]
            async with _translated_errors(name):
                response = await self._client.bulk(
                    body=actions, params={"require_alias": "true", "refresh": "true" if refresh else "false"}
                )
            deleted += sum(1 for entry in response["items"] if entry["delete"].get("result") == "deleted")
        return deleted

    async def search_text(
        self, name: str, query: str, *, filters: Mapping[str, Any] | None = None, k: int = 10
    ) -> list[Hit]:
        check_k(k)
        body = {
            "size": k,
            "query": {
                "bool": {
                    "must": [{"match": {"text": {"query": query}}}],
                    "filter": _filter_clauses(check_filters(filters)),
                }
            },
            "highlight": {"fields": {"text": {"number_of_fragments": 1, "fragment_size": _HIGHLIGHT_CHARS}}},
            "_source": {"excludes": ["vector"]},
        }
        async with _translated_errors(name):
            response = await self._client.search(index=self.alias(name), body=body)
        return [_hit(raw) for raw in response["hits"]["hits"]]

    async def search_vector(
        self, name: str, vector: Sequence[float], *, filters: Mapping[str, Any] | None = None, k: int = 10
    ) -> list[Hit]:
        check_k(k)
        check_docs([VectorDoc("query", "", vector)])
        knn: dict[str, Any] = {"vector": [float(x) for x in vector], "k": k}
        clauses = _filter_clauses(check_filters(filters))
        if clauses:
            # Inside the knn clause, the Lucene engine filters while searching the graph, so k
            # matching neighbours come back even when the filter is selective.
            knn["filter"] = {"bool": {"filter": clauses}}
        body = {"size": k, "query": {"knn": {"vector": knn}}, "_source": {"excludes": ["vector"]}}
        async with _translated_errors(name):
            response = await self._client.search(index=self.alias(name), body=body)
        return [_hit(raw) for raw in response["hits"]["hits"]]

    async def count(self, name: str, filters: Mapping[str, Any] | None = None) -> int:
        body = {"query": {"bool": {"filter": _filter_clauses(check_filters(filters))}}}
        async with _translated_errors(name):
            response = await self._client.count(index=self.alias(name), body=body)
        return int(response["count"])

    async def ping(self) -> bool:
        try:
            async with _translated_errors():
                return bool(await self._client.ping())
        except DependencyUnavailable:
            return False

    async def reindex_to_new_version(
        self,
        name: str,
        *,
        metadata_mappings: Mapping[str, Mapping[str, Any]] | None = None,
        index_settings: Mapping[str, Any] | None = None,
    ) -> str:
        """Copy the index into version N+1 with the current mapping, swap the alias atomically and
        drop the old version. Returns the new physical index. The dimension stays the same
        (new embeddings mean re-embedding, which is the embedding service's job)."""
        versions = await self._versions(name)
        if not versions:
            raise NotFound(f"vector index {name} does not exist", details={"index": name})
        version, old = versions[-1]
        alias = self.alias(name)
        new = f"{alias}-v{version + 1}"
        body = self.index_body(
            await self._dimension(old), metadata_mappings=metadata_mappings, index_settings=index_settings
        )
        async with _translated_errors(name):
            await self._client.indices.create(index=new, body=body, request_timeout=self._change_timeout)
            async for batch in self._scan_batches(old):
                response = await self._client.bulk(body=batch, index=new, params={"refresh": "false"})
                if response.get("errors"):
                    _raise_item_errors(response, name)
            await self._client.indices.refresh(index=new)
            await self._client.indices.update_aliases(
                body={
                    "actions": [
                        {"remove": {"index": old, "alias": alias}},
                        {"add": {"index": new, "alias": alias}},
                    ]
                },
                request_timeout=self._change_timeout,
            )
            await self._client.indices.delete(index=old, request_timeout=self._change_timeout)
        return new

    async def _scan_batches(self, physical: str) -> AsyncIterator[list[dict[str, Any]]]:
        """Bulk ``index`` actions (without a target index) for every document of ``physical``."""
        batch: list[dict[str, Any]] = []
        async for hit in async_scan(
            self._client, query={"query": {"match_all": {}}}, index=physical, size=500
        ):
            batch.append({"index": {"_id": hit["_id"]}})
            batch.append(hit["_source"])
            if len(batch) >= 2 * _BULK_DOCS:
                yield batch
                batch = []
        if batch:
            yield batch

    async def close(self) -> None:
        if self._client_instance is not None:
            await self._client_instance.close()
            self._client_instance = None
