"""An LLM's second opinion: is each line relevant to its sub-kegiatan, and a short narrative.

One call per RKA (lines batched), structured JSON output. The rules' findings stand; the LLM can
add an OFF_TARGET the rules missed (marked ``source="llm"``) and writes the narrative.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from samarinda_common.ports import LLM
from samarinda_common.rka import Evidence, EvidenceKind, Finding, FindingType, Review, Rka

from samarinda_rka_review.domain.checks import ReviewPolicy

SYSTEM = (
    "Anda penelaah anggaran pemerintah daerah (TAPD). Untuk setiap baris belanja RKA, nilai apakah "
    "baris itu menunjang keluaran sub kegiatannya. Jawab ringkas dalam Bahasa Indonesia."
)
MAX_LINES_PER_CALL = 400

# One line's relevance verdict, as both LLM calls of the review answer it.
LINE_VERDICT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "key": {"type": "string"},
        "relevant": {"type": "boolean"},
        "reason": {"type": "string"},
    },
    "required": ["key", "relevant", "reason"],
}

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "narrative": {"type": "string"},
        "lines": {"type": "array", "items": LINE_VERDICT_SCHEMA},
    },
    "required": ["narrative", "lines"],
}


@dataclass(frozen=True)
class SecondOpinion:
    findings: list[Finding]
    narrative: str | None
    input_tokens: int
    output_tokens: int
    provider: str
    model: str


def build_prompt(rka: Rka, review: Review) -> str:
    parts = [f"OPD: {rka.opd_name or rka.opd}. Temuan aturan: {review.summary.findings_by_type}."]
    count = 0
    for index, sub in enumerate(rka.sub_kegiatan):
        parts.append(f"\nSub kegiatan: {sub.nama}. Keluaran: {sub.indikator or '-'} ({sub.target or '-'}).")
        for line in sub.lines:
            if count >= MAX_LINES_PER_CALL:
                break
            count += 1
            parts.append(
                f"- key={index}:{line.line_id} | {line.uraian} | {line.spesifikasi or ''} | "
                f"{line.kode_rekening or ''} | {line.volume} {line.satuan or ''} x {line.harga_satuan}"
            )
    return "\n".join(parts)


async def ask(llm: LLM, rka: Rka, review: Review, policy: ReviewPolicy) -> SecondOpinion:
    result = await llm.generate_json(system=SYSTEM, prompt=build_prompt(rka, review), schema=SCHEMA)
    flagged = {(f.sub_kegiatan, f.line_id) for f in review.findings if f.type is FindingType.OFF_TARGET}
    lines = {
        f"{i}:{line.line_id}": (sub, line) for i, sub in enumerate(rka.sub_kegiatan) for line in sub.lines
    }
    added: list[Finding] = []
    for verdict in result.data.get("lines", []):
        found = lines.get(str(verdict.get("key")))
        if found is None or verdict.get("relevant", True):
            continue
        sub, line = found
        sub_ref = sub.kode or sub.nama
        if (sub_ref, line.line_id) in flagged:
            continue
        reason = str(verdict.get("reason") or "tidak menunjang keluaran")
        added.append(
            Finding(
                line_id=line.line_id,
                sub_kegiatan=sub_ref,
                type=FindingType.OFF_TARGET,
                severity=policy.severity(line.jumlah),
                message=f"'{line.uraian}' diragukan relevansinya dengan sub kegiatan '{sub.nama}': {reason}",
                evidence=[
                    Evidence(kind=EvidenceKind.LLM, text=f"{result.provider}/{result.model}: {reason}")
                ],
                amount_at_stake=line.jumlah,
                confidence=0.6,
                source="llm",
            )
        )
    narrative = result.data.get("narrative")
    return SecondOpinion(
        added,
        str(narrative) if narrative else None,
        result.input_tokens,
        result.output_tokens,
        result.provider,
        result.model,
    )
