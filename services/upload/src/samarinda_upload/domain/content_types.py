"""The content types the platform accepts, named by their MIME type (what ``detected_type`` holds)."""

from __future__ import annotations

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
WEBP = "image/webp"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"
TXT = "text/plain"
ZIP = "application/zip"

IMAGES = frozenset({PNG, JPEG, TIFF, WEBP})
OFFICE = frozenset({DOCX, XLSX})
ALLOWED = frozenset({PDF, *IMAGES, *OFFICE, CSV, TXT, ZIP})
