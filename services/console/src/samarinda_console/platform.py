"""The port the console reads and writes through: the platform's gRPC services, called as the
signed-in person (their own API token), so every service applies that person's tenancy itself.

Messages are the gRPC contracts' own (``samarinda.<area>.v1``); a refused call becomes a
:class:`ServiceError` with the status name and the stable reason code, so pages never see grpc.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Protocol

from samarinda.ask.v1 import ask_service_pb2 as ask_pb
from samarinda.billing.v1 import billing_service_pb2 as billing_pb
from samarinda.performance.v1 import performance_service_pb2 as performance_pb
from samarinda.review.v1 import review_service_pb2 as review_pb
from samarinda.upload.v1 import upload_service_pb2 as upload_pb


@dataclass(frozen=True)
class ServiceError(Exception):
    """A call the platform refused: ``code`` is the gRPC status name (NOT_FOUND, ...)."""

    code: str
    reason: str
    message: str

    def __str__(self) -> str:
        return f"{self.code} {self.reason}: {self.message}"


class Platform(Protocol):
    async def upload(
        self, token: str, metadata: upload_pb.DocumentMetadata, chunks: AsyncIterator[bytes]
    ) -> upload_pb.UploadDocumentResponse: ...

    async def get_document(self, token: str, document_id: str) -> upload_pb.Document: ...

    async def list_documents(
        self, token: str, request: upload_pb.ListDocumentsRequest
    ) -> upload_pb.ListDocumentsResponse: ...

    async def get_extraction(self, token: str, document_id: str) -> upload_pb.Extraction: ...

    async def get_page_image(self, token: str, document_id: str, page: int) -> upload_pb.PageImage: ...

    async def list_reviews(
        self, token: str, request: review_pb.ListReviewsRequest
    ) -> review_pb.ListReviewsResponse: ...

    async def get_review(self, token: str, review_id: str) -> review_pb.Review: ...

    async def export_review(
        self, token: str, review_id: str, report_format: review_pb.ReportFormat.ValueType
    ) -> review_pb.ExportReviewResponse: ...

    async def get_balance(self, token: str, opd: str, period: str = "") -> billing_pb.GetBalanceResponse: ...

    async def get_usage(self, token: str, opd: str, period: str) -> billing_pb.GetUsageResponse: ...

    async def forecast(self, token: str) -> billing_pb.ForecastResponse: ...

    @property
    def answers_questions(self) -> bool:
        """The ask service is configured (its page is shown)."""
        ...

    @property
    def reads_performance(self) -> bool:
        """The performance service is configured (the kinerja page is shown)."""
        ...

    async def ask(self, token: str, request: ask_pb.AskRequest) -> ask_pb.AskResponse: ...

    async def scorecards(self, token: str, opd: str) -> performance_pb.GetScorecardResponse: ...

    async def performance_findings(self, token: str, opd: str) -> performance_pb.ListFindingsResponse: ...

    async def ready(self) -> bool: ...

    async def close(self) -> None: ...
