"""PDF: the text layer and tables of born-digital pages (ruled, or ruled by rows only, or not at
all, and aligned in columns), OCR for scanned pages.

PDFium opens the file first because it repairs what it can and tells encrypted from corrupt;
pdfplumber then reads text in reading order and tables. A mixed PDF is decided page by page.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from contextlib import ExitStack
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import BoundingBox, ExtractionMethod, Page, Table

from samarinda_extraction.domain.open_rows import Upright, implied_rules
from samarinda_extraction.domain.page_text import needs_ocr
from samarinda_extraction.domain.tables import Grid, detect_header_row, merge_continued_tables, trim_grid
from samarinda_extraction.domain.text_grid import (
    Rule,
    Word,
    grid_from_words,
    header_band_regions,
    row_ruled_regions,
)
from samarinda_extraction.options import ExtractionOptions
from samarinda_extraction.readers import ReadResult
from samarinda_extraction.readers.scanned import add_ocr_page, ocr_within_budget


def read_pdf(data: bytes, options: ExtractionOptions, executor: Executor | None = None) -> ReadResult:
    with ExitStack() as stack:
        document = _open_pdfium(data)
        stack.callback(document.close)
        page_count = len(document)
        if page_count == 0:
            raise InvalidInput("PDF has no pages", field="file", reason="EMPTY_PDF")
        if page_count > options.max_pages:
            raise InvalidInput(
                f"PDF has {page_count} pages, more than the limit of {options.max_pages}",
                field="file",
                reason="TOO_MANY_PAGES",
            )
        result = ReadResult()
        plumber = _open_plumber(data, result)
        if plumber is not None:
            stack.callback(plumber.close)
        pages: dict[int, Page] = {}
        to_ocr: list[int] = []
        for index in range(page_count):
            page = _read_text_page(plumber, document, index, result)
            if page is None:
                to_ocr.append(index)
            else:
                pages[index] = page
        # Rendered one by one while earlier pages are OCR'd (a 300-dpi page is ~9 MB of pixels).
        renders = [(index + 1, _renderer(document, index, options)) for index in to_ocr]
        for number, ocr in ocr_within_budget(renders, options, executor):
            pages[number - 1] = add_ocr_page(result, number, ocr)
        result.pages = [pages[i] for i in range(page_count)]
        result.tables = merge_continued_tables(sorted(result.tables, key=lambda t: (t.page or 0, t.index)))
        return result


def _renderer(document: pdfium.PdfDocument, index: int, options: ExtractionOptions) -> Callable[[], Any]:
    return lambda: _render(document, index, options)


def _open_pdfium(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InvalidInput(
                "PDF is encrypted with a password", field="file", reason="ENCRYPTED_PDF"
            ) from exc
        raise InvalidInput(f"PDF cannot be read: {exc}", field="file", reason="CORRUPT_PDF") from exc


def _open_plumber(data: bytes, result: ReadResult) -> Any:
    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many kinds; PDFium already vouched for the file
        result.warnings.append(f"text layer unreadable ({type(exc).__name__}); pages are OCR'd")
        return None


def _read_text_page(
    plumber: Any, document: pdfium.PdfDocument, index: int, result: ReadResult
) -> Page | None:
    """The page from its text layer, or None when it must be OCR'd."""
    if plumber is None:
        return None
    try:
        page = plumber.pages[index]
        text = page.extract_text() or ""
        area = float(page.width * page.height) or 1.0
        coverage = sum(float(img["width"] * img["height"]) for img in page.images) / area
        if needs_ocr(text, min(coverage, 1.0)):
            return None
        rules = [Rule(float(e["top"]), float(e["x0"]), float(e["x1"])) for e in page.horizontal_edges]
        found_tables = [(found.bbox, trim_grid(found.extract())) for found in _ruled_tables(page, rules)]
        if not any(len(rows) >= 2 for _, rows in found_tables):
            found_tables = _unruled_tables(page, rules)
        for position, (box, rows) in enumerate(found_tables):
            if len(rows) >= 2:
                x0, top, x1, bottom = box
                bbox = BoundingBox(
                    x0=_fraction(x0, page.width),
                    y0=_fraction(top, page.height),
                    x1=_fraction(x1, page.width),
                    y1=_fraction(bottom, page.height),
                )
                result.tables.append(
                    Table(
                        page=index + 1,
                        index=position,
                        header_row=detect_header_row(rows),
                        rows=rows,
                        bbox=bbox,
                    )
                )
    except Exception as exc:  # one broken page must not lose the rest of the document
        result.warnings.append(f"page {index + 1}: text layer unreadable ({type(exc).__name__}); OCR'd")
        return None
    return Page(number=index + 1, text=text, method=ExtractionMethod.TEXT)


def _ruled_tables(page: Any, rules: Sequence[Rule]) -> list[Any]:
    """pdfplumber's ruled tables, with the rule a row drawn without one implies (``open_rows``);
    ``rules``: the page's horizontal edges."""
    uprights = [Upright(float(e["x0"]), float(e["top"]), float(e["bottom"])) for e in page.vertical_edges]
    implied = implied_rules(uprights, rules)
    if not implied:
        return list(page.find_tables())
    edges = [
        {"object_type": "line_edge", "orientation": "h", "x0": r.x0, "x1": r.x1, "width": r.x1 - r.x0}
        | {"top": r.y, "bottom": r.y, "height": 0.0}
        for r in implied
    ]
    return list(page.find_tables(table_settings={"explicit_horizontal_lines": edges}))


# Rules shorter than this share of the page's width underline a word or frame a field.
_TABLE_RULE_SHARE = 0.3


def _unruled_tables(page: Any, edges: Sequence[Rule]) -> list[tuple[tuple[float, float, float, float], Grid]]:
    """Tables whose rows are ruled (or whose header is a filled or ruled band) but whose columns are not,
    on a page where no ruled table was found: the words' alignment tells the columns apart.
    ``edges``: the page's horizontal edges."""
    rules = [rule for rule in edges if rule.x1 - rule.x0 >= _TABLE_RULE_SHARE * float(page.width)]
    # Rows ruled one by one, or else (a table ruled only around its header) bands of rules.
    tables = [_words_grid(page, box) for box in row_ruled_regions(rules)]
    if not any(len(rows) >= 2 for _, rows in tables):
        tables = [_words_grid(page, box) for box in header_band_regions(rules, float(page.height))]
    if not any(len(rows) >= 2 for _, rows in tables):
        # Nothing ruled at all (a table typeset in columns, as a continuation page without its
        # header is): the words' alignment over the page is the only sign of the columns.
        tables = [_words_grid(page, _text_box(page))]
    return tables


# Points around the words, so that cropping to their box keeps each of them whole.
_MARGIN = 1.0


def _text_box(page: Any) -> tuple[float, float, float, float]:
    """Where the page's words stand, so a table continued overleaf is seen to reach the foot."""
    words = page.extract_words()
    width, height = float(page.width), float(page.height)
    if not words:
        return (0.0, 0.0, width, height)
    return (
        max(0.0, min(float(w["x0"]) for w in words) - _MARGIN),
        max(0.0, min(float(w["top"]) for w in words) - _MARGIN),
        min(width, max(float(w["x1"]) for w in words) + _MARGIN),
        min(height, max(float(w["bottom"]) for w in words) + _MARGIN),
    )


def _words_grid(
    page: Any, box: tuple[float, float, float, float]
) -> tuple[tuple[float, float, float, float], Grid]:
    # Across the page's width: a group row's title may start left of the rules.
    band = page.within_bbox((0, box[1], float(page.width), box[3]))
    words = [
        Word(w["text"], float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]))
        for w in band.extract_words()
    ]
    return box, trim_grid(grid_from_words(words))


def _fraction(value: float, extent: float) -> float:
    return min(1.0, max(0.0, float(value) / float(extent or 1)))


def _render(document: pdfium.PdfDocument, index: int, options: ExtractionOptions) -> Any:
    page = document[index]
    try:
        width, height = page.get_size()
        # Huge page boxes (posters, maps) are rendered below OCR resolution rather than blow memory.
        scale = min(options.ocr_dpi / 72, math.sqrt(options.max_image_pixels / max(width * height, 1.0)))
        return page.render(scale=scale, grayscale=True).to_numpy()
    finally:
        page.close()
