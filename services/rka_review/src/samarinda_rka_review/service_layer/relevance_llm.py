"""Ambiguous relevance settled by an LLM: the lines the offline reading leaves open
(:class:`~samarinda_rka_review.domain.reviewer.AmbiguousLine`) go to the configured LLM in one
call with a JSON-schema answer.

Each verdict is cached per line and catalogue version (the same line of the same OPD under the same
catalogue is asked once, whichever RKA it appears in again), and every call is metered to the OPD
in tokens. When the LLM is down or answers off its schema, the offline review stands: the lines
stay unflagged and the review says why in a warning.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from samarinda_common.errors import DependencyUnavailable, InvalidInput
from samarinda_common.events import UsageOperation
from samarinda_common.logging import get_logger
from samarinda_common.ports import LLM, DocumentStore, UsageMeter
from samarinda_common.rka import Evidence, EvidenceKind, Finding, FindingType, Rka

from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.reviewer import AmbiguousLine
from samarinda_rka_review.service_layer.second_opinion import LINE_VERDICT_SCHEMA

VERDICTS = "rka_relevance_verdicts"
# Part of every cache key: a new prompt or schema asks again.
PROMPT_VERSION = "relevance-2027.1"

SYSTEM = (
    "Anda penelaah anggaran TAPD/BPKAD. Untuk setiap baris belanja, putuskan apakah barang/jasa itu "
    "menunjang keluaran sub kegiatannya dan tugas OPD, bukan kepentingan pribadi. Jawab singkat dalam "
    "Bahasa Indonesia; alasan satu kalimat."
)

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"verdicts": {"type": "array", "items": LINE_VERDICT_SCHEMA}},
    "required": ["verdicts"],
}

log = get_logger(__name__)


@dataclass(frozen=True)
class Adjudication:
    findings: list[Finding]
    asked: int  # lines sent to the LLM (the rest came from the cache)
    warning: str | None = None


def cache_key(rka: Rka, item: AmbiguousLine, catalogue_version: str, model: str) -> str:
    """Same line text, sub-kegiatan, account, catalogue version, model and prompt → same key."""
    sub = rka.sub_kegiatan[item.sub_index]
    line = item.line
    identity = [
        line.uraian,
        line.spesifikasi,
        line.satuan,
        line.kode_rekening,
        line.account_name,
        sub.nama,
        sub.indikator,
        rka.opd_name or rka.opd,
        catalogue_version,
        model,
        PROMPT_VERSION,
    ]
    return "rv-" + hashlib.sha256(json.dumps(identity, ensure_ascii=False).encode()).hexdigest()[:40]


def build_prompt(rka: Rka, items: Sequence[tuple[str, AmbiguousLine]]) -> str:
    parts = [f"OPD: {rka.opd_name or rka.opd}."]
    for key, item in items:
        sub = rka.sub_kegiatan[item.sub_index]
        line = item.line
        parts.append(
            f"- key={key} | sub kegiatan: {sub.nama} (keluaran: {sub.indikator or '-'}) | rekening: "
            f"{line.account_name or line.kode_rekening or '-'} | barang: {line.uraian} "
            f"{line.spesifikasi or ''} | {line.volume} {line.satuan or ''} x Rp{line.harga_satuan}"
        )
    return "\n".join(parts)


async def adjudicate(
    llm: LLM,
    rka: Rka,
    ambiguous: Sequence[AmbiguousLine],
    *,
    catalogue_version: str,
    store: DocumentStore,
    meter: UsageMeter,
    policy: ReviewPolicy,
    subject_id: str | None = None,
    correlation_id: str | None = None,
) -> Adjudication:
    """OFF_TARGET findings for the ambiguous lines the LLM (or its cached verdict) calls irrelevant."""
    if not ambiguous:
        return Adjudication([], 0)
    keyed = [(cache_key(rka, item, catalogue_version, llm.model), item) for item in ambiguous]
    cached = {
        record["_id"]: record
        for record in await store.find(VERDICTS, {"_id": {"$in": [k for k, _ in keyed]}, "opd": rka.opd})
    }
    missing = [(key, item) for key, item in keyed if key not in cached]
    warning = None
    if missing:
        try:
            answered = await _ask(llm, rka, missing, store, meter, subject_id, correlation_id)
            cached.update(answered)
        except (DependencyUnavailable, InvalidInput) as exc:
            log.warning("relevance_llm_unavailable", error=str(exc), lines=len(missing))
            warning = (
                f"LLM tidak dapat dihubungi atau jawabannya tidak sah ({exc}); {len(missing)} baris yang "
                f"relevansinya meragukan dinilai tanpa LLM."
            )
    findings = [
        _finding(rka, item, cached[key], policy)
        for key, item in keyed
        if key in cached and not cached[key]["relevant"]
    ]
    return Adjudication(findings, len(missing), warning)


async def _ask(
    llm: LLM,
    rka: Rka,
    items: Sequence[tuple[str, AmbiguousLine]],
    store: DocumentStore,
    meter: UsageMeter,
    subject_id: str | None,
    correlation_id: str | None,
) -> dict[str, dict[str, Any]]:
    result = await llm.generate_json(system=SYSTEM, prompt=build_prompt(rka, items), schema=SCHEMA)
    for operation, units in (
        (UsageOperation.LLM_INPUT_TOKENS, result.input_tokens),
        (UsageOperation.LLM_OUTPUT_TOKENS, result.output_tokens),
    ):
        await meter.record(
            opd=rka.opd,
            operation=operation,
            units=units,
            provider=result.provider,
            model=result.model,
            subject_id=subject_id,
            correlation_id=correlation_id,
        )
    asked = {key for key, _ in items}
    answered: dict[str, dict[str, Any]] = {}
    for verdict in result.data.get("verdicts", []):
        key = str(verdict.get("key"))
        if key not in asked or not isinstance(verdict.get("relevant"), bool):
            continue  # a line we did not ask about, or an answer off the schema: not cached
        record = {
            "_id": key,
            "opd": rka.opd,
            "relevant": verdict["relevant"],
            "reason": str(verdict.get("reason") or ""),
            "provider": result.provider,
            "model": result.model,
        }
        await store.replace_one(VERDICTS, {"_id": key}, record, upsert=True)
        answered[key] = record
    return answered


def _finding(rka: Rka, item: AmbiguousLine, verdict: dict[str, Any], policy: ReviewPolicy) -> Finding:
    sub = rka.sub_kegiatan[item.sub_index]
    line = item.line
    reason = verdict["reason"] or "tidak menunjang keluaran"
    return Finding(
        line_id=line.line_id,
        sub_kegiatan=sub.kode or sub.nama,
        type=FindingType.OFF_TARGET,
        severity=policy.severity(line.jumlah),
        message=f"'{line.uraian}' tidak menunjang keluaran sub kegiatan '{sub.nama}': {reason}",
        evidence=[
            Evidence(kind=EvidenceKind.LLM, text=f"{verdict['provider']}/{verdict['model']}: {reason}"),
            Evidence(kind=EvidenceKind.RULE, text=f"bacaan luring meragukan: {item.reason}"),
        ],
        potential_saving=line.jumlah,
        amount_at_stake=line.jumlah,
        confidence=0.6,
        source="llm",
    )
