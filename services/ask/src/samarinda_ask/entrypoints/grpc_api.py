"""The AskService servicer: protobuf in, service-layer call, protobuf out. Nothing else."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import grpc
from samarinda.ask.v1 import ask_service_pb2 as pb
from samarinda.ask.v1 import ask_service_pb2_grpc as pb_grpc

from samarinda_ask.domain.answering import Citation
from samarinda_ask.service_layer.asking import AskCommand, AskDeps, AskFilters, AskResult, ask, ask_streamed

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["AskService"].full_name


def command_of(request: pb.AskRequest | pb.AskStreamRequest) -> AskCommand:
    return AskCommand(
        question=request.question,
        filters=AskFilters(
            opd=tuple(request.filters.opd),
            category=tuple(request.filters.category),
            fiscal_year=tuple(request.filters.fiscal_year),
            document_id=tuple(request.filters.document_id),
        ),
        conversation_id=request.conversation_id,
    )


def citation_pb(citation: Citation) -> pb.Citation:
    return pb.Citation(
        document_id=citation.document_id,
        document=citation.document,
        page=citation.page,
        sheet=citation.sheet,
        quote=citation.quote,
    )


def response_of(result: AskResult) -> pb.AskResponse:
    answer = result.answer
    return pb.AskResponse(
        found=answer.found,
        answer=answer.text,
        citations=[citation_pb(c) for c in answer.citations],
        confidence=answer.confidence,
        conversation_id=result.conversation_id,
        mode=result.mode,
        check_passed=result.check_passed,
    )


class AskServicer(pb_grpc.AskServiceServicer):
    def __init__(self, deps: AskDeps) -> None:
        self._deps = deps

    async def Ask(
        self, request: pb.AskRequest, context: grpc.aio.ServicerContext[Any, Any]
    ) -> pb.AskResponse:
        return response_of(await ask(self._deps, command_of(request)))

    async def AskStream(
        self, request: pb.AskStreamRequest, context: grpc.aio.ServicerContext[Any, Any]
    ) -> AsyncIterator[pb.AskStreamEvent]:
        async for event in ask_streamed(self._deps, command_of(request)):
            if isinstance(event, str):
                yield pb.AskStreamEvent(answer_delta=event)
                continue
            for citation in event.answer.citations:
                yield pb.AskStreamEvent(citation=citation_pb(citation))
            yield pb.AskStreamEvent(done=response_of(event))
