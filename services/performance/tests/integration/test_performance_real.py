"""The performance worker's subscription on real Kafka, FerretDB (MongoDB wire) and MinIO:
extracted documents in, indicators and findings stored, events out, poison to the DLQ."""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, ConsumerRecord
from samarinda_common.auth import Principal, use_principal
from samarinda_common.events import DocumentExtracted
from samarinda_common.extracted import ExtractedDocument, stored_form
from samarinda_common.extracted_store import EXTRACTIONS_COLLECTION
from samarinda_common.infra import Infra, build_infra
from samarinda_common.messaging import (
    EventProcessor,
    KafkaEventPublisher,
    build_broker,
    ensure_topics,
    kafka_client_options,
    register_subscriptions,
)
from samarinda_common.settings import CommonSettings
from samarinda_common.topics import HEADER_DLQ_REASON, dlq_of
from samarinda_extraction.api import extract_file
from samarinda_performance.bootstrap import build_performance
from samarinda_performance.domain.model import FindingType
from samarinda_performance.entrypoints.kafka import extracted_subscription
from samarinda_performance.service_layer.handlers import TENANCY, ensure_indexes
from samarinda_performance.settings import PerformanceSettings

pytestmark = pytest.mark.integration

KAFKA = os.environ.get("SAMARINDA_KAFKA_BOOTSTRAP", "127.0.0.1:29092")
DEVSET = Path(__file__).resolve().parents[2] / "bench" / "devset" / "docs"
ADMIN = Principal.platform("integration-test")


@dataclass
class Stack:
    settings: PerformanceSettings
    infra: Infra
    topic: str


@pytest.fixture
async def stack() -> AsyncIterator[Stack]:
    name = f"performance_it_{uuid.uuid4().hex[:10]}"
    settings = PerformanceSettings(
        mode="real",
        mongo_db=name,
        s3_bucket=name.replace("_", "-"),
        kafka_bootstrap=KAFKA,
    )
    infra = build_infra(settings, TENANCY)
    with use_principal(ADMIN):
        await ensure_indexes(infra.document_store)
    await infra.blob_store.ensure_bucket(settings.s3_bucket)
    topic = f"it.{name}.extracted"
    await ensure_topics(KAFKA, [topic, dlq_of(topic)], partitions=1)
    yield Stack(settings, infra, topic)
    await infra.close()


async def store_extraction(
    stack: Stack, document: ExtractedDocument, opd: str, *, in_blob: bool = False
) -> str:
    """As the extraction service stores it: in the collection, or (large) in the blob store."""
    extraction_id = f"ext{uuid.uuid4().hex[:12]}"
    record = {"_id": extraction_id, "opd": opd, **stored_form(document)}
    if in_blob:
        key = f"extractions/{opd}/{extraction_id}.json"
        await stack.infra.blob_store.put(
            stack.settings.s3_bucket, key, document.model_dump_json().encode(), "application/json"
        )
        record.update(pages=[], tables=[], content_blob={"bucket": stack.settings.s3_bucket, "key": key})
    with use_principal(ADMIN):
        await stack.infra.document_store.insert_one(EXTRACTIONS_COLLECTION, record)
    return extraction_id


def extracted(opd: str, extraction_id: str, document: ExtractedDocument) -> DocumentExtracted:
    return DocumentExtracted(
        opd=opd,
        document_id=f"doc{uuid.uuid4().hex[:12]}",
        extraction_id=extraction_id,
        detected_type=document.detected_type,
        filename=document.filename,
        pages=len(document.pages),
    )


async def wait_for(condition: Callable[[], Awaitable[bool]], within: float = 120.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not await condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.5)


async def dead_letters(topic: str, count: int, within: float = 120.0) -> list[ConsumerRecord[bytes, bytes]]:
    dlq = AIOKafkaConsumer(
        dlq_of(topic),
        **kafka_client_options(CommonSettings(kafka_bootstrap=KAFKA)),
        auto_offset_reset="earliest",
        group_id=None,
        enable_auto_commit=False,
    )
    await dlq.start()
    try:
        return [await asyncio.wait_for(dlq.getone(), timeout=within) for _ in range(count)]
    finally:
        await dlq.stop()


async def test_reports_flow_through_the_worker_and_a_forged_or_broken_event_is_dead_lettered(
    stack: Stack,
) -> None:
    lkjip = extract_file(DEVSET / "lkjip_dinsos_2025.pdf")
    renja = extract_file(DEVSET / "renja_dinsos_2025.xlsx")
    events = [
        extracted("DINSOS", await store_extraction(stack, lkjip, "DINSOS"), lkjip),
        extracted("DINSOS", await store_extraction(stack, renja, "DINSOS", in_blob=True), renja),
    ]
    forged = extracted("DINKES", events[0].extraction_id, lkjip)  # DINKES pointing at DINSOS's extraction
    missing = extracted("DINSOS", "ext-does-not-exist", lkjip)

    broker = build_broker(stack.settings, client_id="performance-it")
    publisher = KafkaEventPublisher(broker)
    performance = build_performance(stack.infra.document_store, publisher)
    subscription = replace(
        extracted_subscription(
            "performance-it", stack.infra.document_store, stack.infra.blob_store, performance
        ),
        topic=stack.topic,
    )
    register_subscriptions(broker, [subscription], EventProcessor(publisher, stack.infra.document_store))
    await broker.start()
    try:
        for event in [*events, events[0], forged, missing]:  # events[0] twice: a redelivery
            await broker.publish(event.model_dump_json().encode(), stack.topic, key=event.key())

        async def both_read() -> bool:
            with use_principal(Principal.acting_for("DINSOS", "test")):
                found = {r.citation.document_id for r in await performance.indicators("DINSOS")}
            return found == {e.document_id for e in events}

        await wait_for(both_read)
        with use_principal(Principal.acting_for("DINSOS", "test")):
            indicators = await performance.indicators("DINSOS")
            findings = await performance.findings("DINSOS")
            cards = await performance.scorecard("DINSOS", 2025)
        assert len(indicators) == 9  # 5 read from the report's prose, 4 from the plan's sheet
        assert {f.type for f in findings} == {FindingType.ACHIEVEMENT_MISMATCH, FindingType.TARGET_CHANGED}
        assert cards and cards[0].indicators == 4
        with use_principal(Principal.acting_for("DINKES", "test")):
            assert await performance.indicators() == []
        # Read while the worker still runs: the forged and the broken event may sit on other
        # partitions than the reports and be dead-lettered after both reports are read.
        dead = await dead_letters(stack.topic, 2)
    finally:
        await broker.stop()
    dead_ids = {json.loads(m.value)["event_id"] for m in dead}
    assert dead_ids == {forged.event_id, missing.event_id}
    assert all(dict(m.headers).get(HEADER_DLQ_REASON) for m in dead)
