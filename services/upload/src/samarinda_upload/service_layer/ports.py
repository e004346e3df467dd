"""What the upload handlers need besides the shared ports of ``samarinda_common.ports``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from samarinda_upload.domain.validation import Accepted

# (path, filename, declared content type) -> Accepted, or raises the rejection. Async because the
# real one runs in a child process (see samarinda_upload.isolation).
Validator = Callable[[Path, str, str | None], Awaitable[Accepted]]
