"""Replaying a DLQ puts every message back on the partition its key was first written to (real
Kafka, topics of its own), with the original headers and without the DLQ's."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable

import pytest
from aiokafka import AIOKafkaConsumer
from samarinda_common.messaging import KafkaEventPublisher, build_broker, ensure_topics, kafka_client_options
from samarinda_common.messaging.replay import main as replay_main
from samarinda_common.messaging.replay import replay_dead_letters
from samarinda_common.settings import CommonSettings
from samarinda_common.topics import HEADER_DLQ_REASON, HEADER_DLQ_SOURCE_TOPIC, HEADER_EVENT_ID, dlq_of

pytestmark = pytest.mark.integration

KEYS = [f"doc-{n:04d}".encode() for n in range(40)]
PARTITIONS = 6


async def read_all(
    bootstrap: str, topic: str, expected: int
) -> list[tuple[int, bytes, bytes, dict[str, bytes]]]:
    """(partition, offset, key, value, headers) of the first ``expected`` records of ``topic``."""
    consumer = AIOKafkaConsumer(
        topic,
        **kafka_client_options(CommonSettings(kafka_bootstrap=bootstrap)),
        group_id=None,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    found: list[tuple[int, bytes, bytes, dict[str, bytes]]] = []
    try:
        for _ in range(60):
            batches = await consumer.getmany(timeout_ms=1000)
            for records in batches.values():
                found += [(r.partition, r.offset, r.key, r.value, dict(r.headers)) for r in records]
            if len(found) >= expected:
                break
    finally:
        await consumer.stop()
    return found


@pytest.fixture
def settings(require_server: Callable[[str], str]) -> CommonSettings:
    return CommonSettings(kafka_bootstrap=require_server("SAMARINDA_KAFKA_BOOTSTRAP"))


async def test_replayed_keys_land_on_their_original_partitions(
    settings: CommonSettings, unique_name: Callable[[str], str]
) -> None:
    topic = unique_name("replay")
    dlq = dlq_of(topic)
    await ensure_topics(settings.kafka_bootstrap, [topic], partitions=PARTITIONS)
    await ensure_topics(settings.kafka_bootstrap, [dlq], partitions=1)  # as infra/k8s/topics declares
    broker = build_broker(settings, client_id="replay-test")
    await broker.connect()
    try:
        publisher = KafkaEventPublisher(broker)
        for key in KEYS:  # what the producing service wrote
            event_id = str(uuid.uuid4())
            body = json.dumps({"event_id": event_id, "key": key.decode()}).encode()
            await publisher.publish_raw(topic, body, key=key, headers={HEADER_EVENT_ID: event_id})
        originals = await read_all(settings.kafka_bootstrap, topic, len(KEYS))
        assert len({partition for partition, *_ in originals}) > 1  # the keys really are spread
        for _, _, key, value, headers in originals:  # what the consumer group gave up on
            dead = {k: v.decode() for k, v in headers.items()}
            dead |= {HEADER_DLQ_REASON: "fixed since", HEADER_DLQ_SOURCE_TOPIC: topic, "dlq-group": "g"}
            await publisher.publish_raw(dlq, value, key=key, headers=dead)
    finally:
        await broker.stop()

    report = await replay_dead_letters(settings, dlq)

    assert (report.replayed, report.by_topic, report.next_offsets) == (
        len(KEYS),
        {topic: len(KEYS)},
        {0: len(KEYS)},
    )
    everything = await read_all(settings.kafka_bootstrap, topic, 2 * len(KEYS))
    assert len(everything) == 2 * len(KEYS)
    first_partition = {key: partition for partition, _, key, *_ in originals}
    replayed = [record for record in everything if record not in originals]
    assert len(replayed) == len(KEYS)
    for partition, _, key, value, headers in replayed:
        assert partition == first_partition[key], key
        assert headers[HEADER_EVENT_ID].decode() == json.loads(value)["event_id"]
        assert not any(name.startswith("dlq-") for name in headers)


async def test_a_partial_replay_reports_where_to_continue_and_a_dry_run_publishes_nothing(
    settings: CommonSettings, unique_name: Callable[[str], str]
) -> None:
    topic = unique_name("replay")
    dlq = dlq_of(topic)
    await ensure_topics(settings.kafka_bootstrap, [topic, dlq], partitions=1)
    broker = build_broker(settings, client_id="replay-test")
    await broker.connect()
    try:
        for n in range(5):
            await KafkaEventPublisher(broker).publish_raw(
                dlq, b"{}", key=f"k{n}".encode(), headers={HEADER_DLQ_SOURCE_TOPIC: topic}
            )
        await KafkaEventPublisher(broker).publish_raw(dlq, b"{}", key=b"orphan")  # no source: skipped
    finally:
        await broker.stop()

    dry = await replay_dead_letters(settings, dlq, dry_run=True)
    assert (dry.replayed, dry.skipped_without_source) == (5, 1)
    part = await replay_dead_letters(settings, dlq, count=2)
    assert (part.replayed, part.next_offsets) == (2, {0: 2})
    rest = await replay_dead_letters(settings, dlq, from_offset=part.next_offsets[0])
    assert (rest.replayed, rest.skipped_without_source) == (3, 1)
    assert len(await read_all(settings.kafka_bootstrap, topic, 5)) == 5  # 2 + 3, nothing from the dry run


def test_the_command_refuses_a_dlq_that_does_not_exist(
    settings: CommonSettings,
    unique_name: Callable[[str], str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SAMARINDA_KAFKA_BOOTSTRAP", settings.kafka_bootstrap)
    missing = dlq_of(unique_name("replay"))
    assert replay_main([missing]) == 1
    assert missing in capsys.readouterr().err
