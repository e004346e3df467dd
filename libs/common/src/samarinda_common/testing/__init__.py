"""Fakes and pytest fixtures every package's tests can use (``samarinda_common.testing.fixtures``
is loaded automatically as a pytest plugin: see libs/common/pyproject.toml)."""

# The embedded adapters (EmbeddedDocumentStore, InProcessVectorIndex, LocalFolderBlobStore) are the
# fakes of the storage ports; import them from samarinda_common.adapters: they need the extras of
# their port, which a service's tests may not have installed.
from samarinda_common.testing.fakes import FixedClock, MeteredUsage, RecordingPublisher, RecordingUsageMeter

__all__ = [
    "FixedClock",
    "MeteredUsage",
    "RecordingPublisher",
    "RecordingUsageMeter",
]
