from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import upload_hostile_files as hf
from samarinda_common.auth import AUDIT_LOG_COLLECTION, Principal, TokenAuthenticator, use_principal
from samarinda_common.messaging import InProcessBus
from samarinda_common.topics import Topic
from samarinda_upload.domain.model import DOCUMENTS
from samarinda_upload.entrypoints.http_api import build_http_app
from samarinda_upload.service_layer.handlers import UploadDeps

MAX_BYTES = 1_000_000


@pytest.fixture
async def client(
    embedded_deps: UploadDeps, authenticator: TokenAuthenticator
) -> AsyncIterator[httpx.AsyncClient]:
    app = build_http_app(embedded_deps, authenticator, MAX_BYTES)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://upload") as client:
        yield client


def auth(token: str = "tok-disdik") -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def post(
    client: httpx.AsyncClient,
    data: bytes,
    filename: str = "laporan.pdf",
    token: str = "tok-disdik",
    **fields: str,
) -> httpx.Response:
    form = {"opd": "DISDIK", "category": "laporan", **fields}
    return await client.post(
        "/v1/documents", data=form, files={"file": (filename, data, "application/pdf")}, headers=auth(token)
    )


async def test_upload_then_duplicate_then_read(client: httpx.AsyncClient, bus: InProcessBus) -> None:
    created = await post(client, hf.pdf(), fiscal_year="2026", title="Laporan")
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["accepted"] and body["detected_type"] == "application/pdf" and not body["duplicate"]

    again = await post(client, hf.pdf(), filename="salinan.pdf")
    assert again.status_code == 200 and again.json()["document_id"] == body["document_id"]
    assert again.json()["duplicate"] is True
    assert len(bus.records(Topic.DOCUMENT_UPLOADED)) == 1

    got = await client.get(f"/v1/documents/{body['document_id']}", headers=auth())
    assert got.status_code == 200
    assert got.json()["fiscal_year"] == 2026 and got.json()["status"] == "accepted"
    listed = await client.get("/v1/documents?category=laporan&page_size=10", headers=auth())
    assert [d["document_id"] for d in listed.json()["documents"]] == [body["document_id"]]


@pytest.mark.parametrize(
    ("data", "filename", "status", "reason"),
    [
        (hf.zip_bomb(), "arsip.zip", 400, "ZIP_BOMB"),
        (hf.png_claiming(50_000, 50_000), "foto.png", 400, "PIXEL_BOMB"),
        (hf.pdf(user_password="x"), "x.pdf", 422, "PDF_ENCRYPTED"),
        (hf.EXECUTABLE, "laporan.pdf", 400, "TYPE_NOT_ALLOWED"),
        (hf.CSV, "../../../etc/passwd", 400, "PATH_TRAVERSAL"),
        (b"a" * (MAX_BYTES + 1), "besar.txt", 413, "TOO_LARGE"),
        (b"a" * (MAX_BYTES + 100_000), "besar.txt", 413, "TOO_LARGE"),
    ],
)
async def test_rejections_are_json_4xx_and_write_nothing(
    client: httpx.AsyncClient,
    embedded_deps: UploadDeps,
    bus: InProcessBus,
    data: bytes,
    filename: str,
    status: int,
    reason: str,
) -> None:
    response = await post(client, data, filename=filename)
    assert response.status_code == status
    assert response.json()["accepted"] is False and response.json()["reason"] == reason
    assert await embedded_deps.documents.count(DOCUMENTS, {}) == 0
    assert bus.records(Topic.DOCUMENT_UPLOADED) == []


async def test_auth_and_ownership(client: httpx.AsyncClient, embedded_deps: UploadDeps) -> None:
    no_token = await client.post("/v1/documents", data={"opd": "DISDIK"}, files={"file": ("a.csv", hf.CSV)})
    assert no_token.status_code == 401 and no_token.json()["reason"] == "UNAUTHENTICATED"
    foreign = await post(client, hf.CSV, filename="a.csv", token="tok-dinkes")
    assert foreign.status_code == 403
    created = (await post(client, hf.CSV, filename="a.csv")).json()
    other = await client.get(f"/v1/documents/{created['document_id']}", headers=auth("tok-dinkes"))
    unknown = await client.get("/v1/documents/doc-tidak-ada", headers=auth("tok-dinkes"))
    assert other.status_code == unknown.status_code == 404
    admin = await client.get(f"/v1/documents/{created['document_id']}", headers=auth("tok-admin"))
    assert admin.status_code == 200
    with use_principal(Principal.platform("test")):
        denied = await embedded_deps.documents.count(AUDIT_LOG_COLLECTION, {"outcome": "PERMISSION_DENIED"})
        not_found = await embedded_deps.documents.count(AUDIT_LOG_COLLECTION, {"outcome": "NOT_FOUND"})
    assert (denied, not_found) == (1, 2)


async def test_non_numeric_content_length_is_a_400(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/documents",
        content=b"x",
        headers={**auth(), "content-length": "banyak", "content-type": "multipart/form-data; boundary=x"},
    )
    assert response.status_code == 400 and response.json()["field"] == "content-length"


async def test_missing_file_and_bad_query(client: httpx.AsyncClient) -> None:
    missing = await client.post(
        "/v1/documents", data={"opd": "DISDIK"}, files={"lain": ("a", b"x")}, headers=auth()
    )
    assert missing.status_code == 400 and missing.json()["field"] == "file"
    bad = await client.get("/v1/documents?fiscal_year=dua-ribu", headers=auth())
    assert bad.status_code == 400
