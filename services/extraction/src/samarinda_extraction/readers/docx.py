"""DOCX: paragraphs and tables in document order (Word files have no fixed pages: one page)."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph
from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import CellValue, ExtractionMethod, Page, Table

from samarinda_extraction.domain.tables import detect_header_row, trim_grid
from samarinda_extraction.readers import ReadResult


def read_docx(data: bytes) -> ReadResult:
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InvalidInput(
            f"Word document cannot be read: {exc}", field="file", reason="CORRUPT_DOCX"
        ) from exc
    result = ReadResult()
    blocks: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            if block.text.strip():
                blocks.append(block.text.strip())
        elif isinstance(block, DocxTable):
            rows = trim_grid(_table_grid(block))
            if rows:
                blocks.append("\n".join(" | ".join(str(v) for v in row if v is not None) for row in rows))
                result.tables.append(
                    Table(page=1, index=len(result.tables), header_row=detect_header_row(rows), rows=rows)
                )
    result.pages.append(Page(number=1, text="\n\n".join(blocks), method=ExtractionMethod.DOCX))
    return result


def _table_grid(table: DocxTable) -> list[list[CellValue]]:
    # python-docx yields a merged cell once per grid column it spans: merged cells come out filled.
    return [[cell.text for cell in row.cells] for row in table.rows]
