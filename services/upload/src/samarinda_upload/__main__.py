"""``python -m samarinda_upload api|worker``.

api:    gRPC UploadService (+ health, reflection) on SAMARINDA_GRPC_PORT, HTTP on
        SAMARINDA_UPLOAD_HTTP_PORT, /health /ready /metrics on SAMARINDA_METRICS_PORT, and the
        outbox relay.
worker: the documents.ingest-requested.v1 consumer (health on SAMARINDA_HEALTH_PORT) and the relay.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys

from samarinda.upload.v1 import upload_service_pb2_grpc as pb_grpc
from samarinda_common.entrypoint import run_service
from samarinda_common.events import DocumentUploaded, UsageRecorded
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
from samarinda_common.observability import HealthChecks, HealthServer
from samarinda_common.ports import EventPublisher
from samarinda_common.settings import Mode, Needs
from samarinda_common.tls import uvicorn_tls_options

from samarinda_upload.bootstrap import Relay, build_authenticator, build_deps, ingest_subscription
from samarinda_upload.entrypoints.grpc_api import SERVICE_NAME, UploadServicer
from samarinda_upload.entrypoints.http_api import build_http_app
from samarinda_upload.service_layer.handlers import TENANCY, ensure_storage
from samarinda_upload.settings import UploadSettings


async def run_api(settings: UploadSettings) -> None:
    infra = build_infra(settings, TENANCY)
    broker = None
    publisher: EventPublisher
    if settings.mode is Mode.REAL:
        await prepare_topics(settings, topics_used([], [DocumentUploaded, UsageRecorded]))
        broker = build_broker(settings, client_id="upload-api")
        await broker.start()
        publisher = KafkaEventPublisher(broker)
    else:
        publisher = InProcessBus()  # embedded: events stay in this process
    deps = build_deps(settings, infra, publisher)
    await ensure_storage(deps)
    authenticator = build_authenticator(settings)
    server = build_server(
        settings,
        [(pb_grpc.add_UploadServiceServicer_to_server, UploadServicer(deps, settings.max_upload_bytes))],
        [SERVICE_NAME],
        authenticator=authenticator,
    )
    http = HealthServer(
        build_http_app(deps, authenticator, settings.max_upload_bytes),
        settings.http_port,
        tls=uvicorn_tls_options(settings),
    )
    checks = HealthChecks()
    checks.add("documents", infra.document_store.ping)
    stop_relay = asyncio.Event()
    relay = asyncio.create_task(Relay.from_settings(settings, deps).run(stop_relay))
    try:
        await serve(server, http_servers=[http, ops_server(settings, server, checks)])
    finally:
        stop_relay.set()
        await relay
        if broker is not None:
            await broker.stop()
        await infra.close()


async def run_worker(settings: UploadSettings) -> None:
    if settings.mode is not Mode.REAL:
        raise SystemExit("the upload worker consumes Kafka: set SAMARINDA_MODE=real")
    infra = build_infra(settings, TENANCY)
    broker = build_broker(settings, client_id="upload-worker")
    publisher = KafkaEventPublisher(broker)
    deps = build_deps(settings, infra, publisher)
    health = HealthChecks()
    health.add("documents", infra.document_store.ping)
    health.add("blobs", infra.blob_store.ping)
    stop_relay = asyncio.Event()
    relay_task: asyncio.Task[None] | None = None

    async def start() -> None:
        nonlocal relay_task
        await ensure_storage(deps)
        relay_task = asyncio.create_task(Relay.from_settings(settings, deps).run(stop_relay))

    async def stop() -> None:
        stop_relay.set()
        if relay_task is not None:
            with contextlib.suppress(Exception):
                await relay_task
        await infra.close()

    app = build_app(
        settings,
        broker,
        [ingest_subscription(settings, deps)],
        EventProcessor(publisher, infra.document_store),
        publishes=[DocumentUploaded, UsageRecorded],
        health=health,
        on_startup=[start],
        on_shutdown=[stop],
    )
    await serve_worker(app, settings.health_port)


def main(argv: list[str]) -> int:
    return run_service(
        argv,
        lambda: UploadSettings(service_name="upload"),
        {"api": run_api, "worker": run_worker},
        needs={
            "api": {Needs.MONGO, Needs.S3, Needs.API_TOKENS},
            "worker": {Needs.MONGO, Needs.S3},
        },
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
