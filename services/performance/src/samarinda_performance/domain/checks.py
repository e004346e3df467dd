"""Checks that catch inaccurate reports. Each finding names every value it rests on (citations).

Plans (renja / renstra) are the yardstick: a report's target that differs from the plan's is
TARGET_CHANGED; two reports (or a report and a budget realisation) disagreeing on the same
figure is CROSS_DOCUMENT_CONFLICT. Texts are Bahasa Indonesia, for the Inspektorat.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from samarinda_performance.domain.achievement import by_direction
from samarinda_performance.domain.indicator_names import indicator_key
from samarinda_performance.domain.model import DocumentType, Finding, FindingType, Indicator
from samarinda_performance.domain.names import same_indicator_name, units_agree
from samarinda_performance.domain.numbers import is_not_stated
from samarinda_performance.domain.ocr_text import misread_variants
from samarinda_performance.domain.polarity import direction_uncertain
from samarinda_performance.domain.vocabulary import VOCABULARY


@dataclass(frozen=True)
class Tolerance:
    """How far stated figures may sit from what they should be before a finding is raised.

    A stated achievement may be off by one unit of its own last decimal ("95,6" covers 95,55 to
    95,65, and some reports cut instead of rounding), plus what the rounding of the stated target
    and realisation can move the quotient; never less than ``min_points``. Two documents' figures
    conflict when they differ by more than the rounding of the coarser one ("93,1" and "93,08"
    are the same figure written to different precision)."""

    min_points: float = 0.01
    # What the rounding of a small realisation ("0,32") may add, at most: beyond it a report is
    # off by more than its own rounding explains.
    max_rounding_points: float = 0.5
    max_decimals: int = 4  # a figure read from a spreadsheet may carry a long binary tail


DEFAULT_TOLERANCE = Tolerance()


def stated_decimals(value: float, tolerance: Tolerance = DEFAULT_TOLERANCE) -> int:
    """The decimals a figure was written with ("95,6" → 1, "96" → 0), at most ``max_decimals``."""
    for decimals in range(tolerance.max_decimals + 1):
        if abs(round(value, decimals) - value) < 1e-9 * max(1.0, abs(value)):
            return decimals
    return tolerance.max_decimals


def _half_unit(value: float, tolerance: Tolerance) -> float:
    """Half a unit of the figure's last decimal: how far a measured figure may have been rounded."""
    return 0.5 * 10.0 ** -stated_decimals(value, tolerance)


def achievement_candidates(record: Indicator, target: float | None = None) -> list[float]:
    """The achievement % the record's target and realisation give by its direction's formulas:
    realisation ÷ target; for an indicator known to be lower-is-better (a polarity column or
    marker, or a name in the vocabulary) (2·target − realisation) ÷ target or target ÷
    realisation, the two Permenpan 53/2014 allows. ``target``: one stated elsewhere in the
    same document (a Perjanjian Kinerja table), when the record has none of its own."""
    target = record.target if record.target is not None else target
    realisation = record.realisation
    if target is None or realisation is None or target == 0:
        return []
    higher, lower = by_direction(target, realisation)
    if record.lower_is_better:
        return lower
    # A name whose direction nothing settles ("Rata-rata Lama Proses Izin"): either direction's
    # formulas, the one the report's table would use first.
    return higher + lower if direction_uncertain(record.indicator) else higher


def achievement_tolerance(
    stated: float, target: float, realisation: float, tolerance: Tolerance = DEFAULT_TOLERANCE
) -> float:
    """How far a stated achievement may sit from the computed one: one unit of its last decimal
    plus how far the rounding of the stated target and realisation moves the quotient."""
    own = 10.0 ** -stated_decimals(stated, tolerance)
    # A target is set, not measured: exact as written. A realisation with decimals may have been
    # rounded after the achievement was computed from it.
    decimals = stated_decimals(realisation, tolerance)
    rounding = 0.5 * 10.0**-decimals if decimals else 0.0
    moved = 100 * rounding / abs(target)
    if realisation:
        moved = max(moved, 100 * abs(target) * rounding / realisation**2)  # target ÷ realisation
    return max(tolerance.min_points, own + min(moved, tolerance.max_rounding_points))


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _year(record: Indicator) -> str:
    return str(record.fiscal_year) if record.fiscal_year else "tanpa tahun"


@dataclass(frozen=True)
class Elsewhere:
    """What other records say of the same indicator and year: a target in another table of the
    same document, and whether any document of the OPD states a target at all."""

    same_document_target: Indicator | None = None
    any_target: bool = False
    # another table of the same document says the target is not stated ("-", "n/a")
    same_document_says_none: bool = False
    # the targets the OPD's plans set for the indicator that year
    plan_targets: tuple[float, ...] = ()
    # a document not read by OCR states the scanned row's target and realisation alike: the
    # scan read those two cells right
    figures_confirmed: bool = False


def check_record(
    record: Indicator, tolerance: Tolerance = DEFAULT_TOLERANCE, elsewhere: Elsewhere = Elsewhere()
) -> list[Finding]:
    """Findings a record gives on its own (with what ``elsewhere`` says of the same indicator)."""
    if record.document_type is DocumentType.PLAN:
        return []
    findings: list[Finding] = []
    borrowed = elsewhere.same_document_target if record.target is None else None
    target = record.target if borrowed is None else borrowed.target
    stated = record.achievement_pct
    candidates = achievement_candidates(record, target)
    realisation = record.realisation
    mismatch = (
        stated is not None
        and candidates
        and target is not None
        and realisation is not None
        and not _consistent(record, stated, target, realisation, tolerance)
        and not (
            record.read_by_ocr
            and _misreading_explains(
                record, stated, target, realisation, tolerance, only_achievement=elsewhere.figures_confirmed
            )
        )
        and not (
            record.read_by_ocr and _a_plan_target_explains(record, stated, realisation, elsewhere, tolerance)
        )
        and not (record.read_by_ocr and not 0 <= stated <= VOCABULARY.achievement.plausible_max)
    )
    if mismatch:
        formula = "lebih rendah lebih baik" if record.lower_is_better else "realisasi ÷ target"
        findings.append(
            _finding(
                FindingType.ACHIEVEMENT_MISMATCH,
                record,
                f"Capaian {record.indicator!r} tahun {_year(record)} tertulis {_fmt(stated)}%, "
                f"padahal target {_fmt(target)} dan realisasi {_fmt(record.realisation)} "
                f"memberi {_fmt(candidates[0])}% ({formula}).",
                [record] if borrowed is None else [record, borrowed],
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
    no_target = record.realisation is not None and target is None and _target_missing(record, elsewhere)
    # On a scan a pagu cell OCR could not read is no different from an empty one: no finding.
    no_pagu = (
        record.budget_realisation is not None
        and record.pagu is None
        and record.absorption_pct is None
        and not record.read_by_ocr
    )
    if no_target or no_pagu:
        what = "target" if no_target else "pagu"
        value = record.realisation if no_target else record.budget_realisation
        written = f" (target tertulis {record.target_text!r})" if no_target and record.target_text else ""
        findings.append(
            _finding(
                FindingType.REALISATION_WITHOUT_TARGET,
                record,
                f"{record.indicator!r} tahun {_year(record)} melaporkan realisasi {_fmt(value)} "
                f"tanpa {what} yang tertulis{written}.",
                [record],
            )
        )
    return findings


def _consistent(
    record: Indicator, stated: float, target: float, realisation: float, tolerance: Tolerance
) -> bool:
    candidates = achievement_candidates(
        record.model_copy(update={"target": target, "realisation": realisation})
    )
    allowed = achievement_tolerance(stated, target, realisation, tolerance)
    if any(abs(stated - c) <= allowed for c in candidates):
        return True
    # Capped: the report states its ceiling (100 %, 120 %: written as it is) where the formula
    # gives more.
    return any(abs(stated - cap) < 1e-6 and max(candidates) >= cap for cap in VOCABULARY.achievement.caps)


def _a_plan_target_explains(
    record: Indicator, stated: float, realisation: float, elsewhere: Elsewhere, tolerance: Tolerance
) -> bool:
    """The row's achievement is its realisation against a target the OPD's plan sets: the scanned
    target cell was misread, the report divided right."""
    return any(_consistent(record, stated, t, realisation, tolerance) for t in elsewhere.plan_targets if t)


def _misreading_explains(
    record: Indicator,
    stated: float,
    target: float,
    realisation: float,
    tolerance: Tolerance,
    *,
    only_achievement: bool = False,
) -> bool:
    """One figure of a scanned row read wrong (a digit swapped, a comma lost) would make the row
    consistent: the scan cannot tell a misstated achievement from a misreading. With its target
    and realisation confirmed by another document (``only_achievement``) only the achievement
    may be the misread one."""
    if any(_consistent(record, v, target, realisation, tolerance) for v in misread_variants(stated)):
        return True
    return not only_achievement and (
        any(_consistent(record, stated, v, realisation, tolerance) for v in misread_variants(target) if v)
        or any(_consistent(record, stated, target, v, tolerance) for v in misread_variants(realisation))
    )


def _target_missing(record: Indicator, elsewhere: Elsewhere) -> bool:
    """A realisation's target is missing when its row says so ("-", "n/a") or leaves the target
    cell blank (a target elsewhere in the same document was taken before this) and the OPD's plan
    sets none that year, or, with no target cell at all, when no document of the OPD states one
    for that year. A target stated in words ("Tersedia", "WTP") is a target."""
    if record.target_text is None:  # no target cell at all (another table, a sentence)
        return elsewhere.same_document_says_none or not elsewhere.any_target
    # "-", "n/a" or a blank cell; a report that leaves out a target its plan set (one awaiting a
    # revision, say) reports against that one, not without a target
    return is_not_stated(record.target_text) and not elsewhere.plan_targets


def _finding(kind: FindingType, head: Indicator, message: str, records: Sequence[Indicator]) -> Finding:
    return Finding(
        type=kind,
        opd=head.opd,
        fiscal_year=head.fiscal_year,
        indicator=head.indicator,
        message=message,
        citations=tuple(r.citation for r in records),
    )


def same_indicator_groups(records: Iterable[Indicator]) -> list[list[Indicator]]:
    """Records of one OPD and year that name the same indicator (names compared by
    :func:`same_indicator_name`, units agreeing where both are stated). Records of one name come
    together first; two names then join unless one table lists both as rows of their own ("Luas
    lahan yang ditanami" and "Luas lahan kering yang ditanami" in one table are two indicators,
    whatever their names share)."""
    by_name: dict[tuple[str, int | None, str], list[list[Indicator]]] = defaultdict(list)
    for record in records:
        key = indicator_key(record.indicator)
        if not key:
            continue
        same_name = by_name[(record.opd, record.fiscal_year, key)]
        for members in same_name:
            if all(units_agree(record.unit, m.unit) for m in members):
                members.append(record)
                break
        else:
            same_name.append([record])
    by_scope: dict[tuple[str, int | None], list[list[Indicator]]] = defaultdict(list)
    for (opd, year, _), named in ((scope, n) for scope, groups in by_name.items() for n in groups):
        clusters = by_scope[(opd, year)]
        for members in clusters:
            if (
                all(units_agree(r.unit, m.unit) for r in named for m in members)
                and any(same_indicator_name(m.indicator, named[0].indicator) for m in members)
                and not _tables(members) & _tables(named)
            ):
                members.extend(named)
                break
        else:
            clusters.append(list(named))
    return [members for clusters in by_scope.values() for members in clusters]


def _tables(records: Iterable[Indicator]) -> set[tuple[str, int | str, int]]:
    """The tables (document, page, table) the records were read from as rows."""
    return {
        (r.citation.document_id, r.citation.page, r.citation.table)
        for r in records
        if r.citation.table is not None and r.citation.row is not None
    }


def figures_differ(
    a: float | None, b: float | None, tolerance: Tolerance = DEFAULT_TOLERANCE, *, set_figure: bool = False
) -> bool:
    """Two stated figures differ beyond the rounding of the coarser one. A ``set_figure`` (a
    target, a pagu) is decided, not measured: it is exact as written ("0,3" against "0,25", "5"
    against "5,5" are other targets)."""
    if a is None or b is None:
        return False
    slack = 0.0 if set_figure else max(_half_unit(a, tolerance), _half_unit(b, tolerance))
    return abs(a - b) > slack + 1e-9 * max(abs(a), abs(b), 1.0)


_SET_FIGURES = ("target", "pagu")
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
    for group in same_indicator_groups(records):
        reports = [r for r in group if r.document_type is not DocumentType.PLAN]
        plans = [r for r in group if r.document_type is DocumentType.PLAN]
        conflict = _conflict(reports, tolerance)
        if conflict is not None:
            findings.append(conflict)
        for plan in plans:
            # a report that explains its new target explains it for the OPD's other reports of it
            explained = [
                r.target for r in reports if r.target is not None and _report_explains(r, plan, tolerance)
            ]
            changed = [
                r
                for r in reports
                if r.citation.document_id != plan.citation.document_id
                and figures_differ(plan.target, r.target, tolerance, set_figure=True)
                and not _misread(r, plan, "target", tolerance)
                and not _plan_target_explains(r, plan, tolerance)
                and not any(not figures_differ(t, r.target, tolerance, set_figure=True) for t in explained)
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
            differing = [
                (name, label)
                for name, label in _COMPARED
                if figures_differ(
                    getattr(first, name), getattr(second, name), tolerance, set_figure=name in _SET_FIGURES
                )
            ]
            if _same_measurement(first, second, tolerance):
                # The same target and realisation with another achievement: one document divided
                # wrongly, which the achievement check says of that document; no conflict of figures.
                differing = [d for d in differing if d[0] != "achievement_pct"]
            differences = [
                f"{label} {_fmt(getattr(first, name))} vs {_fmt(getattr(second, name))}"
                for name, label in differing
            ]
            if differences and not all(
                _misread(first, second, name, tolerance) or _misread(second, first, name, tolerance)
                for name, _ in differing
            ):
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


def _same_measurement(first: Indicator, second: Indicator, tolerance: Tolerance) -> bool:
    """Both records state a target and a realisation, and the same ones."""
    return all(
        getattr(first, name) is not None
        and getattr(second, name) is not None
        and not figures_differ(getattr(first, name), getattr(second, name), tolerance, set_figure=set_figure)
        for name, set_figure in (("target", True), ("realisation", False))
    )


def _report_explains(report: Indicator, plan: Indicator, tolerance: Tolerance) -> bool:
    """The report says its target replaced the plan's ("diubah dari 40 menjadi 45"): a
    change it explains, not a silent one."""
    earlier = report.target_revised_from
    return earlier is not None and not figures_differ(plan.target, earlier, tolerance, set_figure=True)


def _plan_target_explains(scanned: Indicator, plan: Indicator, tolerance: Tolerance) -> bool:
    """The scanned row's own achievement is its realisation against the plan's target, not against
    the target read from the scan: the scan's target cell was misread (a "12" read as "5"), the
    report did not change the target."""
    stated, realisation = scanned.achievement_pct, scanned.realisation
    if not scanned.read_by_ocr or stated is None or realisation is None or not plan.target:
        return False
    return _consistent(scanned, stated, plan.target, realisation, tolerance) and not (
        scanned.target is not None and _consistent(scanned, stated, scanned.target, realisation, tolerance)
    )


def _misread(scanned: Indicator, other: Indicator, name: str, tolerance: Tolerance) -> bool:
    """The scanned record's figure is the other's misread (a digit swapped, a comma lost)."""
    value, truth = getattr(scanned, name), getattr(other, name)
    if not scanned.read_by_ocr or value is None or truth is None:
        return False
    return any(not figures_differ(v, truth, tolerance) for v in misread_variants(value))


def check_all(records: Sequence[Indicator], tolerance: Tolerance = DEFAULT_TOLERANCE) -> list[Finding]:
    """Every finding over an OPD's (or the city's) records; the same finding about the same
    indicator in several documents (a report and its scan) is one finding citing them all."""
    records = with_known_direction(records)
    elsewhere = _elsewhere(records)
    findings = [
        f
        for record in records
        for f in check_record(record, tolerance, elsewhere.get(id(record), Elsewhere()))
    ]
    return _merged(findings) + check_across(records, tolerance)


def with_known_direction(records: Sequence[Indicator]) -> list[Indicator]:
    """An indicator an OPD states as lower-is-better in one document (a polarity column, or an
    achievement only a lower-is-better formula gives where the name leaves the direction open) is
    so in its other documents too, whatever year (a triwulan report without that column)."""
    lower = [r for r in records if r.lower_is_better or _divides_as_lower_is_better(r)]
    if not lower:
        return list(records)
    out: list[Indicator] = []
    for record in records:
        known = not record.lower_is_better and any(
            r.opd == record.opd
            and units_agree(r.unit, record.unit)
            and same_indicator_name(r.indicator, record.indicator)
            for r in lower
        )
        out.append(record.model_copy(update={"lower_is_better": True}) if known else record)
    return out


def _divides_as_lower_is_better(record: Indicator, tolerance: Tolerance = DEFAULT_TOLERANCE) -> bool:
    """The record's name leaves its direction open and its stated achievement is one only a
    lower-is-better formula gives (target 8, realisation 6: 133,33%, not 75%): its document counts
    the indicator as lower-is-better."""
    stated, target, realisation = record.achievement_pct, record.target, record.realisation
    if stated is None or not target or not realisation or not direction_uncertain(record.indicator):
        return False
    allowed = achievement_tolerance(stated, target, realisation, tolerance)
    higher, lower = by_direction(target, realisation)
    return all(abs(stated - c) > allowed for c in higher) and any(abs(stated - c) <= allowed for c in lower)


def _elsewhere(records: Sequence[Indicator]) -> dict[int, Elsewhere]:
    """For each record: the targets the OPD's plans set for the indicator that year and, when it
    has no target of its own, the same indicator's target in another table of its document and
    whether any of the OPD's documents states one that year."""
    out: dict[int, Elsewhere] = {}
    for group in same_indicator_groups(records):
        plan_targets = tuple(
            r.target for r in group if r.document_type is DocumentType.PLAN and r.target is not None
        )
        stated = [
            r for r in group if r.target is not None or (r.target_text and not is_not_stated(r.target_text))
        ]
        for record in group:
            if record.target is not None:
                out[id(record)] = Elsewhere(
                    plan_targets=plan_targets, figures_confirmed=_figures_confirmed(record, group)
                )
                continue
            same_document = next(
                (
                    r
                    for r in stated
                    if r is not record
                    and r.target is not None
                    and r.citation.document_id == record.citation.document_id
                ),
                None,
            )
            says_none = any(
                r is not record
                and r.citation.document_id == record.citation.document_id
                and r.target is None
                and bool(r.target_text)
                and is_not_stated(r.target_text or "")
                for r in group
            )
            out[id(record)] = Elsewhere(
                same_document, any(r is not record for r in stated), says_none, plan_targets
            )
    return out


def _figures_confirmed(record: Indicator, group: Sequence[Indicator]) -> bool:
    """A scanned record whose target and realisation a document not read by OCR states alike."""
    target, realisation = record.target, record.realisation
    if not record.read_by_ocr or target is None or realisation is None:
        return False
    return any(
        not r.read_by_ocr
        and r.citation.document_id != record.citation.document_id
        and r.target is not None
        and r.realisation is not None
        and not figures_differ(r.target, target, DEFAULT_TOLERANCE)
        and not figures_differ(r.realisation, realisation, DEFAULT_TOLERANCE)
        for r in group
    )


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
