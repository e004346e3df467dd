"""Leader dots erased from a page image before it is read.

A list with a name on the left and a code or quantity on the right often fills the gap with a
row of dots (``Meja Kerja ........ 40 unit``). The dots are layout, not text, but Tesseract reads
them as words: runs of full stops, and on a fax or a grey scan junk letters (``c cece eee``,
``00eeee``) that also spoil the words on either side. Erased before reading, the row is just a
gap. What is erased is a chain of at least ``_MIN_DOTS`` small marks on one baseline, each close
to the next and with no other ink between them: an ellipsis has three dots, and the dots of a
decimal or a dotted code have digits between them, so both stay.
"""

from __future__ import annotations

import cv2
import numpy as np

Image = np.ndarray

_MIN_DOTS = 6
# A dot is at most this share of the text height tall, and at most this share wide (a fax can
# merge two dots into a short dash) ...
_DOT_HEIGHT = 0.35
_DOT_WIDTH = 0.7
# ... and the next dot of its row starts within this share of the text height ...
_NEXT_DOT = 0.9
# ... at the same height, give or take this share.
_SAME_ROW = 0.2
# Leader dots are far apart for their size; the dashes of a rule broken by a fax's drop-outs
# are not, and stay for the grid finder.
_MAX_INKED = 0.5
# Most steps from a dot to the next are within this share of the usual one.
_PITCH_SLACK = 0.15
_ON_PITCH = 0.8
# No ink between two dots of a row within this share of the text height above or below.
_CLEAR_BAND = 0.6


def text_height(stats: np.ndarray) -> float | None:
    """The page's usual letter height from its ink pieces' stats (None on a page of few letters)."""
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    heights = heights[heights >= 6]
    if len(heights) < 20:
        return None
    return float(np.percentile(heights, 75))


def _evenly_spaced(dots: np.ndarray) -> bool:
    """Whether dots (x0 y0 x1 y1 each, left to right) follow each other at one pitch, a dropped
    dot aside: leaders are typeset, a rule broken by a fax's noise breaks anywhere."""
    steps = np.diff((dots[:, 0] + dots[:, 2]) / 2)
    pitch = float(np.median(steps))
    return float(np.mean(np.abs(steps - pitch) <= _PITCH_SLACK * pitch)) >= _ON_PITCH


def _chains(boxes: np.ndarray, ink: Image, height: float) -> list[list[int]]:
    """Rows of dots (indices into ``boxes``, x0 y0 x1 y1 each) that form a leader."""
    order = np.argsort(boxes[:, 0])
    boxes = boxes[order]
    cy = (boxes[:, 1] + boxes[:, 3]) / 2
    x0 = boxes[:, 0]
    nxt = np.full(len(boxes), -1)
    taken = np.zeros(len(boxes), dtype=bool)
    band = int(_CLEAR_BAND * height)
    for i, right in enumerate(boxes[:, 2].tolist()):
        lo, hi = np.searchsorted(x0, [right + 1, right + _NEXT_DOT * height + 1])
        near = np.nonzero((np.abs(cy[lo:hi] - cy[i]) <= _SAME_ROW * height) & ~taken[lo:hi])[0]
        if not len(near):
            continue
        j = lo + int(near[0])  # sorted by x0: the nearest
        y = int(cy[i])
        between = ink[max(0, y - band) : y + band + 1, right + 1 : x0[j]]
        if between.any():
            continue
        nxt[i] = j
        taken[j] = True
    chains = []
    for start in np.nonzero(~taken)[0]:
        chain = [int(start)]
        while nxt[chain[-1]] >= 0:
            chain.append(int(nxt[chain[-1]]))
        ends = boxes[chain]
        inked = (ends[:, 2] - ends[:, 0] + 1).sum() / (ends[-1, 2] - ends[0, 0] + 1)
        if len(chain) >= _MIN_DOTS and inked <= _MAX_INKED and _evenly_spaced(ends):
            chains.append([int(order[k]) for k in chain])
    return chains


def without_leader_dots(gray: Image) -> tuple[Image, int]:
    """The page with its rows of leader dots painted white, and how many rows there were."""
    ink = (gray < 128).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    height = text_height(stats)
    if height is None:
        return gray, 0
    w = stats[:, cv2.CC_STAT_WIDTH]
    h = stats[:, cv2.CC_STAT_HEIGHT]
    small = (h <= _DOT_HEIGHT * height) & (w <= _DOT_WIDTH * height) & (stats[:, cv2.CC_STAT_AREA] >= 2)
    small[0] = False
    ids = np.nonzero(small)[0]
    if len(ids) < _MIN_DOTS:
        return gray, 0
    x, y = stats[ids, cv2.CC_STAT_LEFT], stats[ids, cv2.CC_STAT_TOP]
    boxes = np.stack([x, y, x + w[ids] - 1, y + h[ids] - 1], axis=1)
    chains = _chains(boxes, ink, height)
    if not chains:
        return gray, 0
    out = gray.copy()
    erased = np.zeros(count, dtype=bool)
    erased[ids[[k for chain in chains for k in chain]]] = True
    out[erased[labels]] = 255
    return out, len(chains)
