"""What the entrypoints call: read a document's indicators, re-check its OPD, answer queries.

Re-reading a document replaces its indicators (the ids are deterministic and the old set is
deleted first) and recomputes the OPD's findings from all its indicators, so the handler is
idempotent whatever the consumer's redelivery does, and a finding between two documents appears
whichever of them arrives last.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from samarinda_common.events import (
    DocumentCategory,
    DocumentExtracted,
    IndicatorsExtracted,
    UsageOperation,
)
from samarinda_common.extracted import ExtractedDocument
from samarinda_common.extracted_store import EXTRACTIONS_COLLECTION, load_extraction
from samarinda_common.logging import get_logger
from samarinda_common.ports import BlobStore, DocumentStore, EventPublisher, QuotaGuard, UsageMeter
from samarinda_common.tenancy import tenancy

from samarinda_performance.domain.checks import check_all
from samarinda_performance.domain.model import Finding, FindingType, Indicator
from samarinda_performance.domain.reading import Source, read_indicators
from samarinda_performance.domain.scorecard import Card, scorecards
from samarinda_performance.domain.vocabulary import VOCABULARY

log = get_logger(__name__)

INDICATORS = "performance_indicators"
FINDINGS = "performance_findings"
# Every collection holds one OPD's rows; admins (platform principals) read across OPDs.
TENANCY = tenancy(owned={INDICATORS: "opd", FINDINGS: "opd", EXTRACTIONS_COLLECTION: "opd"})
# Categories that are never performance reports (price catalogues, draft budgets, quotations).
SKIPPED_CATEGORIES = frozenset(
    {DocumentCategory.SSH, DocumentCategory.PRICE_REFERENCE, DocumentCategory.RKA, DocumentCategory.QUOTATION}
)
READER_VERSION = f"kinerja-rules-{VOCABULARY.version}"
# The reader runs here on rules (zero-rated); a model-backed reader would name its provider.
READER_PROVIDER = "local"


async def ensure_indexes(store: DocumentStore) -> None:
    await store.ensure_index(INDICATORS, [("opd", 1), ("fiscal_year", 1)], name="opd_year")
    await store.ensure_index(INDICATORS, [("document_id", 1)], name="document")
    await store.ensure_index(FINDINGS, [("opd", 1), ("fiscal_year", 1)], name="opd_year")


def _stored(record: Indicator, position: int) -> dict[str, Any]:
    data = record.model_dump(mode="json")
    data["_id"] = f"{record.citation.document_id}:{position:05d}"  # sorts in reading order
    data["document_id"] = record.citation.document_id
    return data


def _finding_id(finding: Finding) -> str:
    cited = "|".join(f"{c.document_id}:{c.page}:{c.table}:{c.row}:{c.span}" for c in finding.citations)
    digest = hashlib.sha256(f"{finding.type}|{finding.indicator}|{cited}".encode()).hexdigest()[:24]
    return f"{finding.opd}:{digest}"


def _record(document: dict[str, Any]) -> Indicator:
    document = {k: v for k, v in document.items() if k not in ("_id", "document_id")}
    return Indicator.model_validate(document)


def _finding(document: dict[str, Any]) -> Finding:
    return Finding.model_validate({k: v for k, v in document.items() if k != "_id"})


@dataclass(frozen=True)
class Analysis:
    """The outcome of reading one document."""

    indicators: list[Indicator]
    findings: list[Finding]  # the OPD's, after this document


@dataclass
class Performance:
    """The service's use cases over its ports (built once by the composition root)."""

    store: DocumentStore
    publisher: EventPublisher
    usage_meter: UsageMeter
    # Refuses paid readers for an OPD whose credits are spent (QuotaExhausted); None: no checks.
    quota_guard: QuotaGuard | None = None

    async def analyse(
        self, document: ExtractedDocument, source: Source, correlation_id: str | None = None
    ) -> Analysis:
        if self.quota_guard is not None:
            await self.quota_guard.ensure_allowed(source.opd, READER_PROVIDER)
        records = read_indicators(document, source)
        await self.store.delete_many(INDICATORS, {"document_id": source.document_id})
        if records:
            await self.store.insert_many(INDICATORS, [_stored(r, i) for i, r in enumerate(records)])
        findings = await self.recheck(source.opd)
        await self.usage_meter.record(
            opd=source.opd,
            operation=UsageOperation.PARSE_PAGE,
            units=len(document.pages),
            provider=READER_PROVIDER,
            model=READER_VERSION,
            document_id=source.document_id,
            # One charge per document and reader version, however often the event is redelivered.
            subject_id=f"{source.document_id}:indicators:{READER_VERSION}",
            correlation_id=correlation_id,
        )
        year = next((r.fiscal_year for r in records if r.fiscal_year is not None), source.fiscal_year)
        await self.publisher.publish(
            IndicatorsExtracted(
                opd=source.opd,
                document_id=source.document_id,
                fiscal_year=year,
                document_type=records[0].document_type.value if records else "report",
                indicators=len(records),
                findings=len(findings),
                reader_version=READER_VERSION,
                correlation_id=correlation_id,
            )
        )
        log.info(
            "indicators_extracted",
            document_id=source.document_id,
            opd=source.opd,
            indicators=len(records),
            findings=len(findings),
        )
        return Analysis(records, findings)

    async def recheck(self, opd: str) -> list[Finding]:
        """Recompute the OPD's findings from all its indicators and store them in place of the old."""
        records = [_record(d) for d in await self.store.find(INDICATORS, {"opd": opd})]
        findings = check_all(records)
        await self.store.delete_many(FINDINGS, {"opd": opd})
        if findings:
            stored = {_finding_id(f): f for f in findings}  # the same finding twice is one
            await self.store.insert_many(
                FINDINGS, [{"_id": key, **f.model_dump(mode="json")} for key, f in stored.items()]
            )
        return findings

    async def indicators(
        self, opd: str | None = None, fiscal_year: int | None = None, document_id: str | None = None
    ) -> list[Indicator]:
        """The caller's indicators (every OPD's for an admin), in document and reading order."""
        where: dict[str, Any] = {}
        if opd:
            where["opd"] = opd
        if fiscal_year is not None:
            where["fiscal_year"] = fiscal_year
        if document_id:
            where["document_id"] = document_id
        found = await self.store.find(INDICATORS, where, sort=[("opd", 1), ("_id", 1)])
        return [_record(d) for d in found]

    async def findings(
        self, opd: str | None = None, fiscal_year: int | None = None, kind: FindingType | None = None
    ) -> list[Finding]:
        where: dict[str, Any] = {}
        if opd:
            where["opd"] = opd
        if fiscal_year is not None:
            where["fiscal_year"] = fiscal_year
        if kind is not None:
            where["type"] = kind.value
        return [_finding(d) for d in await self.store.find(FINDINGS, where, sort=[("opd", 1), ("_id", 1)])]

    async def scorecard(self, opd: str | None = None, fiscal_year: int | None = None) -> list[Card]:
        """Cards per OPD and year plus the city's (for an admin without ``opd``)."""
        records = await self.indicators(opd)
        findings = await self.findings(opd)
        cards = scorecards(records, findings)
        if opd:
            cards = [c for c in cards if c.opd == opd]
        if fiscal_year is not None:
            cards = [c for c in cards if c.fiscal_year == fiscal_year]
        return cards


async def handle_document_extracted(
    event: DocumentExtracted, *, store: DocumentStore, blobs: BlobStore, performance: Performance
) -> Analysis | None:
    """Read the extraction the event points at; documents that are never reports are skipped."""
    if event.category in SKIPPED_CATEGORIES:
        log.info("document_skipped", document_id=event.document_id, category=event.category.value)
        return None
    document = await load_extraction(store, blobs, event)
    source = Source(
        document_id=event.document_id, filename=event.filename, opd=event.opd, fiscal_year=event.fiscal_year
    )
    return await performance.analyse(document, source, event.correlation_id)


def document_id_for(content: bytes, opd: str) -> str:
    """A local file's id in the embedded mode: the same file for the same OPD is one document."""
    return "local-" + hashlib.sha256(opd.encode() + b"\0" + content).hexdigest()[:32]
