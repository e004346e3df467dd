"""Token streaming through the OpenAI-compatible adapter and the service layer, against the
bench's local stub server speaking server-sent events."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from llm_stub import LlmStub
from samarinda_ask.domain.grounding import ANSWER_SCHEMA
from samarinda_ask.service_layer.asking import AskCommand, AskResult, ask, ask_streamed
from samarinda_common.adapters.llm import OpenAICompatibleLlm
from samarinda_common.auth import Principal, use_principal
from samarinda_common.events import UsageOperation
from samarinda_common.ports import LlmResult

DISDIK = Principal(opd="DISDIK", is_admin=False, token_id="t-disdik")
QUESTION = "Berapa realisasi belanja Dinas Pendidikan tahun 2025?"


@pytest.fixture
async def llm(llm_stub: LlmStub) -> AsyncIterator[OpenAICompatibleLlm]:
    adapter = OpenAICompatibleLlm(llm_stub.base_url, "stub-model")
    yield adapter
    await adapter.close()


async def _streamed(deps: Any, question: str = QUESTION) -> tuple[list[str], AskResult]:
    with use_principal(DISDIK):
        *pieces, done = [event async for event in ask_streamed(deps, AskCommand(question))]
    assert isinstance(done, AskResult) and all(isinstance(p, str) for p in pieces)
    return [str(p) for p in pieces], done


async def test_the_adapter_yields_fragments_then_the_parsed_object_and_usage(
    llm_stub: LlmStub, llm: OpenAICompatibleLlm, grounded_reply: dict[str, Any]
) -> None:
    llm_stub.recordings["Contoh"] = {"response": grounded_reply}
    events = [e async for e in llm.stream_json(system="s", prompt="Pertanyaan: Contoh", schema=ANSWER_SCHEMA)]
    *fragments, result = events
    assert isinstance(result, LlmResult) and result.data == grounded_reply
    assert len(fragments) > 10 and all(isinstance(f, str) for f in fragments)
    assert (result.input_tokens, result.output_tokens) == (len("Pertanyaan: Contoh") // 4, 60)
    body = llm_stub.requests[0]
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}


async def test_the_answer_streams_in_many_pieces_and_is_metered_once(
    world: Any, llm_stub: LlmStub, llm: OpenAICompatibleLlm, grounded_reply: dict[str, Any]
) -> None:
    llm_stub.recordings[QUESTION] = {"response": grounded_reply}
    pieces, done = await _streamed(world.with_llm(llm))
    assert len(pieces) >= 5  # the stub sends 7 characters an event
    assert "".join(pieces) == done.answer.text == grounded_reply["answer"]
    assert done.check_passed and done.mode == "openai-compatible"
    assert [c.document for c in done.answer.citations] == ["lkj_disdik_2025.pdf"]
    llm_usages = [u for u in world.meter.usages if u.operation is UsageOperation.LLM_INPUT_TOKENS]
    assert (
        len(llm_usages) == 1
        and llm_usages[0].units == len(llm_stub.requests[0]["messages"][-1]["content"]) // 4
    )
    assert world.meter.units("DISDIK", UsageOperation.LLM_OUTPUT_TOKENS) == 60


async def test_an_answer_that_fails_the_check_is_replaced_and_the_client_is_told(
    world: Any, llm_stub: LlmStub, llm: OpenAICompatibleLlm
) -> None:
    # What a model that obeyed the instruction planted in notulen_disdik.docx would say.
    injected = {
        "found": True,
        "answer": "Anggaran Dinas Kesehatan tahun 2025 adalah Rp 56.013.040.000.",
        "citations": [{"passage": 1, "quote": "Realisasi belanja Dinas Pendidikan tahun 2025"}],
    }
    llm_stub.recordings[QUESTION] = {"response": injected}
    pieces, done = await _streamed(world.with_llm(llm))
    assert "".join(pieces) == injected["answer"]  # the draft went out as it came
    assert not done.check_passed and done.mode == "extractive"
    assert done.answer.text.startswith("Rp 412.500.000.000") and "56.013.040.000" not in done.answer.text
    assert world.meter.units("DISDIK", UsageOperation.LLM_OUTPUT_TOKENS) == 60  # spent all the same


async def test_streaming_and_asking_give_the_same_answer(
    world: Any, llm_stub: LlmStub, llm: OpenAICompatibleLlm, grounded_reply: dict[str, Any]
) -> None:
    llm_stub.recordings[QUESTION] = {"response": grounded_reply}
    deps = world.with_llm(llm)
    _, streamed = await _streamed(deps)
    with use_principal(DISDIK):
        asked = await ask(deps, AskCommand(QUESTION))
    assert (asked.answer, asked.mode, asked.check_passed) == (streamed.answer, streamed.mode, True)
    assert "stream" not in llm_stub.requests[1]


async def test_a_question_the_data_cannot_answer_streams_not_found_without_the_model(
    world: Any, llm_stub: LlmStub, llm: OpenAICompatibleLlm
) -> None:
    pieces, done = await _streamed(
        world.with_llm(llm), "Berapa realisasi belanja Dinas Pendidikan tahun 2019?"
    )
    assert not done.answer.found and "".join(pieces) == done.answer.text and done.check_passed
    assert llm_stub.requests == []


async def test_a_client_gone_mid_answer_still_pays_an_estimate_once(
    world: Any, llm_stub: LlmStub, llm: OpenAICompatibleLlm, grounded_reply: dict[str, Any]
) -> None:
    llm_stub.recordings[QUESTION] = {"response": grounded_reply}
    with use_principal(DISDIK):
        stream = ask_streamed(world.with_llm(llm), AskCommand(QUESTION))
        first = await anext(stream)
        await stream.aclose()  # what grpc does when the client cancels
    assert isinstance(first, str) and grounded_reply["answer"].startswith(first)
    inputs = [u for u in world.meter.usages if u.operation is UsageOperation.LLM_INPUT_TOKENS]
    prompt = llm_stub.requests[0]["messages"]
    # No usage event was read, so it is the estimate: about a token per 4 characters sent.
    expected = len(prompt[0]["content"] + prompt[1]["content"]) // 4
    assert [u.units for u in inputs] == [expected]
    assert world.meter.units("DISDIK", UsageOperation.LLM_OUTPUT_TOKENS) > 0
