"""DOCX: paragraphs and tables in document order, split into the pages the file records.

A Word file has no fixed pages, but it says where they break: Word writes a
``w:lastRenderedPageBreak`` wherever its own layout last broke a page, and authors put explicit
page breaks, "page break before" paragraphs and section breaks. When the file holds Word's
rendered breaks they are the pages a reader saw (explicit breaks are among them); otherwise the
explicit ones are. A file with neither is one page. A table is cited by the page it starts on.
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph
from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import CellValue, ExtractionMethod, Page, Table

from samarinda_extraction.domain.tables import detect_header_row, trim_grid
from samarinda_extraction.readers import ReadResult

_RENDERED = qn("w:lastRenderedPageBreak")
_BREAK, _TYPE, _TEXT, _TAB, _RETURN = qn("w:br"), qn("w:type"), qn("w:t"), qn("w:tab"), qn("w:cr")
_SECTION_TYPE, _VAL = qn("w:type"), qn("w:val")
_NEW_PAGE_SECTIONS = ("nextPage", "oddPage", "evenPage")


def read_docx(data: bytes) -> ReadResult:
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InvalidInput(
            f"Word document cannot be read: {exc}", field="file", reason="CORRUPT_DOCX"
        ) from exc
    rendered = any(True for _ in document.element.body.iter(_RENDERED))
    result = ReadResult()
    pages: list[list[str]] = [[]]
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            if not rendered and block.paragraph_format.page_break_before and _has_content(pages[-1]):
                pages.append([])
            for k, text in enumerate(_paragraph_pages(block, rendered)):
                if k:
                    pages.append([])
                if text.strip():
                    pages[-1].append(text.strip())
            if not rendered and _ends_section_on_new_page(block):
                pages.append([])
        elif isinstance(block, DocxTable):
            rows = trim_grid(_table_grid(block))
            if rows:
                pages[-1].append("\n".join(" | ".join(str(v) for v in row if v is not None) for row in rows))
                result.tables.append(
                    Table(
                        page=len(pages),
                        index=len(result.tables),
                        header_row=detect_header_row(rows),
                        rows=rows,
                    )
                )
    while len(pages) > 1 and not pages[-1]:
        pages.pop()  # a break at the very end opens no page
    for number, blocks in enumerate(pages, start=1):
        result.pages.append(Page(number=number, text="\n\n".join(blocks), method=ExtractionMethod.DOCX))
    _number_tables_per_page(result.tables)
    return result


def _has_content(blocks: list[str]) -> bool:
    return any(b.strip() for b in blocks)


def _paragraph_pages(paragraph: Paragraph, rendered: bool) -> list[str]:
    """The paragraph's text cut at its page breaks: one string per page it touches."""
    parts = [""]
    for element in paragraph._p.iter():
        if element.tag == _TEXT:
            parts[-1] += element.text or ""
        elif element.tag == _TAB:
            parts[-1] += "\t"
        elif (rendered and element.tag == _RENDERED) or (
            not rendered and element.tag == _BREAK and element.get(_TYPE) == "page"
        ):
            parts.append("")
        elif element.tag == _RETURN or (
            element.tag == _BREAK and element.get(_TYPE) in (None, "textWrapping")
        ):
            # A line break inside the paragraph (Shift+Enter) ends a line: ``Kegiatan: ...`` and
            # ``Lokasi: ...`` on lines of their own, not run together.
            parts[-1] += "\n"
    return parts


def _ends_section_on_new_page(paragraph: Paragraph) -> bool:
    properties = paragraph._p.pPr
    section = properties.find(qn("w:sectPr")) if properties is not None else None
    if section is None:
        return False
    kind = section.find(_SECTION_TYPE)
    return kind is None or kind.get(_VAL, "nextPage") in _NEW_PAGE_SECTIONS


def _number_tables_per_page(tables: list[Table]) -> None:
    """``Table.index`` is the table's position on its page."""
    seen: dict[int | None, int] = {}
    for table in tables:
        table.index = seen.get(table.page, 0)
        seen[table.page] = table.index + 1


def _table_grid(table: DocxTable) -> list[list[CellValue]]:
    # python-docx yields a merged cell once per grid column it spans: merged cells come out filled.
    return [[cell.text for cell in row.cells] for row in table.rows]
