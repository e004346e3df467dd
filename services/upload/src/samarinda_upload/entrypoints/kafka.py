"""The upload worker's Kafka surface, for the AsyncAPI document (`make asyncapi`)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from samarinda_common.events import DocumentUploaded, UsageRecorded
from samarinda_common.infra import build_infra
from samarinda_common.messaging import InProcessBus, service_asyncapi

from samarinda_upload.bootstrap import build_deps, ingest_subscription
from samarinda_upload.service_layer.handlers import TENANCY
from samarinda_upload.settings import UploadSettings

PUBLISHES = [DocumentUploaded, UsageRecorded]


def build_spec() -> str:
    """The AsyncAPI document, from the same subscription the worker runs (on embedded adapters)."""
    with tempfile.TemporaryDirectory(prefix="asyncapi-") as data_dir:
        # Nothing is read or written: the adapters only let the real subscription be built.
        settings = UploadSettings(mode="embedded", data_dir=Path(data_dir))
        deps = build_deps(settings, build_infra(settings, TENANCY), InProcessBus())
        return service_asyncapi(
            title="Samarinda.AI upload service",
            version="1.0.0",
            description="Accepts documents from e-government systems (ingest requests), validates "
            "them, stores them content-addressed and announces them.",
            subscriptions=[ingest_subscription(settings, deps)],
            publishes=PUBLISHES,
        )
