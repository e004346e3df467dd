"""Hybrid search over chunks and price references, with citations and OPD scoping."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from samarinda_common.auth import Principal
from samarinda_common.errors import InvalidInput
from samarinda_common.ports import Embedder, Hit, VectorIndex
from samarinda_common.price_catalogue import PriceReference
from samarinda_common.retrieval import hybrid_search

from samarinda_embedding.service_layer.indexing import IndexNames

MAX_K = 100


class SearchMode(StrEnum):
    HYBRID = "hybrid"
    BM25 = "bm25"
    KNN = "knn"


@dataclass(frozen=True)
class SearchFilters:
    opd: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    fiscal_year: tuple[int, ...] = ()
    document_id: tuple[str, ...] = ()

    def as_index_filters(self) -> dict[str, Any]:
        chosen: dict[str, Any] = {}
        for name in ("opd", "category", "fiscal_year", "document_id"):
            values = getattr(self, name)
            if values:
                chosen[name] = list(values)
        return chosen


@dataclass(frozen=True)
class Citation:
    document_id: str
    filename: str
    page: int | None = None
    sheet: str | None = None
    table: int | None = None
    first_row: int | None = None
    last_row: int | None = None


@dataclass(frozen=True)
class SearchHit:
    id: str
    score: float
    text: str
    citation: Citation
    opd: str | None = None
    category: str | None = None
    fiscal_year: int | None = None
    heading: str | None = None
    highlights: tuple[str, ...] = ()


@dataclass(frozen=True)
class PriceReferenceHit:
    score: float
    reference: PriceReference
    document_id: str | None = None
    filename: str | None = None


def scope_filters(principal: Principal, filters: SearchFilters) -> SearchFilters:
    """A non-admin sees only its own OPD's documents, and asking for another OPD's is refused."""
    return SearchFilters(
        opd=principal.opds_to_read(filters.opd, "search documents"),
        category=filters.category,
        fiscal_year=filters.fiscal_year,
        document_id=filters.document_id,
    )


def _validate(query: str, k: int) -> None:
    if not query.strip():
        raise InvalidInput("query must not be empty", field="query")
    if not 1 <= k <= MAX_K:
        raise InvalidInput(f"k must be between 1 and {MAX_K}", field="k")


@dataclass
class Searcher:
    vector_index: VectorIndex
    embedder: Embedder
    names: IndexNames = field(default_factory=IndexNames)
    # How deep each retriever's list goes into the fusion. Deeper lists let a document that only
    # one retriever ranks low climb in, but on the evaluation set they mostly let noise from the
    # weaker list in: depth = k measured best (see bench/retrieval_eval.py and the README).
    min_candidates: int = 10
    # An HNSW search explores as many graph candidates as the k it is asked for; k=10 loses true
    # neighbours (OpenSearch k-NN recall@10 on the evaluation set: 0.81 at 10, 0.87 at 20, 0.93 =
    # exact search at 40), so the vector search asks for this many and keeps the best.
    knn_candidates: int = 40

    async def _nearest(
        self, index: str, vector: Sequence[float], filters: Mapping[str, Any], k: int
    ) -> list[Hit]:
        hits = await self.vector_index.search_vector(
            index, vector, filters=filters, k=max(k, self.knn_candidates)
        )
        return hits[:k]

    async def _ranked(
        self, index: str, query: str, filters: Mapping[str, Any], k: int, mode: SearchMode
    ) -> list[tuple[Hit, float, tuple[str, ...]]]:
        """(hit, score, highlights) best first, from one retriever or the fusion of both."""
        if mode is SearchMode.BM25:
            lexical = await self.vector_index.search_text(index, query, filters=filters, k=k)
            return [(h, h.score, tuple(h.highlights)) for h in lexical]
        if mode is SearchMode.KNN:
            vector = (await self.embedder.embed([query], kind="query")).vectors[0]
            semantic = await self._nearest(index, vector, filters, k)
            return [(h, h.score, ()) for h in semantic]
        fused = await hybrid_search(
            self.vector_index,
            self.embedder,
            index,
            query,
            filters=filters,
            k=max(k, self.min_candidates),
            knn_candidates=self.knn_candidates,
        )
        return fused[:k]

    async def search(
        self,
        query: str,
        *,
        filters: SearchFilters | None = None,
        k: int = 10,
        mode: SearchMode = SearchMode.HYBRID,
    ) -> list[SearchHit]:
        _validate(query, k)
        ranked = await self._ranked(
            self.names.chunks, query, (filters or SearchFilters()).as_index_filters(), k, mode
        )
        return [_search_hit(hit, score, highlights) for hit, score, highlights in ranked]

    async def search_price_references(
        self,
        query: str,
        *,
        satuan: str | None = None,
        tahun: int | None = None,
        k: int = 10,
        mode: SearchMode = SearchMode.HYBRID,
    ) -> list[PriceReferenceHit]:
        """Price references are shared city-wide: every OPD's RKA is checked against them."""
        _validate(query, k)
        filters: dict[str, Any] = {}
        if satuan:
            filters["satuan"] = satuan
        if tahun:
            filters["fiscal_year"] = tahun
        ranked = await self._ranked(self.names.price_references, query, filters, k, mode)
        return [
            PriceReferenceHit(
                score=score,
                reference=PriceReference.from_metadata(hit.metadata),
                document_id=hit.metadata.get("document_id"),
                filename=hit.metadata.get("filename"),
            )
            for hit, score, _ in ranked
        ]


def _search_hit(hit: Hit, score: float, highlights: tuple[str, ...]) -> SearchHit:
    meta = hit.metadata
    return SearchHit(
        id=hit.id,
        score=score,
        text=hit.text,
        highlights=highlights,
        citation=Citation(
            document_id=str(meta.get("document_id", "")),
            filename=str(meta.get("filename", "")),
            page=meta.get("page"),
            sheet=meta.get("sheet"),
            table=meta.get("table"),
            first_row=meta.get("first_row"),
            last_row=meta.get("last_row"),
        ),
        opd=meta.get("opd"),
        category=meta.get("category"),
        fiscal_year=meta.get("fiscal_year"),
        heading=meta.get("heading"),
    )
