"""A fake platform (the gRPC services' answers as contract messages) and sign-in helpers."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime

from samarinda.ask.v1 import ask_service_pb2 as ask_pb
from samarinda.billing.v1 import billing_service_pb2 as billing_pb
from samarinda.performance.v1 import performance_service_pb2 as performance_pb
from samarinda.review.v1 import review_service_pb2 as review_pb
from samarinda.upload.v1 import upload_service_pb2 as upload_pb
from samarinda_console.platform import ServiceError
from starlette.testclient import TestClient

TOKENS = {"tok-disdik": "DISDIK", "tok-dinkes": "DINKES", "tok-admin": "*"}
NOW = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)


class FakePlatform:
    """Answers like the services do for the token's OPD: another OPD's ids are NOT_FOUND."""

    def __init__(self) -> None:
        self.documents: dict[str, upload_pb.Document] = {}
        self.extractions: dict[str, upload_pb.Extraction] = {}
        self.reviews: dict[str, review_pb.Review] = {}
        self.uploaded: list[tuple[upload_pb.DocumentMetadata, bytes]] = []
        self.refuse_upload: ServiceError | None = None
        self.questions: list[ask_pb.AskRequest] = []
        self.answers_questions = True
        self.reads_performance = True

    def _opd(self, token: str) -> str | None:
        scope = TOKENS.get(token)
        if scope is None:
            raise ServiceError("UNAUTHENTICATED", "UNAUTHENTICATED", "unknown API token")
        return None if scope == "*" else scope

    def _visible(self, token: str, opd: str) -> bool:
        mine = self._opd(token)
        return mine is None or mine == opd

    async def upload(
        self, token: str, metadata: upload_pb.DocumentMetadata, chunks: AsyncIterator[bytes]
    ) -> upload_pb.UploadDocumentResponse:
        data = b"".join([c async for c in chunks])
        if not self._visible(token, metadata.opd):
            raise ServiceError("PERMISSION_DENIED", "PERMISSION_DENIED", "not your OPD")
        if self.refuse_upload is not None:
            raise self.refuse_upload
        self.uploaded.append((metadata, data))
        document_id = f"doc-{len(self.uploaded)}"
        self.documents[document_id] = upload_pb.Document(
            document_id=document_id,
            opd=metadata.opd,
            category=metadata.category,
            filename=metadata.filename,
            status=upload_pb.DOCUMENT_STATUS_ACCEPTED,
        )
        return upload_pb.UploadDocumentResponse(
            document_id=document_id, status=upload_pb.DOCUMENT_STATUS_ACCEPTED
        )

    async def get_document(self, token: str, document_id: str) -> upload_pb.Document:
        document = self.documents.get(document_id)
        if document is None or not self._visible(token, document.opd):
            raise ServiceError("NOT_FOUND", "NOT_FOUND", f"document {document_id} does not exist")
        return document

    async def list_documents(
        self, token: str, request: upload_pb.ListDocumentsRequest
    ) -> upload_pb.ListDocumentsResponse:
        if request.opd and not self._visible(token, request.opd):
            raise ServiceError("PERMISSION_DENIED", "PERMISSION_DENIED", "not your OPD")
        rows = [
            d
            for d in self.documents.values()
            if self._visible(token, d.opd)
            and (not request.opd or d.opd == request.opd)
            and (not request.category or d.category == request.category)
        ]
        return upload_pb.ListDocumentsResponse(documents=rows)

    async def get_extraction(self, token: str, document_id: str) -> upload_pb.Extraction:
        await self.get_document(token, document_id)
        if document_id not in self.extractions:
            raise ServiceError("NOT_FOUND", "NOT_EXTRACTED", "not extracted yet")
        return self.extractions[document_id]

    async def get_page_image(self, token: str, document_id: str, page: int) -> upload_pb.PageImage:
        await self.get_document(token, document_id)
        return upload_pb.PageImage(content=b"\x89PNG\r\n\x1a\n", content_type="image/png", width=1, height=1)

    async def list_reviews(
        self, token: str, request: review_pb.ListReviewsRequest
    ) -> review_pb.ListReviewsResponse:
        if request.opd and not self._visible(token, request.opd):
            raise ServiceError("PERMISSION_DENIED", "PERMISSION_DENIED", "not your OPD")
        items = [
            review_pb.ReviewSummaryItem(review_id=r.review_id, rka_id=r.rka_id, opd=r.opd, summary=r.summary)
            for r in self.reviews.values()
            if self._visible(token, r.opd) and (not request.opd or r.opd == request.opd)
        ]
        return review_pb.ListReviewsResponse(reviews=items, total=len(items))

    async def get_review(self, token: str, review_id: str) -> review_pb.Review:
        review = self.reviews.get(review_id)
        if review is None or not self._visible(token, review.opd):
            raise ServiceError("NOT_FOUND", "NOT_FOUND", f"review {review_id} not found")
        return review

    async def export_review(
        self, token: str, review_id: str, report_format: review_pb.ReportFormat.ValueType
    ) -> review_pb.ExportReviewResponse:
        review = await self.get_review(token, review_id)
        if report_format == review_pb.REPORT_FORMAT_XLSX:
            return review_pb.ExportReviewResponse(
                content=b"PK\x03\x04", content_type="application/xlsx", filename="t.xlsx"
            )
        return review_pb.ExportReviewResponse(
            content=f"<html>{review.opd}</html>".encode(),
            content_type="text/html; charset=utf-8",
            filename="t.html",
        )

    async def get_balance(self, token: str, opd: str, period: str = "") -> billing_pb.GetBalanceResponse:
        if not self._visible(token, opd):
            raise ServiceError("PERMISSION_DENIED", "PERMISSION_DENIED", "not your OPD")
        return billing_pb.GetBalanceResponse(
            balance=billing_pb.Balance(
                opd=opd,
                period="2026-12",
                allocation_idr=1_000_000,
                spent_idr=850_000,
                remaining_idr=150_000,
                used_percent="85.00",
                state=billing_pb.QUOTA_STATE_WARNING,
                threshold_percent=80,
            ),
            pool=billing_pb.CreditPool(available_idr=9_000_000),
        )

    async def get_usage(self, token: str, opd: str, period: str) -> billing_pb.GetUsageResponse:
        if opd and not self._visible(token, opd):
            raise ServiceError("PERMISSION_DENIED", "PERMISSION_DENIED", "not your OPD")
        month = int(period[-2:])
        lines = [
            billing_pb.UsageLine(
                opd=opd or "DISDIK",
                period=period,
                operation="ocr_page",
                units=month,
                events=1,
                cost_idr=month * 1000,
            ),
            billing_pb.UsageLine(
                opd=opd or "DISDIK", period=period, operation="review_line", units=40, events=1, cost_idr=500
            ),
        ]
        return billing_pb.GetUsageResponse(
            period=period, lines=lines, total_cost_idr=sum(line.cost_idr for line in lines)
        )

    async def forecast(self, token: str) -> billing_pb.ForecastResponse:
        self._opd(token)
        return billing_pb.ForecastResponse(
            lines=[
                billing_pb.ForecastLine(
                    opd="DISDIK", operation="ocr_page", provider="local", units=100, cost_idr=12_000
                ),
                billing_pb.ForecastLine(
                    opd="DINKES", operation="ocr_page", provider="local", units=50, cost_idr=6_000
                ),
            ],
            total_idr=18_000,
            tariff_version="2026.1",
        )

    async def ask(self, token: str, request: ask_pb.AskRequest) -> ask_pb.AskResponse:
        mine = self._opd(token)
        if mine is not None and any(opd != mine for opd in request.filters.opd):
            raise ServiceError("PERMISSION_DENIED", "PERMISSION_DENIED", "not your OPD")
        self.questions.append(request)
        if "cuaca" in request.question:
            return ask_pb.AskResponse(found=False, conversation_id="c-1", mode="extractive")
        return ask_pb.AskResponse(
            found=True,
            answer="Harga laptop dalam penawaran CV Mahakam Rp 11.500.000.",
            citations=[
                ask_pb.Citation(
                    document_id="doc-p", document="penawaran.png", page=1, quote="Laptop 11.500.000"
                )
            ],
            confidence=0.82,
            conversation_id="c-1",
            mode="extractive",
        )

    async def scorecards(self, token: str, opd: str) -> performance_pb.GetScorecardResponse:
        if opd and not self._visible(token, opd):
            raise ServiceError("PERMISSION_DENIED", "PERMISSION_DENIED", "not your OPD")
        card = performance_pb.Scorecard(
            opd=opd or "DISDIK",
            fiscal_year=2025,
            indicators=12,
            met=9,
            not_met=2,
            unknown=1,
            pagu_idr=5_000_000_000,
            budget_realisation_idr=4_600_000_000,
            absorption_pct=92.0,
            findings={"ABSORPTION_OVER_100": 1},
        )
        return performance_pb.GetScorecardResponse(scorecards=[card])

    async def performance_findings(self, token: str, opd: str) -> performance_pb.ListFindingsResponse:
        if opd and not self._visible(token, opd):
            raise ServiceError("PERMISSION_DENIED", "PERMISSION_DENIED", "not your OPD")
        finding = performance_pb.Finding(
            type=performance_pb.FINDING_TYPE_ABSORPTION_OVER_100,
            opd=opd or "DISDIK",
            indicator="Angka partisipasi",
            message="Serapan 104% melebihi pagu.",
            citations=[performance_pb.Citation(document_id="doc-lk", document="lkjip.pdf", page="7")],
        )
        return performance_pb.ListFindingsResponse(findings=[finding])

    async def ready(self) -> bool:
        return True

    async def close(self) -> None:
        return None


def csrf_in(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def sign_in(client: TestClient, token: str) -> str:
    """Sign in through the form; returns the session's CSRF token (from the next page)."""
    page = client.get("/masuk")
    answer = client.post("/masuk", data={"token": token, "csrf": csrf_in(page.text)})
    assert answer.status_code == 303, answer.text
    landing = client.get(answer.headers["location"])
    assert landing.status_code == 200, landing.text
    return csrf_in(landing.text)
