"""The fakes in samarinda_common.testing record faithfully (services' unit tests rely on them)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from samarinda_common.events import DocumentIndexed, UsageOperation, UsageRecorded
from samarinda_common.infra import Infra
from samarinda_common.ports import BlobStore, DocumentStore, EventPublisher, UsageMeter, VectorIndex
from samarinda_common.testing import FixedClock, RecordingPublisher, RecordingUsageMeter
from samarinda_common.topics import HEADER_EVENT_ID, HEADER_OPD, Topic


async def test_recording_publisher_keeps_events_and_wire_records(
    recording_publisher: RecordingPublisher,
) -> None:
    assert isinstance(recording_publisher, EventPublisher)
    event = DocumentIndexed(opd="DISDIK", document_id="doc-00000001", chunks=3, embedding_model="hash")
    await recording_publisher.publish(event, headers={"x-extra": "1"})
    await recording_publisher.publish_raw("custom.topic", b"{}", key=b"k")

    assert recording_publisher.of_type(DocumentIndexed) == [event]
    assert recording_publisher.of_type(UsageRecorded) == []
    [record] = recording_publisher.on_topic(Topic.DOCUMENT_INDEXED.value)
    assert record.key == b"doc-00000001"
    assert json.loads(record.value)["chunks"] == 3
    assert record.headers[HEADER_EVENT_ID] == event.event_id
    assert record.headers[HEADER_OPD] == "DISDIK" and record.headers["x-extra"] == "1"
    assert [r.topic for r in recording_publisher.records] == [Topic.DOCUMENT_INDEXED.value, "custom.topic"]


async def test_recording_usage_meter_sums_units(recording_usage_meter: RecordingUsageMeter) -> None:
    assert isinstance(recording_usage_meter, UsageMeter)
    await recording_usage_meter.record(opd="DISDIK", operation=UsageOperation.OCR_PAGE, units=3)
    await recording_usage_meter.record(
        opd="DISDIK", operation=UsageOperation.OCR_PAGE, units=2, provider="gemini"
    )
    await recording_usage_meter.record(opd="DINKES", operation=UsageOperation.OCR_PAGE, units=7)
    assert recording_usage_meter.units("DISDIK", UsageOperation.OCR_PAGE) == 5
    assert recording_usage_meter.usages[1].provider == "gemini"


def test_fixed_clock(fixed_clock: FixedClock) -> None:
    start = fixed_clock()
    assert start.tzinfo is UTC and fixed_clock.now() == start
    assert fixed_clock.advance(timedelta(hours=1)) == start + timedelta(hours=1)
    assert fixed_clock() == datetime(2025, 1, 15, 9, 0, tzinfo=UTC)


def test_embedded_infra_fixture_implements_the_ports(embedded_infra: Infra) -> None:
    assert isinstance(embedded_infra.blob_store, BlobStore)
    assert isinstance(embedded_infra.document_store, DocumentStore)
    assert isinstance(embedded_infra.vector_index, VectorIndex)
