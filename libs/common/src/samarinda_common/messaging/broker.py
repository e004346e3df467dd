"""The Kafka broker every service uses, and the worker app that serves health beside it."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence

from faststream.asgi import AsgiFastStream
from faststream.kafka import KafkaBroker

from samarinda_common.events import Event
from samarinda_common.logging import get_logger
from samarinda_common.messaging.kafka import (
    declare_dead_letter_publishers,
    declare_publishers,
    register_subscriptions,
)
from samarinda_common.messaging.processing import AnySubscription, EventProcessor
from samarinda_common.messaging.publisher import MissingTopics, prepare_topics
from samarinda_common.messaging.security import kafka_security
from samarinda_common.observability import HealthChecks, health_routes
from samarinda_common.settings import CommonSettings

BROKER_PING_TIMEOUT_SECONDS = 3.0
log = get_logger(__name__)


def build_broker(settings: CommonSettings, *, client_id: str) -> KafkaBroker:
    """A broker whose producer waits for all in-sync replicas and never writes duplicates.

    It authenticates as the settings say; a SASL listener without credentials fails here, at once.
    On SIGTERM it waits for the message in hand for the pod's grace period less the preStop
    sleep and a margin for the commit (``settings.shutdown_budget_seconds``), not a fixed 30 s
    that would cut a long OCR job short or outlive a short grace period."""
    return KafkaBroker(
        settings.kafka_bootstrap,
        security=kafka_security(settings),
        client_id=settings.kafka_client_id or client_id,
        acks="all",
        enable_idempotence=True,
        request_timeout_ms=30_000,
        retry_backoff_ms=200,
        linger_ms=5,
        # A topic is never created by a metadata request as a side effect (see prepare_topics).
        allow_auto_create_topics=False,
        graceful_timeout=settings.shutdown_budget_seconds(),
        logger=get_logger("faststream"),
        log_level=logging.DEBUG,  # per-message "Received"/"Processed"; our processor logs outcomes
    )


def build_app(
    settings: CommonSettings,
    broker: KafkaBroker,
    subscriptions: Sequence[AnySubscription],
    processor: EventProcessor,
    *,
    publishes: Iterable[type[Event]] = (),
    health: HealthChecks | None = None,
    on_startup: Sequence[Callable[[], Awaitable[None]]] = (),
    on_shutdown: Sequence[Callable[[], Awaitable[None]]] = (),
) -> AsgiFastStream:
    """The worker process: subscriptions on ``broker`` plus /health, /ready and /metrics.

    Run it with ``uvicorn`` (``serve_worker``) on ``settings.health_port``. ``health`` carries the
    service's own readiness checks (stores); the broker connection is added here. Before the
    consumers start, the topics it reads, dead-letters to and publishes must exist
    (:func:`prepare_topics`): a missing one stops the start with its name.
    """
    subscriptions = list(subscriptions)
    publishes = list(publishes)
    register_subscriptions(
        broker,
        subscriptions,
        processor,
        max_poll_interval_ms=settings.kafka_max_poll_interval_ms(),
        max_poll_records=settings.kafka_max_poll_records,
    )
    declare_publishers(broker, publishes)
    declare_dead_letter_publishers(broker, subscriptions)
    checks = health or HealthChecks()
    checks.add("kafka", lambda: broker.ping(timeout=BROKER_PING_TIMEOUT_SECONDS))

    async def check_topics() -> None:
        try:
            await prepare_topics(settings, topics_used(subscriptions, publishes))
        except MissingTopics as exc:
            log.error("topics_missing", topics=exc.topics, error=str(exc))
            raise

    return AsgiFastStream(
        broker,
        asgi_routes=health_routes(checks),
        on_startup=[check_topics, *on_startup],
        on_shutdown=list(on_shutdown),
        logger=get_logger("faststream.app"),
    )


def topics_used(subscriptions: Iterable[AnySubscription], publishes: Iterable[type[Event]]) -> list[str]:
    """What a process reads, dead-letters to and writes, in a stable order."""
    topics: dict[str, None] = {}
    for subscription in subscriptions:
        topics |= {subscription.topic: None, subscription.dlq_topic: None}
    for event_type in publishes:
        topics[event_type.TOPIC.value] = None
    return list(topics)


class WorkerStartFailed(RuntimeError):
    """The worker's start-up (topics, stores, broker) failed; the cause is logged above."""


async def serve_worker(app: AsgiFastStream, port: int, host: str = "0.0.0.0") -> None:  # noqa: S104
    """Run the worker until SIGTERM; uvicorn drives the app's lifespan (broker start and stop).

    uvicorn reports a failed start-up only in its log and returns normally; this raises
    :class:`WorkerStartFailed` instead, so the process exits non-zero and the pod shows it."""
    started = False

    async def mark_started() -> None:
        nonlocal started
        started = True

    app.after_startup(mark_started)
    await app.run(run_extra_options={"host": host, "port": port, "access_log": "false"})
    if not started:
        raise WorkerStartFailed("the worker did not start (see the start-up error above)")
