"""``python -m samarinda_performance api|worker``.

api:    gRPC PerformanceService (+ health, reflection) on SAMARINDA_GRPC_PORT, /health /ready
        /metrics on SAMARINDA_METRICS_PORT.
worker: the documents.extracted.v1 consumer (health on SAMARINDA_HEALTH_PORT).
"""

from __future__ import annotations

import sys

from samarinda.performance.v1 import performance_service_pb2_grpc as pb_grpc
from samarinda_common.auth import TokenAuthenticator
from samarinda_common.entrypoint import run_service
from samarinda_common.grpc.server import build_server, ops_server, serve
from samarinda_common.infra import build_infra
from samarinda_common.messaging import (
    EventProcessor,
    InProcessBus,
    KafkaEventPublisher,
    build_app,
    build_broker,
    serve_worker,
)
from samarinda_common.observability import HealthChecks
from samarinda_common.quota import QuotaStateGuard, quota_subscription
from samarinda_common.settings import Mode, Needs

from samarinda_performance.bootstrap import build_performance
from samarinda_performance.entrypoints.grpc_api import SERVICE_NAME, PerformanceServicer
from samarinda_performance.entrypoints.kafka import PUBLISHES, extracted_subscription
from samarinda_performance.service_layer.handlers import TENANCY, ensure_indexes
from samarinda_performance.settings import PerformanceSettings


async def run_api(settings: PerformanceSettings) -> None:
    infra = build_infra(settings, TENANCY)
    store = infra.document_store
    await ensure_indexes(store)
    # The API only reads; nothing it does is metered or announced.
    performance = build_performance(store, InProcessBus())
    server = build_server(
        settings,
        [
            (
                pb_grpc.add_PerformanceServiceServicer_to_server,
                PerformanceServicer(performance, settings.max_page_size),
            )
        ],
        [SERVICE_NAME],
        authenticator=TokenAuthenticator.from_settings(settings),
    )
    health = HealthChecks()
    health.add("documents", store.ping)
    try:
        await serve(server, http_servers=[ops_server(settings, server, health)])
    finally:
        await infra.close()


async def run_worker(settings: PerformanceSettings) -> None:
    if settings.mode is not Mode.REAL:
        raise SystemExit("the performance worker consumes Kafka: set SAMARINDA_MODE=real")
    infra = build_infra(settings, TENANCY)
    broker = build_broker(settings, client_id="performance-worker")
    publisher = KafkaEventPublisher(broker)
    quota = QuotaStateGuard(infra.document_store)
    performance = build_performance(infra.document_store, publisher, quota)
    health = HealthChecks()
    health.add("documents", infra.document_store.ping)

    async def prepare_store() -> None:
        await ensure_indexes(infra.document_store)

    app = build_app(
        settings,
        broker,
        [
            extracted_subscription(
                settings.consumer_group, infra.document_store, infra.blob_store, performance
            ),
            quota_subscription(quota, settings.consumer_group),
        ],
        EventProcessor(publisher, infra.document_store),
        publishes=PUBLISHES,
        health=health,
        on_startup=[prepare_store],
        on_shutdown=[infra.close],
    )
    await serve_worker(app, settings.health_port)


def main(argv: list[str]) -> int:
    return run_service(
        argv,
        PerformanceSettings,
        {"api": run_api, "worker": run_worker},
        needs={"api": {Needs.MONGO, Needs.API_TOKENS}, "worker": {Needs.MONGO, Needs.S3}},
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
