"""Publishing events to Kafka, and creating the topics (with their DLQ twins) they go to."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError, TopicAuthorizationFailedError, for_code
from faststream.kafka import KafkaBroker

from samarinda_common.events import Event
from samarinda_common.logging import get_logger
from samarinda_common.messaging.envelope import to_record
from samarinda_common.messaging.security import kafka_client_options
from samarinda_common.observability import EVENTS_PUBLISHED
from samarinda_common.settings import CommonSettings
from samarinda_common.topics import HEADER_CONTENT_TYPE, HEADER_CORRELATION_ID

log = get_logger(__name__)


class KafkaEventPublisher:
    """``EventPublisher`` over a FastStream broker (acks=all, idempotent: see ``build_broker``)."""

    def __init__(self, broker: KafkaBroker) -> None:
        self._broker = broker

    async def publish(self, event: Event, *, headers: Mapping[str, str] | None = None) -> None:
        record = to_record(event, headers)
        await self.publish_raw(record.topic, record.value, key=record.key, headers=record.headers)

    async def publish_raw(
        self, topic: str, value: bytes, *, key: bytes | None = None, headers: Mapping[str, str] | None = None
    ) -> None:
        sent = dict(headers or {})
        # FastStream writes its correlation header itself (a fresh UUID unless given one) and an
        # empty content-type for bytes: hand it the real id, and say what the bytes are.
        correlation_id = sent.pop(HEADER_CORRELATION_ID, None)
        sent.setdefault(HEADER_CONTENT_TYPE, "application/octet-stream")
        await self._broker.publish(value, topic, key=key, headers=sent, correlation_id=correlation_id)
        EVENTS_PUBLISHED.labels(topic).inc()


class MissingTopics(RuntimeError):
    """Topics this process reads or writes do not exist, and it may not create them."""

    def __init__(self, topics: Iterable[str], bootstrap: str) -> None:
        self.topics = sorted(topics)
        super().__init__(
            f"Kafka topics missing on {bootstrap}: {', '.join(self.topics)}. Create them first "
            "(infra/k8s/topics, replicated) or, on a development broker only, set "
            "SAMARINDA_KAFKA_CREATE_TOPICS=true"
        )


async def missing_topics(settings: CommonSettings, topics: Iterable[str]) -> list[str]:
    admin = AIOKafkaAdminClient(**kafka_client_options(settings), client_id="samarinda-topic-check")
    await admin.start()
    try:
        existing = set(await admin.list_topics())
    finally:
        await admin.close()
    return [t for t in dict.fromkeys(topics) if t not in existing]


async def prepare_topics(settings: CommonSettings, topics: Iterable[str]) -> None:
    """Make sure ``topics`` exist before a process uses them.

    By default only checks, and raises :class:`MissingTopics` naming the absent ones: a topic a
    service created would have one replica, and the platform's ``min.insync.replicas: 2`` would
    then refuse every ``acks=all`` write. ``SAMARINDA_KAFKA_CREATE_TOPICS=true`` (a developer's
    single broker) creates them instead.
    """
    topics = list(topics)
    if settings.kafka_create_topics:
        await ensure_topics(settings.kafka_bootstrap, topics, settings=settings)
        return
    missing = await missing_topics(settings, topics)
    if missing:
        raise MissingTopics(missing, settings.kafka_bootstrap)


async def ensure_topics(
    bootstrap: str,
    topics: Iterable[str],
    *,
    partitions: int = 3,
    replication_factor: int = 1,
    settings: CommonSettings | None = None,
) -> list[str]:
    """Create the missing ``topics``; returns the ones created. Safe to call from every replica.

    The admin client authenticates as ``settings`` say (by default: as the environment says). A
    topic this principal may not create is left to whoever may (the platform's admin, Strimzi).
    For development brokers and tests; production topics are Strimzi KafkaTopics.
    """
    options = kafka_client_options(settings or CommonSettings(kafka_bootstrap=bootstrap))
    options["bootstrap_servers"] = bootstrap
    admin = AIOKafkaAdminClient(**options, client_id="samarinda-topic-init")
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [t for t in dict.fromkeys(topics) if t not in existing]
        if not missing:
            return []
        response = await admin.create_topics([NewTopic(t, partitions, replication_factor) for t in missing])
        created, not_ours = [], []
        for topic, error_code, *_ in response.topic_errors:
            if error_code == TopicAuthorizationFailedError.errno:
                not_ours.append(topic)
            # Another replica creating the same topic at the same moment is not a failure.
            elif error_code and error_code != TopicAlreadyExistsError.errno:
                raise for_code(error_code)(f"cannot create topic {topic}")
            else:
                created.append(topic)
        if not_ours:
            log.warning("topics_not_created_not_authorised", topics=not_ours)
        if created:
            log.info("topics_created", topics=created, partitions=partitions)
        return created
    finally:
        await admin.close()
