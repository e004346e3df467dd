"""The Kafka delivery contract: commit after success, redelivery after failure, poison to the DLQ.

Each scenario runs against the real broker (marker ``integration``) and, where the scenario means
something without a broker process, against the in-process bus the embedded mode uses.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
from samarinda_common.errors import DependencyUnavailable
from samarinda_common.events import BlobRef, DocumentUploaded
from samarinda_common.messaging import Subscription
from samarinda_common.topics import (
    HEADER_CONTENT_TYPE,
    HEADER_CORRELATION_ID,
    HEADER_DLQ_ERROR_TYPE,
    HEADER_DLQ_REASON,
    HEADER_DLQ_SOURCE_TOPIC,
)

from .kafka_helpers import Harness, InProcessHarness, KafkaHarness

BOTH = [
    pytest.param(KafkaHarness, marks=pytest.mark.integration, id="kafka"),
    pytest.param(InProcessHarness, id="inprocess"),
]


def uploaded(n: int) -> DocumentUploaded:
    return DocumentUploaded(
        opd="DISPUPR",
        document_id=f"doc-contract-{n:04d}",
        sha256=f"{n:064x}",
        blob=BlobRef(bucket="b", key=f"k{n}"),
        size_bytes=n,
        detected_type="application/pdf",
        filename=f"f{n}.pdf",
    )


class Handler:
    def __init__(self, fail_first: int = 0) -> None:
        self.seen: list[str] = []
        self.attempts = 0
        self._fail_first = fail_first

    async def __call__(self, event: DocumentUploaded) -> None:
        self.attempts += 1
        if self.attempts <= self._fail_first:
            raise DependencyUnavailable("object store unreachable")
        self.seen.append(event.document_id)


@pytest.fixture
async def harness(request: pytest.FixtureRequest) -> AsyncIterator[Harness]:
    if request.param is KafkaHarness:
        bootstrap = request.getfixturevalue("require_server")("SAMARINDA_KAFKA_BOOTSTRAP")
        async with KafkaHarness(bootstrap) as kafka:
            yield kafka
    else:
        async with InProcessHarness() as in_process:
            yield in_process


def subscription(
    topic: str, handler: Handler, group: str, max_attempts: int = 5
) -> Subscription[DocumentUploaded]:
    return Subscription(topic, DocumentUploaded, group, handler, max_attempts=max_attempts)


@pytest.mark.integration
async def test_committed_events_are_not_redelivered_after_a_consumer_restart(
    require_server: Callable[[str], str], unique_name: Callable[[str], str]
) -> None:
    topic, group = unique_name("commit"), unique_name("group")
    async with KafkaHarness(require_server("SAMARINDA_KAFKA_BOOTSTRAP")) as kafka:
        await kafka.create(topic)
        first = Handler()
        await kafka.consume(subscription(topic, first, group))
        await kafka.publish(topic, uploaded(1))
        await kafka.settle(lambda: first.seen == ["doc-contract-0001"])
        await kafka.stop_consumers()

        restarted = Handler()
        await kafka.consume(subscription(topic, restarted, group))
        await kafka.publish(topic, uploaded(2))
        await kafka.settle(lambda: "doc-contract-0002" in restarted.seen)
        await kafka.idle()
        assert restarted.seen == ["doc-contract-0002"]


@pytest.mark.parametrize("harness", BOTH, indirect=True)
async def test_a_message_whose_handler_failed_is_delivered_again_then_committed(
    harness: Harness, unique_name: Callable[[str], str]
) -> None:
    topic, group = unique_name("redeliver"), unique_name("group")
    await harness.create(topic)
    # One attempt per delivery: the second attempt can only come from the broker redelivering.
    handler = Handler(fail_first=1)
    await harness.consume(subscription(topic, handler, group, max_attempts=1))

    await harness.publish(topic, uploaded(3))
    await harness.settle(lambda: handler.seen == ["doc-contract-0003"])

    assert handler.attempts == 2
    assert await harness.dead_letters(topic, expected=0) == []
    if isinstance(harness, KafkaHarness):  # committed: a new consumer in the group gets nothing
        await harness.stop_consumers()
        after_restart = Handler()
        await harness.consume(subscription(topic, after_restart, group))
        await harness.idle()
        assert after_restart.attempts == 0


@pytest.mark.parametrize("harness", BOTH, indirect=True)
async def test_poison_message_goes_to_the_dlq_and_the_next_message_still_flows(
    harness: Harness, unique_name: Callable[[str], str]
) -> None:
    topic, group = unique_name("poison"), unique_name("group")
    await harness.create(topic)
    handler = Handler()
    await harness.consume(subscription(topic, handler, group))

    await harness.publish_raw(topic, b"<html>not an event</html>")
    await harness.publish(topic, uploaded(4))
    await harness.settle(lambda: handler.seen == ["doc-contract-0004"])

    [(value, headers)] = await harness.dead_letters(topic, expected=1)
    assert value == b"<html>not an event</html>"
    assert headers[HEADER_DLQ_REASON] == "undecodable"
    assert headers[HEADER_DLQ_SOURCE_TOPIC] == topic
    assert headers[HEADER_DLQ_ERROR_TYPE] == "ValidationError"
    if isinstance(harness, KafkaHarness):  # as Kafka carries it: one correlation header, a real type
        assert [name for name in headers if "correlation" in name.lower()] == [HEADER_CORRELATION_ID]
        assert headers[HEADER_CONTENT_TYPE] == "application/octet-stream"
