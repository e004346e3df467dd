"""The composition root: settings -> adapters -> the performance use cases (nothing at import time)."""

from __future__ import annotations

from pathlib import Path

from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.infra import scoped_document_store
from samarinda_common.messaging import InProcessBus, PublishingUsageMeter
from samarinda_common.ports import DocumentStore, EventPublisher, QuotaGuard
from samarinda_common.settings import Mode

from samarinda_performance.service_layer.handlers import TENANCY, Performance

SERVICE = "performance"


def build_performance(
    store: DocumentStore, publisher: EventPublisher, quota_guard: QuotaGuard | None = None
) -> Performance:
    """Wire the use cases on ``store`` (already tenant-scoped) and ``publisher``."""
    return Performance(
        store=store,
        publisher=publisher,
        usage_meter=PublishingUsageMeter(publisher, SERVICE),
        quota_guard=quota_guard,
    )


def build_embedded(data_dir: Path | None, publisher: EventPublisher | None = None) -> Performance:
    """The service on the embedded store (one local user: the CLI, the demo, the evaluation);
    ``data_dir`` None keeps everything in memory."""
    path: Path | str = data_dir / "performance.sqlite" if data_dir else ":memory:"
    store = scoped_document_store(EmbeddedDocumentStore(path), TENANCY, Mode.EMBEDDED)
    return build_performance(store, publisher or InProcessBus())
