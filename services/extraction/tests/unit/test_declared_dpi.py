"""The resolution an image file declares is the one its page as it came is read at."""

from __future__ import annotations

import io

from PIL import Image
from samarinda_extraction.readers.images import declared_dpi
from samarinda_extraction.readers.ocr_options import OcrOptions, at_declared_dpi


def _png(dpi: tuple[float, float] | None) -> bytes:
    out = io.BytesIO()
    image = Image.new("L", (40, 30), 255)
    if dpi is None:
        image.save(out, format="PNG")
    else:
        image.save(out, format="PNG", dpi=dpi)
    return out.getvalue()


def test_a_declared_resolution_is_read_rounded() -> None:
    assert declared_dpi(_png((299.9994, 299.9994))) == 300


def test_no_declared_resolution_leaves_it_to_tesseract() -> None:
    assert declared_dpi(_png(None)) is None


def test_an_incredible_resolution_is_ignored_as_tesseract_ignores_it() -> None:
    assert declared_dpi(_png((30, 30))) is None


def test_options_read_at_the_declared_resolution() -> None:
    assert at_declared_dpi(OcrOptions(declared_dpi=150)).tesseract_config == "--psm 3 --dpi 150"
    assert at_declared_dpi(OcrOptions()).tesseract_config == "--psm 3"
