"""Settings of the upload service (``SAMARINDA_UPLOAD_*``) on top of the shared ones."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict
from samarinda_common.event_identity import (
    ANY,
    ProducerGrant,
    ProducerRegistry,
    load_grants,
    parse_keys,
)
from samarinda_common.events import DocumentCategory
from samarinda_common.settings import CommonSettings

from samarinda_upload.domain.limits import MiB, ValidationLimits

# The extraction service hands the members of an accepted ZIP back to intake, for any OPD and
# category (the archive itself already passed the upload rules).
INTERNAL_PRODUCER = "extraction"


class UploadSettings(CommonSettings):
    # Keeps the shared SAMARINDA_ prefix for the inherited connection settings (a subclass env_prefix
    # would move them to SAMARINDA_UPLOAD_*); this service's own knobs carry SAMARINDA_UPLOAD_ aliases.
    model_config = SettingsConfigDict(populate_by_name=True)

    http_port: int = Field(validation_alias="SAMARINDA_UPLOAD_HTTP_PORT", default=8081, ge=0, le=65535)
    max_upload_bytes: int = Field(
        validation_alias="SAMARINDA_UPLOAD_MAX_UPLOAD_BYTES", default=100 * MiB, ge=1
    )
    max_pixels: int = Field(validation_alias="SAMARINDA_UPLOAD_MAX_PIXELS", default=64_000_000, ge=1)
    max_pdf_pages: int = Field(validation_alias="SAMARINDA_UPLOAD_MAX_PDF_PAGES", default=5_000, ge=1)
    max_zip_members: int = Field(validation_alias="SAMARINDA_UPLOAD_MAX_ZIP_MEMBERS", default=2_000, ge=1)
    max_zip_uncompressed_bytes: int = Field(
        validation_alias="SAMARINDA_UPLOAD_MAX_ZIP_UNCOMPRESSED_BYTES", default=512 * MiB, ge=1
    )
    validation_seconds: float = Field(
        validation_alias="SAMARINDA_UPLOAD_VALIDATION_SECONDS", default=20.0, gt=0
    )
    # Validate in a child process (hard time and memory cap); off only for trusted batch tools.
    validation_isolation: bool = Field(validation_alias="SAMARINDA_UPLOAD_VALIDATION_ISOLATION", default=True)
    validation_memory_bytes: int = Field(
        validation_alias="SAMARINDA_UPLOAD_VALIDATION_MEMORY_BYTES", default=2 * 1024**3, ge=64 * MiB
    )
    relay_interval_seconds: float = Field(
        validation_alias="SAMARINDA_UPLOAD_RELAY_INTERVAL_SECONDS", default=5.0, gt=0
    )
    relay_min_age_seconds: float = Field(
        validation_alias="SAMARINDA_UPLOAD_RELAY_MIN_AGE_SECONDS", default=5.0, ge=0
    )
    # Buckets e-government systems share with us for IngestRequested references (comma-separated);
    # never the documents bucket, or one OPD could claim another's stored file.
    ingest_buckets: str = Field(
        validation_alias="SAMARINDA_UPLOAD_INGEST_BUCKETS", default="samarinda-ingest"
    )
    consumer_group: str = Field(validation_alias="SAMARINDA_UPLOAD_CONSUMER_GROUP", default="upload")
    # Who may publish ingest events for which OPDs and categories (a YAML data file, a ConfigMap in
    # the cluster), and each producer's signing key ("producer=key,...", a Secret). No key, no ingest.
    event_producers_file: Path | None = Field(
        validation_alias="SAMARINDA_UPLOAD_EVENT_PRODUCERS_FILE", default=None
    )
    event_keys: SecretStr = Field(validation_alias="SAMARINDA_UPLOAD_EVENT_KEYS", default=SecretStr(""))

    def ingest_bucket_names(self) -> frozenset[str]:
        return frozenset(b.strip() for b in self.ingest_buckets.split(",") if b.strip()) - {self.s3_bucket}

    def producer_registry(self) -> ProducerRegistry:
        """The platform's own re-ingesting producer (ZIP members) plus the registry file's systems."""
        grants = {
            INTERNAL_PRODUCER: ProducerGrant(INTERNAL_PRODUCER, frozenset({ANY}), frozenset(DocumentCategory))
        }
        if self.event_producers_file is not None:
            grants.update(load_grants(self.event_producers_file))
        return ProducerRegistry(grants, parse_keys(self.event_keys.get_secret_value()))

    def validation_limits(self) -> ValidationLimits:
        return ValidationLimits(
            max_bytes=self.max_upload_bytes,
            max_pixels=self.max_pixels,
            max_pdf_pages=self.max_pdf_pages,
            max_zip_members=self.max_zip_members,
            max_zip_uncompressed_bytes=self.max_zip_uncompressed_bytes,
            time_budget_seconds=self.validation_seconds,
        )
