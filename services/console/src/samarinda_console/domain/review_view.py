"""A review as the review page shows it: per sub-kegiatan, flagged lines first (most rupiah at
stake first), each line with its findings, references and evidence; structural findings apart.

Works on the review contract's messages (``samarinda.review.v1``): the console reads reviews only
through the review service's gRPC API. The downloadable report is the service's own
(``ExportReview``), rendered by its report module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from samarinda.review.v1 import review_service_pb2 as pb


@dataclass(frozen=True)
class LineView:
    line: pb.RkaLine | None
    line_id: str
    findings: list[pb.Finding]

    @property
    def at_stake(self) -> int:
        return max((f.amount_at_stake for f in self.findings), default=0)

    @property
    def saving(self) -> int:
        return max((f.potential_saving for f in self.findings), default=0)


@dataclass(frozen=True)
class SectionView:
    key: str
    kode: str
    nama: str
    indikator: str
    lines: list[LineView]
    structural: list[pb.Finding] = field(default_factory=list)

    @property
    def flagged(self) -> list[LineView]:
        return [line for line in self.lines if line.findings]

    @property
    def at_stake(self) -> int:
        return sum(line.at_stake for line in self.flagged) + sum(f.amount_at_stake for f in self.structural)

    @property
    def total(self) -> int:
        return sum(line.line.jumlah for line in self.lines if line.line is not None)


def _ordered(lines: list[LineView]) -> list[LineView]:
    return sorted(lines, key=lambda r: (not r.findings, -r.at_stake))


def sections(review: pb.Review) -> list[SectionView]:
    """Sections from the reviewed RKA when the review carries it, else from the findings alone."""
    findings_by_sub: dict[str, list[pb.Finding]] = {}
    for finding in review.findings:
        findings_by_sub.setdefault(finding.sub_kegiatan, []).append(finding)
    structural_by_sub: dict[str, list[pb.Finding]] = {}
    for finding in review.structural_findings:
        structural_by_sub.setdefault(finding.sub_kegiatan, []).append(finding)

    result: list[SectionView] = []
    seen: set[str] = set()
    for sub in review.rka.sub_kegiatan:
        key = sub.kode or sub.nama
        seen.add(key)
        findings = findings_by_sub.get(key, [])
        lines = [
            LineView(line, line.line_id, [f for f in findings if f.line_id == line.line_id])
            for line in sub.lines
        ]
        result.append(
            SectionView(
                key, sub.kode, sub.nama, sub.indikator, _ordered(lines), structural_by_sub.get(key, [])
            )
        )
    names = {s.kode or s.nama: s.nama for s in review.summary.sub_kegiatan}
    for key in [*findings_by_sub, *structural_by_sub]:
        if key in seen:
            continue
        seen.add(key)
        grouped: dict[str, list[pb.Finding]] = {}
        for finding in findings_by_sub.get(key, []):
            grouped.setdefault(finding.line_id, []).append(finding)
        lines = [LineView(None, line_id, found) for line_id, found in grouped.items()]
        result.append(
            SectionView(
                key,
                key,
                names.get(key, key or "Tanpa sub kegiatan"),
                "",
                _ordered(lines),
                structural_by_sub.get(key, []),
            )
        )
    return result


def evidence_links(evidence: Sequence[pb.Evidence]) -> list[tuple[pb.Evidence, str | None]]:
    """Each piece of evidence with the page it came from (document + page), when it names one."""
    return [
        (e, f"{e.document_id}#halaman-{e.page}" if e.document_id and e.page else e.document_id or None)
        for e in evidence
    ]
