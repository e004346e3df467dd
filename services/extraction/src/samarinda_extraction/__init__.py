"""Extraction service: turn any uploaded document into pages, tables and metadata."""

from samarinda_extraction.extract import EXTRACTOR_VERSION, extract_bytes, extract_file

__all__ = ["EXTRACTOR_VERSION", "extract_bytes", "extract_file"]
