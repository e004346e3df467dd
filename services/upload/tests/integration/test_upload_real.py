"""The upload path against real Kafka, MinIO and the MongoDB-wire server (infra/local/up.sh)."""

from __future__ import annotations

import asyncio
import hashlib
import os
import socket
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import grpc
import pytest
import upload_hostile_files as hf
from aiokafka import AIOKafkaConsumer
from samarinda.upload.v1 import upload_service_pb2 as pb
from samarinda.upload.v1 import upload_service_pb2_grpc as pb_grpc
from samarinda_common.adapters.mongo_documents import MongoDocumentStore
from samarinda_common.auth import Principal, TokenAuthenticator, use_principal
from samarinda_common.errors import SamarindaError
from samarinda_common.events import DocumentUploaded, UsageRecorded
from samarinda_common.grpc.server import build_server
from samarinda_common.infra import build_infra
from samarinda_common.messaging import KafkaEventPublisher, build_broker, ensure_topics, kafka_client_options
from samarinda_common.settings import CommonSettings
from samarinda_common.topics import ALL_TOPICS, Topic
from samarinda_upload.bootstrap import build_deps, build_validator
from samarinda_upload.client import call_metadata, upload_requests
from samarinda_upload.domain.model import DOCUMENTS, UploadMetadata, blob_key_for, document_id_for
from samarinda_upload.entrypoints.grpc_api import SERVICE_NAME, UploadServicer
from samarinda_upload.service_layer import handlers
from samarinda_upload.service_layer.handlers import TENANCY, UploadDeps
from samarinda_upload.settings import UploadSettings

pytestmark = pytest.mark.integration
WAIT_SECONDS = 20
ENV_FILE = Path(__file__).resolve().parents[4] / ".infra" / "env"
SERVERS = ("SAMARINDA_KAFKA_BOOTSTRAP", "SAMARINDA_MONGO_URI", "SAMARINDA_S3_ENDPOINT")


def infra_env() -> dict[str, str]:
    """``.infra/env`` (written by infra/local/up.sh) overlaid with the process's SAMARINDA_* variables."""
    values: dict[str, str] = {}
    if ENV_FILE.is_file():
        for line in ENV_FILE.read_text().splitlines():
            key, sep, value = line.strip().removeprefix("export ").partition("=")
            if sep and not key.startswith("#"):
                values[key] = value.strip("'\"")
    values.update({k: v for k, v in os.environ.items() if k.startswith("SAMARINDA_")})
    return values


def real_settings(**overrides: Any) -> UploadSettings:
    """Fails (never skips) when a server is missing: deselect with -m "not integration" instead."""
    env = infra_env()
    for variable in SERVERS:
        address = env.get(variable, "")
        parsed = urlsplit(address if "://" in address else f"tcp://{address}")
        try:
            socket.create_connection((parsed.hostname or "", parsed.port or 0), timeout=2).close()
        except OSError as exc:
            pytest.fail(f"{variable}={address!r} is not reachable ({exc}): run infra/local/up.sh")
    run = uuid.uuid4().hex[:10]
    return UploadSettings(
        mode="real",
        kafka_bootstrap=env["SAMARINDA_KAFKA_BOOTSTRAP"],
        mongo_uri=env["SAMARINDA_MONGO_URI"],
        s3_endpoint=env["SAMARINDA_S3_ENDPOINT"],
        s3_access_key=env.get("SAMARINDA_S3_ACCESS_KEY", "samarinda"),
        s3_secret_key=env.get("SAMARINDA_S3_SECRET_KEY", "samarinda-secret"),
        mongo_db=f"it_upload_{run}",
        s3_bucket=f"it-upload-{run}",
        **overrides,
    )


class TopicTail:
    """Reads a topic from the beginning in a group of its own; tests filter by their unique OPD code."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self._consumer = AIOKafkaConsumer(
            topic,
            **kafka_client_options(CommonSettings(kafka_bootstrap=bootstrap)),
            group_id=f"it-upload-{uuid.uuid4().hex}",
            auto_offset_reset="earliest",
            enable_auto_commit=False,
        )

    async def start(self) -> None:
        await self._consumer.start()

    async def collect(
        self, match: Callable[[bytes], bool], *, want: int, seconds: float = WAIT_SECONDS
    ) -> list[bytes]:
        found: list[bytes] = []
        deadline = asyncio.get_running_loop().time() + seconds
        while asyncio.get_running_loop().time() < deadline and len(found) < want:
            batches = await self._consumer.getmany(timeout_ms=500)
            found += [r.value for records in batches.values() for r in records if r.value and match(r.value)]
        return found

    async def stop(self) -> None:
        await self._consumer.stop()


@dataclass
class Real:
    settings: UploadSettings
    deps: UploadDeps
    uploaded: TopicTail
    usage: TopicTail
    opd: str

    def caller(self) -> Principal:
        return Principal(opd=self.opd, is_admin=False, token_id="it")

    def metadata(self, filename: str = "laporan.pdf") -> UploadMetadata:
        return UploadMetadata.parse(opd=self.opd, category="laporan", filename=filename)

    async def uploaded_for(
        self, document_id: str, *, want: int = 1, seconds: float = WAIT_SECONDS
    ) -> list[DocumentUploaded]:
        raw = await self.uploaded.collect(lambda v: document_id.encode() in v, want=want, seconds=seconds)
        return [DocumentUploaded.model_validate_json(v) for v in raw]


@pytest.fixture
async def real(tmp_path: Path) -> AsyncIterator[Real]:
    settings = real_settings(validation_isolation=False)
    await ensure_topics(settings.kafka_bootstrap, ALL_TOPICS)
    infra = build_infra(settings, TENANCY)
    broker = build_broker(settings, client_id="upload-it")
    await broker.start()
    publisher = KafkaEventPublisher(broker)
    deps = build_deps(settings, infra, publisher)
    await handlers.ensure_storage(deps)
    uploaded = TopicTail(settings.kafka_bootstrap, Topic.DOCUMENT_UPLOADED)
    usage = TopicTail(settings.kafka_bootstrap, Topic.USAGE_RECORDED)
    await uploaded.start()
    await usage.start()
    try:
        yield Real(settings, deps, uploaded, usage, f"IT-{uuid.uuid4().hex[:8]}")
    finally:
        await uploaded.stop()
        await usage.stop()
        await broker.stop()
        await infra.close()


def write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / uuid.uuid4().hex
    path.write_bytes(data)
    return path


async def test_grpc_upload_stores_object_metadata_and_events(real: Real, tmp_path: Path) -> None:
    server = build_server(
        real.settings,
        [
            (
                pb_grpc.add_UploadServiceServicer_to_server,
                UploadServicer(real.deps, real.settings.max_upload_bytes),
            )
        ],
        [SERVICE_NAME],
        authenticator=TokenAuthenticator({"tok-it": real.opd}),
        port=0,
        host="127.0.0.1",
    )
    await server.start()
    data = hf.pdf(2) + f"% {uuid.uuid4()}\n".encode()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as channel:
            stub = pb_grpc.UploadServiceStub(channel)
            requests = list(
                upload_requests(
                    write(tmp_path, data),
                    pb.DocumentMetadata(opd=real.opd, category="laporan", filename="a.pdf"),
                    chunk_bytes=1000,
                )
            )
            response = await stub.UploadDocument(iter(requests), metadata=call_metadata("tok-it"))
    finally:
        await server.stop(0)

    sha256 = hashlib.sha256(data).hexdigest()
    assert response.document_id == document_id_for(real.opd, sha256)
    assert await real.deps.blobs.get(real.settings.s3_bucket, blob_key_for(real.opd, sha256)) == data
    record = await real.deps.documents.find_one(DOCUMENTS, {"_id": response.document_id})
    assert record is not None and record["published"] is True and record["size_bytes"] == len(data)
    (event,) = await real.uploaded_for(response.document_id)
    assert event.sha256 == sha256 and event.blob.bucket == real.settings.s3_bucket
    usage = await real.usage.collect(lambda v: response.document_id.encode() in v, want=1)
    assert UsageRecorded.model_validate_json(usage[0]).units == len(data)


async def test_duplicate_upload_publishes_no_second_event(real: Real, tmp_path: Path) -> None:
    data = hf.CSV + uuid.uuid4().hex.encode() + b";x;1\n"
    first = await handlers.upload(
        real.deps, real.caller(), real.metadata("a.csv"), write(tmp_path, data), source="it"
    )
    second = await handlers.upload(
        real.deps, real.caller(), real.metadata("b.csv"), write(tmp_path, data), source="it"
    )
    assert second.duplicate and second.document_id == first.document_id
    events = await real.uploaded_for(first.document_id, want=2, seconds=5)
    assert len(events) == 1


class BrokenPublisher:
    async def publish(self, event: Any, *, headers: Any = None) -> None:
        raise ConnectionError("crash between the metadata write and the publish")

    async def publish_raw(self, *args: Any, **kwargs: Any) -> None:
        raise ConnectionError("unused")


async def test_crash_before_publish_then_relay_publishes_exactly_once(real: Real, tmp_path: Path) -> None:
    crashing = handlers.UploadDeps(**{**real.deps.__dict__, "publisher": BrokenPublisher()})
    outcome = await handlers.upload(
        crashing, real.caller(), real.metadata(), write(tmp_path, hf.pdf(3)), source="it"
    )
    record = await real.deps.documents.find_one(DOCUMENTS, {"_id": outcome.document_id})
    assert record is not None and record["published"] is False

    assert await handlers.relay_unpublished(real.deps, min_age=timedelta(0)) >= 1
    assert await handlers.relay_unpublished(real.deps, min_age=timedelta(0)) == 0
    events = await real.uploaded_for(outcome.document_id, want=2, seconds=8)
    assert len(events) == 1
    record = await real.deps.documents.find_one(DOCUMENTS, {"_id": outcome.document_id})
    assert record is not None and record["published"] is True


class CrashOnMarkPublished(MongoDocumentStore):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.crashes = 1

    async def update_one(self, collection: str, filter: Any, update: Any, *, upsert: bool = False) -> Any:
        if self.crashes and "published" in update.get("$set", {}):
            self.crashes -= 1
            raise ConnectionError("crash between the publish and marking it published")
        return await super().update_one(collection, filter, update, upsert=upsert)


async def test_crash_after_publish_resends_the_same_event_id(real: Real, tmp_path: Path) -> None:
    store = CrashOnMarkPublished(real.settings.mongo_uri.get_secret_value(), real.settings.mongo_db)
    crashing = handlers.UploadDeps(**{**real.deps.__dict__, "documents": store})
    try:
        outcome = await handlers.upload(
            crashing, real.caller(), real.metadata(), write(tmp_path, hf.pdf(4)), source="it"
        )
        assert await handlers.relay_unpublished(real.deps, min_age=timedelta(0)) >= 1
    finally:
        await store.close()
    events = await real.uploaded_for(outcome.document_id, want=3, seconds=8)
    assert len(events) == 2 and len({e.event_id for e in events}) == 1  # downstream dedups on event_id


async def test_crash_before_metadata_accepts_nothing_and_a_retry_works(real: Real, tmp_path: Path) -> None:
    class CrashOnInsert(MongoDocumentStore):
        async def insert_one(self, collection: str, document: Any) -> Any:
            raise ConnectionError("crash between the blob write and the metadata write")

    store = CrashOnInsert(real.settings.mongo_uri.get_secret_value(), real.settings.mongo_db)
    crashing = handlers.UploadDeps(**{**real.deps.__dict__, "documents": store})
    path = write(tmp_path, hf.pdf(5))
    try:
        with pytest.raises(ConnectionError):
            await handlers.upload(crashing, real.caller(), real.metadata(), path, source="it")
    finally:
        await store.close()
    assert await real.deps.documents.count(DOCUMENTS, {"opd": real.opd}) == 0
    retried = await handlers.upload(real.deps, real.caller(), real.metadata(), path, source="it")
    assert len(await real.uploaded_for(retried.document_id, want=2, seconds=5)) == 1


@pytest.mark.parametrize(
    ("data", "filename", "reason"),
    [
        (hf.zip_bomb(), "bom.zip", "ZIP_BOMB"),
        (hf.png_claiming(80_000, 80_000), "foto.png", "PIXEL_BOMB"),
        (hf.pdf(user_password="rahasia"), "rahasia.pdf", "PDF_ENCRYPTED"),
        (hf.EXECUTABLE, "laporan.pdf", "TYPE_NOT_ALLOWED"),
        (b"x" * 3_000_001, "besar.txt", "TOO_LARGE"),
        (hf.CSV, "../../etc/passwd", "PATH_TRAVERSAL"),
    ],
    ids=["zip-bomb", "pixel-bomb", "encrypted-pdf", "wrong-magic", "oversize", "path-traversal"],
)
async def test_hostile_files_are_refused_and_nothing_is_half_written(
    real: Real, tmp_path: Path, data: bytes, filename: str, reason: str
) -> None:
    # The production validator (child process, hard caps), with a 3 MB limit for the oversize case.
    limits = real.settings.model_copy(update={"max_upload_bytes": 3_000_000, "validation_isolation": True})
    deps = handlers.UploadDeps(**{**real.deps.__dict__, "validator": build_validator(limits)})
    with pytest.raises(SamarindaError) as caught:
        await handlers.upload(
            deps, real.caller(), real.metadata(filename), write(tmp_path, data), source="it"
        )
    assert caught.value.reason == reason
    sha256 = hashlib.sha256(data).hexdigest()
    assert await real.deps.blobs.stat(real.settings.s3_bucket, blob_key_for(real.opd, sha256)) is None
    assert await real.deps.documents.count(DOCUMENTS, {"opd": real.opd}) == 0
    assert await real.uploaded.collect(lambda v: real.opd.encode() in v, want=1, seconds=2) == []


@pytest.fixture(autouse=True)
def platform_caller() -> Iterator[None]:
    """The tests inspect the store as the platform; each use case runs as the caller it is given."""
    with use_principal(Principal.platform("test")):
        yield
