"""AskService over a real grpc.aio server on a free port, with the embedded adapters."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import grpc
import pytest
from llm_stub import LlmStub
from samarinda.ask.v1 import ask_service_pb2 as pb
from samarinda.ask.v1 import ask_service_pb2_grpc as pb_grpc
from samarinda_ask.entrypoints.grpc_api import SERVICE_NAME, AskServicer
from samarinda_ask.service_layer.asking import AskDeps
from samarinda_common.adapters.llm import OpenAICompatibleLlm
from samarinda_common.auth import TokenAuthenticator
from samarinda_common.grpc.server import build_server
from samarinda_common.settings import CommonSettings

TOKENS = {"tok-disdik": "DISDIK", "tok-dinkes": "DINKES", "tok-admin": "*"}
QUESTION = "Berapa realisasi belanja Dinas Pendidikan tahun 2025?"


@asynccontextmanager
async def _serving(deps: AskDeps) -> AsyncIterator[pb_grpc.AskServiceStub]:
    server = build_server(
        CommonSettings(),
        [(pb_grpc.add_AskServiceServicer_to_server, AskServicer(deps))],
        [SERVICE_NAME],
        authenticator=TokenAuthenticator(TOKENS),
        port=0,
        host="127.0.0.1",
    )
    await server.start()
    channel = grpc.aio.insecure_channel(f"127.0.0.1:{server.port}")
    try:
        yield pb_grpc.AskServiceStub(channel)
    finally:
        await channel.close()
        await server.stop(0)


@pytest.fixture
async def stub(world: Any) -> AsyncIterator[pb_grpc.AskServiceStub]:
    async with _serving(world.deps) as client:
        yield client


@pytest.fixture
async def llm_client(world: Any, llm_stub: LlmStub) -> AsyncIterator[pb_grpc.AskServiceStub]:
    """The service answering through the OpenAI-compatible adapter and the bench's stub server."""
    llm = OpenAICompatibleLlm(llm_stub.base_url, "stub-model")
    try:
        async with _serving(world.with_llm(llm)) as client:
            yield client
    finally:
        await llm.close()


def _auth(token: str) -> list[tuple[str, str]]:
    return [("authorization", f"Bearer {token}")]


async def test_ask_answers_with_citations_and_a_conversation(stub: pb_grpc.AskServiceStub) -> None:
    response = await stub.Ask(pb.AskRequest(question=QUESTION), metadata=_auth("tok-disdik"))
    assert response.found and response.answer.startswith("Rp 412.500.000.000")
    (citation,) = response.citations
    assert (citation.document, citation.page) == ("lkj_disdik_2025.pdf", 3)
    assert "412.500.000.000" in citation.quote
    assert 0 < response.confidence <= 1 and response.mode == "extractive"
    follow = await stub.Ask(
        pb.AskRequest(question="dan tahun sebelumnya?", conversation_id=response.conversation_id),
        metadata=_auth("tok-disdik"),
    )
    assert follow.answer.startswith("Rp 388.000.000.000")


async def test_the_stream_sends_citations_pieces_and_the_final_answer(stub: pb_grpc.AskServiceStub) -> None:
    events = [
        e async for e in stub.AskStream(pb.AskStreamRequest(question=QUESTION), metadata=_auth("tok-disdik"))
    ]
    kinds = [e.WhichOneof("event") for e in events]
    assert kinds[-1] == "done" and "citation" in kinds and "answer_delta" in kinds
    assert "".join(e.answer_delta for e in events if e.HasField("answer_delta")) == events[-1].done.answer
    assert events[-1].done.check_passed


async def test_the_models_tokens_arrive_as_messages_before_the_final_one(
    llm_client: pb_grpc.AskServiceStub, llm_stub: LlmStub, grounded_reply: dict[str, Any]
) -> None:
    llm_stub.recordings[QUESTION] = {"response": grounded_reply}
    events = [
        e
        async for e in llm_client.AskStream(
            pb.AskStreamRequest(question=QUESTION), metadata=_auth("tok-disdik")
        )
    ]
    kinds = [e.WhichOneof("event") for e in events]
    deltas = [e.answer_delta for e in events if e.HasField("answer_delta")]
    assert len(deltas) >= 5 and kinds[: len(deltas)] == ["answer_delta"] * len(deltas)
    assert kinds[len(deltas) :] == ["citation", "done"]
    done = events[-1].done
    assert "".join(deltas) == done.answer == grounded_reply["answer"]
    assert done.check_passed and done.mode == "openai-compatible" and done.found
    assert events[-2].citation.document == "lkj_disdik_2025.pdf" and 0 < done.confidence <= 1


async def test_a_stream_whose_draft_fails_the_check_ends_with_the_checked_answer(
    llm_client: pb_grpc.AskServiceStub, llm_stub: LlmStub
) -> None:
    draft = "Realisasi belanja Dinas Pendidikan 2025 adalah Rp 999.000.000.000."
    llm_stub.recordings[QUESTION] = {
        "response": {"found": True, "answer": draft, "citations": [{"passage": 1, "quote": "Rp 999"}]}
    }
    events = [
        e
        async for e in llm_client.AskStream(
            pb.AskStreamRequest(question=QUESTION), metadata=_auth("tok-disdik")
        )
    ]
    assert "".join(e.answer_delta for e in events if e.HasField("answer_delta")) == draft
    done = events[-1].done
    assert not done.check_passed and done.mode == "extractive"
    assert done.answer.startswith("Rp 412.500.000.000") and "999" not in done.answer


@pytest.mark.parametrize(
    ("request_", "token", "code"),
    [
        (pb.AskRequest(question=""), "tok-disdik", grpc.StatusCode.INVALID_ARGUMENT),
        (
            pb.AskRequest(question=QUESTION, filters=pb.AskFilters(opd=["DISDIK"])),
            "tok-dinkes",
            grpc.StatusCode.PERMISSION_DENIED,
        ),
        (
            pb.AskRequest(question=QUESTION, conversation_id="bukan-milik-saya"),
            "tok-dinkes",
            grpc.StatusCode.NOT_FOUND,
        ),
        (pb.AskRequest(question=QUESTION), "salah", grpc.StatusCode.UNAUTHENTICATED),
    ],
)
async def test_typed_errors(
    stub: pb_grpc.AskServiceStub, request_: pb.AskRequest, token: str, code: grpc.StatusCode
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await stub.Ask(request_, metadata=_auth(token))
    assert refused.value.code() == code


async def test_an_admin_asks_city_wide(stub: pb_grpc.AskServiceStub) -> None:
    response = await stub.Ask(
        pb.AskRequest(question="Berapa realisasi belanja Dinas Kesehatan tahun 2025?"),
        metadata=_auth("tok-admin"),
    )
    assert response.answer.startswith("Rp 56.013.040.000")
