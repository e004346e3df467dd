"""IngestRequested from e-government systems: the file inline (base64) or in a bucket they share."""

from __future__ import annotations

import base64
import binascii
import tempfile
from collections.abc import Collection
from pathlib import Path

from samarinda_common.auth import CATALOGUE_PUBLISHER, Principal
from samarinda_common.errors import InvalidInput, NotFound, PermissionDenied
from samarinda_common.events import IngestRequested

from samarinda_upload.domain.model import UploadMetadata
from samarinda_upload.service_layer import handlers
from samarinda_upload.service_layer.handlers import UploadDeps, UploadOutcome


def event_principal(event: IngestRequested, *, catalogue_publisher: bool = False) -> Principal:
    """The publishing system acts for the event's OPD; its signature and grant were verified first.
    A producer granted a catalogue category (BPKAD's system) publishes catalogues as BPKAD would."""
    return Principal(
        opd=event.opd,
        is_admin=False,
        token_id=f"event:{event.producer or 'unknown'}",
        roles=frozenset({CATALOGUE_PUBLISHER}) if catalogue_publisher else frozenset(),
    )


async def ingest(
    deps: UploadDeps,
    event: IngestRequested,
    *,
    max_bytes: int,
    shared_buckets: Collection[str],
    catalogue_publisher: bool = False,
) -> UploadOutcome:
    """Accept the event's file like any upload; every refusal is a PermanentError (-> DLQ with reason)."""
    metadata = UploadMetadata.parse(
        opd=event.opd,
        category=event.category,
        filename=event.filename,
        fiscal_year=event.fiscal_year,
        title=event.title,
        declared_content_type=event.declared_content_type,
    )
    source = f"event:{event.producer or 'unknown'}:{event.source_system or '-'}"
    with tempfile.TemporaryDirectory(prefix="ingest-") as directory:
        path = Path(directory) / "content"
        if event.content_base64 is not None:
            path.write_bytes(_decode(event.content_base64))
        else:
            await _download_reference(deps, event, path, max_bytes, shared_buckets)
        return await handlers.upload(
            deps,
            event_principal(event, catalogue_publisher=catalogue_publisher),
            metadata,
            path,
            source=source,
            correlation_id=event.correlation_id or event.event_id,
        )


def _decode(content_base64: str) -> bytes:
    try:
        return base64.b64decode(content_base64, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidInput(
            "content_base64 is not valid base64", field="content_base64", reason="BAD_BASE64"
        ) from exc


async def _download_reference(
    deps: UploadDeps, event: IngestRequested, path: Path, max_bytes: int, shared_buckets: Collection[str]
) -> None:
    reference = event.reference
    assert reference is not None  # the event model guarantees exactly one source
    if reference.bucket not in shared_buckets:
        raise PermissionDenied(
            f"bucket {reference.bucket} is not shared for ingestion", details={"bucket": reference.bucket}
        )
    info = await deps.blobs.stat(reference.bucket, reference.key)
    if info is None:
        raise NotFound(
            f"object {reference.bucket}/{reference.key} does not exist",
            details={"bucket": reference.bucket, "key": reference.key},
        )
    if info.size > max_bytes:
        raise InvalidInput(
            f"file is {info.size} bytes, more than {max_bytes}", field="file", reason="TOO_LARGE"
        )
    await deps.blobs.download(reference.bucket, reference.key, path)
