"""What the service layer needs besides the shared ports: something that extracts."""

from __future__ import annotations

from typing import Protocol

from samarinda_common.extracted import ExtractedDocument


class Extractor(Protocol):
    async def extract(self, data: bytes, filename: str, detected_type: str | None) -> ExtractedDocument: ...

    async def archive_members(self, data: bytes) -> list[tuple[str, bytes]]: ...
