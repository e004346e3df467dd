"""The grpc.aio UploadService: proto <-> handlers, nothing else (errors map in the shared interceptor)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime
from typing import Any

import grpc
from google.protobuf.timestamp_pb2 import Timestamp
from samarinda.upload.v1 import upload_service_pb2 as pb
from samarinda.upload.v1 import upload_service_pb2_grpc as pb_grpc
from samarinda_common.auth import current_principal
from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import CellValue, ExtractedDocument
from samarinda_common.messaging import current_trace

from samarinda_upload.domain.model import DocumentStatus, UploadMetadata
from samarinda_upload.service_layer import handlers
from samarinda_upload.service_layer.handlers import DocumentQuery, UploadDeps, UploadOutcome
from samarinda_upload.spool import spooled

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["UploadService"].full_name


def status_to_proto(status: str) -> pb.DocumentStatus.ValueType:
    return pb.DocumentStatus.Value(f"DOCUMENT_STATUS_{status.upper()}")


def status_from_proto(value: int) -> DocumentStatus | None:
    if value == pb.DOCUMENT_STATUS_UNSPECIFIED:
        return None
    return DocumentStatus(pb.DocumentStatus.Name(value).removeprefix("DOCUMENT_STATUS_").lower())


def _timestamp(value: datetime | None) -> Timestamp | None:
    if value is None:
        return None
    stamp = Timestamp()
    stamp.FromDatetime(value if value.tzinfo else value.replace(tzinfo=UTC))
    return stamp


def document_to_proto(record: Mapping[str, Any]) -> pb.Document:
    return pb.Document(
        document_id=record["_id"],
        opd=record["opd"],
        category=record["category"],
        fiscal_year=record.get("fiscal_year"),
        title=record.get("title") or "",
        filename=record["filename"],
        detected_type=record["detected_type"],
        sha256=record["sha256"],
        size_bytes=record["size_bytes"],
        status=status_to_proto(record["status"]),
        status_reason=record.get("status_reason") or "",
        created_at=_timestamp(record.get("created_at")),
        updated_at=_timestamp(record.get("updated_at")),
    )


def _cell_text(value: CellValue) -> str:
    return "" if value is None else str(value)


def extraction_to_proto(document_id: str, extraction: ExtractedDocument) -> pb.Extraction:
    return pb.Extraction(
        document_id=document_id,
        language=extraction.language or "",
        complete=extraction.complete,
        warnings=extraction.warnings,
        pages=[
            pb.ExtractedPage(
                number=page.number,
                text=page.text,
                method=page.method.value,
                confidence=page.confidence,
                sheet=page.sheet,
                has_image=page.image is not None,
                extracted=page.extracted,
            )
            for page in extraction.pages
        ],
        tables=[
            pb.ExtractedTable(
                page=table.page,
                sheet=table.sheet,
                index=table.index,
                header_row=table.header_row,
                rows=[pb.TableRow(cells=[_cell_text(c) for c in row]) for row in table.rows],
            )
            for table in extraction.tables
        ],
    )


def outcome_to_proto(outcome: UploadOutcome) -> pb.UploadDocumentResponse:
    return pb.UploadDocumentResponse(
        document_id=outcome.document_id,
        status=status_to_proto(outcome.status),
        duplicate=outcome.duplicate,
        sha256=outcome.sha256,
        detected_type=outcome.detected_type,
        size_bytes=outcome.size_bytes,
    )


def metadata_from_proto(message: pb.DocumentMetadata) -> UploadMetadata:
    return UploadMetadata.parse(
        opd=message.opd,
        category=message.category,
        filename=message.filename,
        fiscal_year=message.fiscal_year if message.HasField("fiscal_year") else None,
        title=message.title,
        declared_content_type=message.declared_content_type,
    )


async def _chunks(requests: AsyncIterator[pb.UploadDocumentRequest]) -> AsyncIterator[bytes]:
    async for request in requests:
        if request.WhichOneof("payload") != "chunk":
            raise InvalidInput("only the first message may carry metadata", field="metadata")
        yield request.chunk


class UploadServicer(pb_grpc.UploadServiceServicer):
    def __init__(self, deps: UploadDeps, max_upload_bytes: int) -> None:
        self._deps = deps
        self._max_upload_bytes = max_upload_bytes

    async def UploadDocument(
        self,
        request_iterator: AsyncIterator[pb.UploadDocumentRequest],
        context: grpc.aio.ServicerContext[Any, Any],
    ) -> pb.UploadDocumentResponse:
        principal = current_principal()
        first = await anext(aiter(request_iterator), None)
        if first is None or first.WhichOneof("payload") != "metadata":
            raise InvalidInput("the first message must carry the document metadata", field="metadata")
        metadata = metadata_from_proto(first.metadata)
        # Refuse a foreign OPD before reading a single chunk of its file.
        await handlers.check_may_upload(self._deps, principal, metadata, source="grpc")
        trace = current_trace()
        async with spooled(_chunks(request_iterator), self._max_upload_bytes) as path:
            outcome = await handlers.upload(
                self._deps,
                principal,
                metadata,
                path,
                source="grpc",
                correlation_id=trace.correlation_id if trace else None,
            )
        return outcome_to_proto(outcome)

    async def GetDocument(
        self, request: pb.GetDocumentRequest, context: grpc.aio.ServicerContext[Any, Any]
    ) -> pb.Document:
        record = await handlers.get_document(self._deps, current_principal(), request.document_id)
        return document_to_proto(record)

    async def GetExtraction(
        self, request: pb.GetExtractionRequest, context: grpc.aio.ServicerContext[Any, Any]
    ) -> pb.Extraction:
        if not request.document_id:
            raise InvalidInput("document_id is required", field="document_id")
        extraction = await handlers.get_extraction(self._deps, current_principal(), request.document_id)
        return extraction_to_proto(request.document_id, extraction)

    async def GetPageImage(
        self, request: pb.GetPageImageRequest, context: grpc.aio.ServicerContext[Any, Any]
    ) -> pb.PageImage:
        if not request.document_id:
            raise InvalidInput("document_id is required", field="document_id")
        if request.page < 1:
            raise InvalidInput("page is 1-based", field="page")
        content, content_type, width, height = await handlers.get_page_image(
            self._deps, current_principal(), request.document_id, request.page
        )
        return pb.PageImage(content=content, content_type=content_type, width=width, height=height)

    async def ListDocuments(
        self, request: pb.ListDocumentsRequest, context: grpc.aio.ServicerContext[Any, Any]
    ) -> pb.ListDocumentsResponse:
        query = DocumentQuery(
            opd=request.opd or None,
            category=request.category or None,
            status=status_from_proto(request.status),
            fiscal_year=request.fiscal_year if request.HasField("fiscal_year") else None,
            page_size=request.page_size,
            page_token=request.page_token or None,
        )
        rows, next_token = await handlers.list_documents(self._deps, current_principal(), query)
        return pb.ListDocumentsResponse(
            documents=[document_to_proto(r) for r in rows], next_page_token=next_token
        )
