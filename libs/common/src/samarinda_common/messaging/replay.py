"""Replaying a dead-letter queue into the topic its messages came from.

``python -m samarinda_common.messaging.replay DLQ_TOPIC [--from-offset N] [--count N] [--dry-run]``
(in any service image: ``kubectl exec deploy/upload-worker -- python -m ...``; the broker comes
from ``SAMARINDA_KAFKA_BOOTSTRAP``). Each message goes back to its ``dlq-source-topic`` with its
key, body and headers (the ``dlq-*`` ones removed) through the same producer the services use
(``build_broker``: aiokafka's murmur2 partitioner, the Java client's default), so a key lands on
the partition it was first written to and its order relative to that key's later events is the
one consumers expect. kcat and other librdkafka tools default to a CRC32 partitioner and would
scatter keys over other partitions. Handlers are idempotent on the event id, so replaying a
message that was in fact processed is harmless.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import TopicPartition

from samarinda_common.messaging.broker import build_broker
from samarinda_common.messaging.publisher import KafkaEventPublisher, MissingTopics, missing_topics
from samarinda_common.messaging.security import kafka_client_options
from samarinda_common.settings import CommonSettings
from samarinda_common.topics import HEADER_DLQ_SOURCE_TOPIC

DLQ_HEADER_PREFIX = "dlq-"
# A partition whose end offset is a transaction marker never yields its last offset as a record.
MAX_IDLE_POLLS = 5


@dataclass
class ReplayReport:
    dlq_topic: str
    replayed: int = 0
    skipped_without_source: int = 0
    by_topic: dict[str, int] = field(default_factory=dict)
    # The offset after the last message read, per DLQ partition: what to note in the incident log
    # and to pass as --from-offset next time.
    next_offsets: dict[int, int] = field(default_factory=dict)


def replay_headers(headers: Sequence[tuple[str, bytes]]) -> dict[str, str]:
    """The original headers (event id, trace, OPD) without the DLQ's own."""
    return {k: v.decode() for k, v in headers if not k.startswith(DLQ_HEADER_PREFIX)}


async def replay_dead_letters(
    settings: CommonSettings,
    dlq_topic: str,
    *,
    from_offset: int | None = None,
    count: int | None = None,
    dry_run: bool = False,
) -> ReplayReport:
    """Replay ``dlq_topic`` from ``from_offset`` (every partition; default: the beginning) up to
    the end it had when the replay started, or ``count`` messages. Nothing is committed: the DLQ
    has no consumer group, and what was replayed is what the report says."""
    if await missing_topics(settings, [dlq_topic]):
        raise MissingTopics([dlq_topic], settings.kafka_bootstrap)
    report = ReplayReport(dlq_topic)
    consumer = AIOKafkaConsumer(
        **kafka_client_options(settings),
        client_id=f"samarinda-dlq-replay-{uuid.uuid4().hex[:6]}",
        enable_auto_commit=False,
        group_id=None,
    )
    broker = build_broker(settings, client_id="samarinda-dlq-replay")
    await consumer.start()
    await broker.connect()
    try:
        partitions = [TopicPartition(dlq_topic, p) for p in await _partitions(settings, dlq_topic)]
        consumer.assign(partitions)
        ends = await consumer.end_offsets(partitions)
        starts = await consumer.beginning_offsets(partitions)
        for tp in partitions:
            # Retention may have removed the offset asked for: start at the oldest still there.
            consumer.seek(tp, max(starts[tp], from_offset or 0))
        pending = {tp for tp in partitions if await consumer.position(tp) < ends[tp]}
        publisher = None if dry_run else KafkaEventPublisher(broker)
        idle_polls = 0
        while pending and idle_polls < MAX_IDLE_POLLS and (count is None or report.replayed < count):
            batches = await consumer.getmany(*pending, timeout_ms=1000)
            idle_polls = 0 if batches else idle_polls + 1
            for tp, records in batches.items():
                for record in records:
                    if record.offset >= ends[tp] or (count is not None and report.replayed >= count):
                        break
                    await _replay_one(record, publisher, report)
                    report.next_offsets[tp.partition] = record.offset + 1
                if report.next_offsets.get(tp.partition, 0) >= ends[tp]:
                    pending.discard(tp)
        return report
    finally:
        await broker.stop()
        await consumer.stop()


async def _partitions(settings: CommonSettings, topic: str) -> list[int]:
    admin = AIOKafkaAdminClient(**kafka_client_options(settings), client_id="samarinda-dlq-replay")
    await admin.start()
    try:
        [description] = await admin.describe_topics([topic])
    finally:
        await admin.close()
    return sorted(p["partition"] for p in description["partitions"])


async def _replay_one(record: Any, publisher: KafkaEventPublisher | None, report: ReplayReport) -> None:
    source = dict(record.headers).get(HEADER_DLQ_SOURCE_TOPIC)
    if not source:
        report.skipped_without_source += 1
        return
    topic = source.decode()
    if publisher is not None:
        headers = replay_headers(record.headers)
        await publisher.publish_raw(topic, record.value or b"", key=record.key, headers=headers)
    report.replayed += 1
    report.by_topic[topic] = report.by_topic.get(topic, 0) + 1


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m samarinda_common.messaging.replay", description=__doc__)
    parser.add_argument("dlq_topic", help="e.g. documents.uploaded.v1.dlq")
    parser.add_argument("--from-offset", type=int, help="start at this offset on every partition")
    parser.add_argument("--count", type=int, help="replay at most this many messages")
    parser.add_argument("--dry-run", action="store_true", help="read and count, publish nothing")
    args = parser.parse_args(argv)
    try:
        report = asyncio.run(
            replay_dead_letters(
                CommonSettings(),
                args.dlq_topic,
                from_offset=args.from_offset,
                count=args.count,
                dry_run=args.dry_run,
            )
        )
    except MissingTopics as exc:
        print(exc, file=sys.stderr)
        return 1
    print(json.dumps(asdict(report), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
