"""The tenant-isolation suite: every gRPC method and every topic, against the six services running
on the real servers, called by every kind of caller.

The methods and topics come from the contracts themselves (every generated ``*_pb2`` module under
``samarinda`` and every topic of the catalog), so a method or topic added without a row here fails
the suite. Callers: the owning OPD (DISDIK), another OPD (DINKES), an admin, the catalogue publisher
(BPKAD with the catalogue-publisher role), no token and a bad token. Every OPD-owned resource the
calls aim at belongs to DISDIK. Plus the scenarios of the original report as regression tests:
review hijack, catalogue poisoning, foreign price references, the existence oracle.
"""

from __future__ import annotations

import base64
import importlib
import pkgutil
import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import httpx
import pytest
import samarinda
from google.protobuf import message_factory
from google.protobuf.descriptor import MethodDescriptor
from samarinda.ask.v1 import ask_service_pb2 as ask_pb
from samarinda.billing.v1 import billing_service_pb2 as billing_pb
from samarinda.performance.v1 import performance_service_pb2 as performance_pb
from samarinda.review.v1 import review_service_pb2 as review_pb
from samarinda.search.v1 import search_service_pb2 as search_pb
from samarinda.upload.v1 import upload_service_pb2 as upload_pb
from samarinda_common.events import (
    BlobRef,
    DocumentCategory,
    DocumentExtracted,
    DocumentIndexed,
    DocumentUploaded,
    Event,
    IngestRequested,
    RkaSubmitted,
)
from samarinda_common.testing.samples import samples_dir
from samarinda_common.topics import HEADER_DLQ_REASON, Topic
from samarinda_extraction.service_layer.handlers import extraction_id_for
from samarinda_local_cluster.launcher import LocalCluster
from samarinda_upload.domain.model import blob_key_for

from .clients import INDEXED, Platform, TopicWatch, poll, publish_raw

pytestmark = pytest.mark.e2e

OWN, OTHER = "DISDIK", "DINKES"
CALLERS = ("own", "other", "admin", "publisher", "none", "bad")
SAMPLES = samples_dir()
CSV = SAMPLES / "docs" / "realisasi_belanja_2025.csv"
RKA = SAMPLES / "rka_dinas_pendidikan_2026.xlsx"
SCAN = SAMPLES / "docs" / "penawaran_cv_mahakam_scan.png"
SSH = SAMPLES / "ssh_2026.xlsx"
OK = grpc.StatusCode.OK
DENIED = grpc.StatusCode.PERMISSION_DENIED
NOT_FOUND = grpc.StatusCode.NOT_FOUND

# service full name -> the client env variable naming its address (a new service needs one too)
SERVERS = {
    "samarinda.upload.v1.UploadService": "SAMARINDA_UPLOAD_SERVER",
    "samarinda.search.v1.SearchService": "SAMARINDA_SEARCH_SERVER",
    "samarinda.review.v1.RkaReviewService": "SAMARINDA_REVIEW_SERVER",
    "samarinda.billing.v1.BillingService": "SAMARINDA_BILLING_SERVER",
    "samarinda.ask.v1.AskService": "SAMARINDA_ASK_SERVER",
    "samarinda.performance.v1.PerformanceService": "SAMARINDA_PERFORMANCE_SERVER",
}


def contract_methods() -> dict[str, MethodDescriptor]:
    """Every RPC of every generated contract module, by its full gRPC path."""
    methods: dict[str, MethodDescriptor] = {}
    for info in pkgutil.walk_packages(samarinda.__path__, prefix="samarinda."):
        if not info.name.endswith("_pb2"):
            continue
        module = importlib.import_module(info.name)
        for service in module.DESCRIPTOR.services_by_name.values():
            for method in service.methods:
                methods[f"/{service.full_name}/{method.name}"] = method
    return methods


def consumed_topics() -> list[Topic]:
    return [t for t in Topic if not t.value.endswith(".dlq")]


# ----------------------------------------------------------------------------- the world


@dataclass
class World:
    """DISDIK's documents and review, the city's catalogue, and a client per caller kind."""

    env: Mapping[str, str]
    tokens: dict[str, str]
    bucket: str
    report: upload_pb.UploadDocumentResponse
    rka: upload_pb.UploadDocumentResponse
    spare: upload_pb.UploadDocumentResponse  # indexed only to be deleted
    scan: upload_pb.UploadDocumentResponse  # OCR'd: its page picture is stored
    catalogue: upload_pb.UploadDocumentResponse
    review_id: str
    channels: dict[str, grpc.Channel] = field(default_factory=dict)

    def channel(self, service: str) -> grpc.Channel:
        if service not in self.channels:
            self.channels[service] = grpc.insecure_channel(self.env[SERVERS[service]])
        return self.channels[service]

    def metadata(self, caller: str) -> list[tuple[str, str]]:
        if caller == "none":
            return []
        token = self.tokens.get(caller, "tanpa-izin-" + uuid.uuid4().hex)
        return [("authorization", f"Bearer {token}")]

    def call(
        self, path: str, method: MethodDescriptor, request: Any, caller: str
    ) -> tuple[grpc.StatusCode, Any]:
        """Call any RPC generically (its message classes from the descriptor)."""
        service = path.split("/")[1]
        response_class = message_factory.GetMessageClass(method.output_type)
        kwargs = {
            "request_serializer": lambda m: m.SerializeToString(),
            "response_deserializer": response_class.FromString,
        }
        channel = self.channel(service)
        stub = (
            channel.stream_unary(path, **kwargs)
            if method.client_streaming
            else channel.unary_stream(path, **kwargs)
            if method.server_streaming
            else channel.unary_unary(path, **kwargs)
        )
        try:
            reply = stub(request, metadata=self.metadata(caller), timeout=120)
            if method.server_streaming:
                reply = list(reply)
            return OK, reply
        except grpc.RpcError as error:
            return error.code(), error.details()


def _upload(
    platform: Platform, token: str, path: Path, opd: str, category: str, name: str | None = None
) -> Any:
    client = Platform(**{**platform.__dict__, "token": token})
    return client.upload_file(path, opd=opd, category=category, fiscal_year=2026, filename=name)


@pytest.fixture(scope="module")
def world(
    e2e_cluster: LocalCluster, platform: Platform, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    config = e2e_cluster.config
    tokens = {
        "own": config.token_for(OWN),
        "other": config.token_for(OTHER),
        "admin": config.admin_token,
        "publisher": config.publisher_token,
    }
    spare_file = tmp_path_factory.mktemp("isolation") / "catatan.csv"
    spare_file.write_text("No;Uraian;Harga\n1;Map plastik;7500\n")
    catalogue = _upload(platform, tokens["publisher"], SSH, "BPKAD", "ssh")
    report = _upload(platform, tokens["own"], CSV, OWN, "realisasi")
    rka = _upload(platform, tokens["own"], RKA, OWN, "rka")
    spare = _upload(platform, tokens["own"], spare_file, OWN, "lainnya")
    scan = _upload(platform, tokens["own"], SCAN, OWN, "penawaran")
    ids = [catalogue.document_id, report.document_id, rka.document_id, spare.document_id, scan.document_id]
    platform.wait_for_status(ids, INDEXED, timeout=600)
    reviews = poll(lambda: platform.reviews(OWN), bool, timeout=300, interval=2.0, what="DISDIK's review")
    world = World(
        env=e2e_cluster.client_env(),
        tokens=tokens,
        bucket=config.s3_bucket,
        report=report,
        rka=rka,
        spare=spare,
        scan=scan,
        catalogue=catalogue,
        review_id=reviews[0].review_id,
    )
    yield world
    for channel in world.channels.values():
        channel.close()


# ----------------------------------------------------------------------------- the gRPC matrix


@dataclass(frozen=True)
class Row:
    """How to call a method against DISDIK's data, and what each authenticated caller gets."""

    request: Callable[[World], Any]
    own: grpc.StatusCode
    other: grpc.StatusCode
    admin: grpc.StatusCode
    publisher: grpc.StatusCode


def _upload_stream(world: World) -> Iterator[upload_pb.UploadDocumentRequest]:
    meta = upload_pb.DocumentMetadata(opd=OWN, category="realisasi", filename=CSV.name, fiscal_year=2026)
    yield upload_pb.UploadDocumentRequest(metadata=meta)
    yield upload_pb.UploadDocumentRequest(chunk=CSV.read_bytes())


MATRIX: dict[str, Row] = {
    "/samarinda.upload.v1.UploadService/UploadDocument": Row(_upload_stream, OK, DENIED, OK, DENIED),
    "/samarinda.upload.v1.UploadService/GetDocument": Row(
        lambda w: upload_pb.GetDocumentRequest(document_id=w.report.document_id), OK, NOT_FOUND, OK, NOT_FOUND
    ),
    "/samarinda.upload.v1.UploadService/ListDocuments": Row(
        lambda w: upload_pb.ListDocumentsRequest(opd=OWN), OK, DENIED, OK, DENIED
    ),
    "/samarinda.upload.v1.UploadService/GetExtraction": Row(
        lambda w: upload_pb.GetExtractionRequest(document_id=w.report.document_id),
        OK,
        NOT_FOUND,
        OK,
        NOT_FOUND,
    ),
    "/samarinda.upload.v1.UploadService/GetPageImage": Row(
        lambda w: upload_pb.GetPageImageRequest(document_id=w.scan.document_id, page=1),
        OK,
        NOT_FOUND,
        OK,
        NOT_FOUND,
    ),
    "/samarinda.search.v1.SearchService/Search": Row(
        lambda w: search_pb.SearchRequest(query="laptop", filters=search_pb.SearchFilters(opd=[OWN])),
        OK,
        DENIED,
        OK,
        DENIED,
    ),
    # The official catalogue is every OPD's price ceiling: readable by any authenticated caller.
    "/samarinda.search.v1.SearchService/SearchPriceReferences": Row(
        lambda w: search_pb.SearchPriceReferencesRequest(query="kertas"), OK, OK, OK, OK
    ),
    # Refused callers first (the matrix runs callers in CALLERS order): own removes, admin then
    # finds nothing left but may ask.
    "/samarinda.search.v1.SearchService/DeleteDocument": Row(
        lambda w: search_pb.DeleteDocumentRequest(document_id=w.spare.document_id),
        OK,
        NOT_FOUND,
        OK,
        NOT_FOUND,
    ),
    "/samarinda.review.v1.RkaReviewService/ReviewRka": Row(
        lambda w: review_pb.ReviewRkaRequest(document_id=w.rka.document_id, opd=OWN, fiscal_year=2026),
        OK,
        DENIED,
        OK,
        DENIED,
    ),
    "/samarinda.review.v1.RkaReviewService/GetReview": Row(
        lambda w: review_pb.GetReviewRequest(review_id=w.review_id), OK, NOT_FOUND, OK, NOT_FOUND
    ),
    "/samarinda.review.v1.RkaReviewService/ListReviews": Row(
        lambda w: review_pb.ListReviewsRequest(opd=OWN), OK, DENIED, OK, DENIED
    ),
    "/samarinda.review.v1.RkaReviewService/ExportReview": Row(
        lambda w: review_pb.ExportReviewRequest(review_id=w.review_id, format=review_pb.REPORT_FORMAT_XLSX),
        OK,
        NOT_FOUND,
        OK,
        NOT_FOUND,
    ),
    "/samarinda.billing.v1.BillingService/GetUsage": Row(
        lambda w: billing_pb.GetUsageRequest(opd=OWN), OK, DENIED, OK, DENIED
    ),
    "/samarinda.billing.v1.BillingService/GetBalance": Row(
        lambda w: billing_pb.GetBalanceRequest(opd=OWN), OK, DENIED, OK, DENIED
    ),
    "/samarinda.billing.v1.BillingService/TopUp": Row(
        lambda w: billing_pb.TopUpRequest(request_id=f"iso-{uuid.uuid4().hex}", amount_idr=1000, note="uji"),
        DENIED,
        DENIED,
        OK,
        DENIED,
    ),
    "/samarinda.billing.v1.BillingService/SetAllocation": Row(
        lambda w: billing_pb.SetAllocationRequest(opd=OWN, monthly_idr=5_000_000),
        DENIED,
        DENIED,
        OK,
        DENIED,
    ),
    # A price calculation over the tariff book: no OPD's data is read.
    "/samarinda.billing.v1.BillingService/Forecast": Row(
        lambda w: billing_pb.ForecastRequest(scenario="full-use"), OK, OK, OK, OK
    ),
    "/samarinda.billing.v1.BillingService/ExportStatement": Row(
        lambda w: billing_pb.ExportStatementRequest(opd=OWN), OK, DENIED, OK, DENIED
    ),
    # Asking over DISDIK's documents by name: only DISDIK and an admin may.
    "/samarinda.ask.v1.AskService/Ask": Row(
        lambda w: ask_pb.AskRequest(question="Berapa harga laptop?", filters=ask_pb.AskFilters(opd=[OWN])),
        OK,
        DENIED,
        OK,
        DENIED,
    ),
    "/samarinda.ask.v1.AskService/AskStream": Row(
        lambda w: ask_pb.AskStreamRequest(
            question="Berapa harga laptop?", filters=ask_pb.AskFilters(opd=[OWN])
        ),
        OK,
        DENIED,
        OK,
        DENIED,
    ),
    "/samarinda.performance.v1.PerformanceService/GetScorecard": Row(
        lambda w: performance_pb.GetScorecardRequest(opd=OWN), OK, DENIED, OK, DENIED
    ),
    "/samarinda.performance.v1.PerformanceService/ListIndicators": Row(
        lambda w: performance_pb.ListIndicatorsRequest(opd=OWN), OK, DENIED, OK, DENIED
    ),
    "/samarinda.performance.v1.PerformanceService/ListFindings": Row(
        lambda w: performance_pb.ListFindingsRequest(opd=OWN), OK, DENIED, OK, DENIED
    ),
}


def _matrix_cases() -> list[tuple[str, str]]:
    return [(path, caller) for path in contract_methods() for caller in CALLERS]


def test_every_rpc_of_every_contract_has_a_row() -> None:
    methods = contract_methods()
    assert set(methods) - set(MATRIX) == set(), "add an isolation row for each new RPC"
    assert set(MATRIX) - set(methods) == set(), "a row names an RPC that no longer exists"
    assert {path.split("/")[1] for path in methods} <= set(SERVERS), "a new service needs a server"


@pytest.mark.parametrize(("path", "caller"), _matrix_cases())
def test_isolation_matrix(world: World, path: str, caller: str) -> None:
    row = MATRIX.get(path)
    assert row is not None, f"no isolation row for {path}"
    expected = grpc.StatusCode.UNAUTHENTICATED if caller in ("none", "bad") else getattr(row, caller)
    code, reply = world.call(path, contract_methods()[path], row.request(world), caller)
    assert code == expected, f"{caller} calling {path}: {code.name} ({reply}), expected {expected.name}"
    if code is NOT_FOUND:  # asked by id: the answer must not name who owns it
        assert OWN not in str(reply), f"{caller} learnt the owner from {reply!r}"


# ----------------------------------------------------------------------------- the web console

# Every page of the console that names an OPD or one of its resources, as DISDIK's own: what
# DINKES, signed in to the console, gets for it (the OPD of the path, or an id of DISDIK's under
# DINKES's own path). Generated check: a new console route without a row fails the suite.
CONSOLE_ROUTES: dict[str, Callable[[World], tuple[str, int]]] = {
    "/o/{opd}/unggah": lambda w: (f"/o/{OWN}/unggah", 403),
    "/o/{opd}/unggah/status": lambda w: (f"/o/{OWN}/unggah/status?ids={w.report.document_id}", 403),
    "/o/{opd}/dokumen": lambda w: (f"/o/{OWN}/dokumen", 403),
    "/o/{opd}/dokumen/{document_id}": lambda w: (f"/o/{OTHER}/dokumen/{w.report.document_id}", 404),
    "/o/{opd}/dokumen/{document_id}/halaman/{page:int}": lambda w: (
        f"/o/{OTHER}/dokumen/{w.scan.document_id}/halaman/1",
        404,
    ),
    "/o/{opd}/telaah": lambda w: (f"/o/{OWN}/telaah", 403),
    "/o/{opd}/telaah/{review_id}": lambda w: (f"/o/{OTHER}/telaah/{w.review_id}", 404),
    "/o/{opd}/telaah/{review_id}/unduh/{format}": lambda w: (
        f"/o/{OTHER}/telaah/{w.review_id}/unduh/xlsx",
        404,
    ),
    "/o/{opd}/kredit": lambda w: (f"/o/{OWN}/kredit", 403),
    "/o/{opd}/tanya": lambda w: (f"/o/{OWN}/tanya", 403),
    "/o/{opd}/kinerja": lambda w: (f"/o/{OWN}/kinerja", 403),
}


def test_every_console_page_has_a_row() -> None:
    from samarinda_console.web.pages import routes

    paths = {route.path for route in routes()}
    assert paths == set(CONSOLE_ROUTES), "add a console row for each new OPD page"


def _console_session(world: World, caller: str) -> httpx.Client:
    client = httpx.Client(base_url=world.env["SAMARINDA_CONSOLE_URL"], follow_redirects=False, timeout=60)
    page = client.get("/masuk")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf, page.text
    signed = client.post("/masuk", data={"token": world.tokens[caller], "csrf": csrf.group(1)})
    assert signed.status_code == 303, signed.text
    return client


@pytest.mark.parametrize("route", sorted(CONSOLE_ROUTES))
def test_console_pages_of_another_opd_are_refused(world: World, route: str) -> None:
    path, expected = CONSOLE_ROUTES[route](world)
    other, own = _console_session(world, "other"), _console_session(world, "own")
    try:
        answer = other.get(path, headers={"accept": "text/html"})
        assert answer.status_code == expected, f"DINKES got {answer.status_code} for {path}"
        assert world.report.document_id not in answer.text and "DISDIK" not in answer.text.replace(path, "")
        own_path = path.replace(f"/o/{OTHER}/", f"/o/{OWN}/")  # the same page works for its owner
        assert own.get(own_path, headers={"accept": "text/html"}).status_code == 200, own_path
    finally:
        other.close()
        own.close()


# ----------------------------------------------------------------------------- forged events


@dataclass(frozen=True)
class ForgedRow:
    """An event another OPD (or anyone with the broker's address) forges against DISDIK's data:
    ``None`` when the defence is the broker's ACLs rather than the handler (see the Kafka identity
    tests), else the event whose handler must refuse it (dead-letter) without touching DISDIK's data."""

    event: Callable[[World], Event] | None
    defence: str
    writers: frozenset[str] = frozenset()  # with no handler defence: who the broker lets write it
    consumers: int = 1  # services consuming the topic: each must dead-letter the forged event


def _blob_of(world: World, response: upload_pb.UploadDocumentResponse) -> BlobRef:
    return BlobRef(bucket=world.bucket, key=blob_key_for(OWN, response.sha256))


FORGED: dict[Topic, ForgedRow] = {
    Topic.INGEST_REQUESTED: ForgedRow(
        lambda w: IngestRequested(
            opd=OTHER,
            filename="ssh_palsu.csv",
            category=DocumentCategory.SSH,
            content_base64=base64.b64encode(b"Uraian;Satuan;Harga\nLaptop;Unit;99000000\n").decode(),
            source_system="pemalsu",
        ),
        "an ingest event acts for its OPD only, and no OPD may publish a catalogue",
    ),
    Topic.DOCUMENT_UPLOADED: ForgedRow(
        lambda w: DocumentUploaded(
            opd=OTHER,
            document_id=w.report.document_id,
            sha256=w.report.sha256,
            blob=_blob_of(w, w.report),
            size_bytes=w.report.size_bytes,
            detected_type=w.report.detected_type,
            filename="curian.csv",
        ),
        "extraction reads only a document accepted for the event's OPD",
    ),
    Topic.DOCUMENT_EXTRACTED: ForgedRow(
        lambda w: DocumentExtracted(
            opd=OTHER,
            document_id=w.report.document_id,
            extraction_id=extraction_id_for(w.report.document_id),
            detected_type=w.report.detected_type,
            filename="curian.csv",
            pages=1,
        ),
        "embedding and performance read only the event OPD's extraction",
        consumers=2,
    ),
    Topic.DOCUMENT_INDEXED: ForgedRow(
        lambda w: DocumentIndexed(
            opd=OTHER,
            document_id=w.rka.document_id,
            category=DocumentCategory.RKA,
            chunks=1,
            embedding_model="x",
        ),
        "rka-review reviews only the event OPD's own RKA",
    ),
    Topic.RKA_SUBMITTED: ForgedRow(
        lambda w: RkaSubmitted(opd=OTHER, document_id=w.rka.document_id),
        "rka-review reads only the event OPD's own documents",
    ),
    Topic.USAGE_RECORDED: ForgedRow(
        None,
        "broker ACL: only the metering services may write usage",
        frozenset({"upload", "extraction", "embedding", "rka-review", "ask", "performance"}),
    ),
    Topic.QUOTA_CHANGED: ForgedRow(
        None, "broker ACL: only billing may announce quota changes", frozenset({"billing"})
    ),
    Topic.RKA_REVIEWED: ForgedRow(
        None, "consumed by no platform service (reviewers' systems read it)", frozenset({"rka-review"})
    ),
    Topic.INDICATORS_EXTRACTED: ForgedRow(
        None, "consumed by no platform service (the console reads it)", frozenset({"performance"})
    ),
}


def _kafka_writers(topic: str) -> set[str]:
    """Who infra/kafka/principals.conf (the broker's ACLs, locally and in Strimzi) lets write ``topic``."""
    conf = Path(__file__).resolve().parents[3] / "infra" / "kafka" / "principals.conf"
    rows = [
        line.split() for line in conf.read_text().splitlines() if line.strip() and not line.startswith("#")
    ]
    return {name for name, _kind, _consumes, produces in rows if topic in produces.split(",")}


@pytest.mark.parametrize("topic", [t for t in consumed_topics() if FORGED.get(t) and not FORGED[t].event])
def test_topics_without_a_handler_defence_are_written_only_by_their_producers(topic: Topic) -> None:
    assert _kafka_writers(topic.value) == FORGED[topic].writers


def test_every_topic_has_a_forged_event_row() -> None:
    assert set(consumed_topics()) - set(FORGED) == set(), "add a forged-event row for each new topic"


@pytest.mark.parametrize("topic", [t for t in consumed_topics() if FORGED.get(t) and FORGED[t].event])
def test_forged_events_are_dead_lettered_and_touch_nothing(
    world: World, platform: Platform, kafka_bootstrap: str, topic: Topic
) -> None:
    row = FORGED[topic]
    build = row.event
    assert build is not None
    event = build(world)
    dlq = TopicWatch.open(kafka_bootstrap, f"{topic.value}.dlq")
    publish_raw(kafka_bootstrap, topic.value, event.model_dump_json().encode(), key=OTHER.encode())

    def dead_lettered() -> list[Any]:
        return [r for r in dlq.records() if event.event_id.encode() in r.value]

    records = poll(
        dead_lettered,
        lambda found: len(found) >= row.consumers,
        timeout=180,
        interval=2.0,
        what=f"forged {topic.value} dead-lettered by its {row.consumers} consumer(s)",
    )
    assert all(r.headers.get(HEADER_DLQ_REASON) for r in records), [r.headers for r in records]
    # Nothing of DISDIK's moved to DINKES: none of DISDIK's documents, reviews or indicators is listed
    # as DINKES's (DINKES may have documents of its own: other suites share this cluster).
    own_documents = {world.report.document_id, world.rka.document_id, world.scan.document_id}
    own_hashes = {world.report.sha256, world.rka.sha256, world.scan.sha256}
    other = Platform(**{**platform.__dict__, "token": world.tokens["other"]})
    listed = other.upload.ListDocuments(upload_pb.ListDocumentsRequest(opd=OTHER), metadata=other._auth)
    assert [d for d in listed.documents if d.document_id in own_documents or d.sha256 in own_hashes] == []
    assert [r for r in other.reviews(OTHER) if r.rka_id in own_documents] == []
    performance = other.performance.ListIndicators(
        performance_pb.ListIndicatorsRequest(opd=OTHER), metadata=other._auth, timeout=30
    )
    assert [i for i in performance.indicators if i.citation.document_id in own_documents] == []


# ----------------------------------------------------------------------------- the reported scenarios


def _as(platform: Platform, world: World, caller: str) -> Platform:
    return Platform(**{**platform.__dict__, "token": world.tokens[caller]})


def test_hijacked_review_is_refused_and_the_owner_keeps_its_review(world: World, platform: Platform) -> None:
    other = _as(platform, world, "other")
    with pytest.raises(grpc.RpcError) as hijack:
        other.review_document(world.rka.document_id, opd=OTHER, fiscal_year=2026)
    assert hijack.value.code() is NOT_FOUND
    own = _as(platform, world, "own")
    review = own.review_document(world.rka.document_id, opd=OWN, fiscal_year=2026)
    assert review.opd == OWN and review.review_id == world.review_id
    assert own.get_review(world.review_id).opd == OWN


def test_foreign_price_references_are_not_a_ceiling(world: World, platform: Platform) -> None:
    other = _as(platform, world, "other")
    request = review_pb.ReviewRkaRequest(
        rka=review_pb.Rka(
            opd=OTHER,
            sub_kegiatan=[
                review_pb.SubKegiatan(
                    nama="Rapat",
                    lines=[
                        review_pb.RkaLine(line_id="1", uraian="Laptop", volume="1", harga_satuan=1, jumlah=1)
                    ],
                )
            ],
        ),
        price_reference_document_ids=[world.report.document_id],
    )
    with pytest.raises(grpc.RpcError) as refused:
        other.review.ReviewRka(request, metadata=other._auth, timeout=60)
    assert refused.value.code() is NOT_FOUND


def test_an_opd_cannot_poison_the_city_catalogue(world: World, platform: Platform, tmp_path: Path) -> None:
    poisoned = tmp_path / "ssh_dinkes.csv"
    poisoned.write_text("No;Uraian;Satuan;Harga Satuan\n1;Laptop;Unit;99000000\n")
    other = _as(platform, world, "other")
    with pytest.raises(grpc.RpcError) as refused:
        other.upload_file(poisoned, opd=OTHER, category="ssh", fiscal_year=2026)
    assert refused.value.code() is DENIED
    # Filed as its own price evidence, it never reaches another OPD's price search.
    evidence = other.upload_file(poisoned, opd=OTHER, category="price_reference", fiscal_year=2026)
    platform.wait_for_status([evidence.document_id], INDEXED, timeout=300)
    own = _as(platform, world, "own")
    hits = own.search.SearchPriceReferences(
        search_pb.SearchPriceReferencesRequest(query="laptop", k=20), metadata=own._auth, timeout=30
    ).hits
    assert all(hit.reference.harga != 99_000_000 for hit in hits)
    assert all(hit.reference.citation.document_id != evidence.document_id for hit in hits)


def test_foreign_and_unknown_documents_look_the_same(world: World, platform: Platform) -> None:
    other = _as(platform, world, "other")
    answers = []
    for document_id in (world.report.document_id, "doc-" + "0" * 32):
        with pytest.raises(grpc.RpcError) as caught:
            other.document(document_id)
        answers.append((caught.value.code(), caught.value.details().replace(document_id, "X")))
    assert answers[0] == answers[1] and answers[0][0] is NOT_FOUND
