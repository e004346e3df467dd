"""Deciding whether a PDF page's text layer is real text or must be OCR'd."""

from __future__ import annotations

# A page whose text layer has fewer letters than this is a scan (possibly with a stamp, a page
# number or an invisible OCR layer of a few words); below it, OCR of the rendered page wins.
MIN_TEXT_LAYER_CHARS = 40
# Text layers of broken scans are mostly replacement or private-use characters.
MAX_GARBAGE_RATIO = 0.2


def needs_ocr(text_layer: str, image_coverage: float) -> bool:
    """True when the page should be rendered and OCR'd instead of trusting its text layer.

    ``image_coverage`` is the share of the page area covered by images (0..1): a full-page image
    with a thin text layer is a scan with a stamp or page number on top.
    """
    letters = sum(1 for ch in text_layer if ch.isalnum())
    if letters < MIN_TEXT_LAYER_CHARS:
        return True
    garbage = sum(1 for ch in text_layer if ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff")
    if garbage > MAX_GARBAGE_RATIO * max(letters, 1):
        return True
    return image_coverage > 0.8 and letters < 4 * MIN_TEXT_LAYER_CHARS
