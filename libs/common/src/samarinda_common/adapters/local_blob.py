"""LocalFolderBlobStore: the BlobStore port on a folder, for embedded mode and tests.

``<root>/<bucket>/<key>`` holds the bytes; ``<root>/.meta/<bucket>/<key>.json`` the content type,
user metadata and the MD5 ETag (what S3 reports for a single-part upload). Writes go to a temp
file in the target folder and are renamed into place, so readers never see half a blob.
Bucket names cannot start with a dot, so the metadata tree never collides with a bucket.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from samarinda_common.adapters._blob_names import check_bucket, check_key
from samarinda_common.errors import InvalidInput, NotFound
from samarinda_common.ports.blob import BlobInfo

_CHUNK = 1024 * 1024


def _atomic_write(target: Path, chunks: Iterable[bytes]) -> str:
    """Write ``chunks`` to ``target`` atomically; returns the MD5 hex digest."""
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.md5(usedforsecurity=False)
    fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                digest.update(chunk)
                out.write(chunk)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return digest.hexdigest()


def _file_chunks(path: Path) -> Iterable[bytes]:
    with path.open("rb") as source:
        while chunk := source.read(_CHUNK):
            yield chunk


class LocalFolderBlobStore:
    def __init__(self, root: Path) -> None:
        self._root = Path(root)

    def _bucket_dir(self, bucket: str) -> Path:
        return self._root / check_bucket(bucket)

    def _paths(self, bucket: str, key: str) -> tuple[Path, Path]:
        check_key(key)
        return self._bucket_dir(bucket) / key, self._root / ".meta" / bucket / f"{key}.json"

    def _require_bucket(self, bucket: str) -> None:
        if not self._bucket_dir(bucket).is_dir():
            raise NotFound(f"bucket {bucket} does not exist", details={"bucket": bucket})

    def _store(
        self,
        bucket: str,
        key: str,
        chunks: Iterable[bytes],
        content_type: str,
        metadata: dict[str, str] | None,
    ) -> BlobInfo:
        self._require_bucket(bucket)
        data_path, meta_path = self._paths(bucket, key)
        try:
            etag = _atomic_write(data_path, chunks)
            _atomic_write(
                meta_path,
                [
                    json.dumps(
                        {"content_type": content_type, "etag": etag, "metadata": metadata or {}}
                    ).encode()
                ],
            )
        except (NotADirectoryError, IsADirectoryError) as exc:
            raise InvalidInput(f"key {key!r} collides with another key's folder", field="key") from exc
        return BlobInfo(bucket, key, data_path.stat().st_size, etag, content_type)

    def _stat(self, bucket: str, key: str) -> BlobInfo | None:
        data_path, meta_path = self._paths(bucket, key)
        if not data_path.is_file():
            return None
        meta = json.loads(meta_path.read_text()) if meta_path.is_file() else {}
        return BlobInfo(bucket, key, data_path.stat().st_size, meta.get("etag"), meta.get("content_type"))

    def _existing(self, bucket: str, key: str) -> tuple[Path, BlobInfo]:
        info = self._stat(bucket, key)
        if info is None:
            raise NotFound(f"blob {bucket}/{key} not found", details={"bucket": bucket, "key": key})
        return self._paths(bucket, key)[0], info

    def _delete(self, bucket: str, key: str) -> None:
        for path in self._paths(bucket, key):
            if path.is_file():
                path.unlink()

    def _download(self, bucket: str, key: str, path: Path) -> BlobInfo:
        source, info = self._existing(bucket, key)
        _atomic_write(path, _file_chunks(source))
        return info

    async def ensure_bucket(self, bucket: str) -> None:
        self._bucket_dir(bucket).mkdir(parents=True, exist_ok=True)

    async def put(
        self,
        bucket: str,
        key: str,
        data: bytes,
        content_type: str = "application/octet-stream",
        metadata: dict[str, str] | None = None,
    ) -> BlobInfo:
        return await asyncio.to_thread(self._store, bucket, key, [data], content_type, metadata)

    async def put_file(
        self,
        bucket: str,
        key: str,
        path: Path,
        content_type: str = "application/octet-stream",
        metadata: dict[str, str] | None = None,
    ) -> BlobInfo:
        return await asyncio.to_thread(
            self._store, bucket, key, _file_chunks(Path(path)), content_type, metadata
        )

    async def get(self, bucket: str, key: str) -> bytes:
        source, _ = self._existing(bucket, key)
        return await asyncio.to_thread(source.read_bytes)

    async def download(self, bucket: str, key: str, path: Path) -> BlobInfo:
        return await asyncio.to_thread(self._download, bucket, key, Path(path))

    async def stat(self, bucket: str, key: str) -> BlobInfo | None:
        return self._stat(bucket, key)

    async def delete(self, bucket: str, key: str) -> None:
        self._delete(bucket, key)

    async def ping(self) -> bool:
        return True
