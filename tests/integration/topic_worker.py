"""A worker process built exactly like the services' (``build_app`` + ``serve_worker``), consuming
one topic named on the command line: ``python topic_worker.py TOPIC HEALTH_PORT``.

The services' own topics are fixed by the catalog and shared on the test broker; this worker lets
a test give it topics no one else has, to see what start-up does when they exist and when not.
"""

from __future__ import annotations

import asyncio
import sys

from samarinda_common.events import DocumentUploaded
from samarinda_common.logging import configure_logging
from samarinda_common.messaging import (
    EventProcessor,
    KafkaEventPublisher,
    Subscription,
    build_app,
    build_broker,
    serve_worker,
)
from samarinda_common.settings import CommonSettings


async def main(topic: str, port: int) -> None:
    settings = CommonSettings()  # SAMARINDA_KAFKA_BOOTSTRAP, SAMARINDA_KAFKA_CREATE_TOPICS from the test
    configure_logging("topic-worker", "INFO", json=True)
    broker = build_broker(settings, client_id="topic-worker")

    async def handle(event: DocumentUploaded) -> None:
        return None

    app = build_app(
        settings,
        broker,
        [Subscription(topic, DocumentUploaded, group_id=f"{topic}.group", handler=handle)],
        EventProcessor(KafkaEventPublisher(broker)),
    )
    await serve_worker(app, port, host="127.0.0.1")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
