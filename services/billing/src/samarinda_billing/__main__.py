"""``python -m samarinda_billing api|worker``: the gRPC API or the usage-event consumer."""

from __future__ import annotations

import sys

from faststream.kafka import KafkaBroker
from samarinda.billing.v1 import billing_service_pb2_grpc as pb_grpc
from samarinda_common.auth import AuditLog, TokenAuthenticator
from samarinda_common.entrypoint import run_service
from samarinda_common.events import QuotaChanged
from samarinda_common.grpc import build_server, serve
from samarinda_common.grpc.server import ops_server
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
from samarinda_common.settings import Mode, Needs

from samarinda_billing.bootstrap import build_billing, build_document_store
from samarinda_billing.entrypoints.grpc_api import SERVICE_NAME, BillingServicer
from samarinda_billing.entrypoints.kafka import usage_subscription
from samarinda_billing.service_layer.collections import ensure_indexes
from samarinda_billing.settings import BillingSettings


async def run_worker(settings: BillingSettings) -> None:
    store = build_document_store(settings)
    broker = build_broker(settings, client_id="billing-worker")
    publisher = KafkaEventPublisher(broker)
    billing = build_billing(settings, store, publisher)
    processor = EventProcessor(publisher, store)
    health = HealthChecks()
    health.add("documents", store.ping)

    async def prepare_store() -> None:
        await ensure_indexes(store)

    app = build_app(
        settings,
        broker,
        [usage_subscription(billing, settings.consumer_group, settings.batch_size, settings.processor_dedup)],
        processor,
        publishes=[QuotaChanged],
        health=health,
        on_startup=[prepare_store],
    )
    await serve_worker(app, settings.health_port)


async def run_api(settings: BillingSettings) -> None:
    store = build_document_store(settings)
    await ensure_indexes(store)
    broker: KafkaBroker | None = None
    publisher: EventPublisher
    if settings.mode is Mode.REAL:
        await prepare_topics(settings, topics_used([], [QuotaChanged]))
        broker = build_broker(settings, client_id="billing-api")
        await broker.start()
        publisher = KafkaEventPublisher(broker)
    else:
        publisher = InProcessBus()  # embedded: quota changes stay in this process
    billing = build_billing(settings, store, publisher)
    server = build_server(
        settings,
        [(pb_grpc.add_BillingServiceServicer_to_server, BillingServicer(billing, AuditLog(store)))],
        [SERVICE_NAME],
        authenticator=TokenAuthenticator.from_settings(settings),
    )
    health = HealthChecks()
    health.add("documents", store.ping)
    try:
        await serve(server, http_servers=[ops_server(settings, server, health)])
    finally:
        if broker is not None:
            await broker.stop()


def main(argv: list[str]) -> int:
    return run_service(
        argv,
        BillingSettings,
        {"api": run_api, "worker": run_worker},
        needs={"api": {Needs.MONGO, Needs.API_TOKENS}, "worker": {Needs.MONGO}},
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
