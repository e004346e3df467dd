"""The upload service's public root for applications (the CLI, the demo, a console).

Applications import this module and the service's gRPC API, nothing else of the service
(import-linter enforces it): the layers behind these names may change without notice.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from samarinda_common.ports import DocumentStore

from samarinda_upload.bootstrap import SERVICE, build_deps, ingest_subscription
from samarinda_upload.client import rejection_reason, upload_file
from samarinda_upload.domain.model import DOCUMENTS, UploadMetadata, document_id_for, uploaded_event
from samarinda_upload.entrypoints.grpc_api import SERVICE_NAME as GRPC_SERVICE_NAME
from samarinda_upload.entrypoints.grpc_api import UploadServicer
from samarinda_upload.isolation import validate_isolated
from samarinda_upload.service_layer.handlers import (
    TENANCY,
    UploadDeps,
    UploadOutcome,
    ensure_storage,
    relay_unpublished,
    upload,
)
from samarinda_upload.settings import INTERNAL_PRODUCER, UploadSettings

__all__ = [
    "GRPC_SERVICE_NAME",
    "INTERNAL_PRODUCER",
    "SERVICE",
    "TENANCY",
    "UploadDeps",
    "UploadMetadata",
    "UploadOutcome",
    "UploadServicer",
    "UploadSettings",
    "build_deps",
    "document_id_for",
    "documents",
    "ensure_storage",
    "ingest_subscription",
    "rejection_reason",
    "relay_unpublished",
    "upload",
    "upload_file",
    "uploaded_event",
    "validate_isolated",
]


async def documents(store: DocumentStore, query: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Upload's document records matching ``query`` (``status`` moves with the pipeline)."""
    return list(await store.find(DOCUMENTS, query))
