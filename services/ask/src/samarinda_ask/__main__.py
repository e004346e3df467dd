"""``python -m samarinda_ask api|worker``.

api:    gRPC AskService (+ health, reflection) on SAMARINDA_GRPC_PORT; /health /ready /metrics on
        SAMARINDA_METRICS_PORT. Reads the chunk index (OpenSearch) scoped to the caller, keeps
        conversations in MongoDB, publishes usage.recorded.v1.
worker: follows billing.quota-changed.v1 into the shared quota_state collection, which the api
        reads before a paid LLM call (health on SAMARINDA_HEALTH_PORT).
"""

from __future__ import annotations

import sys

from samarinda.ask.v1 import ask_service_pb2_grpc as pb_grpc
from samarinda_common.auth import TokenAuthenticator
from samarinda_common.entrypoint import run_service
from samarinda_common.events import UsageRecorded
from samarinda_common.grpc.server import build_server, ops_server, serve
from samarinda_common.infra import build_infra
from samarinda_common.messaging import (
    EventProcessor,
    InProcessBus,
    KafkaEventPublisher,
    build_app,
    build_broker,
    prepare_topics,
    serve_worker,
    topics_used,
)
from samarinda_common.observability import HealthChecks
from samarinda_common.ports import EventPublisher
from samarinda_common.quota import QuotaStateGuard
from samarinda_common.settings import Mode, Needs

from samarinda_ask.bootstrap import build_deps, tenancy_for
from samarinda_ask.entrypoints.grpc_api import SERVICE_NAME, AskServicer
from samarinda_ask.entrypoints.kafka import subscriptions
from samarinda_ask.settings import AskSettings


async def run_api(settings: AskSettings) -> None:
    infra = build_infra(settings, tenancy_for(settings))
    broker = None
    publisher: EventPublisher
    if settings.mode is Mode.REAL:
        await prepare_topics(settings, topics_used([], [UsageRecorded]))
        broker = build_broker(settings, client_id="ask-api")
        await broker.start()
        publisher = KafkaEventPublisher(broker)
    else:
        publisher = InProcessBus()
    deps = build_deps(settings, infra, publisher, quota=QuotaStateGuard(infra.document_store))
    server = build_server(
        settings,
        [(pb_grpc.add_AskServiceServicer_to_server, AskServicer(deps))],
        [SERVICE_NAME],
        authenticator=TokenAuthenticator.from_settings(settings),
    )
    health = HealthChecks()
    health.add("vectors", infra.vector_index.ping)
    health.add("documents", infra.document_store.ping)
    try:
        await serve(server, http_servers=[ops_server(settings, server, health)])
    finally:
        if broker is not None:
            await broker.stop()
        await infra.close()


async def run_worker(settings: AskSettings) -> None:
    if settings.mode is not Mode.REAL:
        raise SystemExit("the ask worker consumes Kafka: set SAMARINDA_MODE=real")
    infra = build_infra(settings, tenancy_for(settings))
    broker = build_broker(settings, client_id="ask-worker")
    publisher = KafkaEventPublisher(broker)
    quota = QuotaStateGuard(infra.document_store)
    health = HealthChecks()
    health.add("documents", infra.document_store.ping)
    app = build_app(
        settings,
        broker,
        subscriptions(quota, settings.consumer_group),
        EventProcessor(publisher, infra.document_store),
        publishes=[],
        health=health,
        on_shutdown=[infra.close],
    )
    await serve_worker(app, settings.health_port)


def main(argv: list[str]) -> int:
    return run_service(
        argv,
        AskSettings,
        {"api": run_api, "worker": run_worker},
        needs={
            "api": {Needs.MONGO, Needs.OPENSEARCH, Needs.API_TOKENS, Needs.LLM, Needs.EMBEDDER},
            "worker": {Needs.MONGO},
        },
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
