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

# What a file name's extension promises. A content of another family is refused (a script named
# ``.xlsx`` is not a spreadsheet); within a family the content decides (a PNG named ``.jpg`` is a
# scan all the same, a CSV named ``.txt`` is text). Extensions not listed promise nothing.
_FAMILY = {PDF: "pdf", **{t: "image" for t in IMAGES}, DOCX: "docx", XLSX: "xlsx", CSV: "text", TXT: "text"}
_FAMILY[ZIP] = "zip"
EXTENSION_FAMILIES = {
    ".pdf": {"pdf"},
    ".png": {"image"},
    ".jpg": {"image"},
    ".jpeg": {"image"},
    ".tif": {"image"},
    ".tiff": {"image"},
    ".webp": {"image"},
    ".docx": {"docx"},
    ".xlsx": {"xlsx"},
    ".xlsm": {"xlsx"},
    ".csv": {"text"},
    ".txt": {"text"},
    ".zip": {"zip", "docx", "xlsx"},
}


def family(content_type: str) -> str:
    return _FAMILY[content_type]
