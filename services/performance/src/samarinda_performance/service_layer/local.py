"""The service in one process for one local user (the CLI, the demo, the evaluation): files are
read by the caller's extraction and handed in here; the embedded store keeps the indicators."""

from __future__ import annotations

from pathlib import Path

from samarinda_common.extracted import ExtractedDocument
from samarinda_common.ports import EventPublisher

from samarinda_performance.bootstrap import build_embedded
from samarinda_performance.domain.model import Finding, Indicator
from samarinda_performance.domain.reading import Source
from samarinda_performance.domain.scorecard import Card
from samarinda_performance.service_layer.handlers import document_id_for, ensure_indexes


class EmbeddedAnalysis:
    def __init__(self, data_dir: Path | None = None, publisher: EventPublisher | None = None) -> None:
        self.performance = build_embedded(data_dir, publisher)
        self._indexed = False

    async def add(
        self,
        document: ExtractedDocument,
        *,
        opd: str,
        fiscal_year: int | None = None,
        document_id: str | None = None,
    ) -> list[Indicator]:
        """Read ``document`` as ``opd``'s; the same file for the same OPD replaces its earlier reading."""
        if not self._indexed:
            await ensure_indexes(self.performance.store)
            self._indexed = True
        identity = document_id or document_id_for(f"{document.filename}\0{document.text}".encode(), opd)
        source = Source(document_id=identity, filename=document.filename, opd=opd, fiscal_year=fiscal_year)
        return (await self.performance.analyse(document, source)).indicators

    async def indicators(self, opd: str | None = None, fiscal_year: int | None = None) -> list[Indicator]:
        return await self.performance.indicators(opd, fiscal_year)

    async def findings(self, opd: str | None = None, fiscal_year: int | None = None) -> list[Finding]:
        return await self.performance.findings(opd, fiscal_year)

    async def scorecard(self, opd: str | None = None, fiscal_year: int | None = None) -> list[Card]:
        return await self.performance.scorecard(opd, fiscal_year)
