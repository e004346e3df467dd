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
from samarinda_common.messaging.publisher import ensure_topics
from samarinda_common.messaging.security import kafka_security
from samarinda_common.observability import HealthChecks, health_routes
from samarinda_common.settings import CommonSettings
from samarinda_common.topics import ALL_TOPICS

BROKER_PING_TIMEOUT_SECONDS = 3.0


def build_broker(settings: CommonSettings, *, client_id: str) -> KafkaBroker:
    """A broker whose producer waits for all in-sync replicas and never writes duplicates.

    It authenticates as the settings say; a SASL listener without credentials fails here, at once.
    """
    return KafkaBroker(
        settings.kafka_bootstrap,
        security=kafka_security(settings),
        client_id=settings.kafka_client_id or client_id,
        acks="all",
        enable_idempotence=True,
        request_timeout_ms=30_000,
        retry_backoff_ms=200,
        linger_ms=5,
        # Topics are created with their partition count by ensure_topics, not implicitly.
        allow_auto_create_topics=False,
        graceful_timeout=30.0,
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
    create_topics: bool = True,
) -> AsgiFastStream:
    """The worker process: subscriptions on ``broker`` plus /health, /ready and /metrics.

    Run it with ``uvicorn`` (``serve_worker``) on ``settings.health_port``. ``health`` carries the
    service's own readiness checks (stores); the broker connection is added here.
    """
    register_subscriptions(broker, subscriptions, processor)
    declare_publishers(broker, publishes)
    declare_dead_letter_publishers(broker, subscriptions)
    checks = health or HealthChecks()
    checks.add("kafka", lambda: broker.ping(timeout=BROKER_PING_TIMEOUT_SECONDS))

    async def create_catalog_topics() -> None:
        await ensure_topics(settings.kafka_bootstrap, ALL_TOPICS, settings=settings)

    startup = [create_catalog_topics, *on_startup] if create_topics else list(on_startup)
    return AsgiFastStream(
        broker,
        asgi_routes=health_routes(checks),
        on_startup=startup,
        on_shutdown=list(on_shutdown),
        logger=get_logger("faststream.app"),
    )


async def serve_worker(app: AsgiFastStream, port: int, host: str = "0.0.0.0") -> None:  # noqa: S104
    """Run the worker until SIGTERM; uvicorn drives the app's lifespan (broker start and stop)."""
    await app.run(run_extra_options={"host": host, "port": port, "access_log": "false"})
