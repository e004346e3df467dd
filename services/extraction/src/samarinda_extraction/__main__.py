"""``python -m samarinda_extraction worker``: the documents.uploaded.v1 consumer.

Health, readiness and metrics on SAMARINDA_HEALTH_PORT. Replicas share the topic's partitions
through the consumer group (SAMARINDA_EXTRACTION_CONSUMER_GROUP); each replica OCRs on
SAMARINDA_EXTRACTION_OCR_WORKERS processes.
"""

from __future__ import annotations

import asyncio
import sys

from samarinda_common.entrypoint import run_service
from samarinda_common.infra import build_infra
from samarinda_common.messaging import (
    EventProcessor,
    KafkaEventPublisher,
    build_app,
    build_broker,
    serve_worker,
)
from samarinda_common.observability import HealthChecks
from samarinda_common.settings import Mode, Needs

from samarinda_extraction.bootstrap import build_deps, build_extractor
from samarinda_extraction.entrypoints.kafka import PUBLISHES, uploaded_subscription
from samarinda_extraction.service_layer.handlers import TENANCY
from samarinda_extraction.settings import ExtractionSettings


async def run_worker(settings: ExtractionSettings) -> None:
    if settings.mode is not Mode.REAL:
        raise SystemExit("the extraction worker consumes Kafka: set SAMARINDA_MODE=real")
    infra = build_infra(settings, TENANCY)
    broker = build_broker(settings, client_id="extraction-worker")
    publisher = KafkaEventPublisher(broker)
    extractor = build_extractor(settings)
    deps = build_deps(settings, infra, publisher, extractor)
    health = HealthChecks()
    health.add("documents", infra.document_store.ping)
    health.add("blobs", infra.blob_store.ping)

    async def close() -> None:
        await asyncio.to_thread(extractor.close)
        await infra.close()

    app = build_app(
        settings,
        broker,
        [uploaded_subscription(settings.consumer_group, deps)],
        EventProcessor(publisher, infra.document_store),
        publishes=PUBLISHES,
        health=health,
        on_shutdown=[close],
    )
    await serve_worker(app, settings.health_port)


def main(argv: list[str]) -> int:
    return run_service(
        argv, ExtractionSettings, {"worker": run_worker}, needs={"worker": {Needs.MONGO, Needs.S3}}
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
