"""Grey stamps dropped from a scan: the black text and the table's thin grey rules stay, and a
blurred scan whose letters are themselves mostly grey is not "unstamped" at all."""

from __future__ import annotations

import cv2
import numpy as np
from samarinda_extraction.readers import page_image

_LINES = ["Pengadaan kursi lipat rapat", "Biaya cetak leaflet warna", "Sewa tenda acara lapangan"]


def _page(text_grey: int, core: int, stroke: int = 1, blur: int = 9) -> np.ndarray:
    """A 300-dpi-like page of text lines; each letter a ``core`` stroke (``stroke`` px) blurred
    ``text_grey`` around (to ``blur`` px)."""
    strokes = np.zeros((1200, 1600), np.uint8)
    for row in range(12):
        text = _LINES[row % len(_LINES)]
        cv2.putText(strokes, text, (100, 120 + row * 80), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 255, stroke)
    halo = np.ones((blur, blur), np.uint8)
    page = np.where(cv2.dilate(strokes, halo) > 0, np.uint8(text_grey), np.uint8(255))
    return np.where(strokes > 0, np.uint8(core), page).astype(np.uint8)


def _stamp(page: np.ndarray) -> np.ndarray:
    stamped = page.copy()
    cv2.circle(stamped, (1200, 600), 180, 150, 12)
    return stamped


def test_a_grey_stamp_over_black_text_is_dropped_and_the_text_stays() -> None:
    page = _stamp(_page(text_grey=30, core=0))
    assert page_image.has_light_marks(page)
    dropped = page_image.drop_light_marks(page)
    assert np.all(dropped[600, 1370:1390] == 255)  # the ring's right side
    assert np.count_nonzero(dropped < 100) == np.count_nonzero(page < 100)


def test_a_thin_grey_rule_stays_when_the_stamp_is_dropped() -> None:
    page = _stamp(_page(text_grey=30, core=0))
    page[1100:1102, 60:1540] = 160  # a row rule the scan left grey
    page[60:1140, 1500:1502] = 160  # a column rule
    dropped = page_image.drop_light_marks(page)
    assert np.all(dropped[1100:1102, 100:1000] == 160)
    assert np.all(dropped[200:1000, 1500:1502] == 160)
    assert np.all(dropped[600, 1370:1390] == 255)


def test_a_blurred_scan_whose_letters_are_mostly_grey_keeps_its_grey() -> None:
    # The letters' thin dark core alone is no readable text: dropping the grey would erase it.
    page = _stamp(_page(text_grey=150, core=60))
    assert not page_image.has_light_marks(page)


def test_a_soft_scan_whose_letters_are_half_grey_keeps_its_grey() -> None:
    # A low-resolution scan: a black core in each letter, but as much grey around it; keeping
    # only the near-black ink would leave broken letters.
    page = _stamp(_page(text_grey=140, core=0, stroke=3, blur=7))
    assert not page_image.has_light_marks(page)
