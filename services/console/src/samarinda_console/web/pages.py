"""The OPD pages: upload, documents, RKA review, credits and usage."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator

from samarinda.billing.v1 import billing_service_pb2 as billing_pb
from samarinda.review.v1 import review_service_pb2 as review_pb
from samarinda.upload.v1 import upload_service_pb2 as upload_pb
from samarinda_common.events import CATALOGUE_CATEGORIES
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from samarinda_console.domain import review_view, usage_view
from samarinda_console.domain.sessions import Session
from samarinda_console.domain.wording import failure_reason, plain_reason, status_label
from samarinda_console.platform import ServiceError
from samarinda_console.web.app import console_of, error_page, opd_scope, render, signed_in
from samarinda_console.web.context import Console

# Categories an operator can file a document under (samarinda_common.events.DocumentCategory).
CATEGORIES = (
    ("laporan", "Laporan"),
    ("realisasi", "Realisasi anggaran"),
    ("rka", "RKA (rencana kerja dan anggaran)"),
    ("penawaran", "Penawaran harga"),
    ("notulen", "Notulen rapat"),
    ("price_reference", "Daftar harga (pembanding)"),
    ("ssh", "SSH (katalog resmi, BPKAD)"),
    ("regulasi", "Regulasi"),
    ("lainnya", "Lainnya"),
)
STATUSES = (
    ("accepted", "Diterima"),
    ("extracted", "Sudah dibaca"),
    ("indexed", "Selesai"),
    ("failed", "Gagal"),
)
FINAL_STATUSES = frozenset({"indexed", "failed"})
UPLOAD_CHUNK_BYTES = 256 * 1024
MAX_WATCHED = 50
# How long a status request waits for an event before answering with what it has.
LIVE_WAIT_SECONDS = 20.0
POLL_WAIT_SECONDS = 3.0
_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")
PERIODS_SHOWN = 6


def _status_name(value: int) -> str:
    return upload_pb.DocumentStatus.Name(value).removeprefix("DOCUMENT_STATUS_").lower()


def _checked_id(value: str) -> str:
    if not _ID.match(value):
        raise HTTPException(404, plain_reason("NOT_FOUND"))
    return value


async def _own_document(request: Request, opd: str, document_id: str) -> upload_pb.Document:
    session: Session = request.state.session
    document = await console_of(request).platform.get_document(session.token, _checked_id(document_id))
    if opd and document.opd != opd:  # an admin's page for another OPD: not this page's document
        raise HTTPException(404, plain_reason("NOT_FOUND"))
    return document


# ----------------------------------------------------------------------------- upload


@signed_in
async def upload_page(request: Request) -> Response:
    opd = opd_scope(request)
    return render(request, "unggah.html", title="Unggah dokumen", opd=opd, categories=CATEGORIES)


async def _chunks(upload: UploadFile) -> AsyncIterator[bytes]:
    while chunk := await upload.read(UPLOAD_CHUNK_BYTES):
        yield chunk


@signed_in
async def upload(request: Request) -> Response:
    """One file per request (the page sends many in parallel, each with its own progress)."""
    opd = opd_scope(request)
    if not opd:
        return JSONResponse({"pesan": "Pilih satu OPD sebelum mengunggah."}, status_code=400)
    console = console_of(request)
    length = int(request.headers.get("content-length") or 0)
    if length > console.max_upload_bytes:
        return JSONResponse({"pesan": plain_reason("TOO_LARGE"), "alasan": "TOO_LARGE"}, status_code=413)
    form = await request.form(max_files=1, max_fields=8)
    file = form.get("berkas")
    if not isinstance(file, UploadFile) or not file.filename:
        return JSONResponse({"pesan": "Tidak ada berkas yang dikirim."}, status_code=400)
    year = str(form.get("tahun") or "").strip()
    metadata = upload_pb.DocumentMetadata(
        opd=opd,
        category=str(form.get("kategori") or "lainnya"),
        filename=file.filename,
        title=str(form.get("judul") or "")[:500],
        declared_content_type=file.content_type or "",
        fiscal_year=int(year) if year.isdigit() else None,
    )
    session: Session = request.state.session
    if metadata.category in CATALOGUE_CATEGORIES and not session.principal.may_publish_catalogues:
        # Refused before a byte is sent (the upload service refuses it too): a refusal that races
        # the client's stream can come back from gRPC as a bare INTERNAL without its reason.
        await file.close()
        reason = "CATALOGUE_PUBLISHER_ONLY"
        return JSONResponse(
            {"berkas": file.filename, "pesan": plain_reason(reason), "alasan": reason}, status_code=403
        )
    try:
        response = await console.platform.upload(session.token, metadata, _chunks(file))
    except ServiceError as error:
        return JSONResponse(
            {
                "berkas": file.filename,
                "pesan": plain_reason(error.reason, error.message),
                "alasan": error.reason,
            },
            status_code=422
            if error.code == "INVALID_ARGUMENT"
            else 403
            if error.code == "PERMISSION_DENIED"
            else 502,
        )
    finally:
        await file.close()
    session.track_upload(response.document_id)
    status = _status_name(response.status)
    return JSONResponse(
        {
            "berkas": file.filename,
            "document_id": response.document_id,
            "status": status,
            "label": status_label(status),
            "duplikat": response.duplicate,
        }
    )


@signed_in
async def upload_status(request: Request) -> Response:
    """The status of the documents this session uploaded, once one of them may have moved:
    waits for a pipeline event for this OPD (or a few seconds without the live feed)."""
    opd = opd_scope(request)
    console = console_of(request)
    session: Session = request.state.session
    wanted = [i for i in request.query_params.get("ids", "").split(",") if i in session.uploads][:MAX_WATCHED]
    seen = int(request.query_params.get("v", "-1") or -1)
    version = seen
    feed = console.feed
    if feed is not None and feed.connected:
        if seen >= 0:
            version = await feed.wait(opd or None, seen, LIVE_WAIT_SECONDS)
        else:
            version = feed.version(opd) if opd else 0
    elif seen >= 0:
        await asyncio.sleep(POLL_WAIT_SECONDS)
    documents = []
    for document_id in wanted:
        try:
            document = await console.platform.get_document(session.token, document_id)
        except ServiceError as error:
            documents.append(
                {"document_id": document_id, "status": "unknown", "label": plain_reason(error.reason)}
            )
            continue
        status = _status_name(document.status)
        documents.append(
            {
                "document_id": document_id,
                "status": status,
                "label": status_label(status),
                "alasan": failure_reason(document.status_reason) if status == "failed" else "",
                "selesai": status in FINAL_STATUSES,
            }
        )
    return JSONResponse({"v": max(version, 0), "dokumen": documents})


# ----------------------------------------------------------------------------- documents


@signed_in
async def documents_page(request: Request) -> Response:
    opd = opd_scope(request)
    session: Session = request.state.session
    params = request.query_params
    category = params.get("kategori", "")
    status = params.get("status", "")
    year = params.get("tahun", "")
    listing = await console_of(request).platform.list_documents(
        session.token,
        upload_pb.ListDocumentsRequest(
            opd=opd,
            category=category,
            status=upload_pb.DocumentStatus.Value(f"DOCUMENT_STATUS_{status.upper()}")
            if status in dict(STATUSES)
            else upload_pb.DOCUMENT_STATUS_UNSPECIFIED,
            fiscal_year=int(year) if year.isdigit() else None,
            page_size=100,
            page_token=params.get("halaman", ""),
        ),
    )
    return render(
        request,
        "dokumen.html",
        title="Dokumen",
        opd=opd,
        documents=listing.documents,
        next_page=listing.next_page_token,
        categories=CATEGORIES,
        statuses=STATUSES,
        chosen={"kategori": category, "status": status, "tahun": year},
        status_name=_status_name,
        failure_reason=failure_reason,
    )


@signed_in
async def document_page(request: Request) -> Response:
    opd = opd_scope(request)
    session: Session = request.state.session
    document = await _own_document(request, opd, request.path_params["document_id"])
    extraction: upload_pb.Extraction | None = None
    note = ""
    try:
        extraction = await console_of(request).platform.get_extraction(session.token, document.document_id)
    except ServiceError as error:
        if error.code != "NOT_FOUND":
            raise
        note = plain_reason(error.reason, error.message)
    tables_by_page: dict[int, list[upload_pb.ExtractedTable]] = {}
    for table in extraction.tables if extraction else ():
        tables_by_page.setdefault(table.page if table.HasField("page") else 0, []).append(table)
    return render(
        request,
        "dokumen_detail.html",
        title=document.title or document.filename,
        opd=opd,
        document=document,
        extraction=extraction,
        tables_by_page=tables_by_page,
        note=note,
        status_name=_status_name,
        failure_reason=failure_reason,
    )


@signed_in
async def page_image(request: Request) -> Response:
    opd = opd_scope(request)
    session: Session = request.state.session
    document = await _own_document(request, opd, request.path_params["document_id"])
    picture = await console_of(request).platform.get_page_image(
        session.token, document.document_id, request.path_params["page"]
    )
    if picture.content_type not in ("image/png", "image/jpeg"):
        return error_page(request, 415, "Gambar halaman tidak dapat ditampilkan.")
    return Response(
        picture.content, media_type=picture.content_type, headers={"cache-control": "private, max-age=300"}
    )


# ----------------------------------------------------------------------------- reviews


@signed_in
async def reviews_page(request: Request) -> Response:
    opd = opd_scope(request)
    session: Session = request.state.session
    listing = await console_of(request).platform.list_reviews(
        session.token, review_pb.ListReviewsRequest(opd=opd, page_size=100)
    )
    return render(
        request, "telaah.html", title="Telaah RKA", opd=opd, reviews=listing.reviews, total=listing.total
    )


async def _own_review(request: Request, opd: str) -> review_pb.Review:
    session: Session = request.state.session
    review = await console_of(request).platform.get_review(
        session.token, _checked_id(request.path_params["review_id"])
    )
    if opd and review.opd != opd:
        raise HTTPException(404, plain_reason("NOT_FOUND"))
    return review


@signed_in
async def review_page(request: Request) -> Response:
    opd = opd_scope(request)
    review = await _own_review(request, opd)
    return render(
        request,
        "telaah_detail.html",
        title=f"Telaah RKA {review.opd}",
        opd=opd,
        review=review,
        sections=review_view.sections(review),
        evidence_links=review_view.evidence_links,
    )


@signed_in
async def review_download(request: Request) -> Response:
    opd = opd_scope(request)
    review = await _own_review(request, opd)
    kind = request.path_params["format"]
    if kind not in ("html", "xlsx"):
        raise HTTPException(404, plain_reason("NOT_FOUND"))
    session: Session = request.state.session
    report = await console_of(request).platform.export_review(
        session.token,
        review.review_id,
        review_pb.REPORT_FORMAT_XLSX if kind == "xlsx" else review_pb.REPORT_FORMAT_HTML,
    )
    filename = re.sub(r"[^A-Za-z0-9_.-]", "_", report.filename) or f"telaah.{kind}"
    return Response(
        report.content,
        media_type=report.content_type,
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )


# ----------------------------------------------------------------------------- credits


async def _usage(
    console: Console, session: Session, opd: str, period: str, current: bool
) -> billing_pb.GetUsageResponse:
    if current:
        return await console.platform.get_usage(session.token, opd, period)
    key = (session.principal.token_id, opd, period)
    usage = console.past_usage.get(key)
    if usage is None:
        usage = console.past_usage[key] = await console.platform.get_usage(session.token, opd, period)
    return usage


@signed_in
async def credits_page(request: Request) -> Response:
    opd = opd_scope(request)
    console = console_of(request)
    session: Session = request.state.session
    periods = usage_view.last_periods(console.clock().date(), PERIODS_SHOWN)
    usages = await asyncio.gather(*(_usage(console, session, opd, p, p == periods[-1]) for p in periods))
    month_costs = [
        (usage.period or period, usage.total_cost_idr) for period, usage in zip(periods, usages, strict=True)
    ]
    current = usages[-1]
    operations = usage_view.by_operation(
        [(line.operation, line.units, line.events, line.cost_idr) for line in current.lines]
    )
    balance = await console.platform.get_balance(session.token, opd) if opd else None
    forecast = await console.platform.forecast(session.token)
    forecast_lines = [line for line in forecast.lines if not opd or line.opd == opd]
    return render(
        request,
        "kredit.html",
        title="Kredit dan pemakaian",
        opd=opd,
        balance=balance,
        bars=usage_view.month_bars(month_costs),
        chart=(usage_view.CHART_WIDTH, usage_view.CHART_HEIGHT),
        operations=operations,
        period=current.period,
        forecast=forecast,
        forecast_lines=forecast_lines,
        forecast_total=sum(line.cost_idr for line in forecast_lines),
    )


def routes() -> list[Route]:
    """Every OPD page (the isolation suite asks each of them for another OPD)."""
    from samarinda_console.web import insight

    return [
        *insight.routes(),
        Route("/o/{opd}/unggah", upload_page, methods=["GET"]),
        Route("/o/{opd}/unggah", upload, methods=["POST"]),
        Route("/o/{opd}/unggah/status", upload_status, methods=["GET"]),
        Route("/o/{opd}/dokumen", documents_page, methods=["GET"]),
        Route("/o/{opd}/dokumen/{document_id}", document_page, methods=["GET"]),
        Route("/o/{opd}/dokumen/{document_id}/halaman/{page:int}", page_image, methods=["GET"]),
        Route("/o/{opd}/telaah", reviews_page, methods=["GET"]),
        Route("/o/{opd}/telaah/{review_id}", review_page, methods=["GET"]),
        Route("/o/{opd}/telaah/{review_id}/unduh/{format}", review_download, methods=["GET"]),
        Route("/o/{opd}/kredit", credits_page, methods=["GET"]),
    ]
