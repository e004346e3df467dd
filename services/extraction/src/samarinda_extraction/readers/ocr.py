"""OCR of one page image: clean it up, straighten it, read it with Tesseract, keep the confidence.

The first pass uses a denoised, illumination-flattened, deskewed grayscale page (Tesseract
binarises internally). Only when that pass is unsure do we pay for more: orientation detection
(OSD, when its model is installed) and an adaptive binarisation, keeping whichever reading is most
confident. Every function here is top-level and takes plain arrays, so a process pool can run it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, replace

import cv2
import numpy as np
import pytesseract
from PIL import Image as PILImage
from samarinda_common.errors import DependencyUnavailable

Image = np.ndarray

_DESKEW_WIDTH = 1000
_MAX_SKEW = 8.0
_MIN_SKEW = 0.25


@dataclass(frozen=True)
class OcrOptions:
    languages: str = "ind+eng"
    timeout_seconds: float = 120.0
    # Below this mean word confidence the page gets the extra passes (orientation, binarisation).
    retry_below_confidence: float = 80.0
    tesseract_config: str = "--psm 3"


@dataclass(frozen=True)
class OcrResult:
    text: str
    confidence: float | None
    rotation: int = 0
    skew_degrees: float = 0.0
    variant: str = "grayscale"
    timed_out: bool = False


def ocr_page(image: Image, options: OcrOptions) -> OcrResult:
    """Read one grayscale (or colour) page image."""
    gray = _to_gray(image)
    cleaned = whiten_background(flatten_illumination(cv2.medianBlur(gray, 3)))
    angle = estimate_skew(cleaned)
    if abs(angle) >= _MIN_SKEW:
        cleaned = rotate(cleaned, angle)
    best = replace(_read(cleaned, options), skew_degrees=angle)
    if best.timed_out or (best.confidence or 0.0) >= options.retry_below_confidence:
        return best
    rotation = detect_rotation(cleaned, options) if osd_available() else 0
    if rotation:
        cleaned = np.ascontiguousarray(np.rot90(cleaned, k=rotation // 90))
        best = _better(best, replace(_read(cleaned, options), rotation=rotation, skew_degrees=angle))
        if (best.confidence or 0.0) >= options.retry_below_confidence:
            return best
    binarised = replace(
        _read(binarise(cleaned), options), rotation=rotation, skew_degrees=angle, variant="binarised"
    )
    return _better(best, binarised)


def ocr_pages(
    images: Sequence[Image], options: OcrOptions, executor: Executor | None = None
) -> list[OcrResult]:
    """OCR several pages, in parallel when an executor (a process pool) is given."""
    run: Callable[[Image], OcrResult] = functools.partial(ocr_page, options=options)
    if executor is None or len(images) == 0:
        return [run(image) for image in images]
    return list(executor.map(run, images))


def flatten_illumination(gray: Image) -> Image:
    """Divide by the page background so shadows and uneven lighting of photos disappear."""
    kernel_size = max(15, (min(gray.shape) // 60) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (kernel_size, kernel_size))
    background = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, kernel)
    return cv2.divide(gray, background, scale=255)


def whiten_background(gray: Image) -> Image:
    """Paper becomes pure white, ink keeps its grey levels: background grain costs Tesseract time."""
    threshold, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    out = gray.copy()
    out[gray > threshold] = 255
    return out


def binarise(gray: Image) -> Image:
    block = max(31, (min(gray.shape) // 40) | 1)
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 15)


def estimate_skew(gray: Image) -> float:
    """Skew angle in degrees (counter-clockwise positive): the angle at which the ink's row
    profile is sharpest, i.e. text lines project onto the fewest rows."""
    scale = min(1.0, _DESKEW_WIDTH / gray.shape[1])
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    ys, xs = np.nonzero(ink)
    if len(ys) < 0.001 * ink.size:
        return 0.0
    ys = ys.astype(np.float64) - ink.shape[0] / 2
    xs = xs.astype(np.float64) - ink.shape[1] / 2
    offset = float(np.hypot(*ink.shape))

    def sharpness(angle: float) -> float:
        # Rows of the image rotated by ``angle`` (cv2 convention), computed on ink pixels only.
        theta = np.deg2rad(angle)
        rows = np.round(ys * np.cos(theta) - xs * np.sin(theta) + offset).astype(np.int64)
        profile = np.bincount(rows).astype(np.float64)
        return float(np.sum(np.diff(profile) ** 2))

    coarse = max(np.arange(-_MAX_SKEW, _MAX_SKEW + 0.01, 0.5), key=sharpness)
    fine = max(np.arange(coarse - 0.4, coarse + 0.41, 0.1), key=sharpness)
    return round(float(fine), 2)


def rotate(gray: Image, angle: float, border: int = 255) -> Image:
    height, width = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(
        gray,
        matrix,
        (width, height),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=border,
    )


@functools.cache
def osd_available() -> bool:
    try:
        return "osd" in pytesseract.get_languages(config="")
    except pytesseract.TesseractNotFoundError as exc:
        raise DependencyUnavailable("tesseract is not installed", reason="TESSERACT_MISSING") from exc


def detect_rotation(gray: Image, options: OcrOptions) -> int:
    """Clockwise rotation (0/90/180/270) that makes the page upright, 0 when OSD is unsure."""
    try:
        osd = pytesseract.image_to_osd(
            gray, output_type=pytesseract.Output.DICT, timeout=options.timeout_seconds
        )
    except (pytesseract.TesseractError, RuntimeError):
        return 0  # too little text to tell; keep the page as it is
    if float(osd.get("orientation_conf", 0)) < 2.0:
        return 0
    return int(osd.get("rotate", 0)) % 360


def _read(gray: Image, options: OcrOptions) -> OcrResult:
    try:
        data = pytesseract.image_to_data(
            _uncompressed(gray),
            lang=options.languages,
            config=options.tesseract_config,
            output_type=pytesseract.Output.DICT,
            timeout=options.timeout_seconds,
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise DependencyUnavailable("tesseract is not installed", reason="TESSERACT_MISSING") from exc
    except RuntimeError as exc:  # pytesseract's timeout
        if "timeout" not in str(exc).lower():
            raise
        return OcrResult(text="", confidence=0.0, timed_out=True)
    return _assemble(data)


def _assemble(data: dict[str, list[object]]) -> OcrResult:
    """Rebuild lines and paragraphs from Tesseract's word table; average the word confidences."""
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences: list[float] = []
    for i, word in enumerate(data["text"]):
        text = str(word).strip()
        confidence = float(str(data["conf"][i]))
        if not text or confidence < 0:
            continue
        key = (int(str(data["block_num"][i])), int(str(data["par_num"][i])), int(str(data["line_num"][i])))
        lines.setdefault(key, []).append(text)
        confidences.append(confidence)
    paragraphs: list[str] = []
    previous: tuple[int, int] | None = None
    for (block, paragraph, _), words in lines.items():
        line = " ".join(words)
        if (block, paragraph) != previous:
            paragraphs.append(line)
            previous = (block, paragraph)
        else:
            paragraphs[-1] += "\n" + line
    mean = round(sum(confidences) / len(confidences), 2) if confidences else None
    return OcrResult(text="\n\n".join(paragraphs), confidence=mean)


def _uncompressed(gray: Image) -> PILImage.Image:
    # pytesseract hands the page over as a temporary file, PNG unless told otherwise; compressing
    # a noisy 300-dpi page costs seconds, writing a BMP costs milliseconds.
    image = PILImage.fromarray(gray)
    image.format = "BMP"
    return image


def _better(a: OcrResult, b: OcrResult) -> OcrResult:
    return b if (b.confidence or 0.0) > (a.confidence or 0.0) + 1.0 else a


def _to_gray(image: Image) -> Image:
    if image.ndim == 2:
        return image
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_RGBA2GRAY)
    if image.shape[2] == 1:
        return image[:, :, 0]
    return cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
