"""Events carry identity, against the real SASL/SCRAM Kafka of infra/local (ACLs from principals.conf).

The upload worker runs as its own principal ``upload``; an e-government system publishes as
``egov-disdik``. The broker refuses what a principal's ACLs do not allow, and the upload service
dead-letters what a producer's signature and grant do not prove.
"""

from __future__ import annotations

import asyncio
import base64
import secrets
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import GroupAuthorizationFailedError, KafkaError, TopicAuthorizationFailedError
from aiokafka.structs import OffsetAndMetadata, TopicPartition
from faststream.kafka import KafkaBroker
from pydantic import SecretStr
from samarinda_common.auth import Principal, use_principal
from samarinda_common.event_identity import sign
from samarinda_common.events import DocumentUploaded, IngestRequested
from samarinda_common.infra import Infra, build_infra
from samarinda_common.messaging import (
    EventProcessor,
    KafkaEventPublisher,
    KafkaSecurityMisconfigured,
    RetryPolicy,
    build_broker,
    ensure_topics,
    kafka_client_options,
    register_subscriptions,
    to_record,
)
from samarinda_common.messaging.processing import HEADER_DLQ_GROUP
from samarinda_common.settings import CommonSettings
from samarinda_common.topics import HEADER_DLQ_ERROR_TYPE, HEADER_DLQ_REASON, Topic
from samarinda_upload.bootstrap import build_deps, ingest_subscription
from samarinda_upload.domain.model import DOCUMENTS
from samarinda_upload.service_layer import handlers
from samarinda_upload.service_layer.handlers import TENANCY
from samarinda_upload.settings import UploadSettings

pytestmark = pytest.mark.integration

EGOV = "egov-disdik"  # a Kafka principal of infra/kafka/principals.conf, and the signing producer id
WAIT_SECONDS = 45
FAST_RETRY = RetryPolicy(initial_backoff_seconds=0.01, max_backoff_seconds=0.05, jitter_seconds=0)
TOPICS = [
    Topic.INGEST_REQUESTED.value,
    Topic.INGEST_REQUESTED.dlq,
    Topic.DOCUMENT_UPLOADED.value,
    Topic.USAGE_RECORDED.value,
]


def kafka_as(env: dict[str, str], principal: str, password: str) -> CommonSettings:
    return CommonSettings(
        kafka_bootstrap=env["SAMARINDA_KAFKA_BOOTSTRAP"],
        kafka_security_protocol=env.get("SAMARINDA_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT"),
        kafka_sasl_mechanism=env.get("SAMARINDA_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"),
        kafka_username=principal,
        kafka_password=SecretStr(password),
    )


def read_passwords(env: dict[str, str]) -> dict[str, str]:
    path = env.get("SAMARINDA_KAFKA_CREDENTIALS_FILE")
    if not path or not Path(path).is_file():
        pytest.fail("Kafka has no principals (SAMARINDA_KAFKA_CREDENTIALS_FILE): run infra/local/up.sh kafka")
    pairs = (line.partition("=") for line in Path(path).read_text().splitlines() if "=" in line)
    return {name: password for name, _, password in pairs}


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> list[TopicPartition]:
    await consumer._client.force_metadata_update()
    return [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]


async def start_group_at_end(admin: CommonSettings, group: str, topic: str) -> None:
    """A new consumer group of the (shared) topic starts after what earlier runs left there."""
    consumer = AIOKafkaConsumer(**kafka_client_options(admin), group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = await _partitions(consumer, topic)
        consumer.assign(partitions)
        ends = await consumer.end_offsets(partitions)
        await consumer.commit({tp: OffsetAndMetadata(ends[tp], "") for tp in partitions})
    finally:
        await consumer.stop()


class Tail:
    """Reads a topic as the admin from its end at entry; tests pick their records by unique OPD code."""

    def __init__(self, admin: CommonSettings, topic: str) -> None:
        self._topic = topic
        self._consumer = AIOKafkaConsumer(**kafka_client_options(admin), group_id=None)
        self.records: list[tuple[bytes, dict[str, str]]] = []
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Tail:
        await self._consumer.start()
        partitions = await _partitions(self._consumer, self._topic)
        self._consumer.assign(partitions)
        await self._consumer.seek_to_end(*partitions)
        for partition in partitions:  # resolve the end now, before anything is published
            await self._consumer.position(partition)
        self._task = asyncio.create_task(self._read())
        return self

    async def _read(self) -> None:
        async for record in self._consumer:
            headers = {k: v.decode() for k, v in record.headers}
            self.records.append((record.value or b"", headers))

    async def __aexit__(self, *exc: object) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        await self._consumer.stop()

    async def wait_for(
        self, match: Callable[[bytes, dict[str, str]], bool], want: int
    ) -> list[tuple[bytes, dict[str, str]]]:
        async with asyncio.timeout(WAIT_SECONDS):
            while len(found := [r for r in self.records if match(*r)]) < want:  # noqa: ASYNC110
                await asyncio.sleep(0.2)
        return found


@dataclass
class World:
    env: dict[str, str]
    passwords: dict[str, str]
    opd: str
    key: bytes
    egov: KafkaBroker
    infra: Infra
    uploaded: Tail
    dead: Tail
    group: str  # the upload worker's consumer group (other runs' workers share the topics)

    def request(self, **fields: object) -> IngestRequested:
        values: dict[str, object] = {
            "opd": self.opd,
            "filename": "laporan.txt",
            "category": "laporan",
            "source_system": "simpeg-disdik",
            "content_base64": base64.b64encode(f"Laporan {uuid.uuid4().hex}".encode()).decode(),
        }
        values.update(fields)
        return IngestRequested.model_validate(values)

    async def publish(self, event: IngestRequested) -> None:
        record = to_record(event)
        await self.egov.publish(record.value, record.topic, key=record.key, headers=dict(record.headers))


@pytest.fixture
async def world(
    infra_env: dict[str, str], require_server: Callable[[str], str], tmp_path: Path
) -> AsyncIterator[World]:
    for server in ("SAMARINDA_KAFKA_BOOTSTRAP", "SAMARINDA_MONGO_URI", "SAMARINDA_S3_ENDPOINT"):
        require_server(server)
    passwords = read_passwords(infra_env)
    admin = kafka_as(infra_env, infra_env["SAMARINDA_KAFKA_USERNAME"], infra_env["SAMARINDA_KAFKA_PASSWORD"])
    await ensure_topics(admin.kafka_bootstrap, TOPICS, settings=admin)

    run = uuid.uuid4().hex[:10]
    opd = f"IT-DISDIK-{run.upper()}"
    key = secrets.token_hex(32).encode()
    registry = tmp_path / "producers.yaml"
    registry.write_text(f"producers:\n  {EGOV}: {{opds: [{opd}]}}\n")
    upload = kafka_as(infra_env, "upload", passwords["upload"])
    settings = UploadSettings(
        **upload.model_dump(
            include={name for name in CommonSettings.model_fields if name.startswith("kafka_")}
        ),
        mode="real",
        mongo_uri=infra_env["SAMARINDA_MONGO_URI"],
        s3_endpoint=infra_env["SAMARINDA_S3_ENDPOINT"],
        s3_access_key=infra_env.get("SAMARINDA_S3_ACCESS_KEY", "samarinda"),
        s3_secret_key=infra_env.get("SAMARINDA_S3_SECRET_KEY", "samarinda-secret"),
        mongo_db=f"it_kafka_identity_{run}",
        s3_bucket=f"it-kafka-identity-{run}",
        validation_isolation=False,
        # The upload principal may use consumer groups prefixed "upload" only.
        consumer_group=f"upload.it-{run}",
        event_producers_file=registry,
        event_keys=SecretStr(f"{EGOV}={key.decode()}"),
    )
    await start_group_at_end(admin, settings.consumer_group, Topic.INGEST_REQUESTED.value)
    infra = build_infra(settings, TENANCY)
    worker = build_broker(settings, client_id="upload-it")  # authenticates as "upload"
    deps = build_deps(settings, infra, KafkaEventPublisher(worker))
    await handlers.ensure_storage(deps)
    register_subscriptions(
        worker,
        [ingest_subscription(settings, deps)],
        EventProcessor(KafkaEventPublisher(worker), None, FAST_RETRY),
    )
    egov = build_broker(kafka_as(infra_env, EGOV, passwords[EGOV]), client_id=EGOV)
    await worker.start()
    await egov.connect()
    try:
        async with (
            Tail(admin, Topic.DOCUMENT_UPLOADED.value) as uploaded,
            Tail(admin, Topic.INGEST_REQUESTED.dlq) as dead,
        ):
            yield World(infra_env, passwords, opd, key, egov, infra, uploaded, dead, settings.consumer_group)
    finally:
        await egov.stop()
        await worker.stop()
        await infra.close()


async def test_an_authorised_producers_signed_event_is_accepted(world: World) -> None:
    event = sign(world.request(), EGOV, world.key)
    await world.publish(event)
    ((value, _),) = await world.uploaded.wait_for(lambda v, _h: world.opd.encode() in v, want=1)
    uploaded = DocumentUploaded.model_validate_json(value)
    assert (uploaded.opd, uploaded.correlation_id) == (world.opd, event.event_id)


async def test_the_broker_refuses_writes_and_reads_outside_a_principals_acls(world: World) -> None:
    # egov-disdik may write documents.ingest-requested.v1 and nothing else.
    options = kafka_client_options(kafka_as(world.env, EGOV, world.passwords[EGOV]))
    producer = AIOKafkaProducer(**options, request_timeout_ms=10_000)
    await producer.start()
    try:
        with pytest.raises(TopicAuthorizationFailedError):
            await producer.send_and_wait(Topic.DOCUMENT_UPLOADED.value, b"{}")
    finally:
        await producer.stop()
    # ... and may read nothing: not even join a consumer group of its own name.
    consumer = AIOKafkaConsumer(Topic.INGEST_REQUESTED.value, **options, group_id=f"{EGOV}-baca")
    try:
        with pytest.raises(GroupAuthorizationFailedError):
            await consumer.start()
    finally:
        await consumer.stop()


async def test_a_wrong_password_or_none_gets_no_connection(world: World) -> None:
    impostor = AIOKafkaProducer(
        **kafka_client_options(kafka_as(world.env, EGOV, "bukan-kata-sandinya")), request_timeout_ms=10_000
    )
    with pytest.raises(KafkaError):
        await impostor.start()
    await impostor.stop()
    anonymous = world.env | {"SAMARINDA_KAFKA_USERNAME": "", "SAMARINDA_KAFKA_PASSWORD": ""}
    with pytest.raises(KafkaSecurityMisconfigured):
        build_broker(kafka_as(anonymous, "", ""), client_id="tanpa-identitas")


async def test_forged_tampered_unsigned_and_out_of_scope_events_are_dead_lettered(world: World) -> None:
    cases = {
        "EVENT_SIGNATURE_INVALID": sign(world.request(), EGOV, b"k" * 32),  # forged: not egov-disdik's key
        "EVENT_UNSIGNED": world.request(),
        # signed for its own OPD, then relabelled as another OPD's on the way
        "EVENT_SIGNATURE_INVALID ": sign(world.request(), EGOV, world.key).model_copy(
            update={"opd": f"{world.opd}-DINKES"}
        ),
        # genuinely signed, but egov-disdik acts neither for DINKES nor publishes price catalogues
        "EVENT_PRODUCER_OUT_OF_SCOPE": sign(world.request(opd=f"{world.opd}-DINKES"), EGOV, world.key),
        "EVENT_PRODUCER_OUT_OF_SCOPE ": sign(world.request(category="ssh"), EGOV, world.key),
    }
    for event in cases.values():
        await world.publish(event)
    # Only what this test's worker dead-lettered: an e2e cluster's upload worker may be consuming the
    # same topic in its own group (and, holding no key for this producer, refusing it otherwise).
    dead = await world.dead.wait_for(
        lambda v, headers: world.opd.encode() in v and headers.get(HEADER_DLQ_GROUP) == world.group,
        want=len(cases),
    )
    by_id = {IngestRequested.model_validate_json(value).event_id: headers for value, headers in dead}
    for reason, event in cases.items():
        assert by_id[event.event_id][HEADER_DLQ_REASON].startswith(f"{reason.strip()}:")
    assert {headers[HEADER_DLQ_ERROR_TYPE] for headers in by_id.values()} == {
        "BadSignature",
        "EventUnsigned",
        "ProducerOutOfScope",
    }
    # Nothing of theirs was stored or announced (read as the platform: every OPD's documents).
    with use_principal(Principal.platform("test")):
        assert await world.infra.document_store.find(DOCUMENTS, {}) == []
    assert [v for v, _ in world.uploaded.records if world.opd.encode() in v] == []
