"""Incoming files go to a temporary file, never wholly into memory, and stop at the size cap."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import AsyncIterable, AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from samarinda_common.errors import InvalidInput


@asynccontextmanager
async def spooled(
    chunks: AsyncIterable[bytes], max_bytes: int, directory: Path | None = None
) -> AsyncIterator[Path]:
    """Write ``chunks`` to a private temp file and yield its path; the file is removed afterwards.

    Raises ``TOO_LARGE`` as soon as the stream passes ``max_bytes``, without reading the rest.
    """
    fd, name = tempfile.mkstemp(prefix="upload-", dir=directory)
    path = Path(name)
    try:
        written = 0
        with os.fdopen(fd, "wb") as sink:
            async for chunk in chunks:
                written += len(chunk)
                if written > max_bytes:
                    raise InvalidInput(
                        f"file is larger than {max_bytes} bytes", field="file", reason="TOO_LARGE"
                    )
                sink.write(chunk)
        yield path
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)
