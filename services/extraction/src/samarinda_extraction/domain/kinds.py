"""Which reader handles a file: decided from the upload's detected type, else from the bytes."""

from __future__ import annotations

from enum import StrEnum

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"
TXT = "text/plain"
HTML = "text/html"
ZIP = "application/zip"


class DocumentKind(StrEnum):
    PDF = "pdf"
    IMAGE = "image"
    DOCX = "docx"
    XLSX = "xlsx"
    CSV = "csv"
    TEXT = "text"
    HTML = "html"
    ZIP = "zip"


_BY_MIME: dict[str, DocumentKind] = {
    PDF: DocumentKind.PDF,
    DOCX: DocumentKind.DOCX,
    XLSX: DocumentKind.XLSX,
    CSV: DocumentKind.CSV,
    "application/csv": DocumentKind.CSV,
    TXT: DocumentKind.TEXT,
    HTML: DocumentKind.HTML,
    "application/xhtml+xml": DocumentKind.HTML,
    ZIP: DocumentKind.ZIP,
    "application/x-zip-compressed": DocumentKind.ZIP,
}

_BY_SUFFIX: dict[str, DocumentKind] = {
    ".pdf": DocumentKind.PDF,
    ".docx": DocumentKind.DOCX,
    ".xlsx": DocumentKind.XLSX,
    ".xlsm": DocumentKind.XLSX,
    ".csv": DocumentKind.CSV,
    ".txt": DocumentKind.TEXT,
    ".html": DocumentKind.HTML,
    ".htm": DocumentKind.HTML,
    ".zip": DocumentKind.ZIP,
    ".png": DocumentKind.IMAGE,
    ".jpg": DocumentKind.IMAGE,
    ".jpeg": DocumentKind.IMAGE,
    ".tif": DocumentKind.IMAGE,
    ".tiff": DocumentKind.IMAGE,
    ".webp": DocumentKind.IMAGE,
    ".bmp": DocumentKind.IMAGE,
}

MIME_OF_KIND: dict[DocumentKind, str] = {
    DocumentKind.PDF: PDF,
    DocumentKind.IMAGE: "image/*",
    DocumentKind.DOCX: DOCX,
    DocumentKind.XLSX: XLSX,
    DocumentKind.CSV: CSV,
    DocumentKind.TEXT: TXT,
    DocumentKind.HTML: HTML,
    DocumentKind.ZIP: ZIP,
}


def kind_of_mime(mime: str | None) -> DocumentKind | None:
    if not mime:
        return None
    mime = mime.split(";", 1)[0].strip().lower()
    if mime.startswith("image/"):
        return DocumentKind.IMAGE
    return _BY_MIME.get(mime)


def kind_of_suffix(filename: str) -> DocumentKind | None:
    dot = filename.rfind(".")
    return _BY_SUFFIX.get(filename[dot:].lower()) if dot >= 0 else None


def is_zip_container(head: bytes) -> bool:
    return head.startswith((b"PK\x03\x04", b"PK\x05\x06"))


def looks_like_html(head: bytes) -> bool:
    start = head.lstrip()[:256].lower()
    return start.startswith((b"<!doctype html", b"<html")) or b"<html" in start
