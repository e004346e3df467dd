"""The grpc.aio ``PerformanceService``: protobuf <-> the performance use cases, and who sees what.

Every read is OPD-scoped: an OPD token sees its own OPD (asking for another is PERMISSION_DENIED,
and the tenant-scoped store could not answer it anyway); an admin sees any OPD, or all of them and
the city's scorecard when ``opd`` is empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from samarinda.performance.v1 import performance_service_pb2 as pb
from samarinda.performance.v1 import performance_service_pb2_grpc as pb_grpc
from samarinda_common.auth import Principal, authorize_opd, current_principal
from samarinda_common.errors import InvalidInput

from samarinda_performance.domain.model import Citation, DocumentType, Finding, FindingType, Indicator
from samarinda_performance.domain.scorecard import Card
from samarinda_performance.service_layer.handlers import Performance

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["PerformanceService"].full_name

_TYPES = {
    FindingType.ACHIEVEMENT_MISMATCH: pb.FINDING_TYPE_ACHIEVEMENT_MISMATCH,
    FindingType.CROSS_DOCUMENT_CONFLICT: pb.FINDING_TYPE_CROSS_DOCUMENT_CONFLICT,
    FindingType.ABSORPTION_OVER_100: pb.FINDING_TYPE_ABSORPTION_OVER_100,
    FindingType.REALISATION_WITHOUT_TARGET: pb.FINDING_TYPE_REALISATION_WITHOUT_TARGET,
    FindingType.TARGET_CHANGED: pb.FINDING_TYPE_TARGET_CHANGED,
}
_FROM_PB = {value: kind for kind, value in _TYPES.items()}
_DOCUMENT_TYPES = {
    DocumentType.REPORT: pb.DOCUMENT_TYPE_REPORT,
    DocumentType.BUDGET: pb.DOCUMENT_TYPE_BUDGET,
    DocumentType.PLAN: pb.DOCUMENT_TYPE_PLAN,
}
T = TypeVar("T")


def _scope(principal: Principal, opd: str) -> str | None:
    """The OPD a read is limited to: the asked one if allowed, the caller's own when none is asked."""
    if opd:
        authorize_opd(principal, opd)
        return opd
    if principal.is_admin:
        return None
    return principal.opd


def _year(value: int) -> int | None:
    if value and not 2000 <= value <= 2100:
        raise InvalidInput("fiscal_year must be between 2000 and 2100 (0: every year)", field="fiscal_year")
    return value or None


def _page(items: Sequence[T], size: int, token: str, maximum: int) -> tuple[Sequence[T], str]:
    if size < 0:
        raise InvalidInput("page_size must not be negative", field="page_size")
    try:
        start = int(token) if token else 0
    except ValueError as exc:
        raise InvalidInput("page_token is not one this server gave", field="page_token") from exc
    if start < 0:
        raise InvalidInput("page_token is not one this server gave", field="page_token")
    size = min(size or maximum, maximum)
    end = start + size
    return items[start:end], str(end) if end < len(items) else ""


def citation_pb(citation: Citation) -> pb.Citation:
    message = pb.Citation(
        document_id=citation.document_id, document=citation.document, page=str(citation.page)
    )
    if citation.table is not None:
        message.table = citation.table
    if citation.row is not None:
        message.row = citation.row
    if citation.span is not None:
        message.span_start, message.span_end = citation.span
    return message


def indicator_pb(record: Indicator) -> pb.Indicator:
    message = pb.Indicator(
        opd=record.opd,
        document_type=_DOCUMENT_TYPES[record.document_type],
        indicator=record.indicator,
        programme=record.programme or "",
        kegiatan=record.kegiatan or "",
        sub_kegiatan=record.sub_kegiatan or "",
        unit=record.unit or "",
        lower_is_better=record.lower_is_better,
        citation=citation_pb(record.citation),
    )
    if record.fiscal_year is not None:
        message.fiscal_year = record.fiscal_year
    for name in (
        "target",
        "realisation",
        "achievement_pct",
        "pagu",
        "budget_realisation",
        "absorption_pct",
        "previous_realisation",
    ):
        value = getattr(record, name)
        if value is not None:
            setattr(message, name, value)
    return message


def finding_pb(finding: Finding) -> pb.Finding:
    message = pb.Finding(
        type=_TYPES[finding.type],
        opd=finding.opd,
        indicator=finding.indicator,
        message=finding.message,
        citations=[citation_pb(c) for c in finding.citations],
    )
    if finding.fiscal_year is not None:
        message.fiscal_year = finding.fiscal_year
    return message


def scorecard_pb(card: Card) -> pb.Scorecard:
    message = pb.Scorecard(
        opd=card.opd,
        fiscal_year=card.fiscal_year,
        indicators=card.indicators,
        met=card.met,
        not_met=card.not_met,
        unknown=card.unknown,
        pagu_idr=round(card.pagu),
        budget_realisation_idr=round(card.budget_realisation),
        findings=card.findings,
    )
    for name in ("absorption_pct", "met_share_change", "absorption_change"):
        value = getattr(card, name)
        if value is not None:
            setattr(message, name, value)
    return message


class PerformanceServicer(pb_grpc.PerformanceServiceServicer):
    def __init__(self, performance: Performance, max_page_size: int = 1000) -> None:
        self._performance = performance
        self._max_page_size = max_page_size

    async def GetScorecard(self, request: pb.GetScorecardRequest, context: Any) -> pb.GetScorecardResponse:
        opd = _scope(current_principal(), request.opd)
        cards = await self._performance.scorecard(opd, _year(request.fiscal_year))
        return pb.GetScorecardResponse(scorecards=[scorecard_pb(c) for c in cards])

    async def ListIndicators(
        self, request: pb.ListIndicatorsRequest, context: Any
    ) -> pb.ListIndicatorsResponse:
        opd = _scope(current_principal(), request.opd)
        records = await self._performance.indicators(
            opd, _year(request.fiscal_year), request.document_id or None
        )
        page, token = _page(records, request.page_size, request.page_token, self._max_page_size)
        return pb.ListIndicatorsResponse(indicators=[indicator_pb(r) for r in page], next_page_token=token)

    async def ListFindings(self, request: pb.ListFindingsRequest, context: Any) -> pb.ListFindingsResponse:
        opd = _scope(current_principal(), request.opd)
        kind = _FROM_PB.get(request.type) if request.type else None
        if request.type and kind is None:
            raise InvalidInput("unknown finding type", field="type")
        findings = await self._performance.findings(opd, _year(request.fiscal_year), kind)
        page, token = _page(findings, request.page_size, request.page_token, self._max_page_size)
        return pb.ListFindingsResponse(findings=[finding_pb(f) for f in page], next_page_token=token)
