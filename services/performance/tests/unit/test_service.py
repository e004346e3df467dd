"""The use cases over the tenant-scoped embedded store, the event handler, and the gRPC servicer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from samarinda.performance.v1 import performance_service_pb2 as pb
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.local_blob import LocalFolderBlobStore
from samarinda_common.auth import Principal, use_principal
from samarinda_common.errors import InvalidInput, NotFound, PermissionDenied
from samarinda_common.events import DocumentCategory, DocumentExtracted, IndicatorsExtracted, UsageOperation
from samarinda_common.extracted import ExtractedDocument, ExtractionMethod, Page, Table, stored_form
from samarinda_common.extracted_store import EXTRACTIONS_COLLECTION
from samarinda_common.infra import scoped_document_store
from samarinda_common.settings import Mode
from samarinda_common.testing.fakes import RecordingPublisher
from samarinda_performance.bootstrap import build_performance
from samarinda_performance.domain.model import FindingType
from samarinda_performance.domain.reading import Source
from samarinda_performance.entrypoints.grpc_api import PerformanceServicer
from samarinda_performance.service_layer.handlers import (
    INDICATORS,
    TENANCY,
    Performance,
    ensure_indexes,
    handle_document_extracted,
)

HEADER = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]


def report(filename: str, title: str, rows: list[list[object]]) -> ExtractedDocument:
    return ExtractedDocument(
        filename=filename,
        detected_type="pdf",
        pages=[Page(number=1, text=title, method=ExtractionMethod.TEXT)],
        tables=[Table(page=1, index=0, rows=[HEADER, *rows])],
    )


LKJIP = report(
    "lkjip_dlh_2025.pdf",
    "LAPORAN KINERJA TAHUN 2025",
    [
        ["1", "Indeks Kualitas Air", "indeks", "52", "54,1", "104,04"],
        ["2", "Persentase Sampah Tertangani", "%", "80", "76,5", "99"],
    ],
)
TW4 = report(
    "laporan_tw4_dlh_2025.pdf",
    "LAPORAN TRIWULAN IV TAHUN 2025",
    [["1", "Indeks Kualitas Air", "indeks", "52", "53,0", "101,92"]],
)


@pytest.fixture
def publisher() -> RecordingPublisher:
    return RecordingPublisher()


@pytest.fixture
async def performance(publisher: RecordingPublisher) -> Performance:
    # Real mode: nothing is read or written without a caller bound (as the worker and API run).
    store = scoped_document_store(EmbeddedDocumentStore(), TENANCY, Mode.REAL)
    with use_principal(Principal.platform("test")):
        await ensure_indexes(store)
    return build_performance(store, publisher)


@pytest.fixture
def as_dlh() -> Iterator[Principal]:
    with use_principal(Principal.acting_for("DLH", "test")) as principal:
        yield principal


async def test_analysis_stores_checks_meters_and_announces(
    performance: Performance, publisher: RecordingPublisher, as_dlh: Principal
) -> None:
    analysis = await performance.analyse(LKJIP, Source("document-a", LKJIP.filename, "DLH"), "corr-1")
    assert [r.indicator for r in analysis.indicators] == [
        "Indeks Kualitas Air",
        "Persentase Sampah Tertangani",
    ]
    # 76,5 / 80 = 95,63%, stated 99%
    assert [f.type for f in analysis.findings] == [FindingType.ACHIEVEMENT_MISMATCH]
    [announced] = publisher.of_type(IndicatorsExtracted)
    assert (announced.document_id, announced.indicators, announced.findings) == ("document-a", 2, 1)
    assert announced.fiscal_year == 2025 and announced.correlation_id == "corr-1"
    [usage] = [e for e in publisher.events if e.TOPIC.value == "usage.recorded.v1"]
    assert usage.operation is UsageOperation.PARSE_PAGE and usage.units == 1 and usage.opd == "DLH"


async def test_reanalysis_replaces_and_a_conflict_appears_whichever_document_comes_last(
    performance: Performance, as_dlh: Principal
) -> None:
    await performance.analyse(TW4, Source("document-b", TW4.filename, "DLH"))
    assert await performance.findings("DLH") == []
    await performance.analyse(LKJIP, Source("document-a", LKJIP.filename, "DLH"))
    await performance.analyse(LKJIP, Source("document-a", LKJIP.filename, "DLH"))  # redelivered
    assert len(await performance.indicators("DLH")) == 3
    kinds = sorted(f.type for f in await performance.findings("DLH"))
    assert kinds == [FindingType.ACHIEVEMENT_MISMATCH, FindingType.CROSS_DOCUMENT_CONFLICT]
    [card] = await performance.scorecard("DLH", 2025)
    assert (card.indicators, card.met, card.not_met) == (2, 1, 1)


async def test_another_opd_sees_nothing_of_dlh(performance: Performance) -> None:
    with use_principal(Principal.acting_for("DLH", "test")):
        await performance.analyse(LKJIP, Source("document-a", LKJIP.filename, "DLH"))
    with use_principal(Principal.acting_for("DISDIK", "test")):
        assert await performance.indicators() == []
        assert await performance.findings() == []
        assert await performance.scorecard() == []
    with use_principal(Principal.platform("admin")):
        assert len(await performance.indicators()) == 2


async def test_the_event_handler_reads_the_extraction_of_its_own_opd_only(
    performance: Performance, publisher: RecordingPublisher, tmp_path: object
) -> None:
    store = performance.store
    blobs = LocalFolderBlobStore(tmp_path)  # type: ignore[arg-type]
    with use_principal(Principal.acting_for("DLH", "extraction")):
        await store.insert_one(EXTRACTIONS_COLLECTION, {"_id": "ext-1", "opd": "DLH", **stored_form(LKJIP)})
    event = DocumentExtracted(
        opd="DLH",
        document_id="document-a",
        extraction_id="ext-1",
        detected_type="pdf",
        filename=LKJIP.filename,
        pages=1,
    )
    with use_principal(Principal.acting_for("DLH", "worker")):
        analysis = await handle_document_extracted(event, store=store, blobs=blobs, performance=performance)
        assert analysis is not None and len(analysis.indicators) == 2
    forged = event.model_copy(update={"opd": "DINKES"})
    with use_principal(Principal.acting_for("DINKES", "worker")), pytest.raises(NotFound):
        await handle_document_extracted(forged, store=store, blobs=blobs, performance=performance)
    catalogue = event.model_copy(update={"category": DocumentCategory.SSH})
    with use_principal(Principal.acting_for("DLH", "worker")):
        assert (
            await handle_document_extracted(catalogue, store=store, blobs=blobs, performance=performance)
            is None
        )
        assert await store.count(INDICATORS, {}) == 2


async def test_servicer_scopes_every_read(performance: Performance) -> None:
    with use_principal(Principal.acting_for("DLH", "test")):
        await performance.analyse(LKJIP, Source("document-a", LKJIP.filename, "DLH"))
    servicer = PerformanceServicer(performance, max_page_size=1)
    dlh = Principal(opd="DLH", is_admin=False, token_id="t-dlh")
    with use_principal(dlh):
        first = await servicer.ListIndicators(pb.ListIndicatorsRequest(), None)
        assert len(first.indicators) == 1 and first.next_page_token == "1"
        second = await servicer.ListIndicators(
            pb.ListIndicatorsRequest(page_token=first.next_page_token), None
        )
        assert second.indicators[0].indicator == "Persentase Sampah Tertangani"
        assert second.indicators[0].citation.page == "1" and second.indicators[0].HasField("target")
        findings = await servicer.ListFindings(pb.ListFindingsRequest(opd="DLH"), None)
        assert findings.findings[0].type == pb.FINDING_TYPE_ACHIEVEMENT_MISMATCH
        cards = await servicer.GetScorecard(pb.GetScorecardRequest(fiscal_year=2025), None)
        assert [c.opd for c in cards.scorecards] == ["DLH"]
        with pytest.raises(PermissionDenied):
            await servicer.ListFindings(pb.ListFindingsRequest(opd="DINKES"), None)
        with pytest.raises(InvalidInput):
            await servicer.ListIndicators(pb.ListIndicatorsRequest(page_token="abc"), None)
        with pytest.raises(InvalidInput):
            await servicer.GetScorecard(pb.GetScorecardRequest(fiscal_year=25), None)
    with use_principal(Principal(opd=None, is_admin=True, token_id="adm")):
        cards = await servicer.GetScorecard(pb.GetScorecardRequest(), None)
        assert sorted(c.opd for c in cards.scorecards) == ["", "DLH"]  # the city's card too
