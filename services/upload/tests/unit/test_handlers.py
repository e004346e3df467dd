from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import upload_hostile_files as hf
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.local_blob import LocalFolderBlobStore
from samarinda_common.auth import (
    AUDIT_LOG_COLLECTION,
    CATALOGUE_PUBLISHER,
    AuditLog,
    Principal,
    use_principal,
)
from samarinda_common.errors import InvalidInput, NotFound, PermissionDenied
from samarinda_common.events import DocumentUploaded, Event, UsageOperation
from samarinda_common.infra import scoped_document_store
from samarinda_upload.domain.model import DOCUMENTS, DocumentStatus, UploadMetadata, blob_key_for
from samarinda_upload.domain.validation import Accepted, validate
from samarinda_upload.service_layer import handlers
from samarinda_upload.service_layer.handlers import DocumentQuery, UploadDeps


def FakeCaller(opd: str | None, is_admin: bool = False) -> Principal:
    return Principal(opd=opd, is_admin=is_admin, token_id=f"t-{opd}")


class RecordingPublisher:
    def __init__(self, fail_times: int = 0) -> None:
        self.events: list[Event] = []
        self.fail_times = fail_times

    async def publish(self, event: Event, *, headers: Mapping[str, str] | None = None) -> None:
        if self.fail_times:
            self.fail_times -= 1
            raise ConnectionError("broker down")
        self.events.append(event)

    async def publish_raw(
        self, topic: str, value: bytes, *, key: bytes | None = None, headers: Mapping[str, str] | None = None
    ) -> None:
        raise AssertionError("not used")


class RecordingMeter:
    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []

    async def record(self, **usage: Any) -> None:
        self.records.append(usage)


class FailingStore(EmbeddedDocumentStore):
    """Crashes on the write named by ``fail_on`` (once), as a process dying at that step would."""

    def __init__(self, fail_on: str) -> None:
        super().__init__(":memory:")
        self.fail_on = fail_on

    async def update_one(self, collection: str, filter: Any, update: Any, *, upsert: bool = False) -> Any:
        if self.fail_on == "mark_published":
            self.fail_on = ""
            raise ConnectionError("crash before marking published")
        return await super().update_one(collection, filter, update, upsert=upsert)

    async def insert_one(self, collection: str, document: Any) -> Any:
        if self.fail_on == "insert":
            self.fail_on = ""
            raise ConnectionError("crash before metadata write")
        return await super().insert_one(collection, document)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


async def in_process_validator(path: Path, filename: str, declared: str | None) -> Accepted:
    return validate(path, filename, declared)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make_deps(
    tmp_path: Path,
    clock: Clock,
    *,
    store: EmbeddedDocumentStore | None = None,
    publisher: RecordingPublisher | None = None,
) -> UploadDeps:
    documents = scoped_document_store(store or EmbeddedDocumentStore(), handlers.TENANCY)
    return UploadDeps(
        blobs=LocalFolderBlobStore(tmp_path / "blobs"),
        documents=documents,
        publisher=publisher or RecordingPublisher(),
        meter=RecordingMeter(),
        audit=AuditLog(documents),
        validator=in_process_validator,
        bucket="dokumen",
        clock=clock,
    )


@pytest.fixture
async def deps(tmp_path: Path, clock: Clock) -> UploadDeps:
    deps = make_deps(tmp_path, clock)
    await handlers.ensure_storage(deps)
    return deps


def write(tmp_path: Path, data: bytes, name: str = "upload.bin") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


DISDIK = FakeCaller("DISDIK")
META = UploadMetadata.parse(
    opd="DISDIK", category="laporan", filename="laporan.pdf", fiscal_year=2026, title="Laporan realisasi"
)


async def test_upload_stores_blob_record_event_and_usage(deps: UploadDeps, tmp_path: Path) -> None:
    data = hf.pdf(2)
    outcome = await handlers.upload(deps, DISDIK, META, write(tmp_path, data), source="grpc")

    assert not outcome.duplicate and outcome.status == "accepted"
    record = await deps.documents.find_one(DOCUMENTS, {"_id": outcome.document_id})
    assert record is not None and record["published"] is True
    assert record["blob"] == {"bucket": "dokumen", "key": blob_key_for("DISDIK", outcome.sha256)}
    assert record["fiscal_year"] == 2026 and record["facts"] == {"pages": 2}
    assert await deps.blobs.get("dokumen", record["blob"]["key"]) == data
    events = deps.publisher.events  # type: ignore[attr-defined]
    assert [type(e) for e in events] == [DocumentUploaded]
    assert events[0].document_id == outcome.document_id and events[0].detected_type == "application/pdf"
    usage = deps.meter.records  # type: ignore[attr-defined]
    assert usage == [
        {
            "opd": "DISDIK",
            "operation": UsageOperation.STORAGE_BYTES,
            "units": len(data),
            "document_id": outcome.document_id,
            "subject_id": outcome.document_id,
            "correlation_id": outcome.document_id,
        }
    ]


async def test_same_content_same_opd_is_one_document_and_no_second_event(
    deps: UploadDeps, tmp_path: Path
) -> None:
    data = hf.pdf()
    first = await handlers.upload(deps, DISDIK, META, write(tmp_path, data), source="grpc")
    renamed = META.model_copy(update={"filename": "salinan.pdf"})
    second = await handlers.upload(deps, DISDIK, renamed, write(tmp_path, data, "b"), source="http")

    assert second.document_id == first.document_id and second.duplicate
    assert len(deps.publisher.events) == 1  # type: ignore[attr-defined]
    assert len(deps.meter.records) == 1  # type: ignore[attr-defined]


async def test_same_content_other_opd_is_its_own_document(deps: UploadDeps, tmp_path: Path) -> None:
    data = hf.pdf()
    first = await handlers.upload(deps, DISDIK, META, write(tmp_path, data), source="grpc")
    dinkes = META.model_copy(update={"opd": "DINKES"})
    second = await handlers.upload(deps, FakeCaller("DINKES"), dinkes, write(tmp_path, data), source="grpc")
    assert second.document_id != first.document_id and not second.duplicate


async def test_rejection_writes_nothing_and_is_audited(deps: UploadDeps, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as caught:
        await handlers.upload(deps, DISDIK, META, write(tmp_path, hf.zip_bomb()), source="grpc")
    assert caught.value.reason == "ZIP_BOMB"
    assert await deps.documents.count(DOCUMENTS, {}) == 0
    assert deps.publisher.events == []  # type: ignore[attr-defined]
    (entry,) = await deps.documents.find(AUDIT_LOG_COLLECTION, {"action": "upload"})
    assert entry["outcome"] == "ZIP_BOMB" and entry["principal"]["opd"] == "DISDIK"


async def test_opd_cannot_upload_for_another_opd(deps: UploadDeps, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        await handlers.upload(deps, FakeCaller("DINKES"), META, write(tmp_path, hf.pdf()), source="grpc")
    assert await deps.documents.count(DOCUMENTS, {}) == 0


async def test_publish_failure_keeps_document_and_relay_publishes_it_once(
    tmp_path: Path, clock: Clock
) -> None:
    publisher = RecordingPublisher(fail_times=1)
    deps = make_deps(tmp_path, clock, publisher=publisher)
    await handlers.ensure_storage(deps)
    outcome = await handlers.upload(deps, DISDIK, META, write(tmp_path, hf.pdf()), source="grpc")
    assert publisher.events == []

    assert await handlers.relay_unpublished(deps) == 0  # too young: the request path may still publish
    clock.now += timedelta(seconds=10)
    assert await handlers.relay_unpublished(deps) == 1
    assert await handlers.relay_unpublished(deps) == 0
    assert [e.document_id for e in publisher.events] == [outcome.document_id]  # type: ignore[attr-defined]


async def test_crash_before_marking_published_resends_the_same_event_id(tmp_path: Path, clock: Clock) -> None:
    deps = make_deps(tmp_path, clock, store=FailingStore("mark_published"))
    await handlers.ensure_storage(deps)
    await handlers.upload(deps, DISDIK, META, write(tmp_path, hf.pdf()), source="grpc")
    clock.now += timedelta(seconds=10)
    assert await handlers.relay_unpublished(deps) == 1
    assert await handlers.relay_unpublished(deps) == 0
    ids = {e.event_id for e in deps.publisher.events}  # type: ignore[attr-defined]
    assert len(deps.publisher.events) == 2 and len(ids) == 1  # type: ignore[attr-defined]


async def test_crash_before_metadata_leaves_nothing_accepted_and_a_retry_succeeds(
    tmp_path: Path, clock: Clock
) -> None:
    deps = make_deps(tmp_path, clock, store=FailingStore("insert"))
    await handlers.ensure_storage(deps)
    path = write(tmp_path, hf.pdf())
    with pytest.raises(ConnectionError):
        await handlers.upload(deps, DISDIK, META, path, source="grpc")
    assert await deps.documents.count(DOCUMENTS, {}) == 0
    retried = await handlers.upload(deps, DISDIK, META, path, source="grpc")
    assert not retried.duplicate
    assert len(deps.publisher.events) == 1  # type: ignore[attr-defined]


async def test_relay_lease_keeps_two_relays_from_both_publishing(tmp_path: Path, clock: Clock) -> None:
    deps = make_deps(tmp_path, clock, publisher=RecordingPublisher(fail_times=1))
    await handlers.ensure_storage(deps)
    await handlers.upload(deps, DISDIK, META, write(tmp_path, hf.pdf()), source="grpc")
    clock.now += timedelta(seconds=10)
    claimed = await deps.documents.find_one_and_update(
        DOCUMENTS, {"published": False}, {"$set": {"relay_lease_until": clock.now + timedelta(seconds=60)}}
    )
    assert claimed is not None  # another relay holds the lease
    assert await handlers.relay_unpublished(deps) == 0
    clock.now += timedelta(seconds=61)  # ...and died: the lease runs out
    assert await handlers.relay_unpublished(deps) == 1


async def test_get_document_is_own_opd_or_admin(deps: UploadDeps, tmp_path: Path) -> None:
    outcome = await handlers.upload(deps, DISDIK, META, write(tmp_path, hf.pdf()), source="grpc")
    assert (await handlers.get_document(deps, DISDIK, outcome.document_id))["opd"] == "DISDIK"
    assert (await handlers.get_document(deps, FakeCaller(None, is_admin=True), outcome.document_id))["_id"]
    with pytest.raises(NotFound) as foreign:
        await handlers.get_document(deps, FakeCaller("DINKES"), outcome.document_id)
    with pytest.raises(NotFound) as unknown:
        await handlers.get_document(deps, DISDIK, "doc-tidak-ada")
    assert "DISDIK" not in foreign.value.message
    assert foreign.value.reason == unknown.value.reason
    with use_principal(Principal.platform("test")):
        entries = await deps.documents.find(AUDIT_LOG_COLLECTION, {"action": "get"}, sort=[("at", 1)])
    outcomes = [e["outcome"] for e in entries]
    assert outcomes == ["ok", "ok", "NOT_FOUND", "NOT_FOUND"]


async def test_status_set_by_other_services_is_what_get_returns(deps: UploadDeps, tmp_path: Path) -> None:
    outcome = await handlers.upload(deps, DISDIK, META, write(tmp_path, hf.pdf()), source="grpc")
    await deps.documents.update_one(
        DOCUMENTS, {"_id": outcome.document_id}, {"$set": {"status": "failed", "status_reason": "OCR_FAILED"}}
    )
    record = await handlers.get_document(deps, DISDIK, outcome.document_id)
    assert (record["status"], record["status_reason"]) == ("failed", "OCR_FAILED")


async def test_list_filters_pages_and_scopes_to_the_callers_opd(
    deps: UploadDeps, tmp_path: Path, clock: Clock
) -> None:
    for index in range(5):
        clock.now += timedelta(seconds=1)
        text = f"No;Uraian\n{index};Barang {index}\n".encode()
        await handlers.upload(
            deps,
            DISDIK,
            META.model_copy(update={"filename": f"{index}.csv"}),
            write(tmp_path, text),
            source="grpc",
        )
    dinkes = META.model_copy(update={"opd": "DINKES"})
    await handlers.upload(deps, FakeCaller("DINKES"), dinkes, write(tmp_path, hf.pdf()), source="grpc")

    first, token = await handlers.list_documents(deps, DISDIK, DocumentQuery(page_size=2))
    second, token2 = await handlers.list_documents(deps, DISDIK, DocumentQuery(page_size=2, page_token=token))
    third, token3 = await handlers.list_documents(deps, DISDIK, DocumentQuery(page_size=2, page_token=token2))
    names = [r["filename"] for r in first + second + third]
    assert names == ["4.csv", "3.csv", "2.csv", "1.csv", "0.csv"] and token3 == ""

    admin_all, _ = await handlers.list_documents(deps, FakeCaller(None, is_admin=True), DocumentQuery())
    assert {r["opd"] for r in admin_all} == {"DISDIK", "DINKES"}
    failed, _ = await handlers.list_documents(deps, DISDIK, DocumentQuery(status=DocumentStatus.FAILED))
    assert failed == []
    with pytest.raises(PermissionDenied):
        await handlers.list_documents(deps, DISDIK, DocumentQuery(opd="DINKES"))
    with pytest.raises(InvalidInput):
        await handlers.list_documents(deps, DISDIK, DocumentQuery(page_token="bukan-token"))


def test_metadata_violations_name_their_fields() -> None:
    with pytest.raises(InvalidInput) as caught:
        UploadMetadata.parse(opd="../DISDIK", category="rahasia", filename="x.pdf", fiscal_year=1900)
    assert set(caught.value.details) == {"opd", "category", "fiscal_year"}


async def test_only_the_catalogue_publisher_may_upload_a_price_catalogue(
    deps: UploadDeps, tmp_path: Path
) -> None:
    ssh = UploadMetadata(opd="DINKES", category="ssh", filename="ssh.csv", fiscal_year=2026)
    with pytest.raises(PermissionDenied) as refused:
        await handlers.upload(deps, FakeCaller("DINKES"), ssh, write(tmp_path, hf.CSV), source="grpc")
    assert refused.value.reason == "CATALOGUE_PUBLISHER_ONLY"
    assert await deps.documents.count(DOCUMENTS, {}) == 0
    publisher = Principal(
        opd="BPKAD", is_admin=False, token_id="t-bpkad", roles=frozenset({CATALOGUE_PUBLISHER})
    )
    bpkad = ssh.model_copy(update={"opd": "BPKAD"})
    outcome = await handlers.upload(deps, publisher, bpkad, write(tmp_path, hf.CSV), source="grpc")
    record = await deps.documents.find_one(DOCUMENTS, {"_id": outcome.document_id})
    assert record is not None
    assert record["uploaded_by"] == {"token_id": "t-bpkad", "opd": "BPKAD", "catalogue_publisher": True}
    # Any other category from an OPD records that it is no catalogue publisher.
    own = await handlers.upload(deps, DISDIK, META, write(tmp_path, hf.pdf()), source="grpc")
    mine = await deps.documents.find_one(DOCUMENTS, {"_id": own.document_id})
    assert mine is not None and mine["uploaded_by"]["catalogue_publisher"] is False
