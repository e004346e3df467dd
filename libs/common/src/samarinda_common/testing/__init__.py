"""Fakes and pytest fixtures every package's tests can use (``samarinda_common.testing.fixtures``
is loaded automatically as a pytest plugin: see libs/common/pyproject.toml)."""

from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.local_blob import LocalFolderBlobStore
from samarinda_common.adapters.memory_vectors import InProcessVectorIndex
from samarinda_common.testing.fakes import FixedClock, MeteredUsage, RecordingPublisher, RecordingUsageMeter

__all__ = [
    "EmbeddedDocumentStore",
    "FixedClock",
    "InProcessVectorIndex",
    "LocalFolderBlobStore",
    "MeteredUsage",
    "RecordingPublisher",
    "RecordingUsageMeter",
]
