"""Live document status from the pipeline's events (documents.uploaded/extracted/indexed.v1).

Every console replica reads every event in a consumer group of its own (``<prefix>-<random>``,
from the end of each topic, nothing committed): a page waiting on one replica must wake whichever
replica the event's partition would go to. An event only *wakes* the pages waiting for its OPD;
what a page then shows is read through the upload service's gRPC API as the signed-in person,
so an event never shows anyone a document their token may not read. A broken broker connection
is retried with backoff; pages fall back to reading the status every few seconds meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from typing import Any

from samarinda_common.logging import get_logger
from samarinda_common.messaging import kafka_client_options
from samarinda_common.settings import CommonSettings
from samarinda_common.topics import Topic

log = get_logger(__name__)

LIVE_TOPICS = (
    Topic.DOCUMENT_UPLOADED,
    Topic.DOCUMENT_EXTRACTED,
    Topic.DOCUMENT_INDEXED,
    Topic.RKA_REVIEWED,
    Topic.INDICATORS_EXTRACTED,
)
_RETRY_SECONDS = (1.0, 2.0, 5.0, 10.0, 30.0)


class StatusFeed:
    """A counter per OPD that moves on every event for it; pages wait for it to move."""

    def __init__(self) -> None:
        self._versions: dict[str, int] = {}
        self._changed = asyncio.Condition()
        self.connected = False

    def version(self, opd: str) -> int:
        return self._versions.get(opd, 0)

    async def record(self, opd: str) -> None:
        async with self._changed:
            self._versions[opd] = self._versions.get(opd, 0) + 1
            self._changed.notify_all()

    async def wait(self, opd: str | None, seen: int, wait_seconds: float) -> int:
        """Until ``opd``'s counter (any OPD's, for None) passes ``seen``, at most ``wait_seconds``."""

        def moved() -> bool:
            return (sum(self._versions.values()) if opd is None else self.version(opd)) != seen

        async with self._changed:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait_for(moved), wait_seconds)
        return sum(self._versions.values()) if opd is None else self.version(opd)


def opd_of(value: bytes) -> str | None:
    """The OPD an event is for; anything unreadable is ignored (the pipeline dead-letters it)."""
    try:
        payload: Any = json.loads(value)
    except (ValueError, UnicodeDecodeError):
        return None
    opd = payload.get("opd") if isinstance(payload, dict) else None
    return opd if isinstance(opd, str) and opd else None


async def follow(settings: CommonSettings, feed: StatusFeed, group_prefix: str) -> None:
    """Consume the live topics into ``feed`` until cancelled."""
    from aiokafka import AIOKafkaConsumer

    attempt = 0
    while True:
        consumer = AIOKafkaConsumer(
            *(t.value for t in LIVE_TOPICS),
            group_id=f"{group_prefix}-{uuid.uuid4().hex[:12]}",
            auto_offset_reset="latest",
            enable_auto_commit=False,
            **kafka_client_options(settings),
        )
        try:
            await consumer.start()
            feed.connected = True
            attempt = 0
            log.info("live_status_following", topics=[t.value for t in LIVE_TOPICS])
            async for record in consumer:
                opd = opd_of(record.value or b"")
                if opd is not None:
                    await feed.record(opd)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the broker is away: pages poll meanwhile; try again later
            log.warning("live_status_interrupted", error=type(exc).__name__)
        finally:
            feed.connected = False
            with contextlib.suppress(Exception):
                await consumer.stop()
        await asyncio.sleep(_RETRY_SECONDS[min(attempt, len(_RETRY_SECONDS) - 1)])
        attempt += 1
