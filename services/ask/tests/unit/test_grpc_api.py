"""AskService over a real grpc.aio server on a free port, with the embedded adapters."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest
from samarinda.ask.v1 import ask_service_pb2 as pb
from samarinda.ask.v1 import ask_service_pb2_grpc as pb_grpc
from samarinda_ask.entrypoints.grpc_api import SERVICE_NAME, AskServicer
from samarinda_common.auth import TokenAuthenticator
from samarinda_common.grpc.server import build_server
from samarinda_common.settings import CommonSettings

TOKENS = {"tok-disdik": "DISDIK", "tok-dinkes": "DINKES", "tok-admin": "*"}
QUESTION = "Berapa realisasi belanja Dinas Pendidikan tahun 2025?"


@pytest.fixture
async def stub(world: Any) -> AsyncIterator[pb_grpc.AskServiceStub]:
    server = build_server(
        CommonSettings(),
        [(pb_grpc.add_AskServiceServicer_to_server, AskServicer(world.deps))],
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
