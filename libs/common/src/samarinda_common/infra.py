"""The storage adapters for a process, chosen by ``settings.mode`` (real servers or embedded).

Services call :func:`build_infra` from their composition root with the collections they declare
(see :mod:`samarinda_common.tenancy`); the document store they get back is tenant-scoped. Nothing
connects until the first operation, so building is cheap and import-time safe. Embedded data lives under
``settings.data_dir``: ``blobs/``, ``documents.sqlite3`` and ``vectors/``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from samarinda_common.auth import Principal
from samarinda_common.ports.blob import BlobStore
from samarinda_common.ports.documents import DocumentStore
from samarinda_common.ports.vectors import VectorIndex
from samarinda_common.settings import CommonSettings, Mode
from samarinda_common.tenancy import COMMON_TENANCY, Tenancy, TenantScopedStore, TenantScopedVectorIndex


@dataclass
class Infra:
    blob_store: BlobStore
    document_store: DocumentStore
    vector_index: VectorIndex
    _closers: list[Callable[[], Awaitable[None]]] = field(default_factory=list, repr=False)

    async def close(self) -> None:
        """Release clients and thread pools; closing twice is harmless."""
        closers, self._closers = self._closers, []
        for close in closers:
            await close()


Closers = list[Callable[[], Awaitable[None]]]


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


def build_infra(settings: CommonSettings, declared: Tenancy) -> Infra:
    closers: Closers = []
    return Infra(
        blob_store=_blob_store(settings, closers),
        document_store=scoped_document_store(_document_store(settings, closers), declared, settings.mode),
        vector_index=scoped_vector_index(_vector_index(settings, closers), declared, settings.mode),
        _closers=closers,
    )
