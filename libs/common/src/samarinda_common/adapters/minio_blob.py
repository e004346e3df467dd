"""MinioBlobStore: the BlobStore port on any S3-compatible store through the ``minio`` SDK.

Only plain S3 calls are made (no MinIO admin API), so SeaweedFS, Ceph RGW, Garage or a
maintained MinIO build all work. The SDK is blocking; its calls run on a small dedicated thread
pool so a slow store cannot starve the default executor other code (OCR, ...) relies on.
Timeouts and retries are bounded so an unreachable store fails fast as ``DependencyUnavailable``.
"""

from __future__ import annotations

import asyncio
import functools
import io
import ssl
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import urllib3
from minio import Minio
from minio.error import S3Error, ServerError
from urllib3.exceptions import HTTPError

from samarinda_common.adapters._blob_names import check_bucket, check_key
from samarinda_common.errors import DependencyUnavailable, NotFound, PermissionDenied
from samarinda_common.ports.blob import BlobInfo

T = TypeVar("T")

_MISSING_CODES = frozenset({"NoSuchKey", "NoSuchBucket", "NoSuchObject"})
_DENIED_CODES = frozenset({"AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch"})


@contextmanager
def _translated_errors(bucket: str = "", key: str = "") -> Iterator[None]:
    try:
        yield
    except S3Error as exc:
        if exc.code in _MISSING_CODES:
            raise NotFound(
                f"blob {bucket}/{key} not found ({exc.code})", details={"bucket": bucket, "key": key}
            ) from exc
        if exc.code in _DENIED_CODES:
            raise PermissionDenied(f"object store refused access ({exc.code})") from exc
        if exc.response is not None and exc.response.status >= 500:
            raise DependencyUnavailable(f"object store error {exc.code}") from exc
        raise
    except (ServerError, HTTPError) as exc:
        raise DependencyUnavailable(f"object store unavailable: {exc}") from exc


def _s3_metadata(metadata: dict[str, str] | None) -> dict[str, str | list[str] | tuple[str]] | None:
    return dict(metadata) if metadata else None


class MinioBlobStore:
    def __init__(
        self,
        endpoint: str,
        access_key: str,
        secret_key: str,
        *,
        secure: bool = False,
        region: str | None = "us-east-1",
        connect_timeout_seconds: float = 3.0,
        read_timeout_seconds: float = 60.0,
        retries: int = 2,
        max_workers: int = 4,
        ssl_context: ssl.SSLContext | None = None,
    ):
        """``ssl_context`` decides which CAs an ``https`` endpoint is checked against
        (``samarinda_common.tls.client_ssl_context``: the public CAs plus the internal one)."""
        self._http = urllib3.PoolManager(
            ssl_context=ssl_context,
            timeout=urllib3.Timeout(connect=connect_timeout_seconds, read=read_timeout_seconds),
            maxsize=max_workers,
            retries=urllib3.Retry(total=retries, backoff_factor=0.2, status_forcelist=(500, 502, 503, 504)),
        )
        self._client = Minio(
            endpoint,
            access_key=access_key,
            secret_key=secret_key,
            secure=secure,
            region=region,
            http_client=self._http,
        )
        self._region = region
        self._executor = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="minio")

    async def _run(self, call: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, call)

    def _ensure_bucket(self, bucket: str) -> None:
        with _translated_errors(bucket):
            if self._client.bucket_exists(bucket):
                return
            try:
                self._client.make_bucket(bucket, location=self._region)
            except S3Error as exc:
                if exc.code != "BucketAlreadyOwnedByYou":  # created concurrently by another process
                    raise

    def _put(
        self, bucket: str, key: str, data: bytes, content_type: str, metadata: dict[str, str] | None
    ) -> BlobInfo:
        with _translated_errors(bucket, key):
            result = self._client.put_object(
                bucket,
                key,
                io.BytesIO(data),
                len(data),
                content_type=content_type,
                metadata=_s3_metadata(metadata),
            )
        return BlobInfo(bucket, key, len(data), result.etag, content_type)

    def _put_file(
        self, bucket: str, key: str, path: Path, content_type: str, metadata: dict[str, str] | None
    ) -> BlobInfo:
        size = path.stat().st_size
        with _translated_errors(bucket, key):
            result = self._client.fput_object(
                bucket, key, str(path), content_type=content_type, metadata=_s3_metadata(metadata)
            )
        return BlobInfo(bucket, key, size, result.etag, content_type)

    def _get(self, bucket: str, key: str) -> bytes:
        with _translated_errors(bucket, key):
            response = self._client.get_object(bucket, key)
            try:
                return response.read()
            finally:
                response.close()
                response.release_conn()

    def _download(self, bucket: str, key: str, path: Path) -> BlobInfo:
        with _translated_errors(bucket, key):
            found = self._client.fget_object(bucket, key, str(path))
        return BlobInfo(bucket, key, path.stat().st_size, found.etag, found.content_type)

    def _stat(self, bucket: str, key: str) -> BlobInfo | None:
        try:
            with _translated_errors(bucket, key):
                found = self._client.stat_object(bucket, key)
        except NotFound:
            return None
        return BlobInfo(bucket, key, found.size or 0, found.etag, found.content_type)

    def _delete(self, bucket: str, key: str) -> None:
        try:
            with _translated_errors(bucket, key):
                self._client.remove_object(bucket, key)
        except NotFound:
            return  # deleting what is not there is done, as in S3

    def _ping(self) -> bool:
        try:
            with _translated_errors():
                self._client.list_buckets()
        except DependencyUnavailable:
            return False
        except PermissionDenied:
            return True  # reachable; these credentials just may not list buckets
        return True

    async def ensure_bucket(self, bucket: str) -> None:
        await self._run(functools.partial(self._ensure_bucket, check_bucket(bucket)))

    async def put(
        self,
        bucket: str,
        key: str,
        data: bytes,
        content_type: str = "application/octet-stream",
        metadata: dict[str, str] | None = None,
    ) -> BlobInfo:
        check_bucket(bucket)
        check_key(key)
        return await self._run(functools.partial(self._put, bucket, key, data, content_type, metadata))

    async def put_file(
        self,
        bucket: str,
        key: str,
        path: Path,
        content_type: str = "application/octet-stream",
        metadata: dict[str, str] | None = None,
    ) -> BlobInfo:
        check_bucket(bucket)
        check_key(key)
        return await self._run(
            functools.partial(self._put_file, bucket, key, Path(path), content_type, metadata)
        )

    async def get(self, bucket: str, key: str) -> bytes:
        check_bucket(bucket)
        check_key(key)
        return await self._run(functools.partial(self._get, bucket, key))

    async def download(self, bucket: str, key: str, path: Path) -> BlobInfo:
        check_bucket(bucket)
        check_key(key)
        return await self._run(functools.partial(self._download, bucket, key, Path(path)))

    async def stat(self, bucket: str, key: str) -> BlobInfo | None:
        check_bucket(bucket)
        check_key(key)
        return await self._run(functools.partial(self._stat, bucket, key))

    async def delete(self, bucket: str, key: str) -> None:
        check_bucket(bucket)
        check_key(key)
        await self._run(functools.partial(self._delete, bucket, key))

    async def ping(self) -> bool:
        return await self._run(self._ping)

    async def close(self) -> None:
        self._executor.shutdown(wait=False)
        self._http.clear()
