"""The storage adapters for a process, chosen by ``settings.mode`` (real servers or embedded).

Services call :func:`build_infra` from their composition root with the collections and indexes
they declare (see :mod:`samarinda_common.tenancy`): the document store and the vector index they
get back are tenant-scoped. An adapter is built (and its client library imported) when first asked
for, and nothing connects until its first operation, so building is cheap and import-time safe: a
service that never touches the vector index never imports the OpenSearch client (nor needs it
installed, see the extras of samarinda-common). Embedded data lives under
``settings.data_dir``: ``blobs/``, ``documents.sqlite3`` and ``vectors/``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from samarinda_common.auth import Principal
from samarinda_common.ports.blob import BlobStore
from samarinda_common.ports.documents import DocumentStore
from samarinda_common.ports.vectors import VectorIndex
from samarinda_common.settings import CommonSettings, Mode, require_secret
from samarinda_common.tenancy import COMMON_TENANCY, Tenancy, TenantScopedStore, TenantScopedVectorIndex
from samarinda_common.tls import client_ssl_context

Closers = list[Callable[[], Awaitable[None]]]


# Adapter modules are imported where chosen, so embedded mode never imports server clients.
def _blob_store(settings: CommonSettings, closers: Closers) -> BlobStore:
    if settings.mode is Mode.EMBEDDED:
        from samarinda_common.adapters.local_blob import LocalFolderBlobStore

        return LocalFolderBlobStore(settings.data_dir / "blobs")
    from samarinda_common.adapters.minio_blob import MinioBlobStore

    store = MinioBlobStore(
        settings.s3_endpoint,
        require_secret(settings.s3_access_key, "SAMARINDA_S3_ACCESS_KEY"),
        require_secret(settings.s3_secret_key, "SAMARINDA_S3_SECRET_KEY"),
        secure=settings.s3_secure,
        region=settings.s3_region,
        ssl_context=client_ssl_context(settings.ca_file) if settings.s3_secure else None,
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
        require_secret(settings.mongo_uri, "SAMARINDA_MONGO_URI"),
        settings.mongo_db,
        app_name=settings.service_name,
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
        ssl_context=client_ssl_context(settings.ca_file)
        if settings.opensearch_url.startswith("https")
        else None,
    )
    closers.append(index.close)
    return index


def scoped_document_store(store: DocumentStore, declared: Tenancy, mode: Mode = Mode.REAL) -> DocumentStore:
    """``store`` narrowed to the caller's OPD on the collections ``declared`` (plus the common ones).

    Real mode fails closed when no caller is bound; the embedded mode (one local user running the
    CLI or the demo) acts as the platform where no caller is bound.
    """
    return TenantScopedStore(store, COMMON_TENANCY.merged(declared), unbound_caller=_unbound_caller(mode))


def scoped_vector_index(index: VectorIndex, declared: Tenancy, mode: Mode = Mode.REAL) -> VectorIndex:
    """``index`` narrowed to the caller's OPD on the indexes ``declared`` as an OPD's own."""
    return TenantScopedVectorIndex(index, declared, unbound_caller=_unbound_caller(mode))


def _unbound_caller(mode: Mode) -> Principal | None:
    return Principal.platform("embedded-local-user") if mode is Mode.EMBEDDED else None


class Infra:
    """The three stores, each built on first use: a process needs only the secrets of the stores
    it touches (billing has no S3 keys, the search API no MongoDB URI). The document store and the
    vector index built here are tenant-scoped on what the service ``declared``."""

    def __init__(
        self,
        settings: CommonSettings | None = None,
        declared: Tenancy | None = None,
        *,
        blob_store: BlobStore | None = None,
        document_store: DocumentStore | None = None,
        vector_index: VectorIndex | None = None,
    ) -> None:
        """Stores given here are used as they are (tests); the others are built from ``settings``."""
        self._settings = settings
        self._declared = declared or Tenancy()
        self._closers: Closers = []
        self._blob_store = blob_store
        self._document_store = document_store
        self._vector_index = vector_index

    @property
    def blob_store(self) -> BlobStore:
        if self._blob_store is None:
            self._blob_store = _blob_store(self._built_from(), self._closers)
        return self._blob_store

    @property
    def document_store(self) -> DocumentStore:
        if self._document_store is None:
            settings = self._built_from()
            raw = _document_store(settings, self._closers)
            self._document_store = scoped_document_store(raw, self._declared, settings.mode)
        return self._document_store

    @property
    def vector_index(self) -> VectorIndex:
        if self._vector_index is None:
            settings = self._built_from()
            raw = _vector_index(settings, self._closers)
            self._vector_index = scoped_vector_index(raw, self._declared, settings.mode)
        return self._vector_index

    def _built_from(self) -> CommonSettings:
        if self._settings is None:
            raise RuntimeError("this Infra was given its stores and has no settings to build others from")
        return self._settings

    async def close(self) -> None:
        """Release clients and thread pools; closing twice is harmless."""
        closers, self._closers = self._closers, []
        for close in closers:
            await close()


def build_infra(settings: CommonSettings, declared: Tenancy) -> Infra:
    return Infra(settings, declared)
