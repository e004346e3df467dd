"""Embedded adapters (SQLite document store, local-folder blobs, in-process bus) for entry-point tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.local_blob import LocalFolderBlobStore
from samarinda_common.auth import AuditLog, Principal, TokenAuthenticator, use_principal
from samarinda_common.infra import scoped_document_store
from samarinda_common.messaging import InProcessBus, PublishingUsageMeter
from samarinda_upload.domain.validation import Accepted, validate
from samarinda_upload.service_layer.handlers import TENANCY, UploadDeps, ensure_storage

TOKENS = {"tok-disdik": "DISDIK", "tok-dinkes": "DINKES", "tok-admin": "*"}


async def validate_in_process(path: Path, filename: str, declared: str | None) -> Accepted:
    return validate(path, filename, declared)


@pytest.fixture
def bus() -> InProcessBus:
    return InProcessBus()


@pytest.fixture
async def embedded_deps(tmp_path: Path, bus: InProcessBus) -> UploadDeps:
    documents = scoped_document_store(EmbeddedDocumentStore(":memory:"), TENANCY)
    deps = UploadDeps(
        blobs=LocalFolderBlobStore(tmp_path / "blobs"),
        documents=documents,
        publisher=bus,
        meter=PublishingUsageMeter(bus, "upload"),
        audit=AuditLog(documents),
        validator=validate_in_process,
        bucket="samarinda-documents",
    )
    await ensure_storage(deps)
    return deps


@pytest.fixture
def authenticator() -> TokenAuthenticator:
    return TokenAuthenticator(TOKENS)


@pytest.fixture(autouse=True)
def platform_caller() -> Iterator[None]:
    """Tests inspect the store as the platform; each use case still runs as the caller it is given."""
    with use_principal(Principal.platform("test")):
        yield
