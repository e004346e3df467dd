"""The composition root: settings -> adapters -> handler dependencies. No I/O at import."""

from __future__ import annotations

from samarinda_common.infra import Infra
from samarinda_common.messaging import PublishingUsageMeter
from samarinda_common.ports import EventPublisher

from samarinda_extraction.adapters.pooled import PooledExtractor, ocr_process_pool
from samarinda_extraction.service_layer.handlers import ExtractionDeps
from samarinda_extraction.settings import ExtractionSettings

SERVICE = "extraction"


def build_extractor(settings: ExtractionSettings) -> PooledExtractor:
    return PooledExtractor(settings.extraction_options(), ocr_process_pool(settings.ocr_workers))


def build_deps(
    settings: ExtractionSettings, infra: Infra, publisher: EventPublisher, extractor: PooledExtractor
) -> ExtractionDeps:
    return ExtractionDeps(
        blobs=infra.blob_store,
        documents=infra.document_store,
        publisher=publisher,
        meter=PublishingUsageMeter(publisher, SERVICE),
        extractor=extractor,
        ingest_bucket=settings.ingest_bucket,
        max_inline_extraction_bytes=settings.max_inline_extraction_bytes,
        signing_key=settings.signing_key.get_secret_value().encode() if settings.signing_key else None,
    )
