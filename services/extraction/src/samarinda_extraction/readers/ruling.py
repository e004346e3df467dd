"""Ruling lines of tables on a page image (OpenCV morphology): each table's row and column edges."""

from __future__ import annotations

import cv2
import numpy as np

from samarinda_extraction.domain.ocr_tables import Grid

Image = np.ndarray


def find_grids(gray: Image) -> tuple[list[Grid], Image]:
    """One :class:`Grid` per ruled table on an upright, deskewed page, and the mask of all the
    ruling lines (255 on a line)."""
    height, width = gray.shape
    ink = cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, max(15, (width // 80) | 1), 15
    )
    horizontal = _long_runs(ink, width // 20, horizontal=True)
    vertical = _long_runs(ink, height // 60, horizontal=False)
    # Close small breaks (fax, JPEG) so that each ruling is one run.
    horizontal = cv2.dilate(horizontal, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 3)))
    vertical = cv2.dilate(vertical, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 15)))
    frame = cv2.bitwise_or(horizontal, vertical)
    count, _, stats, _ = cv2.connectedComponentsWithStats(frame, connectivity=8)
    grids = []
    for label in range(1, count):
        x, y, w, h, _ = stats[label]
        if w < width // 4 or h < height // 30:
            continue
        xs = _edges(vertical[y : y + h, x : x + w].sum(axis=0) / 255, 0.6 * h, x)
        ys = _edges(horizontal[y : y + h, x : x + w].sum(axis=1) / 255, 0.6 * w, y)
        if len(xs) >= 3 and len(ys) >= 3:
            grids.append(Grid(tuple(xs), tuple(ys)))
    return sorted(grids, key=lambda g: g.ys[0]), frame


def _long_runs(ink: Image, length: int, horizontal: bool) -> Image:
    """Straight ink runs at least ``length`` long, also where a fax or a worn ribbon broke the
    line into dashes: pieces a fifth of that long (longer than any stroke of a letter) are
    bridged across gaps up to a third of it, and what is then long enough is kept."""

    def kernel(size: int) -> np.ndarray:
        return cv2.getStructuringElement(cv2.MORPH_RECT, (size, 1) if horizontal else (1, size))

    pieces = cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel(max(length // 5, 15)))
    bridged = cv2.morphologyEx(pieces, cv2.MORPH_CLOSE, kernel(max(length // 3, 3)))
    return cv2.morphologyEx(bridged, cv2.MORPH_OPEN, kernel(length))


def erase_rulings(gray: Image, rulings: Image) -> Image:
    """The page without its table lines: Tesseract's layout analysis reads a ruled table badly
    (whole rows and cells vanish), the words alone it reads well; the cells come from the grid."""
    return np.where(cv2.dilate(rulings, np.ones((3, 3), np.uint8)) > 0, np.uint8(255), gray).astype(np.uint8)


def _edges(profile: np.ndarray, threshold: float, origin: int) -> list[int]:
    """Centres of the runs of the profile that reach the threshold."""
    edges: list[int] = []
    start = None
    for i, on in enumerate(np.append(profile >= threshold, False)):
        if on and start is None:
            start = i
        elif not on and start is not None:
            edges.append(origin + (start + i - 1) // 2)
            start = None
    return edges
