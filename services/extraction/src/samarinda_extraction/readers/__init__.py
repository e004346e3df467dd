"""One reader per kind of file; each returns pages and tables, never touching the network."""

from __future__ import annotations

from dataclasses import dataclass, field

from samarinda_common.extracted import Page, Table


@dataclass
class ReadResult:
    pages: list[Page] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages_not_extracted: list[int] = field(default_factory=list)
    # page number → (PNG, width, height) of the upright page that was OCR'd
    page_images: dict[int, tuple[bytes, int, int]] = field(default_factory=dict)
