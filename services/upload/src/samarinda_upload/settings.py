"""Settings of the upload service (``SAMARINDA_UPLOAD_*``) on top of the shared ones."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from pydantic import Field, SecretStr
from samarinda_common.event_identity import (
    ANY,
    ProducerGrant,
    ProducerRegistry,
    load_grants,
    parse_keys,
)
from samarinda_common.events import DocumentCategory
from samarinda_common.resources import cpu_limit, memory_limit
from samarinda_common.settings import CommonSettings, Needs, SettingsRefused

from samarinda_upload.domain.limits import MiB, PoolPlan, ValidationLimits, plan_validation_pool

# The extraction service hands the members of an accepted ZIP back to intake, for any OPD and
# category (the archive itself already passed the upload rules).
INTERNAL_PRODUCER = "extraction"


class UploadSettings(CommonSettings):
    # The inherited connection settings keep the shared SAMARINDA_ prefix (a subclass env_prefix
    # would move them to SAMARINDA_UPLOAD_*); this service's own knobs are read only from their
    # SAMARINDA_UPLOAD_ variables (code passes them by field name, see CommonSettings).

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
    # Concurrent checkers and the memory cap of each; unset, one per CPU of the pod's limit and an
    # equal share of its memory limit (validation_pool), so slots x memory fit the pod.
    validation_workers: int | None = Field(
        validation_alias="SAMARINDA_UPLOAD_VALIDATION_WORKERS", default=None, ge=1, le=64
    )
    validation_memory_bytes: int | None = Field(
        validation_alias="SAMARINDA_UPLOAD_VALIDATION_MEMORY_BYTES", default=None, ge=64 * MiB
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

    def startup_problems(self, needs: Collection[Needs]) -> list[str]:
        problems = super().startup_problems(needs)
        if self.validation_isolation:
            try:
                self.validation_pool()
            except SettingsRefused as exc:
                problems.append(str(exc))
        return problems

    def validation_pool(self) -> PoolPlan:
        try:
            return plan_validation_pool(
                cpu_limit(self.cpu_limit),
                memory_limit(self.memory_limit_bytes),
                slots=self.validation_workers,
                slot_memory=self.validation_memory_bytes,
            )
        except ValueError as exc:
            raise SettingsRefused(str(exc)) from None

    def validation_limits(self) -> ValidationLimits:
        return ValidationLimits(
            max_bytes=self.max_upload_bytes,
            max_pixels=self.max_pixels,
            max_pdf_pages=self.max_pdf_pages,
            max_zip_members=self.max_zip_members,
            max_zip_uncompressed_bytes=self.max_zip_uncompressed_bytes,
            time_budget_seconds=self.validation_seconds,
        )
