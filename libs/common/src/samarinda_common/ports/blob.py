from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class BlobInfo:
    bucket: str
    key: str
    size: int
    etag: str | None = None
    content_type: str | None = None


@runtime_checkable
class BlobStore(Protocol):
    """Plain S3 semantics (no vendor-only calls), so any S3-compatible store works.

    Raises ``samarinda_common.errors.NotFound`` for a missing object and
    ``DependencyUnavailable`` when the store cannot be reached.
    """

    async def ensure_bucket(self, bucket: str) -> None: ...

    async def put(
        self,
        bucket: str,
        key: str,
        data: bytes,
        content_type: str = "application/octet-stream",
        metadata: dict[str, str] | None = None,
    ) -> BlobInfo: ...

    async def put_file(
        self,
        bucket: str,
        key: str,
        path: Path,
        content_type: str = "application/octet-stream",
        metadata: dict[str, str] | None = None,
    ) -> BlobInfo: ...

    async def get(self, bucket: str, key: str) -> bytes: ...

    async def download(self, bucket: str, key: str, path: Path) -> BlobInfo: ...

    async def stat(self, bucket: str, key: str) -> BlobInfo | None: ...

    async def delete(self, bucket: str, key: str) -> None: ...

    async def ping(self) -> bool: ...
