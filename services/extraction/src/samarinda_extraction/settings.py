"""Settings of the extraction service: the shared ``SAMARINDA_*`` ones plus ``SAMARINDA_EXTRACTION_*``."""

from __future__ import annotations

import os

from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict
from samarinda_common.settings import CommonSettings, own_settings

from samarinda_extraction.options import ExtractionOptions
from samarinda_extraction.readers.ocr_options import OcrOptions

_own = own_settings("extraction")


class ExtractionSettings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="SAMARINDA_", extra="ignore", frozen=True)

    service_name: str = "extraction"
    consumer_group: str = _own("extraction", "consumer_group")
    # OCR processes; one per core by default (Tesseract is told to use one thread each).
    ocr_workers: int = _own(max(1, os.cpu_count() or 1), "ocr_workers", ge=1, le=64)
    ocr_languages: str = _own("ind+eng", "ocr_languages")
    ocr_dpi: int = _own(300, "ocr_dpi", ge=72, le=600)
    ocr_timeout_seconds: float = _own(120.0, "ocr_timeout_seconds", gt=0)
    # The plain Tesseract reading of a cleaned-up page, run alongside on the other core (see
    # OcrOptions.parallel_plain): off halves the CPU per page on a loaded machine.
    ocr_parallel_plain: bool = _own(True, "ocr_parallel_plain")
    max_pages: int = _own(2_000, "max_pages", ge=1)
    max_image_pixels: int = _own(64_000_000, "max_image_pixels", ge=1)
    # One message must be handled within the Kafka consumer's max poll interval (300 s by
    # default): OCR stops after this long or this many pages, and the rest is reported.
    document_time_budget_seconds: float = _own(240.0, "document_time_budget_seconds", gt=0)
    document_max_ocr_pages: int = _own(200, "document_max_ocr_pages", ge=1)
    # Larger extractions go to the blob store (MongoDB documents stop at 16 MB).
    max_inline_extraction_bytes: int = _own(8 * 1024 * 1024, "max_inline_extraction_bytes", ge=1024)
    # ZIP members too large to travel inline are handed to intake through this shared bucket.
    ingest_bucket: str = _own("samarinda-ingest", "ingest_bucket")
    # This service's key for signing those ingest events (producer "extraction"; the upload service
    # holds the same key in SAMARINDA_UPLOAD_EVENT_KEYS). Without it the members are dead-lettered.
    signing_key: SecretStr | None = _own(None, "signing_key")

    def extraction_options(self) -> ExtractionOptions:
        return ExtractionOptions(
            max_pages=self.max_pages,
            max_image_pixels=self.max_image_pixels,
            ocr_dpi=self.ocr_dpi,
            document_time_budget_seconds=self.document_time_budget_seconds,
            document_max_ocr_pages=self.document_max_ocr_pages,
            ocr=OcrOptions(
                languages=self.ocr_languages,
                timeout_seconds=self.ocr_timeout_seconds,
                parallel_plain=self.ocr_parallel_plain,
            ),
        )
