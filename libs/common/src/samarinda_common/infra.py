"""The storage adapters for a process, chosen by ``settings.mode`` (real servers or embedded).

Services call :func:`build_infra` from their composition root; an adapter is built (and its
client library imported) when first asked for, and nothing connects until its first operation, so
building is cheap and import-time safe. Embedded data lives under
``settings.data_dir``: ``blobs/``, ``documents.sqlite3`` and ``vectors/``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from samarinda_common.ports.blob import BlobStore
from samarinda_common.ports.documents import DocumentStore
from samarinda_common.ports.vectors import VectorIndex
from samarinda_common.settings import CommonSettings, Mode

Closers = list[Callable[[], Awaitable[None]]]


class Infra:
    """A process's storage adapters, each built on first use: a service that never touches the
    vector index never imports the OpenSearch client (nor needs it installed, see the extras of
    samarinda-common)."""

    def __init__(
        self,
        blob_store: BlobStore | None = None,
        document_store: DocumentStore | None = None,
        vector_index: VectorIndex | None = None,
        *,
        settings: CommonSettings | None = None,
    ) -> None:
        self._settings = settings
        self._blob_store = blob_store
        self._document_store = document_store
        self._vector_index = vector_index
        self._closers: Closers = []

    @property
    def blob_store(self) -> BlobStore:
        if self._blob_store is None:
            self._blob_store = _blob_store(self._configured(), self._closers)
        return self._blob_store

    @property
    def document_store(self) -> DocumentStore:
        if self._document_store is None:
            self._document_store = _document_store(self._configured(), self._closers)
        return self._document_store

    @property
    def vector_index(self) -> VectorIndex:
        if self._vector_index is None:
            self._vector_index = _vector_index(self._configured(), self._closers)
        return self._vector_index

    def _configured(self) -> CommonSettings:
        if self._settings is None:
            raise RuntimeError("this Infra was given its adapters; it has no settings to build others")
        return self._settings

    async def close(self) -> None:
        """Release the clients and thread pools built so far; closing twice is harmless."""
        closers, self._closers = self._closers, []
        for close in closers:
            await close()


# Adapter modules are imported where chosen, so embedded mode never imports server clients.
def _blob_store(settings: CommonSettings, closers: Closers) -> BlobStore:
    if settings.mode is Mode.EMBEDDED:
        from samarinda_common.adapters.local_blob import LocalFolderBlobStore

        return LocalFolderBlobStore(settings.data_dir / "blobs")
    from samarinda_common.adapters.minio_blob import MinioBlobStore

    store = MinioBlobStore(
        settings.s3_endpoint,
        settings.s3_access_key.get_secret_value(),
        settings.s3_secret_key.get_secret_value(),
        secure=settings.s3_secure,
        region=settings.s3_region,
    )
    closers.append(store.close)
    return store


def _document_store(settings: CommonSettings, closers: Closers) -> DocumentStore:
    if settings.mode is Mode.EMBEDDED:
        from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore

        embedded = EmbeddedDocumentStore(settings.data_dir / "documents.sqlite3")
        closers.append(embedded.close)
        return embedded
    from samarinda_common.adapters.mongo_documents import MongoDocumentStore

    mongo = MongoDocumentStore(
        settings.mongo_uri.get_secret_value(), settings.mongo_db, app_name=settings.service_name
    )
    closers.append(mongo.close)
    return mongo


def _vector_index(settings: CommonSettings, closers: Closers) -> VectorIndex:
    if settings.mode is Mode.EMBEDDED:
        from samarinda_common.adapters.memory_vectors import InProcessVectorIndex

        return InProcessVectorIndex(settings.data_dir / "vectors")
    from samarinda_common.adapters.opensearch_vectors import OpenSearchVectorIndex

    index = OpenSearchVectorIndex(
        settings.opensearch_url,
        prefix=settings.index_prefix,
        username=settings.opensearch_user,
        password=settings.opensearch_password.get_secret_value() if settings.opensearch_password else None,
    )
    closers.append(index.close)
    return index


def build_infra(settings: CommonSettings) -> Infra:
    return Infra(settings=settings)
