"""Faults with the services as processes: a crashed consumer, a broker restart, a search outage."""

from __future__ import annotations

from pathlib import Path

import pytest
from samarinda_common.topics import Topic
from samarinda_local_cluster import process_group
from samarinda_local_cluster.launcher import LocalCluster, ServerControl

from .billing_check import wait_until_billed_once
from .clients import EXTRACTED, FAILED, INDEXED, Platform, TopicWatch, poll
from .documents import REALISATION_PDF, SCANNED_QUOTATION, SSH_XLSX, unique_copy

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

PIPELINE_OPERATIONS = {"storage_bytes", "parse_page", "embed_tokens"}


def upload_all(platform: Platform, opd: str, files: list[tuple[Path, str]]) -> list[str]:
    return [
        platform.upload_file(path, opd=opd, category=category, fiscal_year=2025).document_id
        for path, category in files
    ]


def count_at_least(platform: Platform, document_ids: list[str], status: int) -> int:
    order = {EXTRACTED: 1, INDEXED: 2}
    documents = platform.statuses(document_ids).values()
    assert not [d.status_reason for d in documents if d.status == FAILED]
    return sum(1 for d in documents if order.get(d.status, 0) >= order[status])


def test_consumers_killed_mid_batch_lose_nothing_and_charge_nothing_twice(
    platform: Platform, kafka_bootstrap: str, opd: str, e2e_cluster: LocalCluster, workdir: Path
) -> None:
    usage_topic = TopicWatch.open(kafka_bootstrap, Topic.USAGE_RECORDED.value)
    scans = [(unique_copy(SCANNED_QUOTATION, workdir, f"scan{i}"), "penawaran") for i in range(3)]
    reports = [(unique_copy(REALISATION_PDF, workdir, "report"), "realisasi")]
    document_ids = upload_all(platform, opd, scans + reports)

    extracted_at_kill = poll(
        lambda: count_at_least(platform, document_ids, EXTRACTED),
        lambda done: done >= 1,
        timeout=120,
        interval=0.3,
        what="the extraction worker part way through the batch",
    )
    # A crash, not a shutdown: no offset commit, no in-flight message finished.
    e2e_cluster.kill("extraction-worker")
    e2e_cluster.kill("billing-worker")
    assert extracted_at_kill < len(document_ids), "the batch finished before the kill: not mid-batch"
    orphans = e2e_cluster.group("extraction-worker")  # the OCR pool's helpers outlive a crash

    e2e_cluster.start("extraction-worker")
    assert not any(process_group.alive(pid) for pid in orphans), "the restart left old helpers"
    e2e_cluster.start("billing-worker")
    e2e_cluster.wait_healthy(["extraction-worker", "billing-worker"], timeout=120)
    platform.wait_for_status(document_ids, timeout=240)

    expected, billed = wait_until_billed_once(platform, usage_topic, opd, PIPELINE_OPERATIONS | {"ocr_page"})
    assert billed == expected
    per_operation = {operation: counts for (_, operation, _), counts in billed.items()}
    assert per_operation["ocr_page"] == (len(scans), len(scans))  # one page each, charged once
    assert per_operation["storage_bytes"][1] == len(document_ids)
    assert per_operation["embed_tokens"][1] == len(document_ids)


def test_the_pipeline_resumes_after_the_kafka_broker_restarts(
    platform: Platform, kafka_bootstrap: str, opd: str, servers: ServerControl, workdir: Path
) -> None:
    usage_topic = TopicWatch.open(kafka_bootstrap, Topic.USAGE_RECORDED.value)
    before = upload_all(
        platform,
        opd,
        [
            (unique_copy(SCANNED_QUOTATION, workdir, "before"), "penawaran"),
            (SSH_XLSX, "ssh"),
            (REALISATION_PDF, "realisasi"),
        ],
    )
    servers.stop("kafka")
    # Accepted while the broker is away: the upload outbox publishes it once the broker is back.
    during = upload_all(platform, opd, [(unique_copy(REALISATION_PDF, workdir, "during"), "realisasi")])
    servers.start("kafka")

    platform.wait_for_status(before + during, timeout=300)
    expected, billed = wait_until_billed_once(platform, usage_topic, opd, PIPELINE_OPERATIONS, timeout=120)
    assert billed == expected
    per_operation = {operation: counts for (_, operation, _), counts in billed.items()}
    assert per_operation["storage_bytes"][1] == len(before + during)


def test_a_search_outage_backlog_drains_after_opensearch_returns(
    platform: Platform, opd: str, servers: ServerControl, workdir: Path
) -> None:
    servers.stop("opensearch")
    document_ids = upload_all(
        platform, opd, [(REALISATION_PDF, "realisasi"), (unique_copy(SSH_XLSX, workdir, "outage"), "ssh")]
    )
    # Extraction needs no search index: the documents pile up as extracted, none indexed.
    poll(
        lambda: count_at_least(platform, document_ids, EXTRACTED),
        lambda done: done == len(document_ids),
        timeout=120,
        what="extraction during the OpenSearch outage",
    )
    assert count_at_least(platform, document_ids, INDEXED) == 0
    servers.start("opensearch")

    platform.wait_for_status(document_ids, timeout=300)
