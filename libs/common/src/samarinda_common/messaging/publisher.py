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
        await self._broker.publish(value, topic, key=key, headers=dict(headers or {}))
        EVENTS_PUBLISHED.labels(topic).inc()


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
