"""Bucket and key rules both blob stores enforce, so a key valid in one is valid in the other.

Buckets follow the S3 naming rules. Keys are S3 keys minus what would let a key escape its
folder in the local store (``..``, absolute paths) or address nothing (empty segments).
"""

from __future__ import annotations

import re

from samarinda_common.errors import InvalidInput

_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_MAX_KEY_BYTES = 1024


def check_bucket(bucket: str) -> str:
    if not _BUCKET.match(bucket) or ".." in bucket:
        raise InvalidInput(f"invalid bucket name {bucket!r}", field="bucket")
    return bucket


def check_key(key: str) -> str:
    if not key or len(key.encode()) > _MAX_KEY_BYTES:
        raise InvalidInput("object key must be 1 to 1024 bytes", field="key")
    if any(ord(ch) < 32 or ch == "\\" for ch in key):
        raise InvalidInput("object key contains control characters or backslashes", field="key")
    if any(part in ("", ".", "..") for part in key.split("/")):
        raise InvalidInput(f"object key {key!r} has an empty, '.' or '..' segment", field="key")
    return key
