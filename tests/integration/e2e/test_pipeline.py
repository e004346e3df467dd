"""The whole pipeline as processes: upload -> extraction -> embedding -> review, billed once."""

from __future__ import annotations

import json

import pytest
from samarinda_common.topics import HEADER_DLQ_REASON, Topic
from samarinda_local_cluster.launcher import LocalCluster
from samarinda_rka_review.service_layer.handlers import document_review_id

from .billing_check import wait_until_billed_once
from .clients import Platform, TopicWatch, poll, publish_raw
from .documents import REALISATION_PDF, RKA_LABELS, RKA_XLSX, SCANNED_QUOTATION, SSH_XLSX

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

CHECKED_TYPES = {"OVERPRICED", "ARITHMETIC", "DUPLICATE"}
# Billed per document: stored bytes and tokens embedded for all four, pages parsed for the
# spreadsheets and the PDF, the scan's page OCRed, and the RKA's lines reviewed.
OPERATIONS = {"storage_bytes", "parse_page", "ocr_page", "embed_tokens", "review_line"}


def labelled(types: set[str]) -> set[tuple[str, str]]:
    labels: dict[str, list[str]] = json.loads(RKA_LABELS.read_text())["labels"]
    return {(line, kind) for line, kinds in labels.items() for kind in kinds if kind in types}


def test_documents_flow_to_a_review_with_evidence_and_are_billed_once(
    platform: Platform, kafka_bootstrap: str, opd: str
) -> None:
    usage_topic = TopicWatch.open(kafka_bootstrap, Topic.USAGE_RECORDED.value)

    ssh = platform.upload_file(SSH_XLSX, opd=opd, category="ssh", fiscal_year=2026)
    # The review reads the catalogue the worker built from the indexed SSH: index it first.
    platform.wait_for_status([ssh.document_id], timeout=120)
    scan = platform.upload_file(SCANNED_QUOTATION, opd=opd, category="penawaran", fiscal_year=2025)
    report = platform.upload_file(REALISATION_PDF, opd=opd, category="realisasi", fiscal_year=2025)
    rka = platform.upload_file(RKA_XLSX, opd=opd, category="rka", fiscal_year=2026)
    assert len({ssh.document_id, scan.document_id, report.document_id, rka.document_id}) == 4
    documents = platform.wait_for_status([scan.document_id, report.document_id, rka.document_id], timeout=180)
    assert {d.category for d in documents.values()} == {"penawaran", "realisasi", "rka"}

    # rka_review reviews an RKA uploaded with category ``rka`` once it is indexed, under this id.
    review_id = document_review_id(opd, rka.document_id)
    poll(
        lambda: [r.review_id for r in platform.reviews(opd)],
        lambda ids: review_id in ids,
        timeout=90,
        what="the review of the uploaded RKA",
    )
    review = platform.get_review(review_id)
    assert review.opd == opd
    assert review.catalogue_size >= 35, "the review did not see the uploaded SSH catalogue"
    assert review.summary.lines == 39

    found = {(f.line_id, f.type) for f in review.findings}
    assert labelled(CHECKED_TYPES) <= found
    for finding in review.findings:
        if finding.type == "OVERPRICED":
            assert finding.reference.harga > 0 and finding.reference.uraian
            assert finding.potential_saving > 0
            assert any(e.kind == "price_reference" and e.text for e in finding.evidence)
        if finding.type == "ARITHMETIC":
            assert any(e.kind == "computation" for e in finding.evidence)
        assert finding.message  # Bahasa Indonesia, for the reviewer

    hits = platform.search_text("penawaran harga Mahakam Sarana", opd=opd)
    assert scan.document_id in {hit.citation.document_id for hit in hits}

    expected, billed = wait_until_billed_once(platform, usage_topic, opd, OPERATIONS)
    assert billed == expected
    units = {operation: units for (_, operation, _), (units, _) in billed.items()}
    assert units["ocr_page"] == 1 and units["review_line"] == 39


def test_poison_messages_go_to_the_dlq_with_a_reason_and_the_rest_flows(
    platform: Platform, kafka_bootstrap: str, opd: str, e2e_cluster: LocalCluster
) -> None:
    dlq = TopicWatch.open(kafka_bootstrap, Topic.DOCUMENT_UPLOADED.dlq)
    not_json = f"{{not json from {opd}".encode()
    not_an_event = json.dumps({"event_id": f"poison-{opd}", "opd": opd, "document_id": "x"}).encode()
    for body in (not_json, not_an_event):
        publish_raw(kafka_bootstrap, Topic.DOCUMENT_UPLOADED.value, body, key=opd.encode())

    document = platform.upload_file(REALISATION_PDF, opd=opd, category="realisasi", fiscal_year=2025)
    platform.wait_for_status([document.document_id], timeout=120)

    group = e2e_cluster.config.consumer_group("extraction")

    def ours() -> dict[bytes, dict[str, str]]:
        return {r.value: r.headers for r in dlq.records() if r.headers.get("dlq-group") == group}

    dead = poll(
        ours, lambda found: {not_json, not_an_event} <= set(found), timeout=60, what="poison in the DLQ"
    )
    for body in (not_json, not_an_event):
        assert dead[body][HEADER_DLQ_REASON], f"no reason on the dead letter {body!r}"
        assert dead[body]["dlq-source-topic"] == Topic.DOCUMENT_UPLOADED.value
