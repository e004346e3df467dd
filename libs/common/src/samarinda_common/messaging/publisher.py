"""Publishing events to Kafka, and creating the topics (with their DLQ twins) they go to."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError, for_code
from faststream.kafka import KafkaBroker

from samarinda_common.events import Event
from samarinda_common.logging import get_logger
from samarinda_common.messaging.envelope import to_record
from samarinda_common.observability import EVENTS_PUBLISHED
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


async def ensure_topics(
    bootstrap: str, topics: Iterable[str], *, partitions: int = 3, replication_factor: int = 1
) -> list[str]:
    """Create the missing ``topics``; returns the ones created. Safe to call from every replica."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, client_id="samarinda-topic-init")
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [t for t in dict.fromkeys(topics) if t not in existing]
        if not missing:
            return []
        response = await admin.create_topics([NewTopic(t, partitions, replication_factor) for t in missing])
        for topic, error_code, *_ in response.topic_errors:
            # Another replica creating the same topic at the same moment is not a failure.
            if error_code and error_code != TopicAlreadyExistsError.errno:
                raise for_code(error_code)(f"cannot create topic {topic}")
        log.info("topics_created", topics=missing, partitions=partitions)
        return missing
    finally:
        await admin.close()
