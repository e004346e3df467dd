"""The topic catalog: every Kafka topic the platform uses, and its dead-letter twin."""

from __future__ import annotations

from enum import StrEnum


class Topic(StrEnum):
    INGEST_REQUESTED = "documents.ingest-requested.v1"
    DOCUMENT_UPLOADED = "documents.uploaded.v1"
    DOCUMENT_EXTRACTED = "documents.extracted.v1"
    DOCUMENT_INDEXED = "documents.indexed.v1"
    RKA_SUBMITTED = "rka.submitted.v1"
    RKA_REVIEWED = "rka.reviewed.v1"
    USAGE_RECORDED = "usage.recorded.v1"
    QUOTA_CHANGED = "billing.quota-changed.v1"
    INDICATORS_EXTRACTED = "performance.indicators-extracted.v1"

    @property
    def dlq(self) -> str:
        return dlq_of(self.value)


def dlq_of(topic: str) -> str:
    return f"{topic}.dlq"


ALL_TOPICS: tuple[str, ...] = tuple(t.value for t in Topic) + tuple(t.dlq for t in Topic)

# Kafka headers every event carries besides its JSON body.
HEADER_EVENT_ID = "event-id"
HEADER_EVENT_TYPE = "event-type"
HEADER_OPD = "opd"
# FastStream's own correlation header: it writes the id we hand it and parses it on consume, so a
# record carries one correlation header with the real id (also the gRPC metadata key).
HEADER_CORRELATION_ID = "correlation_id"
HEADER_CONTENT_TYPE = "content-type"
JSON_CONTENT_TYPE = "application/json"
HEADER_TRACEPARENT = "traceparent"
HEADER_DLQ_REASON = "dlq-reason"
HEADER_DLQ_ERROR_TYPE = "dlq-error-type"
HEADER_DLQ_SOURCE_TOPIC = "dlq-source-topic"
