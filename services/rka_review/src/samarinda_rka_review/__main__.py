"""``python -m samarinda_rka_review api|worker``: the gRPC API or the event consumer."""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable

from samarinda.review.v1 import review_service_pb2_grpc as pb_grpc
from samarinda_common.auth import TokenAuthenticator
from samarinda_common.entrypoint import run_service
from samarinda_common.events import RkaReviewed, UsageRecorded
from samarinda_common.grpc import build_server, serve
from samarinda_common.infra import build_infra
from samarinda_common.messaging import (
    EventProcessor,
    InProcessBus,
    KafkaEventPublisher,
    PublishingUsageMeter,
    build_app,
    build_broker,
    serve_worker,
)
from samarinda_common.observability import HealthChecks
from samarinda_common.ports import EventPublisher
from samarinda_common.quota import QuotaStateGuard, quota_subscription
from samarinda_common.settings import Mode

from samarinda_rka_review.adapters.evidence import GrpcEvidenceSearch
from samarinda_rka_review.bootstrap import build_deps
from samarinda_rka_review.entrypoints.grpc_api import SERVICE_NAME, RkaReviewServicer
from samarinda_rka_review.entrypoints.kafka import subscriptions
from samarinda_rka_review.service_layer.handlers import SERVICE, ReviewDeps, ensure_indexes
from samarinda_rka_review.settings import RkaReviewSettings


def evidence_closers(deps: ReviewDeps) -> list[Callable[[], Awaitable[None]]]:
    """The SearchService channel is closed with the process; the in-process index needs nothing."""
    return [deps.evidence.close] if isinstance(deps.evidence, GrpcEvidenceSearch) else []


async def run_worker(settings: RkaReviewSettings) -> None:
    infra = build_infra(settings)
    broker = build_broker(settings, client_id="rka-review-worker")
    publisher = KafkaEventPublisher(broker)
    quota = QuotaStateGuard(infra.document_store)  # the second opinion calls a paid LLM
    deps = build_deps(
        settings,
        infra.document_store,
        publisher,
        PublishingUsageMeter(publisher, SERVICE),
        quota=quota,
        # Only the embedded mode reads the chunk index directly; real mode asks the SearchService.
        vector_index=infra.vector_index if settings.mode is Mode.EMBEDDED else None,
    )
    health = HealthChecks()
    health.add("documents", infra.document_store.ping)

    async def prepare() -> None:
        await ensure_indexes(deps)

    app = build_app(
        settings,
        broker,
        [*subscriptions(deps, settings.consumer_group), quota_subscription(quota, settings.consumer_group)],
        EventProcessor(publisher, infra.document_store),
        publishes=[RkaReviewed, UsageRecorded],
        health=health,
        on_startup=[prepare],
        on_shutdown=[*evidence_closers(deps), infra.close],
    )
    await serve_worker(app, settings.health_port)


async def run_api(settings: RkaReviewSettings) -> None:
    infra = build_infra(settings)
    broker = None
    publisher: EventPublisher
    if settings.mode is Mode.REAL:
        broker = build_broker(settings, client_id="rka-review-api")
        await broker.start()
        publisher = KafkaEventPublisher(broker)
    else:
        publisher = InProcessBus()
    deps = build_deps(
        settings,
        infra.document_store,
        publisher,
        PublishingUsageMeter(publisher, SERVICE),
        # Reads the quota state the worker's subscription keeps in the shared collection.
        quota=QuotaStateGuard(infra.document_store),
        # Only the embedded mode reads the chunk index directly; real mode asks the SearchService.
        vector_index=infra.vector_index if settings.mode is Mode.EMBEDDED else None,
    )
    await ensure_indexes(deps)
    server = build_server(
        settings,
        [(pb_grpc.add_RkaReviewServiceServicer_to_server, RkaReviewServicer(deps))],
        [SERVICE_NAME],
        authenticator=TokenAuthenticator.from_settings(settings),
    )
    try:
        await serve(server)
    finally:
        for close in evidence_closers(deps):
            await close()
        if broker is not None:
            await broker.stop()
        await infra.close()


def main(argv: list[str]) -> int:
    return run_service(argv, RkaReviewSettings, {"api": run_api, "worker": run_worker})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
