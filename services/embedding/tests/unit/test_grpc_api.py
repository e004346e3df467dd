"""SearchService over a real grpc.aio server on a free port, with the embedded adapters."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass

import grpc
import pytest
from samarinda.search.v1 import search_service_pb2 as pb
from samarinda.search.v1 import search_service_pb2_grpc as pb_grpc
from samarinda_common.adapters.embedders import HashingEmbedder
from samarinda_common.adapters.memory_vectors import InProcessVectorIndex
from samarinda_common.auth import TokenAuthenticator
from samarinda_common.events import DocumentCategory
from samarinda_common.extracted import ExtractedDocument, ExtractionMethod, Page, Table
from samarinda_common.grpc.server import build_server
from samarinda_common.messaging import InProcessBus, PublishingUsageMeter
from samarinda_common.settings import CommonSettings
from samarinda_common.topics import Topic
from samarinda_embedding.entrypoints.grpc_api import SERVICE_NAME, SearchServicer
from samarinda_embedding.service_layer.indexing import DocumentInfo, Indexer
from samarinda_embedding.service_layer.search import Searcher

TOKENS = {"tok-disdik": "DISDIK", "tok-dinkes": "DINKES", "tok-admin": "*"}


def _page_doc(filename: str, text: str) -> ExtractedDocument:
    return ExtractedDocument(
        filename=filename,
        detected_type="application/pdf",
        pages=[Page(number=1, text=text, method=ExtractionMethod.TEXT)],
    )


@dataclass
class Api:
    stub: pb_grpc.SearchServiceStub
    bus: InProcessBus
    index: InProcessVectorIndex


@pytest.fixture
async def api() -> AsyncIterator[Api]:
    index, embedder, bus = InProcessVectorIndex(), HashingEmbedder(), InProcessBus()
    meter = PublishingUsageMeter(bus, "embedding")
    indexer = Indexer(vector_index=index, embedder=embedder, usage_meter=meter)
    await indexer.ensure_indexes()
    await indexer.index_document(
        _page_doc("laptop_guru.pdf", "Pengadaan laptop untuk guru SD negeri 40 unit."),
        DocumentInfo(document_id="doc-disdik-1", opd="DISDIK", filename="laptop_guru.pdf", fiscal_year=2025),
    )
    await indexer.index_document(
        _page_doc("laptop_puskesmas.pdf", "Pengadaan laptop untuk puskesmas 5 unit."),
        DocumentInfo(document_id="doc-dinkes-1", opd="DINKES", filename="laptop_puskesmas.pdf"),
    )
    ssh = ExtractedDocument(
        filename="ssh.xlsx",
        detected_type="xlsx",
        tables=[
            Table(
                page=2,
                index=0,
                header_row=0,
                rows=[
                    ["Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan", "Harga Satuan"],
                    ["1.1.7.01", "Laptop", "Core i5 16 GB", "Unit", 14500000],
                ],
            )
        ],
    )
    await indexer.index_document(
        ssh,
        DocumentInfo(
            document_id="doc-ssh-2026",
            opd="BPKAD",
            filename="ssh.xlsx",
            category=DocumentCategory.SSH,
            fiscal_year=2026,
            official_catalogue=True,
        ),
    )
    servicer = SearchServicer(Searcher(vector_index=index, embedder=embedder), indexer, meter)
    server = build_server(
        CommonSettings(),
        [(pb_grpc.add_SearchServiceServicer_to_server, servicer)],
        [SERVICE_NAME],
        authenticator=TokenAuthenticator(TOKENS),
        port=0,
        host="127.0.0.1",
    )
    await server.start()
    channel = grpc.aio.insecure_channel(f"127.0.0.1:{server.port}")
    try:
        yield Api(pb_grpc.SearchServiceStub(channel), bus, index)
    finally:
        await channel.close()
        await server.stop(0)


def _auth(token: str) -> list[tuple[str, str]]:
    return [("authorization", f"Bearer {token}")]


async def test_an_opd_token_sees_only_its_documents(api: Api) -> None:
    response = await api.stub.Search(
        pb.SearchRequest(query="pengadaan laptop", k=5), metadata=_auth("tok-disdik")
    )
    assert [h.citation.document_id for h in response.hits] == ["doc-disdik-1"]
    hit = response.hits[0]
    assert hit.citation.filename == "laptop_guru.pdf" and hit.citation.page == 1
    assert hit.opd == "DISDIK" and hit.fiscal_year == 2025
    assert any("<em>" in h for h in hit.highlights)
    usage = [json.loads(r.value) for r in api.bus.records(Topic.USAGE_RECORDED)]
    assert usage[-1]["operation"] == "search_query" and usage[-1]["opd"] == "DISDIK"


async def test_admin_sees_everything_and_can_filter(api: Api) -> None:
    everything = await api.stub.Search(
        pb.SearchRequest(query="pengadaan laptop", k=5, mode=pb.SEARCH_MODE_BM25), metadata=_auth("tok-admin")
    )
    assert {h.citation.document_id for h in everything.hits} == {
        "doc-disdik-1",
        "doc-dinkes-1",
        "doc-ssh-2026",
    }
    dinkes = await api.stub.Search(
        pb.SearchRequest(query="laptop", filters=pb.SearchFilters(opd=["DINKES"])),
        metadata=_auth("tok-admin"),
    )
    assert [h.citation.document_id for h in dinkes.hits] == ["doc-dinkes-1"]


async def test_asking_for_another_opd_is_refused(api: Api) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await api.stub.Search(
            pb.SearchRequest(query="laptop", filters=pb.SearchFilters(opd=["DINKES"])),
            metadata=_auth("tok-disdik"),
        )
    assert refused.value.code() is grpc.StatusCode.PERMISSION_DENIED


async def test_bad_requests_and_missing_tokens(api: Api) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as empty:
        await api.stub.Search(pb.SearchRequest(query="  "), metadata=_auth("tok-disdik"))
    assert empty.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    with pytest.raises(grpc.aio.AioRpcError) as anonymous:
        await api.stub.Search(pb.SearchRequest(query="laptop"))
    assert anonymous.value.code() is grpc.StatusCode.UNAUTHENTICATED


async def test_price_references_are_shared_city_wide(api: Api) -> None:
    response = await api.stub.SearchPriceReferences(
        pb.SearchPriceReferencesRequest(query="laptop core i5", satuan="Unit", tahun=2026),
        metadata=_auth("tok-dinkes"),
    )
    [hit] = response.hits
    assert (hit.reference.uraian, hit.reference.harga, hit.reference.kode) == ("Laptop", 14500000, "1.1.7.01")
    assert hit.reference.citation.document_id == "doc-ssh-2026" and hit.reference.citation.page == 2
    other_year = await api.stub.SearchPriceReferences(
        pb.SearchPriceReferencesRequest(query="laptop", tahun=2024), metadata=_auth("tok-dinkes")
    )
    assert list(other_year.hits) == []


async def test_deleting_a_document_needs_its_opd(api: Api) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await api.stub.DeleteDocument(
            pb.DeleteDocumentRequest(document_id="doc-dinkes-1"), metadata=_auth("tok-disdik")
        )
    with pytest.raises(grpc.aio.AioRpcError) as unknown:
        await api.stub.DeleteDocument(
            pb.DeleteDocumentRequest(document_id="doc-tidak-ada"), metadata=_auth("tok-disdik")
        )
    # Another OPD's document looks exactly like one that does not exist.
    assert refused.value.code() is unknown.value.code() is grpc.StatusCode.NOT_FOUND
    assert refused.value.details().replace("doc-dinkes-1", "X") == unknown.value.details().replace(
        "doc-tidak-ada", "X"
    )
    removed = await api.stub.DeleteDocument(
        pb.DeleteDocumentRequest(document_id="doc-disdik-1"), metadata=_auth("tok-disdik")
    )
    assert removed.removed == 1
    assert await api.index.count("chunks", {"document_id": "doc-disdik-1"}) == 0
