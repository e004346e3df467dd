"""All six services in one process on the embedded adapters: the demo's composition root.

Every service contributes its own subscriptions, built by its own bootstrap functions, to one
:class:`InProcessBus`; the bus drives them through the same ``EventProcessor`` as Kafka does
(decode, dedup on event id, retries, dead letters). Handled event ids are kept in the document
store, and uploads are content-addressed, so a second run over the same data directory finds
everything it already did and does nothing again.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from pydantic import SecretStr
from samarinda.billing.v1 import billing_service_pb2_grpc as billing_grpc
from samarinda.review.v1 import review_service_pb2_grpc as review_grpc
from samarinda.upload.v1 import upload_service_pb2_grpc as upload_grpc
from samarinda_ask import api as ask_service
from samarinda_ask.api import AskCommand, AskDeps, AskResult, AskSettings
from samarinda_billing import api as billing
from samarinda_billing.api import MICRO_PER_RUPIAH, Billing, BillingSettings
from samarinda_common.auth import CATALOGUE_PUBLISHER, AuditLog, Principal, use_principal
from samarinda_common.errors import PermanentError
from samarinda_common.events import CATALOGUE_CATEGORIES, DocumentCategory
from samarinda_common.grpc.server import AddServicer
from samarinda_common.infra import Infra, build_infra
from samarinda_common.messaging import InProcessBus, PublishingUsageMeter
from samarinda_common.quota import QuotaStateGuard, quota_subscription
from samarinda_common.rka import Review, Rka
from samarinda_common.settings import CommonSettings, Mode
from samarinda_common.tenancy import Tenancy
from samarinda_embedding import api as embedding
from samarinda_embedding.api import EmbeddingSettings, Searcher, SearchFilters, SearchHit
from samarinda_extraction import api as extraction
from samarinda_extraction.api import ExtractionDeps, ExtractionSettings, PooledExtractor
from samarinda_performance import api as performance
from samarinda_performance.api import Card, Performance, PerformanceSettings
from samarinda_performance.api import Finding as PerformanceFinding
from samarinda_rka_review import api as rka_review
from samarinda_rka_review.api import IndexEvidenceSearch, ReviewDeps, RkaReviewSettings, render_html
from samarinda_upload import api as upload
from samarinda_upload.api import UploadDeps, UploadMetadata, UploadOutcome, UploadSettings, document_id_for

SettingsT = TypeVar("SettingsT", bound=CommonSettings)

# What an OPD's own documents can say about a budget line (not the RKA itself, nor the SSH).
EVIDENCE_CATEGORIES = tuple(
    c.value
    for c in (
        DocumentCategory.REALISASI,
        DocumentCategory.QUOTATION,
        DocumentCategory.REPORT,
        DocumentCategory.MINUTES,
        DocumentCategory.OTHER,
    )
)

# Uploads in this process come from the operator at the keyboard, acting for the OPD they name.
UPLOAD_SOURCE = "embedded"


def service_settings(kind: type[SettingsT], common: CommonSettings) -> SettingsT:
    """``kind`` with the shared values of ``common``; its own knobs still come from the environment."""
    shared = common.model_dump(exclude={"service_name"})
    return kind(**{name: value for name, value in shared.items() if name in kind.model_fields})


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class PlannedUpload:
    path: Path
    category: DocumentCategory
    fiscal_year: int | None


@dataclass(frozen=True)
class SamplePlan:
    """What the demo hands over, in order: the catalogue first, so the RKA is reviewed against it."""

    catalogue: list[PlannedUpload]
    documents: list[PlannedUpload]
    rka: list[PlannedUpload]
    # Performance reports of several OPDs (kinerja/<OPD>/...), each handed over by its own OPD.
    reports: dict[str, list[PlannedUpload]] = field(default_factory=dict)


_TABLE_SUFFIXES = frozenset({".xlsx", ".csv"})
# Keywords in an OPD document's file name, most specific first.
_DOCUMENT_KEYWORDS = (
    ("realisasi", DocumentCategory.REALISASI),
    ("penawaran", DocumentCategory.QUOTATION),
    ("notulen", DocumentCategory.MINUTES),
    ("laporan", DocumentCategory.REPORT),
)


def fiscal_year_in(name: str) -> int | None:
    found = re.search(r"(?<!\d)(20\d\d)(?!\d)", name)
    return int(found.group(1)) if found else None


def document_category(name: str) -> DocumentCategory:
    lowered = name.lower()
    return next((c for word, c in _DOCUMENT_KEYWORDS if word in lowered), DocumentCategory.OTHER)


def sample_plan(samples: Path) -> SamplePlan:
    """The sample set's layout (tests/fixtures/samples/README.md): ``ssh*`` and ``rka*`` tables at
    the top, OPD documents under ``docs/`` (their ``*.truth.txt`` OCR answers are not documents)."""

    def planned(path: Path, category: DocumentCategory) -> PlannedUpload:
        return PlannedUpload(path, category, fiscal_year_in(path.name))

    def tables(prefix: str) -> list[Path]:
        return sorted(p for p in samples.glob(f"{prefix}*") if p.suffix.lower() in _TABLE_SUFFIXES)

    documents = sorted(p for p in (samples / "docs").glob("*") if p.is_file() and not p.name.endswith(".txt"))
    reports = {
        folder.name: [planned(p, DocumentCategory.REPORT) for p in sorted(folder.iterdir()) if p.is_file()]
        for folder in sorted((samples / "kinerja").glob("*"))
        if folder.is_dir()
    }
    return SamplePlan(
        catalogue=[planned(p, DocumentCategory.SSH) for p in tables("ssh")],
        documents=[planned(p, document_category(p.name)) for p in documents],
        rka=[planned(p, DocumentCategory.RKA) for p in tables("rka")],
        reports=reports,
    )


@dataclass(frozen=True)
class UsageLine:
    opd: str
    operation: str
    provider: str
    units: int
    events: int
    cost_micro_idr: int  # billing keeps sub-rupiah precision; a few MB stored cost under Rp 1

    @property
    def cost_idr(self) -> Decimal:
        return Decimal(self.cost_micro_idr) / MICRO_PER_RUPIAH


class EmbeddedPipeline:
    """Upload, extraction, embedding, RKA review and billing, wired on one in-process bus.

    ``async with EmbeddedPipeline(settings) as pipeline:`` then ``upload_file`` and
    ``run_until_idle``; reads go through each service's own query functions.
    """

    def __init__(self, settings: CommonSettings) -> None:
        if settings.mode is not Mode.EMBEDDED:
            raise ValueError("the in-process pipeline needs the embedded adapters (SAMARINDA_MODE=embedded)")
        self.settings = settings
        self._infra: Infra | None = None
        self._extractor: PooledExtractor | None = None
        self._bus: InProcessBus | None = None
        self._upload: UploadDeps | None = None
        self._extraction: ExtractionDeps | None = None
        self._review: ReviewDeps | None = None
        self._billing: Billing | None = None
        self._searcher: Searcher | None = None
        self._max_upload_bytes = 0
        self._ask: AskDeps | None = None
        self._performance: Performance | None = None

    async def __aenter__(self) -> EmbeddedPipeline:
        try:
            return await self._start()
        except BaseException:
            await self.__aexit__(None, None, None)  # the OCR pool and the stores opened so far
            raise

    def _tenancy(self) -> Tenancy:
        """One store and one index serve the six services in this process: all they declare."""
        return (
            upload.TENANCY.merged(extraction.TENANCY)
            .merged(embedding.tenancy_for(service_settings(EmbeddingSettings, self.settings)))
            .merged(rka_review.tenancy_for(service_settings(RkaReviewSettings, self.settings)))
            .merged(billing.TENANCY)
            .merged(ask_service.tenancy_for(service_settings(AskSettings, self.settings)))
            .merged(performance.TENANCY)
        )

    async def _start(self) -> EmbeddedPipeline:
        self.settings.ensure_data_dir()
        infra = self._infra = build_infra(self.settings, self._tenancy())
        store = infra.document_store
        # The document store remembers handled event ids, so a redelivery across runs is a duplicate.
        bus = self._bus = InProcessBus(processed_store=store)

        # One process: the ZIP members extraction hands back to intake are signed with a key that
        # lives only as long as this pipeline (the same checks as between separate services).
        internal_key = secrets.token_hex(32)
        upload_settings = service_settings(UploadSettings, self.settings).model_copy(
            update={"event_keys": SecretStr(f"{upload.INTERNAL_PRODUCER}={internal_key}")}
        )
        self._upload = upload.build_deps(upload_settings, infra, bus)
        self._max_upload_bytes = upload_settings.max_upload_bytes
        await upload.ensure_storage(self._upload)
        bus.subscribe(upload.ingest_subscription(upload_settings, self._upload))

        extraction_settings = service_settings(ExtractionSettings, self.settings).model_copy(
            update={"signing_key": SecretStr(internal_key)}
        )
        self._extractor = extraction.build_extractor(extraction_settings)
        self._extraction = extraction.build_deps(extraction_settings, infra, bus, self._extractor)
        bus.subscribe(extraction.uploaded_subscription(extraction_settings.consumer_group, self._extraction))

        embedding_settings = service_settings(EmbeddingSettings, self.settings)
        embedder = embedding.embedder_for(embedding_settings)
        embedding_quota = QuotaStateGuard(store)
        indexer = embedding.build_indexer(
            embedding_settings, infra.vector_index, embedder, bus, embedding_quota
        )
        await indexer.ensure_indexes()
        self._searcher = embedding.build_searcher(embedding_settings, infra.vector_index, embedder)
        bus.subscribe(
            embedding.extracted_subscription(
                embedding_settings.consumer_group, store, infra.blob_store, indexer, bus
            )
        )
        bus.subscribe(quota_subscription(embedding_quota, embedding_settings.consumer_group))

        review_settings = service_settings(RkaReviewSettings, self.settings)
        review_quota = QuotaStateGuard(store)
        review_deps = rka_review.build_deps(
            review_settings,
            store,
            bus,
            PublishingUsageMeter(bus, rka_review.SERVICE),
            quota=review_quota,
        )
        # Evidence from the OPD's own documents, with the embedder the chunks were indexed with.
        evidence = IndexEvidenceSearch(infra.vector_index, embedder, review_settings.chunks_index)
        self._review = replace(review_deps, evidence=evidence)
        await rka_review.ensure_indexes(self._review)
        for subscription in rka_review.subscriptions(self._review, review_settings.consumer_group):
            bus.subscribe(subscription)
        bus.subscribe(quota_subscription(review_quota, review_settings.consumer_group))

        billing_settings = service_settings(BillingSettings, self.settings)
        self._billing = billing.build_billing(billing_settings, store, bus)
        await billing.ensure_indexes(store)
        bus.subscribe(billing.usage_subscription(self._billing, billing_settings.consumer_group))

        # Questions are metered through the same bus, so billing charges them like the rest.
        self._ask = ask_service.build_deps(service_settings(AskSettings, self.settings), infra, bus)
        performance_settings = service_settings(PerformanceSettings, self.settings)
        self._performance = performance.build_performance(store, bus)
        await performance.ensure_indexes(store)
        bus.subscribe(
            performance.extracted_subscription(
                performance_settings.consumer_group, store, infra.blob_store, self._performance
            )
        )

        # Accepted uploads of an interrupted run that never got announced: the upload relay's job.
        await upload.relay_unpublished(self._upload, min_age=timedelta(0))
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._extractor is not None:
            self._extractor.close()
        # Upload's bootstrap hands out the validator pool's bound method and no way to close it.
        validator_pool = getattr(self._upload.validator, "__self__", None) if self._upload else None
        if validator_pool is not None and hasattr(validator_pool, "close"):
            await validator_pool.close()
        if self._infra is not None:
            await self._infra.close()

    # -- what the demo and tests drive -------------------------------------------------------
    @property
    def bus(self) -> InProcessBus:
        return _ready(self._bus)

    async def upload_file(
        self, path: Path, opd: str, category: DocumentCategory | str, fiscal_year: int | None = None
    ) -> UploadOutcome:
        """The upload service's accept path (same validation and dedup) for a file on this machine."""
        metadata = UploadMetadata.parse(
            opd=opd, category=category, filename=path.name, fiscal_year=fiscal_year
        )
        # The local user keeps the city's data on this machine: it also files the catalogues.
        operator = Principal(
            opd=metadata.opd, is_admin=False, token_id=UPLOAD_SOURCE, roles=frozenset({CATALOGUE_PUBLISHER})
        )
        return await upload.upload(_ready(self._upload), operator, metadata, path, source=UPLOAD_SOURCE)

    async def resume_interrupted(self) -> list[str]:
        """Finish what an interrupted run left half-way; returns the documents it picked up again.

        The in-process bus forgets its events when the process ends, so a document stopped between
        upload and indexing would stay there (a repeated upload is a duplicate that announces
        nothing). Extraction's handler is idempotent (a stored extraction is reused) and announces
        the document downstream again; an RKA indexed but never reviewed is reviewed.
        """
        store = _ready(self._infra).document_store
        in_flight = {"published": True, "status": {"$in": ["accepted", "extracted"]}}
        halfway = await upload.documents(store, in_flight)
        # Catalogues first, so that an RKA among them is reviewed against them.
        catalogues = [r for r in halfway if r["category"] in CATALOGUE_CATEGORIES]
        for batch in (catalogues, [r for r in halfway if r not in catalogues]):
            for record in batch:
                try:
                    await extraction.handle_document_uploaded(
                        upload.uploaded_event(record), _ready(self._extraction)
                    )
                except PermanentError:
                    continue  # the handler has marked the document failed, with the reason
            await self.run_until_idle()
        review_deps = _ready(self._review)
        unreviewed = []
        indexed_rka = {"category": DocumentCategory.RKA.value, "status": "indexed"}
        for record in await upload.documents(store, indexed_rka):
            if await rka_review.document_review(record["_id"], review_deps) is not None:
                continue
            try:
                rka = await rka_review.rka_from_document(
                    record["_id"], record["opd"], record.get("fiscal_year"), review_deps
                )
                await rka_review.review(rka, review_deps, correlation_id=record["_id"])
            except PermanentError:
                continue  # an RKA that cannot be reviewed (no lines...) stays unreviewed, as its DLQ says
            unreviewed.append(record["_id"])
        await self.run_until_idle()
        return [record["_id"] for record in halfway] + unreviewed

    def grpc_servicers(self) -> list[tuple[AddServicer, Any, str]]:
        """The upload, review and billing gRPC APIs over this pipeline's own stores, as
        ``(add_to_server, servicer, service name)``: what the console's embedded mode serves on
        loopback, so that the console reads the local data through the same contracts as a cluster."""
        store = _ready(self._infra).document_store
        return [
            (
                upload_grpc.add_UploadServiceServicer_to_server,
                upload.UploadServicer(_ready(self._upload), self._max_upload_bytes),
                upload.GRPC_SERVICE_NAME,
            ),
            (
                review_grpc.add_RkaReviewServiceServicer_to_server,
                rka_review.RkaReviewServicer(_ready(self._review)),
                rka_review.GRPC_SERVICE_NAME,
            ),
            (
                billing_grpc.add_BillingServiceServicer_to_server,
                billing.BillingServicer(_ready(self._billing), AuditLog(store)),
                billing.GRPC_SERVICE_NAME,
            ),
        ]

    async def run_until_idle(self) -> int:
        """Deliver every pending event, and those the handlers publish, until none is left."""
        return await self.bus.run_until_idle()

    async def documents(self, document_ids: list[str]) -> Mapping[str, dict[str, Any]]:
        """The upload service's records of these documents (``status`` moves with the pipeline)."""
        rows = await upload.documents(_ready(self._infra).document_store, {"_id": {"$in": document_ids}})
        return {row["_id"]: row for row in rows}

    async def extraction_count(self) -> int:
        """How many extractions the extraction service has stored (it never stores one twice)."""
        return await extraction.extraction_count(_ready(self._infra).document_store)

    async def review(self, document: str | Path, opd: str | None = None) -> tuple[Review, Rka] | None:
        """The stored review of an uploaded RKA (by document id, or by file and OPD); None if not yet."""
        if isinstance(document, Path):
            if opd is None:
                raise ValueError("an RKA named by its file needs the OPD that uploaded it")
            document = document_id_for(opd, file_sha256(document))
        return await rka_review.document_review(document, _ready(self._review))

    async def usage_by_opd(self, period: str | None = None) -> tuple[str, list[UsageLine]]:
        """Billing's usage report of ``period`` (default: the current one) per OPD and operation."""
        resolved, report = await _ready(self._billing).usage(period)
        lines = []
        for key, totals in sorted(report.lines.items()):
            row = dict(zip(report.group_by, key, strict=True))
            lines.append(
                UsageLine(
                    opd=row["opd"],
                    operation=row["operation"],
                    provider=row["provider"],
                    units=totals.units,
                    events=totals.events,
                    cost_micro_idr=totals.cost_micro_idr,
                )
            )
        return resolved, lines

    async def ledger_entries(self, period: str | None = None, opd: str | None = None) -> int:
        billing = _ready(self._billing)
        return len(await billing.ledger.entries(billing.period_or_current(period), opd=opd))

    async def search(
        self, query: str, opd: str | None = None, categories: tuple[str, ...] = (), k: int = 5
    ) -> list[SearchHit]:
        filters = SearchFilters(opd=(opd,) if opd else (), category=categories)
        return await _ready(self._searcher).search(query, filters=filters, k=k)

    async def ask(self, question: str, opd: str | None = None) -> AskResult:
        """A grounded answer over ``opd``'s documents (city-wide, as an admin, when None)."""
        caller = Principal(opd=opd, is_admin=False, token_id="demo") if opd else Principal.platform("demo")  # noqa: S106 (a label)
        with use_principal(caller):
            result = await ask_service.ask(_ready(self._ask), AskCommand(question))
        await self.run_until_idle()  # the question's usage reaches billing
        return result

    async def kinerja(self, opd: str | None = None) -> tuple[list[Card], list[PerformanceFinding]]:
        """The performance scorecards (per OPD and the city's) and the findings, as the API gives them."""
        service = _ready(self._performance)
        return await service.scorecard(opd), await service.findings(opd)


def write_review_report(data_dir: Path, rka: Rka, review: Review) -> Path:
    """The reviewer's HTML report of ``review``, under ``<data_dir>/reports``."""
    target = data_dir / "reports" / f"{review.review_id}.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_html(rka, review), encoding="utf-8")
    return target


T = TypeVar("T")


def _ready(value: T | None) -> T:
    if value is None:
        raise RuntimeError("use the pipeline inside `async with EmbeddedPipeline(...)`")
    return value
