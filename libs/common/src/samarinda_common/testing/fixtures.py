"""pytest fixtures over the fakes: fresh, in-memory (or tmp_path) instances per test.

This plugin loads in every package's pytest run, so the embedded adapters are imported inside the
fixtures that use them: a service installed without the ``vectors`` extra can still run its tests.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from samarinda_common.adapters.local_blob import LocalFolderBlobStore
from samarinda_common.infra import Infra
from samarinda_common.testing.fakes import FixedClock, RecordingPublisher, RecordingUsageMeter

if TYPE_CHECKING:
    from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
    from samarinda_common.adapters.memory_vectors import InProcessVectorIndex


@pytest.fixture
def blob_store(tmp_path: Path) -> LocalFolderBlobStore:
    return LocalFolderBlobStore(tmp_path / "blobs")


@pytest.fixture
async def document_store() -> AsyncIterator[EmbeddedDocumentStore]:
    from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore

    store = EmbeddedDocumentStore(":memory:")
    yield store
    await store.close()


@pytest.fixture
def vector_index() -> InProcessVectorIndex:
    from samarinda_common.adapters.memory_vectors import InProcessVectorIndex

    return InProcessVectorIndex()


@pytest.fixture
def recording_publisher() -> RecordingPublisher:
    return RecordingPublisher()


@pytest.fixture
def recording_usage_meter() -> RecordingUsageMeter:
    return RecordingUsageMeter()


@pytest.fixture
def fixed_clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def embedded_infra(
    blob_store: LocalFolderBlobStore,
    document_store: EmbeddedDocumentStore,
    vector_index: InProcessVectorIndex,
) -> Infra:
    """The three storage fakes bundled as ``build_infra`` would return them in embedded mode."""
    return Infra(blob_store=blob_store, document_store=document_store, vector_index=vector_index)
