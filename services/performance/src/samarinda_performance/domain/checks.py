"""Checks that catch inaccurate reports. Each finding names every value it rests on (citations).

Plans (renja / renstra) are the yardstick: a report's target that differs from the plan's is
TARGET_CHANGED; two reports (or a report and a budget realisation) disagreeing on the same
figure is CROSS_DOCUMENT_CONFLICT. Texts are Bahasa Indonesia, for the Inspektorat.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from samarinda_performance.domain.model import DocumentType, Finding, FindingType, Indicator
from samarinda_performance.domain.reading import indicator_key


@dataclass(frozen=True)
class Tolerance:
    """How far a stated percentage may sit from the one computed before it is a mismatch: the
    report may round to whole percents, so half a point plus a sliver of the value."""

    points: float = 0.51
    relative: float = 0.005
    # Two documents' figures differ when they are further apart than this share of the larger.
    conflict_relative: float = 0.001
    # Names at least this similar (rapidfuzz token_sort_ratio) are the same indicator (OCR slips).
    same_name: float = 92.0


DEFAULT_TOLERANCE = Tolerance()


def achievement_candidates(record: Indicator) -> list[float]:
    """The achievement % the record's target and realisation give, its polarity's formula first.

    Lower-is-better indicators have two formulas in use (Permenpan 53/2014 allows both):
    (2·target − realisation) / target and target / realisation. A stated figure matching any of
    the three formulas is consistent: polarity read from names can be wrong either way, and a
    report whose figure follows one formula is not inaccurate; a figure no formula gives is."""
    target, realisation = record.target, record.realisation
    if target is None or realisation is None or target == 0:
        return []
    higher = realisation / target * 100
    lower = [(2 * target - realisation) / target * 100]
    if realisation != 0:
        lower.append(target / realisation * 100)
    return [*lower, higher] if record.lower_is_better else [higher, *lower]


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _year(record: Indicator) -> str:
    return str(record.fiscal_year) if record.fiscal_year else "tanpa tahun"


def check_record(record: Indicator, tolerance: Tolerance = DEFAULT_TOLERANCE) -> list[Finding]:
    """Findings a single record gives on its own."""
    if record.document_type is DocumentType.PLAN:
        return []
    findings: list[Finding] = []
    stated = record.achievement_pct
    candidates = achievement_candidates(record)
    if stated is not None and candidates:
        close = [c for c in candidates if abs(stated - c) <= tolerance.points + tolerance.relative * abs(c)]
        if not close:
            formula = "lebih rendah lebih baik" if record.lower_is_better else "realisasi ÷ target"
            findings.append(
                _finding(
                    FindingType.ACHIEVEMENT_MISMATCH,
                    record,
                    f"Capaian {record.indicator!r} tahun {_year(record)} tertulis {_fmt(stated)}%, "
                    f"padahal target {_fmt(record.target)} dan realisasi {_fmt(record.realisation)} "
                    f"memberi {_fmt(candidates[0])}% ({formula}).",
                    [record],
                )
            )
    over = record.absorption_pct is not None and record.absorption_pct > 100 + 1e-9
    computed_over = (
        record.pagu is not None
        and record.budget_realisation is not None
        and record.budget_realisation > record.pagu
    )
    if over or computed_over:
        absorption = record.absorption_pct
        if absorption is None and record.pagu:
            absorption = (record.budget_realisation or 0) / record.pagu * 100
        findings.append(
            _finding(
                FindingType.ABSORPTION_OVER_100,
                record,
                f"Serapan anggaran {record.indicator!r} tahun {_year(record)} {_fmt(absorption)}% "
                f"(pagu {_fmt(record.pagu)}, realisasi {_fmt(record.budget_realisation)}): "
                "realisasi melebihi pagu.",
                [record],
            )
        )
    no_target = record.realisation is not None and record.target is None
    no_pagu = record.budget_realisation is not None and record.pagu is None and record.absorption_pct is None
    if no_target or no_pagu:
        what = "target" if no_target else "pagu"
        value = record.realisation if no_target else record.budget_realisation
        findings.append(
            _finding(
                FindingType.REALISATION_WITHOUT_TARGET,
                record,
                f"{record.indicator!r} tahun {_year(record)} melaporkan realisasi {_fmt(value)} "
                f"tanpa {what} yang tertulis.",
                [record],
            )
        )
    return findings


def _finding(kind: FindingType, head: Indicator, message: str, records: Sequence[Indicator]) -> Finding:
    return Finding(
        type=kind,
        opd=head.opd,
        fiscal_year=head.fiscal_year,
        indicator=head.indicator,
        message=message,
        citations=tuple(r.citation for r in records),
    )


def same_indicator_groups(
    records: Iterable[Indicator], tolerance: Tolerance = DEFAULT_TOLERANCE
) -> list[list[Indicator]]:
    """Records of one OPD and year that name the same indicator, allowing for OCR slips."""
    by_scope: dict[tuple[str, int | None], list[tuple[str, list[Indicator]]]] = defaultdict(list)
    for record in records:
        key = indicator_key(record.indicator)
        if not key:
            continue
        clusters = by_scope[(record.opd, record.fiscal_year)]
        for cluster_key, members in clusters:
            if key == cluster_key or fuzz.token_sort_ratio(key, cluster_key) >= tolerance.same_name:
                members.append(record)
                break
        else:
            clusters.append((key, [record]))
    return [members for clusters in by_scope.values() for _, members in clusters]


def _differ(a: float | None, b: float | None, tolerance: Tolerance) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) > tolerance.conflict_relative * max(abs(a), abs(b), 1e-9)


_COMPARED = (
    ("target", "target"),
    ("realisation", "realisasi"),
    ("achievement_pct", "capaian"),
    ("pagu", "pagu"),
    ("budget_realisation", "realisasi anggaran"),
)


def check_across(records: Sequence[Indicator], tolerance: Tolerance = DEFAULT_TOLERANCE) -> list[Finding]:
    """Findings between documents: conflicting reports and targets changed from the plan."""
    findings: list[Finding] = []
    for group in same_indicator_groups(records, tolerance):
        reports = [r for r in group if r.document_type is not DocumentType.PLAN]
        plans = [r for r in group if r.document_type is DocumentType.PLAN]
        conflict = _conflict(reports, tolerance)
        if conflict is not None:
            findings.append(conflict)
        for plan in plans:
            changed = [
                r
                for r in reports
                if r.citation.document_id != plan.citation.document_id
                and _differ(plan.target, r.target, tolerance)
            ]
            if changed:
                report = changed[0]
                findings.append(
                    _finding(
                        FindingType.TARGET_CHANGED,
                        report,
                        f"Target {report.indicator!r} tahun {_year(report)} di {report.citation.document} "
                        f"({_fmt(report.target)}) berbeda dari target di dokumen rencana "
                        f"{plan.citation.document} ({_fmt(plan.target)}).",
                        [plan, *changed],
                    )
                )
                break
    return findings


def _conflict(reports: Sequence[Indicator], tolerance: Tolerance) -> Finding | None:
    for i, first in enumerate(reports):
        for second in reports[i + 1 :]:
            if first.citation.document_id == second.citation.document_id:
                continue
            differences = [
                f"{label} {_fmt(getattr(first, name))} vs {_fmt(getattr(second, name))}"
                for name, label in _COMPARED
                if _differ(getattr(first, name), getattr(second, name), tolerance)
            ]
            if differences:
                return _finding(
                    FindingType.CROSS_DOCUMENT_CONFLICT,
                    first,
                    f"{first.indicator!r} tahun {_year(first)} tertulis berbeda di "
                    f"{first.citation.document} dan {second.citation.document}: "
                    + "; ".join(differences)
                    + ".",
                    [first, second],
                )
    return None


def check_all(records: Sequence[Indicator], tolerance: Tolerance = DEFAULT_TOLERANCE) -> list[Finding]:
    """Every finding over an OPD's (or the city's) records; the same finding about the same
    indicator in several documents (a report and its scan) is one finding citing them all."""
    findings = [f for record in records for f in check_record(record, tolerance)]
    return _merged(findings) + check_across(records, tolerance)


def _merged(findings: Sequence[Finding]) -> list[Finding]:
    merged: dict[tuple[FindingType, str, int | None, str], Finding] = {}
    for finding in findings:
        key = (finding.type, finding.opd, finding.fiscal_year, indicator_key(finding.indicator))
        if key in merged:
            first = merged[key]
            extra = tuple(c for c in finding.citations if c not in first.citations)
            merged[key] = first.model_copy(update={"citations": first.citations + extra})
        else:
            merged[key] = finding
    return list(merged.values())
