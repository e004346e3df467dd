"""Ports: what services need from the outside world, as Protocols. Adapters live in ``adapters``."""

from samarinda_common.ports.ai import LLM, Embedder, EmbeddingBatch, LlmResult
from samarinda_common.ports.blob import BlobInfo, BlobStore
from samarinda_common.ports.documents import Document, DocumentStore, UpdateResult
from samarinda_common.ports.messaging import EventPublisher, QuotaGuard, UsageMeter
from samarinda_common.ports.vectors import Hit, VectorDoc, VectorIndex

__all__ = [
    "LLM",
    "BlobInfo",
    "BlobStore",
    "Document",
    "DocumentStore",
    "Embedder",
    "EmbeddingBatch",
    "EventPublisher",
    "Hit",
    "LlmResult",
    "QuotaGuard",
    "UpdateResult",
    "UsageMeter",
    "VectorDoc",
    "VectorIndex",
]
