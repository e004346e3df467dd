"""Small parts of a page (weak cells, skipped ink, number words, unsure marks) read again, many in
one Tesseract call: the crops are laid out on one strip, read, and their words put back in page
coordinates. Apart from the page's reading because it decides only how crops are laid out and
read, not which are read again nor what is made of the second reading."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from samarinda_extraction.domain.ocr_tables import Box, Word
from samarinda_extraction.readers import tesseract
from samarinda_extraction.readers.ocr_options import OcrOptions
from samarinda_extraction.readers.page_image import Image

# Weak cells of a wide grid beyond its first ones are read this many side by side in a call of
# their own (see ``ocr_result``).
_CELLS_PER_LINE = 8
_MAX_STRIP_SIDE = 30000


def read_crops(
    image: Image,
    boxes: Sequence[Box],
    options: OcrOptions,
    languages: str | None = None,
    per_line: int = 1,
) -> list[list[Word]]:
    """The words in each box of the page, in page coordinates, read by ``languages`` (by default
    the page's languages with English first). The crops are laid out ``per_line`` side by side,
    wide apart, line under line, and read in one Tesseract call: a call per crop would load the
    language models each time (a few tenths of a second), and a strip of many short lines takes
    longer than one of fewer, fuller lines."""
    crops = [image[int(b.y0) : int(b.y1), int(b.x0) : int(b.x1)] for b in boxes]
    crops = [c for c in crops if c.size]
    if not crops or len(crops) != len(boxes):
        return [[] for _ in boxes]
    gap = max(20, max(c.shape[0] for c in crops) // 2)
    # Crops side by side stand a gap wider than any space between words apart (psm 6 reads
    # each line of the strip as one line of text; the words are then sorted back by position).
    apart = 4 * gap if per_line > 1 else gap
    slot_width = max(c.shape[1] for c in crops) + apart
    lines = [crops[i : i + per_line] for i in range(0, len(crops), per_line)]
    line_heights = [max(c.shape[0] for c in line) for line in lines]
    # Tesseract refuses an image more than 32767 px high (or wide): the crops that would not fit
    # are left unread (a word's or cell's first reading stays).
    fit, total = 0, gap
    for line, line_height in zip(lines, line_heights, strict=True):
        total += line_height + gap
        if total > _MAX_STRIP_SIDE or len(line) * slot_width + apart > _MAX_STRIP_SIDE:
            break
        fit += 1
    lines, line_heights = lines[:fit], line_heights[:fit]
    if not lines:
        return [[] for _ in boxes]
    strip = np.full(
        (sum(line_heights) + gap * (len(line_heights) + 1), min(per_line, len(crops)) * slot_width + apart),
        255,
        np.uint8,
    )
    corners = []
    top = gap
    for line, line_height in zip(lines, line_heights, strict=True):
        for column, crop in enumerate(line):
            left = apart + column * slot_width
            strip[top : top + crop.shape[0], left : left + crop.shape[1]] = crop
            corners.append((top, left))
        top += line_height + gap
    timeout = min(options.crops_timeout_seconds, options.timeout_seconds)
    crops_options = replace(
        options,
        languages=languages or _english_first(options.languages),
        tesseract_config="--psm 6",
        timeout_seconds=timeout,
    )
    again = tesseract.read_once(strip, "crops", crops_options)
    out: list[list[Word]] = [[] for _ in boxes]
    for word in again.words:
        for index, ((top, left), crop, box) in enumerate(zip(corners, crops, boxes, strict=False)):
            inside_line = top - gap / 2 <= word.cy < top + crop.shape[0] + gap / 2
            if inside_line and left - apart / 2 <= word.cx < left + crop.shape[1] + apart / 2:
                dx, dy = int(box.x0) - left, int(box.y0) - top
                out[index].append(
                    replace(
                        word, x0=word.x0 + dx, x1=word.x1 + dx, y0=word.y0 + dy, y1=word.y1 + dy, block=-1
                    )
                )
                break
    return out


def cells_read_again(image: Image, cells: Sequence[Box], options: OcrOptions) -> list[list[Word]]:
    """The words in each weak cell, the cells read side by side (as many as fit the strip's width):
    a wide grid's many short cells (a day's one-letter code) one under the other would make a strip
    taller than Tesseract reads. (Side by side, a wrapped cell's lines may run into those of the
    cells beside it: the first cells of a table are read one under the other.)"""
    widest = max(b.x1 - b.x0 for b in cells)
    per_line = max(1, min(_CELLS_PER_LINE, int(_MAX_STRIP_SIDE // (2 * widest))))
    return read_crops(image, cells, options, None, per_line)


def digits_model(options: OcrOptions) -> str:
    return "eng" if "eng" in options.languages.split("+") else options.languages


def _english_first(languages: str) -> str:
    """The languages with English first, for crops (lone values, symbols, weak cells): the
    Indonesian model reads a lone "%" as "Yo" at 90+ confidence, the English one as "%"."""
    names = languages.split("+")
    return "+".join(["eng", *(n for n in names if n != "eng")]) if "eng" in names else languages
