"""The extraction service's public root for applications (the CLI, the demo, a console).

Applications import this module (and the package's ``extract_*`` functions), nothing else of the
service (import-linter enforces it): the layers behind these names may change without notice.
"""

from __future__ import annotations

from samarinda_common.ports import DocumentStore

from samarinda_extraction.adapters.pooled import PooledExtractor, ocr_process_pool
from samarinda_extraction.bootstrap import SERVICE, build_deps, build_extractor
from samarinda_extraction.domain.kinds import DocumentKind
from samarinda_extraction.entrypoints.kafka import uploaded_subscription
from samarinda_extraction.extract import (
    EXTRACTOR_VERSION,
    archive_members,
    detect_kind,
    extract_bytes,
    extract_file,
)
from samarinda_extraction.service_layer.handlers import (
    EXTRACTIONS,
    TENANCY,
    ExtractionDeps,
    handle_document_uploaded,
)
from samarinda_extraction.settings import ExtractionSettings

__all__ = [
    "EXTRACTOR_VERSION",
    "SERVICE",
    "TENANCY",
    "DocumentKind",
    "ExtractionDeps",
    "ExtractionSettings",
    "PooledExtractor",
    "archive_members",
    "build_deps",
    "build_extractor",
    "detect_kind",
    "extract_bytes",
    "extract_file",
    "extraction_count",
    "handle_document_uploaded",
    "ocr_process_pool",
    "uploaded_subscription",
]


async def extraction_count(store: DocumentStore) -> int:
    """How many extractions the service has stored (it never stores one twice)."""
    return await store.count(EXTRACTIONS, {})
