"""Asking through the service layer: scope, conversations, metering, quota, the LLM held to its citations."""

from __future__ import annotations

from typing import Any

import pytest
from samarinda_ask.domain.answering import NOT_FOUND
from samarinda_ask.service_layer.asking import AskCommand, AskFilters, AskResult, ask, ask_streamed
from samarinda_common.auth import Principal, use_principal
from samarinda_common.errors import InvalidInput, NotFound, PermissionDenied, QuotaExhausted
from samarinda_common.events import QuotaChanged, QuotaState, UsageOperation
from samarinda_common.ports import LlmResult
from samarinda_common.quota import QuotaStateGuard

DISDIK = Principal(opd="DISDIK", is_admin=False, token_id="t-disdik")
DINKES = Principal(opd="DINKES", is_admin=False, token_id="t-dinkes")
ADMIN = Principal(opd=None, is_admin=True, token_id="t-admin")


class ScriptedLlm:
    """An LLM that answers what the test scripts and keeps every prompt it was sent."""

    def __init__(self, data: dict[str, Any], provider: str = "openai-compatible") -> None:
        self.data = data
        self.provider = provider
        self.model = "scripted"
        self.prompts: list[str] = []

    async def generate_json(self, *, system: str, prompt: str, schema: dict[str, Any]) -> LlmResult:
        self.prompts.append(prompt)
        return LlmResult(
            self.data, input_tokens=1200, output_tokens=80, provider=self.provider, model=self.model
        )


async def test_an_opd_gets_its_own_figure_with_the_citation(world: Any) -> None:
    with use_principal(DISDIK):
        result = await ask(world.deps, AskCommand("Berapa realisasi belanja Dinas Pendidikan tahun 2025?"))
    assert result.answer.found and result.mode == "extractive"
    assert result.answer.text.startswith("Rp 412.500.000.000")
    assert [c.document for c in result.answer.citations] == ["lkj_disdik_2025.pdf"]
    assert world.meter.units("DISDIK", UsageOperation.SEARCH_QUERY) == 1


async def test_a_question_over_two_years_searches_per_year_and_shows_the_difference(world: Any) -> None:
    with use_principal(DISDIK):
        result = await ask(
            world.deps, AskCommand("Berapa selisih realisasi belanja Dinas Pendidikan tahun 2024 dan 2025?")
        )
    # (Two DISDIK documents state a 2025 figure, one of them planted; which one answers the 2025
    # part is a tie of the data. The 2024 part, the cited pair and the shown subtraction are not.)
    first, second = result.answer.citations
    assert first.document == "lkj_disdik_2024.pdf" and second.document != first.document
    head = result.answer.text.split(" (1) ")[0]
    assert head.startswith("Selisih ") and " = " in head and "Rp 388.000.000.000" in head
    # The whole question, then one search per year.
    assert world.meter.units("DISDIK", UsageOperation.SEARCH_QUERY) == 3


async def test_another_opd_never_sees_it(world: Any) -> None:
    with use_principal(DINKES):
        result = await ask(world.deps, AskCommand("Berapa realisasi belanja Dinas Pendidikan tahun 2025?"))
    assert not result.answer.found and result.answer.text == NOT_FOUND
    assert "412.500" not in result.answer.text


async def test_naming_another_opd_is_refused_and_an_admin_asks_city_wide(world: Any) -> None:
    with use_principal(DINKES), pytest.raises(PermissionDenied):
        await ask(world.deps, AskCommand("Berapa realisasi belanja?", AskFilters(opd=("DISDIK",))))
    with use_principal(ADMIN):
        result = await ask(world.deps, AskCommand("Berapa realisasi belanja Dinas Kesehatan tahun 2025?"))
    assert result.answer.text.startswith("Rp 56.013.040.000")


@pytest.mark.parametrize("question", ["", "   ", "x" * 1001])
async def test_a_bad_question_is_a_typed_error(world: Any, question: str) -> None:
    with use_principal(DISDIK), pytest.raises(InvalidInput):
        await ask(world.deps, AskCommand(question))


async def test_a_follow_up_carries_the_previous_turn(world: Any) -> None:
    with use_principal(DISDIK):
        first = await ask(world.deps, AskCommand("Berapa realisasi belanja Dinas Pendidikan tahun 2025?"))
        follow = await ask(
            world.deps, AskCommand("dan tahun sebelumnya?", conversation_id=first.conversation_id)
        )
    assert follow.conversation_id == first.conversation_id
    assert follow.answer.text.startswith("Rp 388.000.000.000")
    record = await _conversation(world, first.conversation_id)
    assert [t["resolved"] for t in record["turns"]][
        -1
    ] == "Berapa realisasi belanja Dinas Pendidikan tahun 2024?"


async def _conversation(world: Any, conversation_id: str) -> dict[str, Any]:
    with use_principal(DISDIK):
        record = await world.deps.store.find_one("ask_conversations", {"_id": conversation_id})
    assert record is not None and record["opd"] == "DISDIK"
    return record


async def test_another_opds_conversation_is_not_found(world: Any) -> None:
    with use_principal(DISDIK):
        first = await ask(world.deps, AskCommand("Berapa realisasi belanja Dinas Pendidikan tahun 2025?"))
    with use_principal(DINKES), pytest.raises(NotFound):
        await ask(world.deps, AskCommand("dan tahun sebelumnya?", conversation_id=first.conversation_id))
    with use_principal(DINKES), pytest.raises(NotFound):
        await ask(world.deps, AskCommand("dan tahun sebelumnya?", conversation_id="tidak-ada"))


async def test_a_grounded_llm_answer_is_given_and_its_tokens_metered(world: Any) -> None:
    llm = ScriptedLlm(
        {
            "found": True,
            "answer": "Realisasi belanja 2025 sebesar Rp 412.500.000.000 (93,10 persen).",
            "citations": [{"passage": 1, "quote": "mencapai Rp 412.500.000.000 atau 93,10 persen"}],
        }
    )
    with use_principal(DISDIK):
        result = await ask(
            world.with_llm(llm), AskCommand("Berapa realisasi belanja Dinas Pendidikan tahun 2025?")
        )
    assert result.mode == "openai-compatible"
    assert result.answer.text.startswith("Realisasi belanja 2025 sebesar Rp 412.500.000.000")
    assert result.answer.citations[0].document == "lkj_disdik_2025.pdf"
    assert world.meter.units("DISDIK", UsageOperation.LLM_INPUT_TOKENS) == 1200
    assert world.meter.units("DISDIK", UsageOperation.LLM_OUTPUT_TOKENS) == 80
    # The prompt fences the documents as data and carries only DISDIK's text.
    assert "<dokumen" in llm.prompts[0] and "56.013.040.000" not in llm.prompts[0]


@pytest.mark.parametrize(
    "data",
    [
        # A figure that no cited quote prints (an injected instruction obeyed, or a computed value).
        {
            "found": True,
            "answer": "Anggaran Dinas Kesehatan Rp 56.013.040.000.",
            "citations": [{"passage": 1, "quote": "Realisasi belanja Dinas Pendidikan tahun 2025"}],
        },
        # A quote that is not in the passage it cites.
        {
            "found": True,
            "answer": "Rp 412.500.000.000",
            "citations": [{"passage": 1, "quote": "Rp 412.500.000.000 saja"}],
        },
        # A citation of no passage given.
        {"found": True, "answer": "Rp 412.500.000.000", "citations": [{"passage": 99, "quote": "x"}]},
    ],
)
async def test_an_ungrounded_llm_answer_is_never_shown(world: Any, data: dict[str, Any]) -> None:
    with use_principal(DISDIK):
        result = await ask(
            world.with_llm(ScriptedLlm(data)),
            AskCommand("Berapa realisasi belanja Dinas Pendidikan tahun 2025?"),
        )
    assert result.mode == "extractive"
    assert result.answer.text.startswith("Rp 412.500.000.000")
    assert "56.013.040.000" not in result.answer.text


async def test_an_unanswerable_question_spends_no_tokens(world: Any) -> None:
    llm = ScriptedLlm({"found": True, "answer": "Rp 5", "citations": []})
    with use_principal(DISDIK):
        result = await ask(
            world.with_llm(llm), AskCommand("Berapa realisasi belanja Dinas Pendidikan tahun 2019?")
        )
    assert not result.answer.found and llm.prompts == []


async def test_a_paid_llm_is_refused_when_the_quota_is_spent(world: Any) -> None:
    quota = QuotaStateGuard()
    await quota.apply(
        QuotaChanged(opd="DISDIK", state=QuotaState.EXHAUSTED, used_percent=100, period="2026-01")
    )
    deps = world.with_llm(
        ScriptedLlm({"found": False, "answer": NOT_FOUND, "citations": []}, "gemini"), quota
    )
    with use_principal(DISDIK), pytest.raises(QuotaExhausted):
        await ask(deps, AskCommand("Berapa realisasi belanja Dinas Pendidikan tahun 2025?"))


async def test_the_stream_gives_the_answer_in_pieces_then_the_result(world: Any) -> None:
    events = []
    with use_principal(DISDIK):
        async for event in ask_streamed(
            world.deps, AskCommand("Berapa realisasi belanja laptop guru tahun 2025?")
        ):
            events.append(event)
    *pieces, done = events
    assert isinstance(done, AskResult)
    assert "".join(str(p) for p in pieces) == done.answer.text
    assert "Rp 500.000.000" in done.answer.text and "Volume: 40" in done.answer.text
