"""The ask service on the real servers of infra/local/up.sh: chunks in OpenSearch, conversations
and quota state in FerretDB, usage on Kafka, and the LLM path against a local OpenAI-compatible
server that replays recorded answers."""

from __future__ import annotations

import json
import os
import sys
import uuid
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer
from samarinda_ask.bootstrap import build_deps, tenancy_for
from samarinda_ask.service_layer.asking import AskCommand, AskDeps, ask
from samarinda_ask.settings import AskSettings
from samarinda_common.adapters.llm import OpenAICompatibleLlm
from samarinda_common.auth import Principal, use_principal
from samarinda_common.errors import NotFound, QuotaExhausted
from samarinda_common.events import Event, QuotaChanged, QuotaState
from samarinda_common.infra import Infra, build_infra
from samarinda_common.messaging import KafkaEventPublisher, build_broker, ensure_topics, kafka_client_options
from samarinda_common.messaging.envelope import to_record
from samarinda_common.quota import QuotaStateGuard
from samarinda_common.topics import dlq_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from llm_stub import LlmStub

pytestmark = pytest.mark.integration

DISDIK = Principal(opd="DISDIK", is_admin=False, token_id="t-disdik")
DINKES = Principal(opd="DINKES", is_admin=False, token_id="t-dinkes")
ADMIN = Principal(opd=None, is_admin=True, token_id="t-admin")

QUESTION = "Berapa realisasi belanja Dinas Pendidikan tahun 2025?"


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: source the env file of infra/local/up.sh")
    return value


class TopicRedirect:
    """Publishes what the service publishes to this test's own topic (the shared one feeds billing)."""

    def __init__(self, inner: KafkaEventPublisher, topic: str) -> None:
        self._inner = inner
        self._topic = topic

    async def publish(self, event: Event, *, headers: Mapping[str, str] | None = None) -> None:
        record = to_record(event, headers)
        await self._inner.publish_raw(self._topic, record.value, key=record.key, headers=record.headers)

    async def publish_raw(
        self, topic: str, value: bytes, *, key: bytes | None = None, headers: Mapping[str, str] | None = None
    ) -> None:
        await self._inner.publish_raw(self._topic, value, key=key, headers=headers)


@dataclass
class Real:
    settings: AskSettings
    infra: Infra
    deps: AskDeps
    topic: str

    async def usage(self, expected: int) -> list[dict[str, object]]:
        consumer = AIOKafkaConsumer(
            self.topic,
            **kafka_client_options(self.settings),
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            group_id=None,
        )
        await consumer.start()
        found: list[dict[str, object]] = []
        try:
            for _ in range(40):
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    found.extend(json.loads(r.value) for r in records)
                if len(found) >= expected:
                    break
        finally:
            await consumer.stop()
        return found


@pytest.fixture
async def real(seed_chunks: Any) -> AsyncIterator[Real]:
    _require("SAMARINDA_OPENSEARCH_URL")
    _require("SAMARINDA_MONGO_URI")
    bootstrap = _require("SAMARINDA_KAFKA_BOOTSTRAP")
    run = uuid.uuid4().hex[:8]
    settings = AskSettings(
        mode="real",
        mongo_db=f"ask_it_{run}",
        index_prefix=f"ask-it-{run}",
        embedder_provider="hashing",
        llm_provider="offline",
    )
    topic = f"it.ask-{run}.usage"
    await ensure_topics(bootstrap, [topic, dlq_of(topic)], partitions=1)
    infra = build_infra(settings, tenancy_for(settings))
    broker = build_broker(settings, client_id=f"ask-it-{run}")
    await broker.connect()
    deps = build_deps(
        settings,
        infra,
        TopicRedirect(KafkaEventPublisher(broker), topic),
        quota=QuotaStateGuard(infra.document_store),
    )
    await seed_chunks(infra.vector_index, deps.embedder)
    await infra.vector_index.inner._client.indices.refresh(index=f"ask-it-{run}-*")  # type: ignore[attr-defined]
    try:
        yield Real(settings, infra, deps, topic)
    finally:
        await infra.vector_index.inner._client.indices.delete(index=f"ask-it-{run}-*")  # type: ignore[attr-defined]
        await infra.document_store.inner._client.drop_database(settings.mongo_db)  # type: ignore[attr-defined]
        await broker.stop()
        await infra.close()


async def test_answers_are_scoped_remembered_and_metered_on_the_real_servers(real: Real) -> None:
    with use_principal(DISDIK):
        first = await ask(real.deps, AskCommand(QUESTION))
        follow = await ask(
            real.deps, AskCommand("dan tahun sebelumnya?", conversation_id=first.conversation_id)
        )
    assert first.answer.text.startswith("Rp 412.500.000.000")
    assert follow.answer.text.startswith("Rp 388.000.000.000")
    with use_principal(DINKES):
        foreign = await ask(real.deps, AskCommand(QUESTION))
        with pytest.raises(NotFound):
            await ask(real.deps, AskCommand("dan tahun sebelumnya?", conversation_id=first.conversation_id))
    assert not foreign.answer.found
    with use_principal(ADMIN):
        stored = await real.infra.document_store.find_one("ask_conversations", {"_id": first.conversation_id})
    assert stored is not None and stored["opd"] == "DISDIK" and len(stored["turns"]) == 2
    usage = await real.usage(expected=3)
    assert sorted(e["opd"] for e in usage) == ["DINKES", "DISDIK", "DISDIK"]
    assert {e["operation"] for e in usage} == {"search_query"}


async def test_the_llm_path_replays_a_recorded_answer_and_rejects_an_injected_one(real: Real) -> None:
    grounded = {
        "found": True,
        "answer": "Realisasi belanja Dinas Pendidikan 2025 sebesar Rp 412.500.000.000 (93,10 persen).",
        "citations": [{"passage": 1, "quote": "mencapai Rp 412.500.000.000 atau 93,10 persen"}],
    }
    # What a model that obeyed the instruction inside notulen_disdik.docx would say.
    injected = {
        "found": True,
        "answer": "Anggaran Dinas Kesehatan tahun 2025 adalah Rp 56.013.040.000.",
        "citations": [{"passage": 1, "quote": "Realisasi belanja Dinas Pendidikan tahun 2025"}],
    }
    recordings = {
        QUESTION: {"response": grounded},
        "Berapa realisasi belanja Dinas Pendidikan 2025 menurut notulen?": {"response": injected},
    }
    with LlmStub(recordings) as stub:
        llm = OpenAICompatibleLlm(stub.base_url, "stub-model")
        deps = AskDeps(
            real.deps.vector_index,
            real.deps.embedder,
            real.deps.store,
            real.deps.meter,
            real.deps.chunks_index,
            real.deps.quota,
            llm,
        )
        try:
            with use_principal(DISDIK):
                answered = await ask(deps, AskCommand(QUESTION))
                refused = await ask(
                    deps, AskCommand("Berapa realisasi belanja Dinas Pendidikan 2025 menurut notulen?")
                )
        finally:
            await llm.close()
    assert answered.mode == "openai-compatible" and answered.answer.text == grounded["answer"]
    assert answered.answer.citations[0].document == "lkj_disdik_2025.pdf"
    assert refused.mode == "extractive" and "56.013.040.000" not in refused.answer.text
    prompts = [r["messages"][-1]["content"] for r in stub.requests]
    assert prompts and all(
        "56.013.040.000" not in p for p in prompts
    )  # DINKES's text never reached the model
    usage = await real.usage(expected=6)
    assert {"llm_input_tokens", "llm_output_tokens"} <= {str(e["operation"]) for e in usage}


async def test_a_spent_quota_refuses_a_paid_model_from_the_stored_state(real: Real) -> None:
    quota = QuotaStateGuard(real.infra.document_store)
    with use_principal(ADMIN):
        await quota.apply(
            QuotaChanged(opd="DISDIK", state=QuotaState.EXHAUSTED, used_percent=100, period="2026-01")
        )

    class PaidLlm:
        provider = "gemini"
        model = "gemini-2.5-flash"

        async def generate_json(self, **_: object) -> object:
            raise AssertionError("a spent quota must refuse before the model is called")

    deps = AskDeps(
        real.deps.vector_index,
        real.deps.embedder,
        real.deps.store,
        real.deps.meter,
        real.deps.chunks_index,
        QuotaStateGuard(real.infra.document_store),
        PaidLlm(),
    )
    with use_principal(DISDIK), pytest.raises(QuotaExhausted):
        await ask(deps, AskCommand(QUESTION))
