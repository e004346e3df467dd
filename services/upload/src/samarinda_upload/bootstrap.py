"""The composition root: settings -> adapters -> handler dependencies. Nothing connects at import."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from samarinda_common.auth import AuditLog, Principal, TokenAuthenticator, use_principal
from samarinda_common.event_identity import verify
from samarinda_common.events import CATALOGUE_CATEGORIES, IngestRequested
from samarinda_common.infra import Infra
from samarinda_common.logging import get_logger
from samarinda_common.messaging import PublishingUsageMeter, Subscription
from samarinda_common.ports import EventPublisher
from samarinda_common.topics import Topic

from samarinda_upload.domain.validation import Accepted, validate
from samarinda_upload.isolation import ValidatorPool
from samarinda_upload.service_layer import handlers
from samarinda_upload.service_layer.handlers import UploadDeps
from samarinda_upload.service_layer.ingest import ingest
from samarinda_upload.service_layer.ports import Validator
from samarinda_upload.settings import UploadSettings

log = get_logger(__name__)
SERVICE = "upload"


def build_validator(settings: UploadSettings) -> Validator:
    limits = settings.validation_limits()

    async def in_thread(path: Path, filename: str, declared_type: str | None) -> Accepted:
        return await asyncio.to_thread(validate, path, filename, declared_type, limits)

    if not settings.validation_isolation:
        return in_thread
    plan = settings.validation_pool()
    pool = ValidatorPool(limits, size=plan.slots, memory_bytes=plan.slot_memory_bytes)
    return pool.validate


def build_deps(settings: UploadSettings, infra: Infra, publisher: EventPublisher) -> UploadDeps:
    return UploadDeps(
        blobs=infra.blob_store,
        documents=infra.document_store,
        publisher=publisher,
        meter=PublishingUsageMeter(publisher, SERVICE),
        audit=AuditLog(infra.document_store),
        validator=build_validator(settings),
        bucket=settings.s3_bucket,
    )


def build_authenticator(settings: UploadSettings) -> TokenAuthenticator:
    return TokenAuthenticator.from_settings(settings)


def ingest_subscription(settings: UploadSettings, deps: UploadDeps) -> Subscription[IngestRequested]:
    shared_buckets = settings.ingest_bucket_names()
    registry = settings.producer_registry()
    if not registry.keys:
        log.warning("ingest_events_unverifiable", reason="no producer keys (SAMARINDA_UPLOAD_EVENT_KEYS)")

    async def ingest_requested(event: IngestRequested) -> None:
        # Before anything is read or stored: a forged, unsigned or out-of-scope event goes to the DLQ.
        grant = verify(event, registry)
        await ingest(
            deps,
            event,
            max_bytes=settings.max_upload_bytes,
            shared_buckets=shared_buckets,
            catalogue_publisher=bool(grant.categories & CATALOGUE_CATEGORIES),
        )

    return Subscription(
        topic=Topic.INGEST_REQUESTED,
        event_type=IngestRequested,
        group_id=settings.consumer_group,
        handler=ingest_requested,
    )


@dataclass
class Relay:
    """Publishes accepted-but-unpublished documents every few seconds, until stopped."""

    deps: UploadDeps
    interval_seconds: float
    min_age_seconds: float

    @classmethod
    def from_settings(cls, settings: UploadSettings, deps: UploadDeps) -> Relay:
        return cls(deps, settings.relay_interval_seconds, settings.relay_min_age_seconds)

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                # Every OPD's accepted documents: the relay is platform work, not any one OPD's.
                with use_principal(Principal.platform("upload-relay")):
                    await handlers.relay_unpublished(
                        self.deps, min_age=timedelta(seconds=self.min_age_seconds)
                    )
            except Exception as exc:  # a store or broker outage: try again next round
                log.warning("relay_round_failed", error_type=type(exc).__name__, error=str(exc))
            try:
                await asyncio.wait_for(stop.wait(), self.interval_seconds)
            except TimeoutError:
                continue
