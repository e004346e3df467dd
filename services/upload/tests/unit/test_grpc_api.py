from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import grpc
import pytest
import upload_hostile_files as hf
from google.rpc import error_details_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_status import rpc_status
from samarinda.upload.v1 import upload_service_pb2 as pb
from samarinda.upload.v1 import upload_service_pb2_grpc as pb_grpc
from samarinda_common.auth import TokenAuthenticator
from samarinda_common.grpc.server import build_server
from samarinda_common.messaging import InProcessBus
from samarinda_common.settings import CommonSettings
from samarinda_common.topics import Topic
from samarinda_upload.client import call_metadata, upload_requests
from samarinda_upload.entrypoints.grpc_api import SERVICE_NAME, UploadServicer
from samarinda_upload.service_layer.handlers import UploadDeps


@pytest.fixture
async def channel(
    embedded_deps: UploadDeps, authenticator: TokenAuthenticator
) -> AsyncIterator[grpc.aio.Channel]:
    server = build_server(
        CommonSettings(),
        [
            (
                pb_grpc.add_UploadServiceServicer_to_server,
                UploadServicer(embedded_deps, max_upload_bytes=2_000_000),
            )
        ],
        [SERVICE_NAME],
        authenticator=authenticator,
        port=0,
        host="127.0.0.1",
    )
    await server.start()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as channel:
        yield channel
    await server.stop(0)


@pytest.fixture
def stub(channel: grpc.aio.Channel) -> pb_grpc.UploadServiceStub:
    return pb_grpc.UploadServiceStub(channel)


def meta(opd: str = "DISDIK", filename: str = "laporan.pdf", **fields: object) -> pb.DocumentMetadata:
    return pb.DocumentMetadata(opd=opd, category="laporan", filename=filename, **fields)  # type: ignore[arg-type]


async def send(
    stub: pb_grpc.UploadServiceStub,
    tmp_path: Path,
    data: bytes,
    *,
    token: str = "tok-disdik",
    metadata: pb.DocumentMetadata | None = None,
    chunk_bytes: int = 64 * 1024,
) -> pb.UploadDocumentResponse:
    path = tmp_path / "kirim.bin"
    path.write_bytes(data)
    requests = list(upload_requests(path, metadata or meta(), chunk_bytes))
    return await stub.UploadDocument(iter(requests), metadata=call_metadata(token))


def reason_of(error: grpc.aio.AioRpcError) -> str:
    status = rpc_status.from_call(error)
    assert status is not None
    for detail in status.details:
        info = error_details_pb2.ErrorInfo()
        if detail.Unpack(info):
            return info.reason
    raise AssertionError("no ErrorInfo in the status details")


async def test_upload_in_chunks_then_get_and_list(
    stub: pb_grpc.UploadServiceStub, tmp_path: Path, bus: InProcessBus
) -> None:
    data = hf.pdf(3)
    response = await send(
        stub, tmp_path, data, metadata=meta(fiscal_year=2026, title="Realisasi"), chunk_bytes=500
    )
    assert response.status == pb.DOCUMENT_STATUS_ACCEPTED and not response.duplicate
    assert response.size_bytes == len(data) and response.detected_type == "application/pdf"

    document = await stub.GetDocument(
        pb.GetDocumentRequest(document_id=response.document_id), metadata=call_metadata("tok-disdik")
    )
    assert (document.opd, document.fiscal_year, document.title) == ("DISDIK", 2026, "Realisasi")
    assert document.created_at.seconds > 0
    listed = await stub.ListDocuments(
        pb.ListDocumentsRequest(status=pb.DOCUMENT_STATUS_ACCEPTED), metadata=call_metadata("tok-disdik")
    )
    assert [d.document_id for d in listed.documents] == [response.document_id]
    assert len(bus.records(Topic.DOCUMENT_UPLOADED)) == 1
    assert len(bus.records(Topic.USAGE_RECORDED)) == 1


async def test_duplicate_returns_existing_id(
    stub: pb_grpc.UploadServiceStub, tmp_path: Path, bus: InProcessBus
) -> None:
    first = await send(stub, tmp_path, hf.CSV, metadata=meta(filename="data.csv"))
    second = await send(stub, tmp_path, hf.CSV, metadata=meta(filename="lagi.csv"))
    assert second.duplicate and second.document_id == first.document_id
    assert len(bus.records(Topic.DOCUMENT_UPLOADED)) == 1


@pytest.mark.parametrize(
    ("data", "filename", "code", "reason"),
    [
        (hf.zip_bomb(), "arsip.zip", grpc.StatusCode.INVALID_ARGUMENT, "ZIP_BOMB"),
        (hf.pdf(user_password="x"), "x.pdf", grpc.StatusCode.FAILED_PRECONDITION, "PDF_ENCRYPTED"),
        (hf.EXECUTABLE, "laporan.pdf", grpc.StatusCode.INVALID_ARGUMENT, "TYPE_NOT_ALLOWED"),
        (hf.CSV, "../../etc/passwd", grpc.StatusCode.INVALID_ARGUMENT, "PATH_TRAVERSAL"),
        (b"x" * 2_000_001, "besar.txt", grpc.StatusCode.INVALID_ARGUMENT, "TOO_LARGE"),
    ],
)
async def test_rejections_carry_code_and_reason(
    stub: pb_grpc.UploadServiceStub,
    tmp_path: Path,
    bus: InProcessBus,
    data: bytes,
    filename: str,
    code: grpc.StatusCode,
    reason: str,
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await send(stub, tmp_path, data, metadata=meta(filename=filename))
    assert caught.value.code() == code
    assert reason_of(caught.value) == reason
    assert bus.records(Topic.DOCUMENT_UPLOADED) == []


async def test_bad_metadata_is_invalid_argument_with_fields(
    stub: pb_grpc.UploadServiceStub, tmp_path: Path
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await send(
            stub,
            tmp_path,
            hf.CSV,
            metadata=pb.DocumentMetadata(opd="DISDIK", category="rahasia", filename="x"),
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "category" in (caught.value.details() or "")


async def test_access_rules(stub: pb_grpc.UploadServiceStub, tmp_path: Path) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as unauthenticated:
        await send(stub, tmp_path, hf.CSV, token="")
    assert unauthenticated.value.code() == grpc.StatusCode.UNAUTHENTICATED
    with pytest.raises(grpc.aio.AioRpcError) as foreign:
        await send(stub, tmp_path, hf.CSV, token="tok-dinkes")
    assert foreign.value.code() == grpc.StatusCode.PERMISSION_DENIED

    mine = await send(stub, tmp_path, hf.CSV, metadata=meta(filename="data.csv"))
    request = pb.GetDocumentRequest(document_id=mine.document_id)
    with pytest.raises(grpc.aio.AioRpcError) as other_reads:
        await stub.GetDocument(request, metadata=call_metadata("tok-dinkes"))
    # Another OPD's document and an unknown id get the same answer: no existence oracle.
    assert other_reads.value.code() == grpc.StatusCode.NOT_FOUND
    assert "DISDIK" not in (other_reads.value.details() or "")
    admin = await stub.GetDocument(request, metadata=call_metadata("tok-admin"))
    assert admin.opd == "DISDIK"
    with pytest.raises(grpc.aio.AioRpcError) as missing:
        await stub.GetDocument(
            pb.GetDocumentRequest(document_id="doc-tidak-ada"), metadata=call_metadata("tok-admin")
        )
    assert missing.value.code() == grpc.StatusCode.NOT_FOUND


async def test_first_message_must_be_metadata(stub: pb_grpc.UploadServiceStub) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.UploadDocument(
            iter([pb.UploadDocumentRequest(chunk=b"abc")]), metadata=call_metadata("tok-disdik")
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT


async def test_health_reports_the_service(channel: grpc.aio.Channel) -> None:
    health = health_pb2_grpc.HealthStub(channel)
    answer = await health.Check(health_pb2.HealthCheckRequest(service=SERVICE_NAME))
    assert answer.status == health_pb2.HealthCheckResponse.SERVING


async def test_extraction_and_page_pictures_are_served_to_the_owner_only(
    stub: pb_grpc.UploadServiceStub, embedded_deps: UploadDeps, tmp_path: Path
) -> None:
    mine = await send(stub, tmp_path, hf.CSV, metadata=meta(filename="data.csv"))
    request = pb.GetExtractionRequest(document_id=mine.document_id)
    with pytest.raises(grpc.aio.AioRpcError) as not_yet:
        await stub.GetExtraction(request, metadata=call_metadata("tok-disdik"))
    assert not_yet.value.code() == grpc.StatusCode.NOT_FOUND and reason_of(not_yet.value) == "NOT_EXTRACTED"

    # What the extraction service stores (its own record shape, rows wrapped for FerretDB).
    await embedded_deps.blobs.put(
        "samarinda-documents", "pages/DISDIK/ext-1/1.png", b"\x89PNG-gambar", "image/png"
    )
    picture = {"bucket": "samarinda-documents", "key": "pages/DISDIK/ext-1/1.png", "width": 10, "height": 20}
    await embedded_deps.documents.insert_one(
        "extractions",
        {
            "_id": "ext-1",
            "opd": "DISDIK",
            "document_id": mine.document_id,
            "filename": "data.csv",
            "detected_type": "text/csv",
            "created_at": datetime.now(UTC),
            "pages": [
                {
                    "number": 1,
                    "text": "Laptop 15000000",
                    "method": "ocr",
                    "confidence": 91.5,
                    "image": picture,
                }
            ],
            "tables": [
                {
                    "page": 1,
                    "index": 0,
                    "rows": [{"cells": ["Uraian", "Harga"]}, {"cells": ["Laptop", 15000000]}],
                }
            ],
        },
    )
    extraction = await stub.GetExtraction(request, metadata=call_metadata("tok-disdik"))
    assert extraction.pages[0].text == "Laptop 15000000" and extraction.pages[0].has_image
    assert [list(r.cells) for r in extraction.tables[0].rows] == [["Uraian", "Harga"], ["Laptop", "15000000"]]
    image = await stub.GetPageImage(
        pb.GetPageImageRequest(document_id=mine.document_id, page=1), metadata=call_metadata("tok-disdik")
    )
    assert (image.content, image.content_type, image.width) == (b"\x89PNG-gambar", "image/png", 10)

    for call in (
        stub.GetExtraction(request, metadata=call_metadata("tok-dinkes")),
        stub.GetPageImage(
            pb.GetPageImageRequest(document_id=mine.document_id, page=1), metadata=call_metadata("tok-dinkes")
        ),
        stub.GetPageImage(
            pb.GetPageImageRequest(document_id=mine.document_id, page=2), metadata=call_metadata("tok-disdik")
        ),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await call
        assert refused.value.code() == grpc.StatusCode.NOT_FOUND
        assert "DISDIK" not in (refused.value.details() or "")
