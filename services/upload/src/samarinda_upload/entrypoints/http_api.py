"""HTTP for OPD operators: multipart upload and document status, the same rules as gRPC.

POST /v1/documents (multipart: file, opd, category, fiscal_year, title; Authorization: Bearer),
GET /v1/documents/{document_id}, GET /v1/documents?opd=&category=&status=&fiscal_year=&page_size=&page_token=
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any

from samarinda_common.auth import Principal, TokenAuthenticator, principal_from_headers, use_principal
from samarinda_common.errors import (
    InvalidInput,
    NotFound,
    PermissionDenied,
    PreconditionFailed,
    QuotaExhausted,
    SamarindaError,
    TransientError,
    Unauthenticated,
)
from samarinda_common.logging import get_logger
from starlette.applications import Starlette
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import Message, Receive

from samarinda_upload.domain.model import DocumentStatus, UploadMetadata
from samarinda_upload.service_layer import handlers
from samarinda_upload.service_layer.handlers import DocumentQuery, UploadDeps
from samarinda_upload.spool import spooled

log = get_logger(__name__)

_COPY_CHUNK = 1024 * 1024
# Room for the multipart framing and the small text fields around the file.
_FORM_OVERHEAD_BYTES = 64 * 1024

_HTTP_STATUS: tuple[tuple[type[SamarindaError], int], ...] = (
    (Unauthenticated, 401),
    (PermissionDenied, 403),
    (NotFound, 404),
    (PreconditionFailed, 422),
    (QuotaExhausted, 429),
    (InvalidInput, 400),
    (TransientError, 503),
)


def http_status_for(exc: SamarindaError) -> int:
    if exc.reason == "TOO_LARGE":
        return 413
    return next((status for cls, status in _HTTP_STATUS if isinstance(exc, cls)), 400)


def error_response(exc: SamarindaError) -> JSONResponse:
    body: dict[str, Any] = {"accepted": False, "reason": exc.reason, "message": exc.message}
    if getattr(exc, "field", None):
        body["field"] = exc.field
    if exc.details:
        body["details"] = exc.details
    return JSONResponse(body, status_code=http_status_for(exc))


def _json_safe(record: Mapping[str, Any]) -> dict[str, Any]:
    public = (
        "opd",
        "category",
        "fiscal_year",
        "title",
        "filename",
        "detected_type",
        "sha256",
        "size_bytes",
        "status",
        "status_reason",
        "created_at",
        "updated_at",
    )
    out: dict[str, Any] = {"document_id": record["_id"]}
    for key in public:
        value = record.get(key)
        out[key] = value.isoformat() if isinstance(value, datetime) else value
    return out


def _capped(receive: Receive, max_bytes: int) -> Receive:
    """An ASGI receive that fails once the body passes ``max_bytes`` (Content-Length may be absent)."""
    seen = 0

    async def receive_capped() -> Message:
        nonlocal seen
        message = await receive()
        seen += len(message.get("body", b""))
        if seen > max_bytes:
            raise InvalidInput(f"request is larger than {max_bytes} bytes", field="file", reason="TOO_LARGE")
        return message

    return receive_capped


def _content_length(value: str | None) -> int:
    if not value:
        return 0
    if not value.strip().isdigit():
        raise InvalidInput("Content-Length must be a non-negative integer", field="content-length")
    return int(value)


async def _file_chunks(upload: UploadFile) -> AsyncIterator[bytes]:
    while chunk := await upload.read(_COPY_CHUNK):
        yield chunk


def build_http_app(deps: UploadDeps, authenticator: TokenAuthenticator, max_upload_bytes: int) -> Starlette:
    def endpoint(
        handler: Callable[[Request, Principal], Awaitable[JSONResponse]],
    ) -> Callable[[Request], Awaitable[JSONResponse]]:
        """Authenticates, binds the caller for the tenant-scoped store, and maps typed errors."""

        async def guarded(request: Request) -> JSONResponse:
            try:
                principal = principal_from_headers(authenticator, request.headers)
                with use_principal(principal):
                    return await handler(request, principal)
            except SamarindaError as exc:
                return error_response(exc)

        return guarded

    @endpoint
    async def create_document(request: Request, principal: Principal) -> JSONResponse:
        declared_length = _content_length(request.headers.get("content-length"))
        limit = max_upload_bytes + _FORM_OVERHEAD_BYTES
        if declared_length > limit:
            raise InvalidInput(f"request is larger than {limit} bytes", field="file", reason="TOO_LARGE")
        capped = Request(request.scope, _capped(request.receive, limit))
        try:
            async with capped.form(max_files=1, max_fields=10) as form:
                return await _accept_form(form, principal)
        except HTTPException as exc:  # malformed multipart
            raise InvalidInput(f"request is not a valid multipart form: {exc.detail}", field="file") from exc

    async def _accept_form(form: FormData, principal: Principal) -> JSONResponse:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise InvalidInput("multipart field 'file' is required", field="file")
        metadata = UploadMetadata.parse(
            opd=form.get("opd"),
            category=form.get("category"),
            fiscal_year=form.get("fiscal_year"),
            title=form.get("title"),
            filename=upload.filename or "",
            declared_content_type=upload.content_type,
        )
        await handlers.check_may_upload(deps, principal, metadata, source="http")
        async with spooled(_file_chunks(upload), max_upload_bytes) as path:
            outcome = await handlers.upload(deps, principal, metadata, path, source="http")
        body = {
            "accepted": True,
            "document_id": outcome.document_id,
            "status": outcome.status,
            "duplicate": outcome.duplicate,
            "sha256": outcome.sha256,
            "detected_type": outcome.detected_type,
            "size_bytes": outcome.size_bytes,
        }
        return JSONResponse(body, status_code=200 if outcome.duplicate else 201)

    @endpoint
    async def get_document(request: Request, principal: Principal) -> JSONResponse:
        record = await handlers.get_document(deps, principal, request.path_params["document_id"])
        return JSONResponse(_json_safe(record))

    @endpoint
    async def list_documents(request: Request, principal: Principal) -> JSONResponse:
        params = request.query_params
        try:
            status = DocumentStatus(params["status"]) if params.get("status") else None
            fiscal_year = int(params["fiscal_year"]) if params.get("fiscal_year") else None
            page_size = int(params.get("page_size") or handlers.DEFAULT_PAGE_SIZE)
        except ValueError as exc:
            raise InvalidInput(f"bad query parameter: {exc}", field="query") from exc
        query = DocumentQuery(
            opd=params.get("opd") or None,
            category=params.get("category") or None,
            status=status,
            fiscal_year=fiscal_year,
            page_size=page_size,
            page_token=params.get("page_token"),
        )
        rows, next_token = await handlers.list_documents(deps, principal, query)
        return JSONResponse({"documents": [_json_safe(r) for r in rows], "next_page_token": next_token})

    async def health(request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    return Starlette(
        routes=[
            Route("/v1/documents", create_document, methods=["POST"]),
            Route("/v1/documents", list_documents, methods=["GET"]),
            Route("/v1/documents/{document_id}", get_document, methods=["GET"]),
            Route("/health", health, methods=["GET"]),
        ]
    )
