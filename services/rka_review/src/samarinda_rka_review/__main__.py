"""``python -m samarinda_rka_review api|worker``: the gRPC API or the event consumer.

Both refuse the paid second opinion (Gemini) for an OPD whose quota billing announced as spent:
the worker follows ``billing.quota-changed.v1`` into the shared ``quota_state`` collection, and
both read it before calling the LLM. The API serves /health /ready /metrics on
SAMARINDA_METRICS_PORT; the worker on SAMARINDA_HEALTH_PORT.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable

from samarinda.review.v1 import review_service_pb2_grpc as pb_grpc
from samarinda_common.auth import TokenAuthenticator
from samarinda_common.entrypoint import run_service
from samarinda_common.events import RkaReviewed, UsageRecorded
from samarinda_common.grpc import build_server, serve
from samarinda_common.grpc.server import ops_server
from samarinda_common.infra import Infra, build_infra
from samarinda_common.messaging import (
    EventProcessor,
    InProcessBus,
    KafkaEventPublisher,
    PublishingUsageMeter,
    build_app,
    build_broker,
    prepare_topics,
    serve_worker,
    topics_used,
)
from samarinda_common.observability import HealthChecks
from samarinda_common.ports import LLM, EventPublisher, VectorIndex
from samarinda_common.quota import QuotaStateGuard, quota_subscription
from samarinda_common.settings import Mode, Needs

from samarinda_rka_review.adapters.evidence import GrpcEvidenceSearch
from samarinda_rka_review.bootstrap import build_deps, tenancy_for
from samarinda_rka_review.entrypoints.grpc_api import SERVICE_NAME, RkaReviewServicer
from samarinda_rka_review.entrypoints.kafka import subscriptions
from samarinda_rka_review.service_layer.handlers import SERVICE, ReviewDeps, ensure_indexes
from samarinda_rka_review.settings import RkaReviewSettings


def _vector_index(settings: RkaReviewSettings, infra: Infra) -> VectorIndex | None:
    """The in-process chunk index for evidence in embedded mode; in real mode the evidence comes
    from the SearchService, so the review never needs OpenSearch credentials."""
    return infra.vector_index if settings.mode is Mode.EMBEDDED else None


def review_deps(
    settings: RkaReviewSettings,
    infra: Infra,
    publisher: EventPublisher,
    quota: QuotaStateGuard,
    *,
    llm: LLM | None = None,
) -> ReviewDeps:
    """What both roles review with: the paid second opinion is refused for an OPD whose quota
    billing announced as exhausted (the quota_state the worker keeps from quota-changed)."""
    return build_deps(
        settings,
        infra.document_store,
        publisher,
        PublishingUsageMeter(publisher, SERVICE),
        quota=quota,
        llm=llm,
        vector_index=_vector_index(settings, infra),
    )


def evidence_closers(deps: ReviewDeps) -> list[Callable[[], Awaitable[None]]]:
    """The SearchService channel is closed with the process; the in-process index needs nothing."""
    return [deps.evidence.close] if isinstance(deps.evidence, GrpcEvidenceSearch) else []


async def run_worker(settings: RkaReviewSettings) -> None:
    infra = build_infra(settings, tenancy_for(settings))
    broker = build_broker(settings, client_id="rka-review-worker")
    publisher = KafkaEventPublisher(broker)
    quota = QuotaStateGuard(infra.document_store)
    deps = review_deps(settings, infra, publisher, quota)
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
    infra = build_infra(settings, tenancy_for(settings))
    broker = None
    publisher: EventPublisher
    if settings.mode is Mode.REAL:
        await prepare_topics(settings, topics_used([], [RkaReviewed, UsageRecorded]))
        broker = build_broker(settings, client_id="rka-review-api")
        await broker.start()
        publisher = KafkaEventPublisher(broker)
    else:
        publisher = InProcessBus()
    deps = review_deps(settings, infra, publisher, QuotaStateGuard(infra.document_store))
    await ensure_indexes(deps)
    server = build_server(
        settings,
        [(pb_grpc.add_RkaReviewServiceServicer_to_server, RkaReviewServicer(deps))],
        [SERVICE_NAME],
        authenticator=TokenAuthenticator.from_settings(settings),
    )
    health = HealthChecks()
    health.add("documents", infra.document_store.ping)
    try:
        await serve(server, http_servers=[ops_server(settings, server, health)])
    finally:
        for close in evidence_closers(deps):
            await close()
        if broker is not None:
            await broker.stop()
        await infra.close()


def main(argv: list[str]) -> int:
    return run_service(
        argv,
        RkaReviewSettings,
        {"api": run_api, "worker": run_worker},
        needs={
            "api": {Needs.MONGO, Needs.API_TOKENS, Needs.LLM, Needs.EMBEDDER},
            "worker": {Needs.MONGO, Needs.LLM, Needs.EMBEDDER},
        },
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
