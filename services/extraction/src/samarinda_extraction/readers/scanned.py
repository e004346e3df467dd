"""Pages that need OCR, within a per-document budget, turned into pages, tables and page images.

One Kafka message must be handled within the consumer's max poll interval, so a document gets
a time and a page budget for OCR. Pages are rendered lazily and OCR'd at most ``ocr_batch_pages``
at a time; each Tesseract call gets the time left as its timeout; once the budget is spent the
remaining pages are not started and are reported as not extracted, never dropped silently.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from dataclasses import replace

import numpy as np
from samarinda_common.extracted import BoundingBox, ExtractionMethod, Page, Table

from samarinda_extraction.domain.ocr_tables import Box
from samarinda_extraction.domain.tables import detect_header_row
from samarinda_extraction.options import ExtractionOptions
from samarinda_extraction.readers import ReadResult
from samarinda_extraction.readers.ocr import ocr_page
from samarinda_extraction.readers.ocr_options import OcrResult

Render = Callable[[], np.ndarray]
# A page needs at least this long; with less left, it is not started.
_MIN_PAGE_SECONDS = 2.0


def ocr_within_budget(
    pages: Iterable[tuple[int, Render]],
    options: ExtractionOptions,
    executor: Executor | None,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[tuple[int, OcrResult | None]]:
    """(page number, result) in page order; the result is None for a page the budget left out."""
    deadline = clock() + options.document_time_budget_seconds
    started = 0
    in_flight: deque[tuple[int, Future[OcrResult] | OcrResult]] = deque()

    def left() -> float:
        return deadline - clock()

    for number, render in pages:
        if started >= options.document_max_ocr_pages or left() < _MIN_PAGE_SECONDS:
            while in_flight:
                yield _done(in_flight.popleft())
            yield number, None
            continue
        ocr = replace(options.ocr, deadline=time.monotonic() + left())
        started += 1
        if executor is None:
            yield number, ocr_page(render(), ocr)
            continue
        in_flight.append((number, executor.submit(ocr_page, render(), ocr)))
        if len(in_flight) >= options.ocr_batch_pages:
            yield _done(in_flight.popleft())
    while in_flight:
        yield _done(in_flight.popleft())


def _done(item: tuple[int, Future[OcrResult] | OcrResult]) -> tuple[int, OcrResult]:
    number, pending = item
    return number, pending.result() if isinstance(pending, Future) else pending


def add_ocr_page(result: ReadResult, number: int, ocr: OcrResult | None) -> Page:
    """The page (and its tables, image and warnings) into ``result``; returns the page."""
    if ocr is None:
        result.warnings.append(f"page {number}: not extracted, the document's OCR budget was spent")
        result.pages_not_extracted.append(number)
        return Page(number=number, text="", method=ExtractionMethod.OCR, extracted=False)
    if ocr.timed_out:
        result.warnings.append(f"page {number}: OCR timed out")
    elif ocr.unreadable_share > 0.25:
        result.warnings.append(
            f"page {number}: parts unreadable "
            f"({ocr.unreadable_share:.0%} of the text read with low confidence)"
        )
    for index, table in enumerate(ocr.tables):
        result.tables.append(
            Table(
                page=number,
                index=index,
                header_row=detect_header_row(table.rows),
                rows=[list(row) for row in table.rows],
                bbox=_bbox(table.box),
                row_bboxes=[_bbox(b) for b in table.row_boxes],
            )
        )
    if ocr.page_png is not None:
        result.page_images[number] = (ocr.page_png, *ocr.page_size)
    return Page(
        number=number,
        text=ocr.text,
        method=ExtractionMethod.OCR,
        confidence=ocr.confidence,
        ocr_pass=ocr.ocr_pass,
    )


def _bbox(box: Box) -> BoundingBox:
    return BoundingBox(x0=box.x0, y0=box.y0, x1=box.x1, y1=box.y1)
