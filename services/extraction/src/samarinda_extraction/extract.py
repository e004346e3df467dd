"""The extraction itself: bytes in, :class:`ExtractedDocument` out. Synchronous and CPU-bound.

The worker runs it in a thread and hands it a process pool for OCR; the CLI runs it inline.
"""

from __future__ import annotations

import io
import math
import zipfile
from concurrent.futures import Executor
from dataclasses import replace
from pathlib import Path

import puremagic
from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import ExtractedDocument, ExtractionMethod, Page

from samarinda_extraction.domain import kinds
from samarinda_extraction.domain.kinds import DocumentKind
from samarinda_extraction.domain.language import detect_language
from samarinda_extraction.domain.metadata import parse_metadata
from samarinda_extraction.options import ExtractionOptions
from samarinda_extraction.readers import ReadResult
from samarinda_extraction.readers.archive import read_members
from samarinda_extraction.readers.docx import read_docx
from samarinda_extraction.readers.images import read_image
from samarinda_extraction.readers.pdf import read_pdf
from samarinda_extraction.readers.spreadsheets import read_csv, read_xlsx
from samarinda_extraction.readers.text import read_html, read_text

# Bump when a change alters what comes out for the same input: extraction ids depend on it.
EXTRACTOR_VERSION = "3"

_GENERIC_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})
_TEXT_KINDS = frozenset({DocumentKind.CSV, DocumentKind.TEXT, DocumentKind.HTML})


def extract_file(
    path: Path,
    *,
    options: ExtractionOptions | None = None,
    executor: Executor | None = None,
    ocr_time_scale: float = 1.0,
) -> ExtractedDocument:
    """A local file (CLI, offline review). Its OCR has no time budget by default: the budget keeps
    a worker within its consumer's poll interval, and here it would only cut pages (and the lines
    on them) when the machine is busy; the page budget still bounds the work. ``ocr_time_scale``
    stretches the per-call OCR timeouts too (benchmarks, whose figures must not depend on load)."""
    options = options or ExtractionOptions(document_time_budget_seconds=math.inf)
    if ocr_time_scale != 1.0:
        options = replace(options, ocr=options.ocr.scaled(ocr_time_scale))
    return extract_bytes(path.read_bytes(), path.name, None, options=options, executor=executor)


def extract_bytes(
    data: bytes,
    filename: str,
    detected_type: str | None = None,
    *,
    options: ExtractionOptions | None = None,
    executor: Executor | None = None,
) -> ExtractedDocument:
    """Extract text, tables and metadata; raises ``InvalidInput`` for corrupt or hostile files."""
    options = options or ExtractionOptions()
    kind = detect_kind(data, filename, detected_type)
    result = _read(kind, data, options, executor)
    return ExtractedDocument(
        filename=filename,
        detected_type=detected_type or kinds.MIME_OF_KIND[kind],
        language=detect_language("\n".join(p.text for p in result.pages)),
        pages=result.pages,
        tables=result.tables,
        metadata=parse_metadata(result.pages),
        warnings=result.warnings,
        pages_not_extracted=result.pages_not_extracted,
        page_images=result.page_images,
    )


def detect_kind(data: bytes, filename: str, detected_type: str | None) -> DocumentKind:
    """What the bytes say when they carry a binary signature, else the upload's detected type."""
    head = data[:8192]
    if not head:
        raise InvalidInput("file is empty", field="file", reason="EMPTY_FILE")
    signed = _signature_kind(data)
    if signed is not None:
        return signed
    declared = None if (detected_type or "").lower() in _GENERIC_TYPES else kinds.kind_of_mime(detected_type)
    if declared is not None:
        return declared  # a binary type without its signature: its reader says what is wrong
    if b"\x00" in head:
        raise InvalidInput(f"unsupported file type for {filename!r}", field="file", reason="UNSUPPORTED_TYPE")
    if kinds.looks_like_html(head):
        return DocumentKind.HTML
    by_name = kinds.kind_of_suffix(filename)
    return by_name if by_name in _TEXT_KINDS else DocumentKind.TEXT


def _signature_kind(data: bytes) -> DocumentKind | None:
    head = data[:8192]
    if kinds.is_zip_container(head):
        return _zip_kind(data)
    if head.startswith(b"%PDF"):
        return DocumentKind.PDF
    try:
        mimes = [m.mime_type for m in puremagic.magic_string(head)]
    except puremagic.PureError:
        return None
    return DocumentKind.IMAGE if any(m.startswith("image/") for m in mimes) else None


def archive_members(data: bytes, options: ExtractionOptions | None = None) -> list[tuple[str, bytes]]:
    """(filename, bytes) of every member of a ZIP, after the archive limits are checked."""
    return [(m.filename, m.data) for m in read_members(data, options or ExtractionOptions())]


def _zip_kind(data: bytes) -> DocumentKind:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile as exc:
        raise InvalidInput(f"ZIP cannot be read: {exc}", field="file", reason="CORRUPT_ZIP") from exc
    if "word/document.xml" in names:
        return DocumentKind.DOCX
    if "xl/workbook.xml" in names:
        return DocumentKind.XLSX
    return DocumentKind.ZIP


def _read(
    kind: DocumentKind, data: bytes, options: ExtractionOptions, executor: Executor | None
) -> ReadResult:
    match kind:
        case DocumentKind.PDF:
            return read_pdf(data, options, executor)
        case DocumentKind.IMAGE:
            return read_image(data, options, executor)
        case DocumentKind.DOCX:
            return read_docx(data)
        case DocumentKind.XLSX:
            return read_xlsx(data, options)
        case DocumentKind.CSV:
            return read_csv(data, options)
        case DocumentKind.HTML:
            return read_html(data)
        case DocumentKind.TEXT:
            return read_text(data)
        case DocumentKind.ZIP:
            return _zip_listing(data, options)


def _zip_listing(data: bytes, options: ExtractionOptions) -> ReadResult:
    # The archive's own extraction is its table of contents; members are extracted as documents.
    members = read_members(data, options)
    listing = "\n".join(f"{m.path}\t{len(m.data)} bytes" for m in members)
    return ReadResult(pages=[Page(number=1, text=listing, method=ExtractionMethod.PLAIN)])
