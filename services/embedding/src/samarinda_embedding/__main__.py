"""``python -m samarinda_embedding api|worker|reembed``.

api:     gRPC SearchService (+ health, reflection) on SAMARINDA_GRPC_PORT, /health /ready /metrics
         on SAMARINDA_METRICS_PORT.
worker:  the documents.extracted.v1 consumer (health on SAMARINDA_HEALTH_PORT).
reembed: index every indexed document into the configured indexes with the configured embedder
         (the backfill of a model migration, see service_layer/reembed.py), then exit.
"""

from __future__ import annotations

import sys

from samarinda.search.v1 import search_service_pb2_grpc as pb_grpc
from samarinda_common.auth import TokenAuthenticator
from samarinda_common.entrypoint import run_service
from samarinda_common.events import UsageRecorded
from samarinda_common.grpc.server import build_server, ops_server, serve
from samarinda_common.infra import build_infra
from samarinda_common.logging import get_logger
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
from samarinda_common.quota import QuotaStateGuard, quota_subscription
from samarinda_common.settings import Mode, Needs

from samarinda_embedding.bootstrap import build_indexer, build_searcher, embedder_for, tenancy_for
from samarinda_embedding.entrypoints.grpc_api import SERVICE_NAME, SearchServicer
from samarinda_embedding.entrypoints.kafka import PUBLISHES, extracted_subscription
from samarinda_embedding.service_layer.reembed import reembed_all
from samarinda_embedding.settings import EmbeddingSettings

log = get_logger(__name__)


async def run_api(settings: EmbeddingSettings) -> None:
    infra = build_infra(settings, tenancy_for(settings))
    broker = None
    publisher: EventPublisher
    if settings.mode is Mode.REAL:
        await prepare_topics(settings, topics_used([], [UsageRecorded]))
        broker = build_broker(settings, client_id="embedding-api")
        await broker.start()
        publisher = KafkaEventPublisher(broker)
    else:
        publisher = InProcessBus()  # embedded: usage events stay in this process
    embedder = embedder_for(settings)
    indexer = build_indexer(settings, infra.vector_index, embedder, publisher)
    await indexer.ensure_indexes()
    servicer = SearchServicer(
        build_searcher(settings, infra.vector_index, embedder), indexer, indexer.usage_meter
    )
    server = build_server(
        settings,
        [(pb_grpc.add_SearchServiceServicer_to_server, servicer)],
        [SERVICE_NAME],
        authenticator=TokenAuthenticator.from_settings(settings),
    )
    health = HealthChecks()
    health.add("vectors", infra.vector_index.ping)
    try:
        await serve(server, http_servers=[ops_server(settings, server, health)])
    finally:
        if broker is not None:
            await broker.stop()
        await infra.close()


async def run_worker(settings: EmbeddingSettings) -> None:
    if settings.mode is not Mode.REAL:
        raise SystemExit("the embedding worker consumes Kafka: set SAMARINDA_MODE=real")
    infra = build_infra(settings, tenancy_for(settings))
    broker = build_broker(settings, client_id="embedding-worker")
    publisher = KafkaEventPublisher(broker)
    quota = QuotaStateGuard(infra.document_store)
    indexer = build_indexer(settings, infra.vector_index, embedder_for(settings), publisher, quota)
    health = HealthChecks()
    health.add("documents", infra.document_store.ping)
    health.add("vectors", infra.vector_index.ping)
    subscription = extracted_subscription(
        settings.consumer_group, infra.document_store, infra.blob_store, indexer, publisher
    )
    app = build_app(
        settings,
        broker,
        [subscription, quota_subscription(quota, settings.consumer_group)],
        EventProcessor(publisher, infra.document_store),
        publishes=PUBLISHES,
        health=health,
        on_startup=[indexer.ensure_indexes],
        on_shutdown=[infra.close],
    )
    await serve_worker(app, settings.health_port)


async def run_reembed(settings: EmbeddingSettings) -> None:
    infra = build_infra(settings, tenancy_for(settings))
    try:
        # A migration is the platform's choice, not the OPDs' use: its usage events are not published.
        indexer = build_indexer(settings, infra.vector_index, embedder_for(settings), InProcessBus())
        done = await reembed_all(infra.document_store, infra.blob_store, indexer)
        log.info("reembed_finished", documents=done, chunks_index=settings.chunks_index)
    finally:
        await infra.close()


def main(argv: list[str]) -> int:
    return run_service(
        argv,
        EmbeddingSettings,
        {"api": run_api, "worker": run_worker, "reembed": run_reembed},
        needs={
            "api": {Needs.OPENSEARCH, Needs.API_TOKENS, Needs.EMBEDDER},
            "worker": {Needs.MONGO, Needs.S3, Needs.OPENSEARCH, Needs.EMBEDDER},
            "reembed": {Needs.MONGO, Needs.S3, Needs.OPENSEARCH, Needs.EMBEDDER},
        },
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
