from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest
from samarinda.review.v1 import review_service_pb2 as pb
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.auth import Principal, use_principal
from samarinda_common.errors import InvalidInput, NotFound
from samarinda_common.events import (
    DocumentCategory,
    DocumentIndexed,
    RkaReviewed,
    RkaSubmitted,
    UsageOperation,
)
from samarinda_common.extracted import ExtractedDocument, Table
from samarinda_common.infra import scoped_document_store
from samarinda_common.intake import EmptyIntake
from samarinda_common.ports import LlmResult
from samarinda_common.rka import FindingType, Rka, RkaLine, SubKegiatan
from samarinda_common.testing.fakes import RecordingPublisher, RecordingUsageMeter
from samarinda_rka_review.entrypoints.grpc_api import RkaReviewServicer
from samarinda_rka_review.service_layer import handlers
from samarinda_rka_review.service_layer.catalogue import DOCUMENTS, EXTRACTIONS, CatalogueCache
from samarinda_rka_review.service_layer.handlers import ReviewDeps


class ScriptedLlm:
    """An LLM port that answers with a fixed verdict: line 2 is not relevant."""

    provider = "fake"
    model = "fake-1"

    def __init__(self) -> None:
        self.prompts: list[str] = []

    async def generate_json(self, *, system: str, prompt: str, schema: dict[str, Any]) -> LlmResult:
        self.prompts.append(prompt)
        data = {
            "narrative": "Dua baris perlu ditinjau.",
            "lines": [{"key": "0:2", "relevant": False, "reason": "hiasan tidak terkait keluaran"}],
        }
        return LlmResult(
            data=data, input_tokens=120, output_tokens=30, provider=self.provider, model=self.model
        )


@pytest.fixture
async def store() -> AsyncIterator[EmbeddedDocumentStore]:
    documents = EmbeddedDocumentStore(":memory:")
    yield documents
    await documents.close()


def _deps(store: EmbeddedDocumentStore, **extra: Any) -> ReviewDeps:
    return ReviewDeps(
        store=store,
        publisher=RecordingPublisher(),
        meter=RecordingUsageMeter(),
        catalogue=CatalogueCache(store),
        **extra,
    )


async def _add_catalogue(
    store: EmbeddedDocumentStore, document_id: str = "ssh-doc-0001", *, by_publisher: bool = True
) -> None:
    """An uploaded SSH as the upload service records it, and its extraction."""
    await store.insert_one(
        DOCUMENTS,
        {
            "_id": document_id,
            "opd": "BPKAD",
            "category": "ssh",
            "filename": "ssh.xlsx",
            "fiscal_year": 2026,
            "uploaded_by": {"token_id": "t", "opd": "BPKAD", "catalogue_publisher": by_publisher},
        },
    )
    document = ExtractedDocument(
        document_id=document_id,
        filename="ssh.xlsx",
        detected_type="xlsx",
        tables=[
            Table(
                index=0,
                rows=[
                    ["Uraian", "Spesifikasi", "Satuan", "Harga"],
                    ["Kertas HVS", "70 gram ukuran A4", "Rim", 56000],
                    ["Nasi Kotak", "Nasi, lauk, sayur", "Kotak", 45000],
                ],
            )
        ],
    )
    await store.insert_one(EXTRACTIONS, {"_id": f"ext-{document_id}", **document.model_dump(mode="json")})


def _rka() -> Rka:
    lines = [
        RkaLine(
            line_id="1",
            uraian="Kertas HVS A4 70 gr",
            satuan="Rim",
            volume=Decimal(10),
            harga_satuan=60000,
            ppn_percent=Decimal(11),
            jumlah=666000,
            kode_rekening="5.1.02.01.01.0025",
        ),
        RkaLine(
            line_id="2",
            uraian="Bunga hias meja",
            satuan="Buah",
            volume=Decimal(2),
            harga_satuan=50000,
            ppn_percent=Decimal(11),
            jumlah=111000,
            kode_rekening="5.1.02.01.01.0012",
        ),
    ]
    return Rka(
        rka_id="rka-0001",
        opd="DISDIK",
        fiscal_year=2026,
        sub_kegiatan=[SubKegiatan(kode="1.01", nama="Rapat Koordinasi", lines=lines)],
    )


async def test_review_is_stored_published_metered_and_idempotent(store: EmbeddedDocumentStore) -> None:
    await _add_catalogue(store)
    deps = _deps(store)
    await handlers.ensure_indexes(deps)
    assert (
        await handlers.handle_document_indexed(
            DocumentIndexed(
                opd="BPKAD",
                document_id="ssh-doc-0001",
                category=DocumentCategory.SSH,
                chunks=1,
                embedding_model="x",
            ),
            deps,
        )
        == 2
    )

    review = await handlers.review(_rka(), deps)
    types = {(f.line_id, f.type) for f in review.findings}
    assert ("1", FindingType.OVERPRICED) in types
    assert ("2", FindingType.NO_PRICE_REFERENCE) in types
    assert review.findings[0].potential_saving == 40000

    again = await handlers.review(_rka(), deps)
    assert again == review
    publisher = deps.publisher
    assert isinstance(publisher, RecordingPublisher)
    [event] = publisher.of_type(RkaReviewed)
    assert (event.review_id, event.flagged_lines, event.potential_saving) == (review.review_id, 2, 40000)
    meter = deps.meter
    assert isinstance(meter, RecordingUsageMeter)
    assert meter.units("DISDIK", UsageOperation.REVIEW_LINE) == 2

    stored, rka = await handlers.get_review(review.review_id, deps)
    assert stored == review and rka.rka_id == "rka-0001"
    listed, total = await handlers.list_reviews(deps, opd="DISDIK", fiscal_year=2026)
    assert total == 1 and listed[0].review_id == review.review_id


async def test_second_opinion_adds_findings_narrative_and_meters_tokens(store: EmbeddedDocumentStore) -> None:
    llm = ScriptedLlm()
    deps = _deps(store, llm=llm)
    review = await handlers.review(_rka(), deps)
    llm_findings = [f for f in review.findings if f.source == "llm"]
    assert [(f.line_id, f.type) for f in llm_findings] == [("2", FindingType.OFF_TARGET)]
    assert review.narrative == "Dua baris perlu ditinjau."
    assert "Bunga hias meja" in llm.prompts[0]
    meter = deps.meter
    assert isinstance(meter, RecordingUsageMeter)
    assert meter.units("DISDIK", UsageOperation.LLM_INPUT_TOKENS) == 120
    assert meter.units("DISDIK", UsageOperation.LLM_OUTPUT_TOKENS) == 30


async def test_submitted_spreadsheet_is_read_from_its_extraction(store: EmbeddedDocumentStore) -> None:
    await _add_catalogue(store)
    rows = [
        ["Sub Kegiatan", ":", "1.01 - Rapat"],
        ["No", "Uraian", "Satuan", "Volume", "Harga Satuan", "Jumlah"],
        [1, "Nasi kotak", "Kotak", 10, 50000, 500000],
    ]
    document = ExtractedDocument(
        document_id="rka-doc-0001",
        filename="rka.xlsx",
        detected_type="xlsx",
        tables=[Table(index=0, rows=rows)],
    )
    await store.insert_one(EXTRACTIONS, {"_id": "ext-rka", **document.model_dump(mode="json")})
    await store.insert_one(DOCUMENTS, {"_id": "rka-doc-0001", "opd": "DISDIK", "category": "rka"})
    deps = _deps(store)
    assert await deps.catalogue.publish("ssh-doc-0001") == 2
    review = await handlers.handle_rka_submitted(
        RkaSubmitted(opd="DISDIK", document_id="rka-doc-0001", price_reference_document_ids=["ssh-doc-0001"]),
        deps,
    )
    assert [(f.line_id, f.type) for f in review.findings] == [("1", FindingType.OVERPRICED)]
    [price_evidence] = [e for e in review.findings[0].evidence if e.kind == "price_reference"]
    # The document id names the upload; the file it was read from is a separate field.
    assert (price_evidence.document_id, price_evidence.source) == ("ssh-doc-0001", "ssh.xlsx")


async def test_an_uploaded_rka_is_reviewed_under_its_own_document_id(store: EmbeddedDocumentStore) -> None:
    await _add_catalogue(store)
    await handlers.ensure_indexes(_deps(store))
    rows = [
        ["Sub Kegiatan", ":", "1.01 - Rapat"],
        ["No", "Uraian", "Satuan", "Volume", "Harga Satuan", "Jumlah"],
        [1, "Nasi kotak", "Kotak", 10, 50000, 500000],
    ]
    document = ExtractedDocument(
        document_id="doc-0123abcd",
        filename="rka.xlsx",
        detected_type="xlsx",
        tables=[Table(index=0, rows=rows)],
    )
    await store.insert_one(EXTRACTIONS, {"_id": "ext-rka", **document.model_dump(mode="json")})
    await store.insert_one(DOCUMENTS, {"_id": "doc-0123abcd", "opd": "DISDIK", "category": "rka"})
    deps = _deps(store)

    rka = await handlers.rka_from_document("doc-0123abcd", "DISDIK", 2026, deps)
    review = await handlers.review(rka, deps)

    assert (rka.rka_id, review.rka_id) == ("doc-0123abcd", "doc-0123abcd")
    assert review.review_id == handlers.document_review_id("DISDIK", "doc-0123abcd")
    found = await handlers.document_review("doc-0123abcd", deps)
    assert found is not None and found[0] == review


async def test_grpc_servicer_maps_protobuf_and_scopes_by_opd(store: EmbeddedDocumentStore) -> None:
    servicer = RkaReviewServicer(_deps(store))
    request = pb.ReviewRkaRequest(
        rka=pb.Rka(
            opd="DISDIK",
            rka_id="r-1",
            sub_kegiatan=[
                pb.SubKegiatan(
                    nama="Rapat",
                    lines=[
                        pb.RkaLine(
                            line_id="1",
                            uraian="Nasi kotak",
                            volume="2",
                            harga_satuan=1000,
                            ppn_percent="0",
                            jumlah=5000,
                        )
                    ],
                )
            ],
        )
    )
    with use_principal(Principal(opd="DISDIK", is_admin=False, token_id="t")):
        review = await servicer.ReviewRka(request, None)
        assert review.findings[0].type == "ARITHMETIC"
        listed = await servicer.ListReviews(pb.ListReviewsRequest(), None)
        assert [r.review_id for r in listed.reviews] == [review.review_id]


async def test_get_review_answers_the_rka_and_export_renders_the_report(store: EmbeddedDocumentStore) -> None:
    servicer = RkaReviewServicer(_deps(store))
    line = pb.RkaLine(
        line_id="1", uraian="Nasi kotak", volume="2", harga_satuan=1000, ppn_percent="0", jumlah=5000
    )
    inline = pb.Rka(opd="DISDIK", rka_id="r-x", sub_kegiatan=[pb.SubKegiatan(nama="Rapat", lines=[line])])
    with use_principal(Principal(opd="DISDIK", is_admin=False, token_id="t")):
        review = await servicer.ReviewRka(pb.ReviewRkaRequest(rka=inline), None)
        plain = await servicer.GetReview(pb.GetReviewRequest(review_id=review.review_id), None)
        assert not plain.HasField("rka")
        full = await servicer.GetReview(
            pb.GetReviewRequest(review_id=review.review_id, include_rka=True), None
        )
        assert full.rka.sub_kegiatan[0].lines[0].uraian == "Nasi kotak"
        assert full.rka.sub_kegiatan[0].lines[0].volume == "2"
        html = await servicer.ExportReview(pb.ExportReviewRequest(review_id=review.review_id), None)
        assert html.content_type.startswith("text/html") and "Nasi kotak" in html.content.decode()
        xlsx = await servicer.ExportReview(
            pb.ExportReviewRequest(review_id=review.review_id, format=pb.REPORT_FORMAT_XLSX), None
        )
        assert xlsx.filename.endswith(".xlsx") and xlsx.content[:2] == b"PK"


async def test_foreign_reviews_and_documents_look_unknown_and_cannot_be_hijacked(
    store: EmbeddedDocumentStore,
) -> None:
    scoped = scoped_document_store(store, handlers.TENANCY)
    servicer = RkaReviewServicer(_deps(scoped))  # type: ignore[arg-type]
    disdik = Principal(opd="DISDIK", is_admin=False, token_id="t")
    dinkes = Principal(opd="DINKES", is_admin=False, token_id="u")
    inline = pb.Rka(
        opd="DISDIK",
        rka_id="r-1",
        sub_kegiatan=[
            pb.SubKegiatan(
                nama="Rapat",
                lines=[
                    pb.RkaLine(line_id="1", uraian="Nasi kotak", volume="2", harga_satuan=1000, jumlah=2000)
                ],
            )
        ],
    )
    with use_principal(disdik):
        mine = await servicer.ReviewRka(pb.ReviewRkaRequest(rka=inline), None)
    # The same rka_id from another OPD is that OPD's own review, never DISDIK's record.
    theirs_inline = pb.Rka()
    theirs_inline.CopyFrom(inline)
    theirs_inline.opd = "DINKES"
    with use_principal(dinkes):
        theirs = await servicer.ReviewRka(pb.ReviewRkaRequest(rka=theirs_inline), None)
        assert theirs.review_id != mine.review_id and theirs.opd == "DINKES"
        for review_id in (mine.review_id, "rv-tidak-ada"):
            with pytest.raises(NotFound):
                await servicer.GetReview(pb.GetReviewRequest(review_id=review_id), None)
        listed = await servicer.ListReviews(pb.ListReviewsRequest(), None)
        assert [r.review_id for r in listed.reviews] == [theirs.review_id]
    # An uploaded RKA of DPUPR: DINKES cannot review (and so store, or bill) it.
    await store.insert_one(DOCUMENTS, {"_id": "doc-dpupr", "opd": "DPUPR", "category": "rka"})
    with use_principal(dinkes), pytest.raises(NotFound):
        await servicer.ReviewRka(pb.ReviewRkaRequest(document_id="doc-dpupr", opd="DINKES"), None)
    # A document that is not an RKA is a typed error, not a billed review.
    await store.insert_one(DOCUMENTS, {"_id": "doc-laporan", "opd": "DISDIK", "category": "laporan"})
    with use_principal(disdik), pytest.raises(InvalidInput) as not_rka:
        await servicer.ReviewRka(pb.ReviewRkaRequest(document_id="doc-laporan", opd="DISDIK"), None)
    assert not_rka.value.reason == "NOT_AN_RKA"
    assert await store.count("rka_reviews", {}) == 2


async def test_catalogue_from_a_non_publisher_never_becomes_a_price_ceiling(
    store: EmbeddedDocumentStore,
) -> None:
    await _add_catalogue(store, "ssh-by-an-opd", by_publisher=False)
    deps = _deps(store)
    assert await deps.catalogue.publish("ssh-by-an-opd") == 0
    review = await handlers.review(_rka(), deps)
    assert review.catalogue_size == 0 and review.catalogue_version == "none"
    with pytest.raises(NotFound):  # an OPD's own upload is evidence, never a ceiling by request
        await deps.catalogue.from_documents(["ssh-by-an-opd"])


async def test_every_replica_follows_the_newest_catalogue_version(store: EmbeddedDocumentStore) -> None:
    api, worker = _deps(store), _deps(store)  # two processes, one store
    await _add_catalogue(store, "ssh-2026-a")
    assert await worker.catalogue.publish("ssh-2026-a") == 2
    first = await handlers.review(_rka(), api)
    assert first.catalogue_version == "v1"
    await _add_catalogue(store, "ssh-2026-b")
    assert await worker.catalogue.publish("ssh-2026-b") == 2
    second = await handlers.review(_rka().model_copy(update={"rka_id": "rka-0002"}), api)
    assert second.catalogue_version == "v2" and second.catalogue_size == 4
    versions = await store.find("catalogue_versions", {}, sort=[("version", 1)])
    assert [(v["version"], v["published_by"]["opd"]) for v in versions] == [(1, "BPKAD"), (2, "BPKAD")]


async def test_a_catalogue_upload_without_prices_is_refused_and_keeps_its_rows(
    store: EmbeddedDocumentStore,
) -> None:
    await _add_catalogue(store, "ssh-2026-a")
    deps = _deps(store)
    assert await deps.catalogue.publish("ssh-2026-a") == 2
    # The same document extracted again from an unreadable scan: a header, but no prices.
    unreadable = ExtractedDocument(
        document_id="ssh-2026-a",
        filename="ssh.pdf",
        detected_type="pdf",
        tables=[Table(page=1, index=0, rows=[["Uraian", "Satuan", "Harga"], ["Kertas HVS", "Rim", "-"]])],
    )
    await store.replace_one(
        EXTRACTIONS,
        {"_id": "ext-ssh-2026-a"},
        {"_id": "ext-ssh-2026-a", **unreadable.model_dump(mode="json")},
    )
    with pytest.raises(EmptyIntake) as refused:
        await deps.catalogue.publish("ssh-2026-a")
    assert "row 2 no price under 'Harga': '-'" in refused.value.message
    review = await handlers.review(_rka(), deps)
    assert review.catalogue_version == "v1" and review.catalogue_size == 2
