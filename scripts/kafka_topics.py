"""Create the topic catalog (every topic and its dead-letter twin) on the local broker.

The services never create topics (a topic born unreplicated cannot be fixed by the platform): in
Kubernetes Strimzi's KafkaTopics declare them, locally this does, right after `infra/local/up.sh`.
It authenticates as the environment says (`.infra/env`: the local super user) and is idempotent.

    .venv/bin/python scripts/kafka_topics.py
"""

from __future__ import annotations

import asyncio

from samarinda_common.messaging import ensure_topics
from samarinda_common.settings import CommonSettings
from samarinda_common.topics import ALL_TOPICS


async def main() -> None:
    settings = CommonSettings()
    created = await ensure_topics(settings.kafka_bootstrap, ALL_TOPICS, settings=settings)
    print(f"kafka topics: {len(ALL_TOPICS)} in the catalog, {len(created)} created")


if __name__ == "__main__":
    asyncio.run(main())
