"""The scorecard: per OPD and fiscal year (and for the city), indicators met / not met, budget
absorption, the findings, and the trend against the previous year where data exists."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from samarinda_performance.domain.checks import achievement_candidates
from samarinda_performance.domain.indicator_names import indicator_key
from samarinda_performance.domain.model import DocumentType, Finding, Indicator


class Card(BaseModel):
    model_config = ConfigDict(frozen=True)

    opd: str  # "" for the city
    fiscal_year: int
    indicators: int
    met: int
    not_met: int
    unknown: int  # stated without both target and realisation
    pagu: float
    budget_realisation: float
    absorption_pct: float | None
    findings: dict[str, int]
    # Against the previous year (None where that year has no data): change in the share of
    # indicators met (points) and in absorption (points).
    met_share_change: float | None = None
    absorption_change: float | None = None

    @property
    def met_share(self) -> float | None:
        known = self.met + self.not_met
        return self.met / known * 100 if known else None


def is_met(record: Indicator) -> bool | None:
    """Met when the achievement (stated, else computed) reaches 100%; None when unknown."""
    if record.target is not None and record.realisation is not None:
        if record.lower_is_better:
            return record.realisation <= record.target
        return record.realisation >= record.target
    if record.achievement_pct is not None:
        return record.achievement_pct >= 100
    candidates = achievement_candidates(record)
    return candidates[0] >= 100 if candidates else None


def _one_per_indicator(records: Sequence[Indicator]) -> list[Indicator]:
    """An indicator stated in several documents counts once (reports before budgets, plans never)."""
    chosen: dict[tuple[str, int | None, str], Indicator] = {}
    rank = {DocumentType.REPORT: 0, DocumentType.BUDGET: 1}
    for record in records:
        if record.document_type is DocumentType.PLAN:
            continue
        key = (record.opd, record.fiscal_year, indicator_key(record.indicator))
        current = chosen.get(key)
        if current is None or rank[record.document_type] < rank[current.document_type]:
            chosen[key] = record
    return list(chosen.values())


def _card(opd: str, year: int, records: Sequence[Indicator], findings: Sequence[Finding]) -> Card:
    performance = [r for r in records if r.has_performance]
    verdicts = [is_met(r) for r in performance]
    budget = [r for r in records if r.pagu is not None and r.budget_realisation is not None]
    pagu = sum(r.pagu or 0 for r in budget)
    spent = sum(r.budget_realisation or 0 for r in budget)
    return Card(
        opd=opd,
        fiscal_year=year,
        indicators=len(performance),
        met=sum(1 for v in verdicts if v is True),
        not_met=sum(1 for v in verdicts if v is False),
        unknown=sum(1 for v in verdicts if v is None),
        pagu=pagu,
        budget_realisation=spent,
        absorption_pct=spent / pagu * 100 if pagu else None,
        findings=dict(Counter(f.type.value for f in findings)),
    )


def _with_trend(card: Card, previous: Card | None) -> Card:
    if previous is None:
        return card
    met_change = (
        card.met_share - previous.met_share
        if card.met_share is not None and previous.met_share is not None
        else None
    )
    absorption_change = (
        card.absorption_pct - previous.absorption_pct
        if card.absorption_pct is not None and previous.absorption_pct is not None
        else None
    )
    return card.model_copy(update={"met_share_change": met_change, "absorption_change": absorption_change})


def scorecards(records: Sequence[Indicator], findings: Sequence[Finding]) -> list[Card]:
    """One card per OPD and year, then one per year for the city (``opd`` empty)."""
    unique = _one_per_indicator(records)
    by_scope: dict[tuple[str, int], list[Indicator]] = defaultdict(list)
    for record in unique:
        if record.fiscal_year is not None:
            by_scope[(record.opd, record.fiscal_year)].append(record)
            by_scope[("", record.fiscal_year)].append(record)
    findings_by: dict[tuple[str, int], list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.fiscal_year is not None:
            findings_by[(finding.opd, finding.fiscal_year)].append(finding)
            findings_by[("", finding.fiscal_year)].append(finding)
    cards = {scope: _card(*scope, rows, findings_by[scope]) for scope, rows in by_scope.items()}
    result = [_with_trend(card, cards.get((opd, year - 1))) for (opd, year), card in cards.items()]
    return sorted(result, key=lambda c: (c.opd == "", c.opd, c.fiscal_year))
