"""The SearchService servicer: protobuf in, service-layer call, protobuf out. Nothing else."""

from __future__ import annotations

from typing import Any

import grpc
from samarinda.search.v1 import search_service_pb2 as pb
from samarinda.search.v1 import search_service_pb2_grpc as pb_grpc
from samarinda_common.auth import current_principal
from samarinda_common.errors import InvalidInput, NotFound
from samarinda_common.events import UsageOperation
from samarinda_common.ports import UsageMeter

from samarinda_embedding.service_layer.indexing import Indexer
from samarinda_embedding.service_layer.search import (
    Citation,
    PriceReferenceHit,
    Searcher,
    SearchFilters,
    SearchHit,
    SearchMode,
    scope_filters,
)

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["SearchService"].full_name
DEFAULT_K = 10

_MODES = {
    pb.SEARCH_MODE_UNSPECIFIED: SearchMode.HYBRID,
    pb.SEARCH_MODE_HYBRID: SearchMode.HYBRID,
    pb.SEARCH_MODE_BM25: SearchMode.BM25,
    pb.SEARCH_MODE_KNN: SearchMode.KNN,
}


def _mode(value: int) -> SearchMode:
    try:
        return _MODES[value]
    except KeyError:
        raise InvalidInput(f"unknown search mode {value}", field="mode") from None


def _citation(citation: Citation) -> pb.Citation:
    return pb.Citation(
        document_id=citation.document_id,
        filename=citation.filename,
        page=citation.page,
        sheet=citation.sheet,
        table=citation.table,
        first_row=citation.first_row,
        last_row=citation.last_row,
    )


def _hit(hit: SearchHit) -> pb.SearchHit:
    return pb.SearchHit(
        id=hit.id,
        score=hit.score,
        text=hit.text,
        highlights=list(hit.highlights),
        citation=_citation(hit.citation),
        opd=hit.opd or "",
        category=hit.category or "",
        fiscal_year=hit.fiscal_year,
        heading=hit.heading,
    )


def _price_hit(hit: PriceReferenceHit) -> pb.PriceReferenceHit:
    ref = hit.reference
    citation = pb.Citation(
        document_id=hit.document_id or "",
        filename=hit.filename or "",
        page=ref.page,
        sheet=ref.sheet,
        first_row=ref.row,
        last_row=ref.row,
    )
    return pb.PriceReferenceHit(
        score=hit.score,
        reference=pb.PriceReference(
            id=ref.id,
            kode=ref.kode,
            uraian=ref.uraian,
            spesifikasi=ref.spesifikasi,
            satuan=ref.satuan,
            harga=ref.harga,
            includes_ppn=ref.includes_ppn,
            tahun=ref.tahun,
            kind=ref.kind.value,
            kelompok=ref.kelompok,
            citation=citation,
        ),
    )


class SearchServicer(pb_grpc.SearchServiceServicer):
    def __init__(self, searcher: Searcher, indexer: Indexer, usage_meter: UsageMeter):
        self._searcher = searcher
        self._indexer = indexer
        self._usage = usage_meter

    async def _meter_query(self, opd: str | None) -> None:
        if opd:
            await self._usage.record(
                opd=opd,
                operation=UsageOperation.SEARCH_QUERY,
                units=1,
                provider=self._searcher.embedder.provider,
                model=self._searcher.embedder.model,
            )

    async def Search(
        self,
        request: pb.SearchRequest,
        context: grpc.aio.ServicerContext[Any, Any],
    ) -> pb.SearchResponse:
        principal = current_principal()
        requested = SearchFilters(
            opd=tuple(request.filters.opd),
            category=tuple(request.filters.category),
            fiscal_year=tuple(request.filters.fiscal_year),
            document_id=tuple(request.filters.document_id),
        )
        filters = scope_filters(principal, requested)
        hits = await self._searcher.search(
            request.query, filters=filters, k=request.k or DEFAULT_K, mode=_mode(request.mode)
        )
        await self._meter_query(principal.opd)
        return pb.SearchResponse(hits=[_hit(h) for h in hits], embedding_model=self._searcher.embedder.model)

    async def SearchPriceReferences(
        self,
        request: pb.SearchPriceReferencesRequest,
        context: grpc.aio.ServicerContext[Any, Any],
    ) -> pb.SearchPriceReferencesResponse:
        hits = await self._searcher.search_price_references(
            request.query,
            satuan=request.satuan if request.HasField("satuan") else None,
            tahun=request.tahun if request.HasField("tahun") else None,
            k=request.k or DEFAULT_K,
            mode=_mode(request.mode),
        )
        await self._meter_query(current_principal().opd)
        return pb.SearchPriceReferencesResponse(hits=[_price_hit(h) for h in hits])

    async def DeleteDocument(
        self, request: pb.DeleteDocumentRequest, context: grpc.aio.ServicerContext[Any, Any]
    ) -> pb.DeleteDocumentResponse:
        if not request.document_id:
            raise InvalidInput("document_id is required", field="document_id")
        principal = current_principal()
        # An OPD removes only its own pieces (the price index is shared, so the OPD is named in
        # the filter, not left to the scoped index); nothing of its own is the same NotFound as
        # another OPD's document or an unknown one.
        removed = await self._indexer.delete_document(
            request.document_id, opd=None if principal.is_admin else principal.opd
        )
        if removed == 0 and not principal.is_admin:
            raise NotFound(f"document {request.document_id} is not indexed")
        return pb.DeleteDocumentResponse(removed=removed)
