"""The embedding service's public root for applications (the CLI, the demo, a console).

Applications import this module and the service's gRPC API, nothing else of the service
(import-linter enforces it): the layers behind these names may change without notice.
"""

from __future__ import annotations

from samarinda_embedding.bootstrap import SERVICE, build_indexer, build_searcher, embedder_for, tenancy_for
from samarinda_embedding.client import search
from samarinda_embedding.entrypoints.kafka import extracted_subscription
from samarinda_embedding.service_layer.local_ingest import (
    AcceptedFile,
    IngestResult,
    LocalIngest,
    files_under,
)
from samarinda_embedding.service_layer.search import Searcher, SearchFilters, SearchHit, SearchMode
from samarinda_embedding.settings import EmbeddingSettings

__all__ = [
    "SERVICE",
    "AcceptedFile",
    "EmbeddingSettings",
    "IngestResult",
    "LocalIngest",
    "SearchFilters",
    "SearchHit",
    "SearchMode",
    "Searcher",
    "build_indexer",
    "build_searcher",
    "embedder_for",
    "extracted_subscription",
    "files_under",
    "search",
    "tenancy_for",
]
