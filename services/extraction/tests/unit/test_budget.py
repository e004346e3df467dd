"""A document's OCR stays within its time and page budget; what is left out is said, not dropped."""

import io
import math
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from samarinda_extraction import extract, extract_bytes
from samarinda_extraction.options import ExtractionOptions


def scanned_pdf(pages: int) -> bytes:
    font = ImageFont.truetype("DejaVuSerif.ttf", 40)
    frames = []
    for number in range(pages):
        page = Image.new("L", (2480, 3508), 255)
        draw = ImageDraw.Draw(page)
        for line in range(45):
            draw.text(
                (200, 200 + 70 * line),
                f"Halaman {number + 1} baris {line}: belanja barang dan jasa",
                font=font,
            )
        frames.append(page)
    buffer = io.BytesIO()
    frames[0].save(buffer, "PDF", resolution=300, save_all=True, append_images=frames[1:])
    return buffer.getvalue()


def test_a_long_ocr_job_stops_at_its_time_budget_and_reports_the_pages_left_out() -> None:
    budget = 4.0
    options = ExtractionOptions(document_time_budget_seconds=budget)
    pdf = scanned_pdf(8)
    started = time.monotonic()
    document = extract_bytes(pdf, "panjang.pdf", "application/pdf", options=options)
    elapsed = time.monotonic() - started
    # Tesseract's share is bounded by its timeout (the time left); rendering and the cheap looks
    # of the page in flight come on top, several seconds on a loaded 2-core machine. Without the
    # budget the eight pages take well over 40 s even on an idle one.
    assert elapsed < budget + 20.0, elapsed
    assert len(document.pages) == 8
    assert document.pages_not_extracted and not document.complete
    assert document.pages_not_extracted == [p.number for p in document.pages if not p.extracted]
    assert all(p.text == "" for p in document.pages if not p.extracted)
    for number in document.pages_not_extracted:
        assert f"page {number}: not extracted, the document's OCR budget was spent" in document.warnings
    assert document.model_dump(mode="json")["complete"] is False


def test_pages_beyond_the_page_budget_are_reported_not_extracted() -> None:
    frames = [Image.fromarray(np.full((600, 800), 255, np.uint8)) for _ in range(3)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:])
    options = ExtractionOptions(document_max_ocr_pages=1)
    document = extract_bytes(buffer.getvalue(), "tiga.tiff", "image/tiff", options=options)
    assert [p.extracted for p in document.pages] == [True, False, False]
    assert document.pages_not_extracted == [2, 3]


def test_a_local_file_is_read_without_a_time_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Only a worker answers to a poll interval: offline, a busy machine must not cut pages.
    seen: list[ExtractionOptions] = []
    monkeypatch.setattr(extract, "extract_bytes", lambda *args, options, executor: seen.append(options))
    (tmp_path / "rka.pdf").write_bytes(b"%PDF-1.4")
    extract.extract_file(tmp_path / "rka.pdf")
    assert math.isinf(seen[0].document_time_budget_seconds)
    assert seen[0].document_max_ocr_pages == ExtractionOptions().document_max_ocr_pages


def test_a_benchmark_stretches_the_ocr_call_timeouts_and_the_defaults_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bench on a shared machine must not lose a page to a call cut off by the load.
    seen: list[ExtractionOptions] = []
    monkeypatch.setattr(extract, "extract_bytes", lambda *args, options, executor: seen.append(options))
    (tmp_path / "rka.pdf").write_bytes(b"%PDF-1.4")
    extract.extract_file(tmp_path / "rka.pdf")
    extract.extract_file(tmp_path / "rka.pdf", ocr_time_scale=3.0)
    plain, stretched = seen[0].ocr, seen[1].ocr
    assert plain == ExtractionOptions().ocr
    assert stretched.timeout_seconds == 3 * plain.timeout_seconds
    assert stretched.crops_timeout_seconds == 3 * plain.crops_timeout_seconds
    assert stretched.languages == plain.languages
