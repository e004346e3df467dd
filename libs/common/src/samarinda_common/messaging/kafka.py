"""FastStream wiring: one Kafka subscriber per :class:`Subscription`, and the AsyncAPI document.

The subscriber function is *documented* with the event model (so the AsyncAPI spec shows the
payload) but receives the raw body: a malformed message must reach the :class:`EventProcessor`
and go to the DLQ, not fail inside FastStream before our code runs and block the partition.
Offsets are committed only after the processor returns (``AckPolicy.NACK_ON_ERROR``); when it
raises, the consumer seeks back and the message is delivered again.
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
from samarinda_common.messaging.processing import EventProcessor, Subscription
from samarinda_common.messaging.publisher import KafkaEventPublisher

# Handlers may run retries with backoff (and OCR can be slow): give them time before Kafka
# decides the consumer is dead and rebalances its partitions away.
MAX_POLL_INTERVAL_MS = 15 * 60 * 1000
MAX_POLL_RECORDS = 50


async def _raw_body(message: StreamMessage[Any]) -> bytes:
    return message.body


def _keep_raw(value: Any) -> Any:
    return value


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _consumer(subscription: Subscription[Any], processor: EventProcessor) -> Callable[..., Awaitable[None]]:
    async def consume(body: bytes, message: KafkaMessage) -> None:
        record = message.raw_message
        key = getattr(record, "key", None)
        await processor.process(subscription, body, key if isinstance(key, bytes) else None, message.headers)

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


def register_subscriptions(
    broker: KafkaBroker, subscriptions: Iterable[Subscription[Any]], processor: EventProcessor
) -> None:
    for subscription in subscriptions:
        broker.subscriber(
            subscription.topic,
            group_id=subscription.group_id,
            ack_policy=AckPolicy.NACK_ON_ERROR,
            auto_offset_reset="earliest",
            decoder=_raw_body,
            max_poll_records=MAX_POLL_RECORDS,
            max_poll_interval_ms=MAX_POLL_INTERVAL_MS,
        )(_consumer(subscription, processor))


def declare_publishers(broker: KafkaBroker, events: Iterable[type[Event]]) -> None:
    """Declare what a service produces, so its AsyncAPI document lists it (with the DLQs it may fill)."""
    for event_type in events:
        broker.publisher(event_type.TOPIC.value, schema=event_type, description=event_type.__doc__)


def declare_dead_letter_publishers(broker: KafkaBroker, subscriptions: Iterable[Subscription[Any]]) -> None:
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
    subscriptions: Iterable[Subscription[Any]],
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
