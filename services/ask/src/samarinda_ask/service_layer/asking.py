"""Asking a question: scope, conversation, retrieval, answer, metering. Ports come in as deps."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from dataclasses import replace as dc_replace
from typing import Any

from samarinda_common.auth import Principal, current_principal
from samarinda_common.errors import DependencyUnavailable, InvalidInput, NotFound
from samarinda_common.events import UsageOperation, utc_now
from samarinda_common.logging import get_logger
from samarinda_common.ports import (
    LLM,
    DocumentStore,
    Embedder,
    Hit,
    LlmResult,
    QuotaGuard,
    UsageMeter,
    VectorIndex,
)
from samarinda_common.retrieval import hybrid_search
from samarinda_common.tenancy import Tenancy, tenancy

from samarinda_ask.domain.answering import Answer, ChunkKind, Passage, extractive_answer, not_found, remainder
from samarinda_ask.domain.chains import bridge_of, chain_of, chained_answer
from samarinda_ask.domain.drafting import AnswerDraft
from samarinda_ask.domain.follow_up import resolve_follow_up
from samarinda_ask.domain.grounding import ANSWER_SCHEMA, SYSTEM_PROMPT, build_prompt, ground
from samarinda_ask.domain.named_periods import period_total, second_half_sides
from samarinda_ask.domain.periods import one_month_for_a_period
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_parts import split_parts
from samarinda_ask.domain.support import with_supporting_citations
from samarinda_ask.domain.unspent import states_left_over, unspent_sides

log = get_logger(__name__)

SERVICE = "ask"
CONVERSATIONS = "ask_conversations"
MAX_QUESTION_CHARS = 1000
# Turns kept per conversation: a follow-up reads the last one; older ones are history for the reader.
MAX_TURNS = 20
# Passages handed to the LLM: the best by extractive score first (its context window is the cost).
LLM_PASSAGES = 8
# Token estimate for a streamed answer cut off before the provider reported its usage.
CHARS_PER_TOKEN = 4


def ask_tenancy(chunks_index: str) -> Tenancy:
    """Conversations and the chunks read are an OPD's own."""
    return tenancy(owned={CONVERSATIONS: "opd", chunks_index: "opd"})


@dataclass(frozen=True)
class AskFilters:
    opd: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    fiscal_year: tuple[int, ...] = ()
    document_id: tuple[str, ...] = ()

    def as_index_filters(self) -> dict[str, Any]:
        return {
            name: list(v)
            for name in ("opd", "category", "fiscal_year", "document_id")
            if (v := getattr(self, name))
        }


@dataclass(frozen=True)
class AskCommand:
    question: str
    filters: AskFilters = field(default_factory=AskFilters)
    conversation_id: str = ""


@dataclass(frozen=True)
class AskResult:
    answer: Answer
    conversation_id: str
    mode: str  # "extractive" or the LLM provider
    # False when the model's answer failed the citation check and ``answer`` is the extractive one.
    check_passed: bool = True


@dataclass
class AskDeps:
    vector_index: VectorIndex
    embedder: Embedder
    store: DocumentStore
    meter: UsageMeter
    chunks_index: str = "chunks"
    quota: QuotaGuard | None = None
    llm: LLM | None = None
    candidates: int = 40


def scope(principal: Principal, filters: AskFilters) -> AskFilters:
    """An OPD asks over its own documents (naming another OPD is refused); an admin city-wide."""
    opds = principal.opds_to_read(filters.opd, "ask over documents")
    return AskFilters(opds, filters.category, filters.fiscal_year, filters.document_id)


def _validate(command: AskCommand) -> None:
    if not command.question.strip():
        raise InvalidInput("question must not be empty", field="question")
    if len(command.question) > MAX_QUESTION_CHARS:
        raise InvalidInput(f"question is longer than {MAX_QUESTION_CHARS} characters", field="question")


def passage_of(hit: Hit, score: float) -> Passage:
    meta: Mapping[str, Any] = hit.metadata
    kind = ChunkKind.TABLE_ROWS if meta.get("chunk_kind") == ChunkKind.TABLE_ROWS.value else ChunkKind.TEXT
    return Passage(
        id=hit.id,
        document_id=str(meta.get("document_id", "")),
        document=str(meta.get("filename", "")),
        text=hit.text,
        score=score,
        kind=kind,
        page=meta.get("page"),
        sheet=meta.get("sheet"),
        heading=meta.get("heading"),
        fiscal_year=meta.get("fiscal_year"),
        opd=meta.get("opd"),
        table=meta.get("table"),
        first_row=meta.get("first_row"),
        category=meta.get("category"),
    )


async def _previous_question(deps: AskDeps, conversation_id: str) -> str | None:
    if not conversation_id:
        return None
    record = await deps.store.find_one(CONVERSATIONS, {"_id": conversation_id})
    if record is None:
        # Another OPD's conversation answers exactly like an unknown one.
        raise NotFound(f"conversation {conversation_id} not found")
    turns = record.get("turns") or []
    return str(turns[-1]["resolved"]) if turns else None


async def _remember(
    deps: AskDeps,
    principal: Principal,
    conversation_id: str,
    command: AskCommand,
    resolved: str,
    answer: Answer,
) -> str:
    turn = {
        "question": command.question,
        "resolved": resolved,
        "found": answer.found,
        "answer": answer.text,
        "documents": sorted({c.document_id for c in answer.citations}),
        "at": utc_now(),
    }
    if conversation_id:
        record = await deps.store.find_one(CONVERSATIONS, {"_id": conversation_id})
        turns = [*(record or {}).get("turns", []), turn][-MAX_TURNS:]
        await deps.store.update_one(
            CONVERSATIONS, {"_id": conversation_id}, {"$set": {"turns": turns, "updated_at": utc_now()}}
        )
        return conversation_id
    conversation_id = uuid.uuid4().hex
    # An admin's conversation is filed under the admin's own OPD, or the platform's when it has none.
    owner = principal.opd or "*"
    await deps.store.insert_one(
        CONVERSATIONS,
        {
            "_id": conversation_id,
            "opd": owner,
            "turns": [turn],
            "created_at": utc_now(),
            "updated_at": utc_now(),
        },
    )
    return conversation_id


async def retrieve(deps: AskDeps, question: str, filters: AskFilters) -> list[Passage]:
    """The hybrid search of the platform, deeper than a search page: more candidates to rerank."""
    ranked = await hybrid_search(
        deps.vector_index,
        deps.embedder,
        deps.chunks_index,
        question,
        filters=filters.as_index_filters(),
        k=deps.candidates,
    )
    return [passage_of(hit, score) for hit, score, _ in ranked]


def _fused(whole: list[Passage], part: list[Passage]) -> list[Passage]:
    """A part's candidates: its own search's and the whole question's, a chunk both found scoring
    the sum of its two fused scores (the part adds candidates; it does not drop the question's)."""
    scores: dict[str, float] = {}
    by_id: dict[str, Passage] = {}
    for passage in (*whole, *part):
        scores[passage.id] = scores.get(passage.id, 0.0) + passage.score
        by_id.setdefault(passage.id, passage)
    ranked = sorted(by_id, key=lambda i: -scores[i])
    return [dc_replace(by_id[i], score=scores[i]) for i in ranked]


@dataclass(frozen=True)
class _Prepared:
    """A question up to the extractive answer: what both the LLM path and the reply need."""

    principal: Principal
    resolved: str
    previous: str | None
    passages: list[Passage]
    offline: Answer
    started: float


@dataclass(frozen=True)
class _LlmRequest:
    given: list[Passage]
    prompt: str


async def _llm_request(deps: AskDeps, prepared: _Prepared) -> _LlmRequest:
    assert deps.llm is not None
    opd = prepared.principal.opd
    if opd and deps.quota is not None:
        await deps.quota.ensure_allowed(opd, deps.llm.provider)
    offline, passages = prepared.offline, prepared.passages
    # The sentences and rows the extractive step chose come first, each as a passage of its own
    # (a span of its chunk, so a quote of it is a quote of the document): the model reads the
    # evidence, not the first figure of a long chunk. Then the chunks they came from and the rest.
    evidence = [
        dc_replace(u.passage, id=f"{u.passage.id}#{n}", text=u.text) for n, u in enumerate(offline.evidence)
    ]
    chosen = {u.passage.id for u in offline.evidence}
    ordered = evidence + [p for p in passages if p.id in chosen] + [p for p in passages if p.id not in chosen]
    given = ordered[:LLM_PASSAGES]
    return _LlmRequest(given, build_prompt(prepared.resolved, given, prepared.previous))


async def _meter_llm(
    deps: AskDeps, prepared: _Prepared, provider: str, model: str, input_tokens: int, output_tokens: int
) -> None:
    opd = prepared.principal.opd
    if opd:
        for operation, units in (
            (UsageOperation.LLM_INPUT_TOKENS, input_tokens),
            (UsageOperation.LLM_OUTPUT_TOKENS, output_tokens),
        ):
            await deps.meter.record(opd=opd, operation=operation, units=units, provider=provider, model=model)


async def _checked(deps: AskDeps, prepared: _Prepared, request: _LlmRequest, result: LlmResult) -> AskResult:
    """Meter the model's tokens (once per answer) and hold its answer to its citations."""
    await _meter_llm(deps, prepared, result.provider, result.model, result.input_tokens, result.output_tokens)
    grounded = ground(result.data, request.given)
    if grounded.answer is None:
        log.warning("llm_answer_ungrounded", reason=grounded.reason, provider=result.provider)
        # The model's answer cannot be shown; the extractive one (or "not found") stands.
        return AskResult(prepared.offline, "", "extractive", check_passed=False)
    return AskResult(grounded.answer, "", result.provider)


async def _prepare(deps: AskDeps, command: AskCommand) -> _Prepared:
    _validate(command)
    principal = current_principal()
    filters = scope(principal, command.filters)
    started = time.perf_counter()
    previous = await _previous_question(deps, command.conversation_id)
    resolved = resolve_follow_up(previous, command.question)
    passages = await retrieve(deps, resolved, filters)
    question = parse_question(resolved)
    parts = split_parts(question)
    # A question in parts (two years, two documents compared) retrieves for each part: one part's
    # document can rank below the candidates the whole question brings.
    part_passages = (
        [_fused(passages, await retrieve(deps, part.text, filters)) for part in parts]
        if len(parts) > 1
        else None
    )
    searches = 1 + len(part_passages or ())
    offline = extractive_answer(question, passages, part_passages) if passages else not_found()
    by_months = period_total(resolved)
    if by_months is not None and (not offline.found or one_month_for_a_period(offline, by_months)):
        # "Triwulan I" unanswered, or answered by one month's row (no quarter column or row
        # states it): a monthly table answers it with the rows of its months, found by asking
        # for the months by name; one month's row is never the period's figure.
        month_passages = await retrieve(deps, by_months, filters)
        searches += 1
        if month_passages:
            monthly = extractive_answer(parse_question(by_months), month_passages)
            if monthly.found and (not offline.found or monthly.summed):
                offline = monthly
    halves = second_half_sides(resolved) if not offline.found else None
    if halves is not None:
        # "Semester II" unanswered (no report of the second half): the year's report less the
        # first half's, each asked and cited on its own.
        sides = [parse_question(side) for side in halves]
        found = [_fused(passages, await retrieve(deps, side.text, filters)) for side in sides]
        searches += len(sides)
        whole, first = (extractive_answer(s, f) for s, f in zip(sides, found, strict=True))
        offline = remainder(whole, first, "Semester II") or offline
    unspent = unspent_sides(resolved) if passages and not states_left_over(offline) else None
    if unspent is not None:
        # "sisa anggaran X": no document states what is left; the budget less its realisation,
        # each asked and cited on its own.
        sides = [parse_question(side) for side in unspent]
        found = [_fused(passages, await retrieve(deps, side.text, filters)) for side in sides]
        searches += len(sides)
        budget, spent = (extractive_answer(s, f) for s, f in zip(sides, found, strict=True))
        offline = remainder(budget, spent, "Sisa", one_row=True) or offline
    chain = chain_of(question) if passages else None
    if chain is not None and not (chain.fallback and offline.found):
        # "X yang <picks X out>, <asks about X>": find X first, then ask about X by its name.
        first = _fused(passages, await retrieve(deps, f"{chain.head} {chain.clause.text}", filters))
        searches += 1
        bridge = bridge_of(chain, first)
        if bridge is not None:
            hop = chain.second_hop(bridge.name)
            # The thing picked out in one document is looked up in the others: its own document
            # would have answered the whole question without a second hop.
            found_in = {u.passage.document_id for u in bridge.units}
            second = [p for p in await retrieve(deps, hop.text, filters) if p.document_id not in found_in]
            searches += 1
            answer = extractive_answer(hop, second) if second else not_found()
            if answer.found:
                offline = chained_answer(chain, bridge, hop, answer)
    opd = principal.opd
    if opd:
        await deps.meter.record(
            opd=opd,
            operation=UsageOperation.SEARCH_QUERY,
            units=searches,  # every search run for the question
            provider=deps.embedder.provider,
            model=deps.embedder.model,
        )
    return _Prepared(principal, resolved, previous, passages, offline, started)


def _uses_llm(deps: AskDeps, prepared: _Prepared) -> bool:
    # The model phrases only what the evidence answers: where no sentence or row covers the
    # question (another year, another OPD, an item never mentioned) the answer is "not found" in
    # every mode, and no tokens are spent on it.
    # A total over rows is added up by the extractive step and stated with its rows: the model
    # would only copy it (or add the rows itself, which it may not), so the answer stands as it is.
    return deps.llm is not None and prepared.offline.found and not prepared.offline.summed


async def _finish(deps: AskDeps, command: AskCommand, prepared: _Prepared, result: AskResult) -> AskResult:
    answer = with_supporting_citations(result.answer)
    conversation_id = await _remember(
        deps, prepared.principal, command.conversation_id, command, prepared.resolved, answer
    )
    log.info(
        "question_answered",
        opd=prepared.principal.opd,
        found=answer.found,
        abstained_because=answer.reason or None,
        mode=result.mode,
        check_passed=result.check_passed,
        passages=len(prepared.passages),
        seconds=round(time.perf_counter() - prepared.started, 3),
    )
    return dc_replace(result, answer=answer, conversation_id=conversation_id)


async def ask(deps: AskDeps, command: AskCommand) -> AskResult:
    prepared = await _prepare(deps, command)
    result = AskResult(prepared.offline, "", "extractive")
    if _uses_llm(deps, prepared):
        assert deps.llm is not None
        request = await _llm_request(deps, prepared)
        generated = await deps.llm.generate_json(
            system=SYSTEM_PROMPT, prompt=request.prompt, schema=ANSWER_SCHEMA
        )
        result = await _checked(deps, prepared, request, generated)
    return await _finish(deps, command, prepared, result)


async def ask_streamed(deps: AskDeps, command: AskCommand) -> AsyncIterator[str | AskResult]:
    """The answer's text in pieces, then the result.

    Through an LLM the pieces are the model's answer text as its tokens arrive; the citation check
    runs on the whole answer at the end, and when it fails the result says so
    (``check_passed=False``) and carries the checked answer that replaces the pieces. Offline the
    pieces are the extractive answer's words, which is its own evidence.
    """
    prepared = await _prepare(deps, command)
    if not _uses_llm(deps, prepared):
        result = await _finish(deps, command, prepared, AskResult(prepared.offline, "", "extractive"))
        for piece in _pieces(result.answer.text):
            yield piece
        yield result
        return
    assert deps.llm is not None
    request = await _llm_request(deps, prepared)
    llm = deps.llm
    draft = AnswerDraft()
    received: list[str] = []
    generated: LlmResult | None = None
    stream = llm.stream_json(system=SYSTEM_PROMPT, prompt=request.prompt, schema=ANSWER_SCHEMA)
    try:
        async for event in stream:
            if isinstance(event, LlmResult):
                generated = event
                continue
            received.append(event)
            if piece := draft.feed(event):
                yield piece
    finally:
        await stream.aclose()  # a client gone mid-answer stops the provider's request too
        if generated is None and received:
            # Cut off after the model began (client gone, provider failed): the provider bills
            # for it but reports no usage, so the tokens are estimated (about 4 characters each).
            await _meter_llm(
                deps,
                prepared,
                llm.provider,
                llm.model,
                len(SYSTEM_PROMPT + request.prompt) // CHARS_PER_TOKEN,
                len("".join(received)) // CHARS_PER_TOKEN,
            )
    if generated is None:
        raise DependencyUnavailable(f"{deps.llm.provider} ended its stream without an answer")
    yield await _finish(deps, command, prepared, await _checked(deps, prepared, request, generated))


def _pieces(text: str) -> list[str]:
    words = text.split(" ")
    return [" ".join(words[i : i + 8]) + (" " if i + 8 < len(words) else "") for i in range(0, len(words), 8)]
