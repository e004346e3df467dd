"""BlobStore contract: the same assertions for the local folder and for MinIO (any S3 store)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from minio import Minio
from samarinda_common.adapters.local_blob import LocalFolderBlobStore
from samarinda_common.adapters.minio_blob import MinioBlobStore
from samarinda_common.errors import InvalidInput, NotFound
from samarinda_common.ports.blob import BlobStore


@dataclass
class BlobCase:
    store: BlobStore
    bucket: str


def _remove_bucket(env: dict[str, str], bucket: str) -> None:
    client = Minio(
        env["SAMARINDA_S3_ENDPOINT"],
        access_key=env.get("SAMARINDA_S3_ACCESS_KEY"),
        secret_key=env.get("SAMARINDA_S3_SECRET_KEY"),
        secure=False,
    )
    if not client.bucket_exists(bucket):
        return
    for item in client.list_objects(bucket, recursive=True):
        if item.object_name is not None:
            client.remove_object(bucket, item.object_name)
    client.remove_bucket(bucket)


@pytest.fixture(params=["embedded", pytest.param("real", marks=pytest.mark.integration)])
async def blob(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    infra_env: dict[str, str],
    require_server: Callable[[str], str],
    unique_name: Callable[[str], str],
) -> AsyncIterator[BlobCase]:
    bucket = unique_name("blob")
    if request.param == "embedded":
        store: BlobStore = LocalFolderBlobStore(tmp_path / "blobs")
        await store.ensure_bucket(bucket)
        yield BlobCase(store, bucket)
        return
    minio = MinioBlobStore(
        require_server("SAMARINDA_S3_ENDPOINT"),
        infra_env["SAMARINDA_S3_ACCESS_KEY"],
        infra_env["SAMARINDA_S3_SECRET_KEY"],
    )
    await minio.ensure_bucket(bucket)
    try:
        yield BlobCase(minio, bucket)
    finally:
        await minio.close()
        _remove_bucket(infra_env, bucket)


KEY = "DISDIK/2025/doc-0001/surat-permohonan.pdf"


async def test_put_get_stat_delete(blob: BlobCase) -> None:
    data = b"%PDF-1.4 surat permohonan anggaran"
    put = await blob.store.put(
        blob.bucket, KEY, data, content_type="application/pdf", metadata={"opd": "DISDIK"}
    )
    assert (put.bucket, put.key, put.size) == (blob.bucket, KEY, len(data))
    assert put.etag == hashlib.md5(data).hexdigest()  # single-part S3 ETag

    assert await blob.store.get(blob.bucket, KEY) == data
    info = await blob.store.stat(blob.bucket, KEY)
    assert info is not None
    assert (info.size, info.etag, info.content_type) == (len(data), put.etag, "application/pdf")

    await blob.store.delete(blob.bucket, KEY)
    assert await blob.store.stat(blob.bucket, KEY) is None
    with pytest.raises(NotFound):
        await blob.store.get(blob.bucket, KEY)


async def test_missing_blob(blob: BlobCase, tmp_path: Path) -> None:
    assert await blob.store.stat(blob.bucket, "tidak/ada.pdf") is None
    with pytest.raises(NotFound):
        await blob.store.get(blob.bucket, "tidak/ada.pdf")
    with pytest.raises(NotFound):
        await blob.store.download(blob.bucket, "tidak/ada.pdf", tmp_path / "out.pdf")
    await blob.store.delete(blob.bucket, "tidak/ada.pdf")  # deleting nothing is fine, as in S3


async def test_put_replaces_existing_object(blob: BlobCase) -> None:
    await blob.store.put(blob.bucket, KEY, b"versi pertama")
    await blob.store.put(blob.bucket, KEY, b"versi kedua", content_type="text/plain")
    assert await blob.store.get(blob.bucket, KEY) == b"versi kedua"
    info = await blob.store.stat(blob.bucket, KEY)
    assert info is not None and info.content_type == "text/plain" and info.size == len(b"versi kedua")


async def test_large_file_streams_both_ways(blob: BlobCase, tmp_path: Path) -> None:
    # Larger than the 5 MiB S3 multipart threshold, so MinIO takes the multipart path.
    source = tmp_path / "scan.tif"
    payload = os.urandom(12 * 1024 * 1024 + 123)
    source.write_bytes(payload)
    put = await blob.store.put_file(blob.bucket, "DINKES/scan.tif", source, content_type="image/tiff")
    assert put.size == len(payload) and put.etag

    target = tmp_path / "out" / "scan.tif"
    target.parent.mkdir()
    got = await blob.store.download(blob.bucket, "DINKES/scan.tif", target)
    assert got.size == len(payload)
    assert hashlib.sha256(target.read_bytes()).digest() == hashlib.sha256(payload).digest()


async def test_put_into_missing_bucket_is_not_found(blob: BlobCase) -> None:
    with pytest.raises(NotFound):
        await blob.store.put(f"{blob.bucket}-x", KEY, b"data")


async def test_ensure_bucket_is_idempotent(blob: BlobCase) -> None:
    await blob.store.ensure_bucket(blob.bucket)
    await blob.store.put(blob.bucket, KEY, b"masih ada")
    await blob.store.ensure_bucket(blob.bucket)
    assert await blob.store.get(blob.bucket, KEY) == b"masih ada"


@pytest.mark.parametrize("key", ["../etc/passwd", "/absolute.pdf", "a//b.pdf", "a/./b.pdf", "dir/", ""])
async def test_unsafe_keys_are_refused(blob: BlobCase, key: str) -> None:
    with pytest.raises(InvalidInput):
        await blob.store.put(blob.bucket, key, b"x")


async def test_ping(blob: BlobCase) -> None:
    assert await blob.store.ping() is True
