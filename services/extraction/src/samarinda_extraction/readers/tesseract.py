"""One Tesseract call: a page image read as it is given (words, their boxes and confidences, and
Tesseract's lines), and Tesseract's orientation detection. The only module that runs Tesseract:
what is read, with which options and within which deadline is decided here, apart from which
readings are made and which is kept. Its callers call ``tesseract.read_once`` through the module,
so that a test stands in for Tesseract in one place. Every function is top-level and takes plain
values, so a process pool can run it."""

from __future__ import annotations

import functools
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import cv2
import pytesseract
from samarinda_common.errors import DependencyUnavailable

from samarinda_extraction.domain.ocr_tables import Word
from samarinda_extraction.readers.ocr_options import OcrOptions
from samarinda_extraction.readers.page_image import Image

RULE_GLYPHS = "|[]_"
_MIN_CALL_SECONDS = 0.5


@dataclass(frozen=True)
class Reading:
    name: str
    image: Image
    words: list[Word]
    lines: list[list[Word]]
    timed_out: bool = False

    @property
    def mean_confidence(self) -> float:
        return sum(w.confidence for w in self.words) / len(self.words) if self.words else 0.0

    def rewritten(self, change: Callable[[Sequence[Word]], list[Word]]) -> Reading:
        """The reading with ``change`` made to its words and to each of its lines alike."""
        return replace(self, words=change(self.words), lines=[change(line) for line in self.lines])


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


def read_once(gray: Image, name: str, options: OcrOptions) -> Reading:
    """One Tesseract pass over the page exactly as given (words, boxes, confidences)."""
    if options.deadline is not None:
        left = options.deadline - time.monotonic()
        if left < _MIN_CALL_SECONDS:
            return Reading(name, gray, [], [], timed_out=True)
        options = replace(options, timeout_seconds=min(options.timeout_seconds, left))
    with tempfile.TemporaryDirectory(prefix="samarinda-ocr-") as scratch:
        path = os.path.join(scratch, "page.png")
        _write_like_a_scan(path, gray)
        return _read_file(path, gray, name, options)


def _read_file(path: str, gray: Image, name: str, options: OcrOptions) -> Reading:
    try:
        data = pytesseract.image_to_data(
            path,
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
        return Reading(name, gray, [], [], timed_out=True)
    words, lines = _words(data)
    return Reading(name, gray, words, lines)


def _words(data: dict[str, list[object]]) -> tuple[list[Word], list[list[Word]]]:
    """Tesseract's word table as words, and as its lines in reading order."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    words: list[Word] = []
    for i, raw in enumerate(data["text"]):
        # Table rulings come back as "|" glued to or standing between words.
        text = str(raw).strip().strip(RULE_GLYPHS)
        confidence = float(str(data["conf"][i]))
        if not text or confidence < 0:
            continue
        left, top = int(str(data["left"][i])), int(str(data["top"][i]))
        block = int(str(data["block_num"][i]))
        word = Word(
            text=text,
            confidence=confidence,
            x0=left,
            y0=top,
            x1=left + int(str(data["width"][i])),
            y1=top + int(str(data["height"][i])),
            order=len(words),
            block=block,
        )
        key = (block, int(str(data["par_num"][i])), int(str(data["line_num"][i])))
        lines.setdefault(key, []).append(word)
        words.append(word)
    # An empty line between paragraphs keeps the blank line readers (chunking) split on.
    out: list[list[Word]] = []
    previous: tuple[int, int] | None = None
    for (block, paragraph, _), line in lines.items():
        if previous is not None and (block, paragraph) != previous:
            out.append([])
        out.append(line)
        previous = (block, paragraph)
    return words, out


def _write_like_a_scan(path: str, gray: Image) -> None:
    """A PNG without a resolution, fast to write: Tesseract then estimates the resolution from
    the text's size, as it does for a user's scan. (A BMP, pytesseract's cheap path, always
    claims 96 dpi, which Tesseract's page layout trusts: a 300-dpi table page read as 96 dpi
    splits lines; the same claim on a fax joins them.)"""
    if not cv2.imwrite(path, gray, [cv2.IMWRITE_PNG_COMPRESSION, 1]):
        raise OSError(f"cannot write the page image for Tesseract to {path}")
