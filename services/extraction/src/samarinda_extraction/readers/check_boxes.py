"""Check boxes erased from a page image before it is read.

A form's options stand each behind a small square to tick (``☐ Segera``, ``☑ Arsip``). The squares
are no text, but Tesseract reads them as letters (``O``, ``Oo``, ``L``, ``[]``, a ticked one as
``M`` or ``vi``) and joins them to the option's first word (``Msegera``). Erased before reading,
the option is read alone. A box is a piece of ink (its tick drawn into it, the piece goes with it)
holding a hollow square about a text line high: a long run of ink along each of its four sides,
ink in its four corners, little ink within, and little ink without (the tick's end). No letter is
such a square (an ``O`` or a ``D`` has round corners, a bold one's inner square a thick stroke
around it, an ``E`` or an ``H`` is open on a side), a table's cells are far larger and a filled
bullet is not hollow.
"""

from __future__ import annotations

import cv2
import numpy as np

from samarinda_extraction.readers.leaders import text_height

Image = np.ndarray

# The square's side is within this many text heights (a box is drawn about a capital's height
# or a little more; its tick can reach out of it).
_SIDE = (0.8, 2.0)
_PIECE = 3.0
# A side of the square is inked over at least this share of its length ...
_SIDE_RUN = 0.85
# ... and the square is this square (its two sides' lengths differ by at most this share).
_SQUARE = 0.2
# Within the square (its sides' strokes aside, this share of its side) at most this share is ink:
# the tick's stroke.
_STROKE = 0.15
_HOLLOW = 0.35
# The strokes erased reach this many text heights past the piece's dark ink.
_EDGE = 0.08
# Ink of the piece outside the square is at most this share of the square's: a tick's end.
_OUTSIDE = 0.25


def _longest_runs(mask: np.ndarray) -> np.ndarray:
    """The longest run of ink in each row of ``mask``."""
    padded = np.pad(mask.astype(np.int8), ((0, 0), (1, 1)))
    steps = np.diff(padded, axis=1)
    longest = np.zeros(mask.shape[0], dtype=int)
    for row in range(mask.shape[0]):
        starts = np.nonzero(steps[row] == 1)[0]
        ends = np.nonzero(steps[row] == -1)[0]
        if len(starts):
            longest[row] = int((ends - starts).max())
    return longest


def is_check_box(mask: np.ndarray, height: float) -> bool:
    """Whether a piece of ink (``mask``, its bounding box) holds a hollow square about
    ``height`` high (see the module)."""
    shortest = _SIDE[0] * height
    # Cheaply first: a square has two rows and two columns with as much ink at least.
    if (mask.sum(axis=1) >= shortest).sum() < 2 or (mask.sum(axis=0) >= shortest).sum() < 2:
        return False
    rows = np.nonzero(_longest_runs(mask) >= shortest)[0]
    columns = np.nonzero(_longest_runs(mask.T) >= shortest)[0]
    if len(rows) < 2 or len(columns) < 2:
        return False
    top, bottom, left, right = int(rows[0]), int(rows[-1]), int(columns[0]), int(columns[-1])
    tall, wide = bottom - top + 1, right - left + 1
    if not (_SIDE[0] * height <= min(tall, wide) and max(tall, wide) <= _SIDE[1] * height):
        return False
    if abs(tall - wide) > _SQUARE * max(tall, wide):
        return False
    square = mask[top : bottom + 1, left : right + 1]
    if mask.sum() - square.sum() > _OUTSIDE * square.sum():
        return False
    sides = (square[0], square[-1], square[:, 0], square[:, -1])
    if any(side.sum() < _SIDE_RUN * len(side) for side in sides):
        return False
    inset = max(1, round(_STROKE * min(tall, wide)))
    ends = (slice(None, inset), slice(-inset, None))
    if not all(square[across, down].any() for across in ends for down in ends):
        return False
    inside = square[inset:-inset, inset:-inset]
    return inside.size > 0 and float(inside.mean()) <= _HOLLOW


def without_check_boxes(gray: Image) -> tuple[Image, int]:
    """The page with its check boxes (and their ticks) painted white, and how many there were."""
    ink = (gray < 128).astype(np.uint8)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    height = text_height(stats)
    if height is None:
        return gray, 0
    w = stats[:, cv2.CC_STAT_WIDTH]
    h = stats[:, cv2.CC_STAT_HEIGHT]
    sized = (np.minimum(w, h) >= _SIDE[0] * height) & (np.maximum(w, h) <= _PIECE * height)
    sized[0] = False
    grow = max(1, round(_EDGE * height))
    kernel = np.ones((2 * grow + 1, 2 * grow + 1), np.uint8)
    out = gray
    found = 0
    for label in np.nonzero(sized)[0]:
        x, y = stats[label, cv2.CC_STAT_LEFT], stats[label, cv2.CC_STAT_TOP]
        piece = labels[y : y + h[label], x : x + w[label]] == label
        if not is_check_box(piece, height):
            continue
        if found == 0:
            out = gray.copy()
        found += 1
        # The grey edge of a stroke (anti-aliasing, a JPEG's ringing, a photo's blur) goes with
        # it: the darker half of a blurred stroke is all the piece holds.
        x0, y0 = max(0, x - grow), max(0, y - grow)
        window = labels[y0 : y + h[label] + grow, x0 : x + w[label] + grow] == label
        grown = cv2.dilate(window.astype(np.uint8), kernel).astype(bool)
        out[y0 : y + h[label] + grow, x0 : x + w[label] + grow][grown] = 255
    return out, found
