"""FastStream wiring: one Kafka subscriber per :class:`Subscription`, and the AsyncAPI document.

The subscriber function is *documented* with the event model (so the AsyncAPI spec shows the
payload) but receives the raw body: a malformed message must reach the :class:`EventProcessor`
and go to the DLQ, not fail inside FastStream before our code runs and block the partition.
Offsets are committed only after the processor returns (``AckPolicy.NACK_ON_ERROR``); when it
raises, the consumer seeks back and the message is delivered again. A :class:`BatchSubscription`
gets a FastStream batch subscriber: one commit per batch, and a failed batch is sought back to its
first record on every partition it spans, so all of it is delivered again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Iterable
from typing import Annotated, Any, Literal

import yaml
from faststream import AckPolicy
from faststream.kafka import KafkaBroker
from faststream.kafka.annotations import KafkaMessage
from faststream.message import StreamMessage
from faststream.specification import AsyncAPI
from pydantic import PlainValidator

from samarinda_common.events import Event
from samarinda_common.messaging.envelope import Record
from samarinda_common.messaging.processing import (
    AnySubscription,
    BatchSubscription,
    EventProcessor,
    Subscription,
)
from samarinda_common.messaging.publisher import KafkaEventPublisher

# Liveness is the heartbeat, sent in the background: a consumer that dies without leaving the
# group (kill -9, lost node) hands its partitions over after SESSION_TIMEOUT_MS. One that stops
# cleanly leaves the group at once, so a restarted replica starts without waiting.
SESSION_TIMEOUT_MS = 10_000
HEARTBEAT_INTERVAL_MS = 3_000
# The longest a handler may hold a message (retries with backoff included, or a slow OCR job)
# before the consumer counts as stuck and leaves the group so that another replica takes over.
# Workers take both from SAMARINDA_KAFKA_MAX_POLL_INTERVAL_SECONDS and SAMARINDA_KAFKA_MAX_POLL_RECORDS
# (build_app): one poll's records are handled one after the other, so their handling together
# must stay under the interval. These are the defaults.
MAX_POLL_INTERVAL_MS = 5 * 60 * 1000
MAX_POLL_RECORDS = 50


async def _raw_body(message: StreamMessage[Any]) -> bytes:
    return message.body


def _keep_raw(value: Any) -> Any:
    return value


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _documented(
    consume: Callable[..., Awaitable[None]], subscription: AnySubscription
) -> Callable[..., Awaitable[None]]:
    """Name and annotate ``consume`` so the AsyncAPI document shows the event each message carries
    (a batch subscriber receives a list of them, but each Kafka message is still one event)."""
    consume.__name__ = f"on_{_snake(subscription.event_type.__name__)}"
    consume.__qualname__ = consume.__name__
    consume.__doc__ = f"{subscription.group_id}: {subscription.name} ({subscription.event_type.__name__})."
    # The annotation documents the event model; PlainValidator lets the raw bytes through unchanged.
    consume.__annotations__ = {
        "body": Annotated[subscription.event_type, PlainValidator(_keep_raw)],
        "message": KafkaMessage,
        "return": None,
    }
    return consume


def _key(record: Any) -> bytes | None:
    key = getattr(record, "key", None)
    return key if isinstance(key, bytes) else None


def _consumer(subscription: Subscription[Any], processor: EventProcessor) -> Callable[..., Awaitable[None]]:
    async def consume(body: bytes, message: KafkaMessage) -> None:
        await processor.process(subscription, body, _key(message.raw_message), message.headers)

    return _documented(consume, subscription)


def _batch_consumer(
    subscription: BatchSubscription[Any], processor: EventProcessor
) -> Callable[..., Awaitable[None]]:
    async def consume(body: list[bytes], message: KafkaMessage) -> None:
        records = [
            Record(subscription.topic, value, _key(raw), headers)
            for value, raw, headers in zip(body, message.raw_message, message.batch_headers, strict=True)
        ]
        await processor.process_batch(subscription, records)

    return _documented(consume, subscription)


def register_subscriptions(
    broker: KafkaBroker,
    subscriptions: Iterable[AnySubscription],
    processor: EventProcessor,
    *,
    max_poll_interval_ms: int = MAX_POLL_INTERVAL_MS,
    max_poll_records: int = MAX_POLL_RECORDS,
) -> None:
    for subscription in subscriptions:
        options: dict[str, Any] = {
            "group_id": subscription.group_id,
            "ack_policy": AckPolicy.NACK_ON_ERROR,
            "auto_offset_reset": "earliest",
            "decoder": _raw_body,
            "session_timeout_ms": SESSION_TIMEOUT_MS,
            "heartbeat_interval_ms": HEARTBEAT_INTERVAL_MS,
            "max_poll_interval_ms": max_poll_interval_ms,
        }
        if isinstance(subscription, BatchSubscription):
            broker.subscriber(
                subscription.topic,
                batch=True,
                max_records=subscription.max_records,
                batch_timeout_ms=subscription.max_wait_ms,
                **options,
            )(_batch_consumer(subscription, processor))
        else:
            broker.subscriber(subscription.topic, max_poll_records=max_poll_records, **options)(
                _consumer(subscription, processor)
            )


def declare_publishers(broker: KafkaBroker, events: Iterable[type[Event]]) -> None:
    """Declare what a service produces, so its AsyncAPI document lists it (with the DLQs it may fill)."""
    for event_type in events:
        broker.publisher(event_type.TOPIC.value, schema=event_type, description=event_type.__doc__)


def declare_dead_letter_publishers(broker: KafkaBroker, subscriptions: Iterable[AnySubscription]) -> None:
    for subscription in subscriptions:
        broker.publisher(
            subscription.dlq_topic,
            schema=bytes,
            description=f"Messages from {subscription.topic} that {subscription.group_id} "
            "could not handle; headers dlq-reason, dlq-error-type, dlq-source-topic.",
        )


def asyncapi_spec(
    broker: KafkaBroker,
    *,
    title: str,
    version: str,
    description: str | None = None,
    fmt: Literal["yaml", "json"] = "yaml",
) -> str:
    """The AsyncAPI 3.0 document of ``broker``, with sorted keys so that CI can diff it."""
    # FastStream lists publishers in an order that varies between runs; sorting makes it stable.
    document = AsyncAPI(broker, title=title, version=version, description=description).to_specification()
    jsonable = document.to_jsonable()
    if fmt == "json":
        return json.dumps(jsonable, indent=2, sort_keys=True) + "\n"
    return str(yaml.safe_dump(jsonable, sort_keys=True, allow_unicode=True))


def service_asyncapi(
    *,
    title: str,
    version: str,
    subscriptions: Iterable[AnySubscription],
    publishes: Iterable[type[Event]],
    description: str | None = None,
) -> str:
    """The YAML document of a service, for its ``entrypoints/kafka.py:build_spec``.

    Builds an unconnected broker with the same subscriptions the worker registers; no handler runs.
    """
    subscriptions = list(subscriptions)
    broker = KafkaBroker()
    register_subscriptions(broker, subscriptions, EventProcessor(KafkaEventPublisher(broker)))
    declare_publishers(broker, publishes)
    declare_dead_letter_publishers(broker, subscriptions)
    return asyncapi_spec(broker, title=title, version=version, description=description)
