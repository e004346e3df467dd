"""The real :class:`~samarinda_console.platform.Platform`: gRPC channels to the four APIs."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from samarinda.ask.v1 import ask_service_pb2 as ask_pb
from samarinda.ask.v1 import ask_service_pb2_grpc as ask_grpc
from samarinda.billing.v1 import billing_service_pb2 as billing_pb
from samarinda.billing.v1 import billing_service_pb2_grpc as billing_grpc
from samarinda.performance.v1 import performance_service_pb2 as performance_pb
from samarinda.performance.v1 import performance_service_pb2_grpc as performance_grpc
from samarinda.review.v1 import review_service_pb2 as review_pb
from samarinda.review.v1 import review_service_pb2_grpc as review_grpc
from samarinda.upload.v1 import upload_service_pb2 as upload_pb
from samarinda.upload.v1 import upload_service_pb2_grpc as upload_grpc
from samarinda_common.grpc.channel import internal_channel
from samarinda_common.grpc.errors import reason_of_rpc_error
from samarinda_common.settings import CommonSettings

from samarinda_console.platform import ServiceError

T = TypeVar("T")
# Page pictures and XLSX reports are larger than gRPC's default 4 MB receive limit.
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
_OPTIONS = (("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),)


def _auth(token: str) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {token}"),)


class GrpcPlatform:
    def __init__(
        self,
        settings: CommonSettings,
        *,
        upload: str,
        review: str,
        billing: str,
        ask: str = "",
        performance: str = "",
        timeout_seconds: float = 30.0,
    ) -> None:
        targets = {
            "upload": upload,
            "review": review,
            "billing": billing,
            "ask": ask,
            "performance": performance,
        }
        self._channels = {
            name: internal_channel(target, settings, _OPTIONS) for name, target in targets.items() if target
        }
        self._upload = upload_grpc.UploadServiceStub(self._channels["upload"])
        self._review = review_grpc.RkaReviewServiceStub(self._channels["review"])
        self._billing = billing_grpc.BillingServiceStub(self._channels["billing"])
        self._ask = ask_grpc.AskServiceStub(self._channels["ask"]) if ask else None
        self._performance = (
            performance_grpc.PerformanceServiceStub(self._channels["performance"]) if performance else None
        )
        self._timeout = timeout_seconds

    async def _call(self, call: Callable[[], Awaitable[T]]) -> T:
        try:
            return await call()
        except grpc.aio.AioRpcError as error:
            raise ServiceError(
                error.code().name, reason_of_rpc_error(error), error.details() or ""
            ) from error

    async def upload(
        self, token: str, metadata: upload_pb.DocumentMetadata, chunks: AsyncIterator[bytes]
    ) -> upload_pb.UploadDocumentResponse:
        async def requests() -> AsyncIterator[upload_pb.UploadDocumentRequest]:
            yield upload_pb.UploadDocumentRequest(metadata=metadata)
            async for chunk in chunks:
                yield upload_pb.UploadDocumentRequest(chunk=chunk)

        return await self._call(
            lambda: self._upload.UploadDocument(requests(), metadata=_auth(token), timeout=self._timeout * 10)
        )

    async def get_document(self, token: str, document_id: str) -> upload_pb.Document:
        request = upload_pb.GetDocumentRequest(document_id=document_id)
        return await self._call(
            lambda: self._upload.GetDocument(request, metadata=_auth(token), timeout=self._timeout)
        )

    async def list_documents(
        self, token: str, request: upload_pb.ListDocumentsRequest
    ) -> upload_pb.ListDocumentsResponse:
        return await self._call(
            lambda: self._upload.ListDocuments(request, metadata=_auth(token), timeout=self._timeout)
        )

    async def get_extraction(self, token: str, document_id: str) -> upload_pb.Extraction:
        request = upload_pb.GetExtractionRequest(document_id=document_id)
        return await self._call(
            lambda: self._upload.GetExtraction(request, metadata=_auth(token), timeout=self._timeout)
        )

    async def get_page_image(self, token: str, document_id: str, page: int) -> upload_pb.PageImage:
        request = upload_pb.GetPageImageRequest(document_id=document_id, page=page)
        return await self._call(
            lambda: self._upload.GetPageImage(request, metadata=_auth(token), timeout=self._timeout)
        )

    async def list_reviews(
        self, token: str, request: review_pb.ListReviewsRequest
    ) -> review_pb.ListReviewsResponse:
        return await self._call(
            lambda: self._review.ListReviews(request, metadata=_auth(token), timeout=self._timeout)
        )

    async def get_review(self, token: str, review_id: str) -> review_pb.Review:
        request = review_pb.GetReviewRequest(review_id=review_id, include_rka=True)
        return await self._call(
            lambda: self._review.GetReview(request, metadata=_auth(token), timeout=self._timeout)
        )

    async def export_review(
        self, token: str, review_id: str, report_format: review_pb.ReportFormat.ValueType
    ) -> review_pb.ExportReviewResponse:
        request = review_pb.ExportReviewRequest(review_id=review_id, format=report_format)
        return await self._call(
            lambda: self._review.ExportReview(request, metadata=_auth(token), timeout=self._timeout)
        )

    async def get_balance(self, token: str, opd: str, period: str = "") -> billing_pb.GetBalanceResponse:
        request = billing_pb.GetBalanceRequest(opd=opd, period=period)
        return await self._call(
            lambda: self._billing.GetBalance(request, metadata=_auth(token), timeout=self._timeout)
        )

    async def get_usage(self, token: str, opd: str, period: str) -> billing_pb.GetUsageResponse:
        request = billing_pb.GetUsageRequest(opd=opd, period=period)
        return await self._call(
            lambda: self._billing.GetUsage(request, metadata=_auth(token), timeout=self._timeout)
        )

    async def forecast(self, token: str) -> billing_pb.ForecastResponse:
        # The city's planned full use (the tariff book's forecast profile), per OPD and operation.
        request = billing_pb.ForecastRequest(scenario="full-use")
        return await self._call(
            lambda: self._billing.Forecast(request, metadata=_auth(token), timeout=self._timeout)
        )

    @property
    def answers_questions(self) -> bool:
        return self._ask is not None

    @property
    def reads_performance(self) -> bool:
        return self._performance is not None

    async def ask(self, token: str, request: ask_pb.AskRequest) -> ask_pb.AskResponse:
        stub = self._ask
        if stub is None:
            raise ServiceError("UNAVAILABLE", "NOT_CONFIGURED", "no ask service is configured")
        # Answers take longer than a page read: retrieval plus, with an LLM, its phrasing.
        return await self._call(lambda: stub.Ask(request, metadata=_auth(token), timeout=self._timeout * 4))

    async def scorecards(self, token: str, opd: str) -> performance_pb.GetScorecardResponse:
        stub = self._performance
        if stub is None:
            raise ServiceError("UNAVAILABLE", "NOT_CONFIGURED", "no performance service is configured")
        request = performance_pb.GetScorecardRequest(opd=opd)
        return await self._call(
            lambda: stub.GetScorecard(request, metadata=_auth(token), timeout=self._timeout)
        )

    async def performance_findings(self, token: str, opd: str) -> performance_pb.ListFindingsResponse:
        stub = self._performance
        if stub is None:
            raise ServiceError("UNAVAILABLE", "NOT_CONFIGURED", "no performance service is configured")
        request = performance_pb.ListFindingsRequest(opd=opd, page_size=200)
        return await self._call(
            lambda: stub.ListFindings(request, metadata=_auth(token), timeout=self._timeout)
        )

    async def ready(self) -> bool:
        """Every API answers its standard health check with SERVING."""
        for channel in self._channels.values():
            try:
                reply = await health_pb2_grpc.HealthStub(channel).Check(
                    health_pb2.HealthCheckRequest(service=""), timeout=2.0
                )
            except grpc.aio.AioRpcError:
                return False
            if reply.status != health_pb2.HealthCheckResponse.SERVING:
                return False
        return True

    async def close(self) -> None:
        for channel in self._channels.values():
            await channel.close()
