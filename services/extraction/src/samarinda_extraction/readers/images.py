"""Images (scans and photos, multi-page TIFF included): every frame is a page to OCR."""

from __future__ import annotations

import dataclasses
import io
import warnings
from collections.abc import Callable
from concurrent.futures import Executor

import numpy as np
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError
from samarinda_common.errors import InvalidInput

from samarinda_extraction.domain.tables import merge_continued_tables
from samarinda_extraction.options import ExtractionOptions
from samarinda_extraction.readers import ReadResult
from samarinda_extraction.readers.scanned import add_ocr_page, ocr_within_budget

# Tesseract's own bounds: outside them it ignores a file's resolution and estimates one.
_MIN_CREDIBLE_DPI = 70
_MAX_CREDIBLE_DPI = 2400


def read_image(data: bytes, options: ExtractionOptions, executor: Executor | None = None) -> ReadResult:
    frames = load_frames(data, options)
    dpi = declared_dpi(data)
    if dpi is not None:
        options = dataclasses.replace(options, ocr=dataclasses.replace(options.ocr, declared_dpi=dpi))
    result = ReadResult()
    renders = [(number, _given(frame)) for number, frame in enumerate(frames, start=1)]
    for number, ocr in ocr_within_budget(renders, options, executor):
        result.pages.append(add_ocr_page(result, number, ocr))
    result.tables = merge_continued_tables(result.tables)
    return result


def declared_dpi(data: bytes) -> int | None:
    """The horizontal resolution the image file declares, as Tesseract would take it from the
    file; None when it declares none or an incredible one (Tesseract then estimates it)."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            dpi = image.info.get("dpi")
    except (UnidentifiedImageError, OSError):
        return None
    if not isinstance(dpi, tuple) or not dpi:
        return None
    value = round(float(dpi[0]))
    return value if _MIN_CREDIBLE_DPI <= value <= _MAX_CREDIBLE_DPI else None


def _given(frame: np.ndarray) -> Callable[[], np.ndarray]:
    return lambda: frame


def load_frames(data: bytes, options: ExtractionOptions) -> list[np.ndarray]:
    """Decode every frame as an upright grayscale array, refusing decompression bombs."""
    Image.MAX_IMAGE_PIXELS = options.max_image_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            frames = []
            for index, frame in enumerate(ImageSequence.Iterator(image)):
                if index >= options.max_pages:
                    raise InvalidInput(
                        f"image has more than {options.max_pages} frames",
                        field="file",
                        reason="TOO_MANY_PAGES",
                    )
                frames.append(_prepare(frame))
            return frames
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InvalidInput(
            f"image is larger than {options.max_image_pixels} pixels", field="file", reason="IMAGE_TOO_LARGE"
        ) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise InvalidInput(f"image cannot be decoded: {exc}", field="file", reason="CORRUPT_IMAGE") from exc


def _prepare(frame: Image.Image) -> np.ndarray:
    """The frame upright (EXIF) in grayscale, pixels as they are: a coarse page is enlarged by
    the OCR's looks, which also read it as it came (the plain reading it must not lose to)."""
    upright = ImageOps.exif_transpose(frame) or frame
    return np.asarray(upright.convert("L"))
