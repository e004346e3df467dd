"""Limits and knobs of one extraction (plain values, so they travel to pool processes)."""

from __future__ import annotations

from dataclasses import dataclass, field

from samarinda_extraction.readers.ocr_options import OcrOptions

MiB = 1024 * 1024


@dataclass(frozen=True)
class ExtractionOptions:
    max_pages: int = 2_000
    max_image_pixels: int = 64_000_000
    ocr_dpi: int = 300
    # Pages rendered and OCR'd together; bounds memory (a 300-dpi A4 page is ~9 MB of pixels).
    ocr_batch_pages: int = 8
    max_sheet_cells: int = 2_000_000
    max_zip_members: int = 2_000
    max_zip_uncompressed_bytes: int = 512 * MiB
    max_zip_ratio: int = 200
    # One document's OCR must end well within the Kafka consumer's max poll interval (300 s by
    # default): pages beyond either budget are reported as not extracted.
    document_time_budget_seconds: float = 240.0
    document_max_ocr_pages: int = 200
    ocr: OcrOptions = field(default_factory=OcrOptions)
