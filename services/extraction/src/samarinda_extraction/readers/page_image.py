"""Cheap looks at a page image before OCR: which way up it is, how skewed, how lit, how sharp.

Each look works on a ~1000-pixel-wide copy and costs milliseconds, so that the expensive things
(a second Tesseract pass, orientation detection by Tesseract) happen only when a look says so.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

Image = np.ndarray

_LOOK_WIDTH = 1000
_MAX_SKEW = 8.0
# Below this width a portrait page is too coarse for Tesseract (x-height under ~20 px): enlarge.
MIN_PAGE_WIDTH = 2000


def to_gray(image: Image) -> Image:
    if image.ndim == 2:
        return image
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_RGBA2GRAY)
    if image.shape[2] == 1:
        return np.ascontiguousarray(image[:, :, 0])
    return cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)


def ink_mask(gray: Image, width: int = _LOOK_WIDTH, long_side: int | None = None) -> Image:
    """A small binary copy (``width`` wide, or ``long_side`` on its longer side): ink is 255."""
    scale = min(1.0, long_side / max(gray.shape[:2]) if long_side else width / gray.shape[1])
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    # Local, not global, thresholding: a photo's shadowed corner is not ink.
    return cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 20)


def _profile_sharpness(ys: np.ndarray, xs: np.ndarray, angle: float, offset: float) -> float:
    theta = np.deg2rad(angle)
    rows = np.round(ys * np.cos(theta) - xs * np.sin(theta) + offset).astype(np.int64)
    profile = np.bincount(rows).astype(np.float64)
    return float(np.sum(np.diff(profile) ** 2))


def _ink_coordinates(ink: Image) -> tuple[np.ndarray, np.ndarray, float] | None:
    ys, xs = np.nonzero(ink)
    if len(ys) < 0.001 * ink.size:
        return None
    return (
        ys.astype(np.float64) - ink.shape[0] / 2,
        xs.astype(np.float64) - ink.shape[1] / 2,
        float(np.hypot(*ink.shape)),
    )


# The band along the image's edges, as a share of its shorter side, that holds no page text.
_BORDER = 0.02


def _without_border(ink: Image) -> Image:
    """The ink mask without the band along the image's edges: there lie the scanner's or the
    camera's marks, not the page's lines (the edge of a shadow, a feeder's dark edge, the border
    of a page rotated within its image). Such a mark is level with the image, not with the text,
    and speckled by the threshold it survives the removal of level runs: one across the width
    holds a sharper row profile at 0 degrees than a page of text at its true skew."""
    margin = round(_BORDER * min(ink.shape[:2]))
    inner = np.zeros_like(ink)
    inner[margin:-margin, margin:-margin] = ink[margin:-margin, margin:-margin]
    return inner


def estimate_skew(gray: Image) -> float:
    """Skew in degrees (counter-clockwise positive, cv2's convention for the correcting rotation):
    the angle at which the ink's row profile is sharpest, i.e. text lines fall on fewest rows."""
    ink = _without_border(ink_mask(gray))
    # Perfectly level runs across a good part of the page are no skewed text or rules: a fax's
    # streaks (dirt on the glass, a lost scan line) would hold the sharpest profile at 0 degrees.
    ink = cv2.subtract(ink, cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, ink.shape[1] // 4), np.uint8)))
    coordinates = _ink_coordinates(ink)
    if coordinates is None:
        return 0.0
    ys, xs, offset = coordinates

    def sharpness(angle: float) -> float:
        return _profile_sharpness(ys, xs, angle, offset)

    coarse = max(np.arange(-_MAX_SKEW, _MAX_SKEW + 0.01, 0.5), key=sharpness)
    fine = max(np.arange(coarse - 0.4, coarse + 0.41, 0.1), key=sharpness)
    return round(float(fine), 2)


def lines_run_vertically(gray: Image) -> bool:
    """True when the text lines run top to bottom (the page lies on its side): the column
    profile, at its best small angle, is much sharper than the row profile at its best."""
    ink = ink_mask(gray, long_side=1000)  # the same pixels whichever way the page lies
    # Without the rules of tables: a grid's column rules would give the column profile sharp
    # peaks of their own (a page with a wide table looked sideways).
    ink = cv2.subtract(ink, _rules(ink, 30))
    coordinates = _ink_coordinates(ink)
    if coordinates is None:
        return False
    ys, xs, offset = coordinates
    angles = np.arange(-_MAX_SKEW, _MAX_SKEW + 0.01, 1.0)
    rows = max(_profile_sharpness(ys, xs, a, offset) for a in angles)
    cols = max(_profile_sharpness(xs, ys, a, offset) for a in angles)
    return cols > 1.2 * rows


def _rules(ink: Image, length: int) -> Image:
    """Straight horizontal and vertical ink runs at least ``length`` long (longer than any
    stroke of a letter at the looks' scale)."""
    across = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, length), np.uint8))
    down = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((length, 1), np.uint8))
    return cv2.dilate(cv2.bitwise_or(across, down), np.ones((3, 3), np.uint8))


def upside_down_votes(gray: Image) -> float:
    """Evidence that upright horizontal text is upside down, from -1 (upright) to 1.

    Latin text has more ascenders and capitals above the x-height band than descenders below
    the baseline; turned over, the excess moves below. Counted line by line on the ink profile,
    without the rules of tables: a rule beside a line of text (a photo's slanting rule, a fax's
    dashes) counts as its ascenders or descenders, and the column rules join a table's lines
    into one band that says nothing. (With them, upright table photos of our own set voted up
    to 1.0; without, all -0.27 or lower.)
    """
    ink = ink_mask(gray, 1400)
    ink = cv2.subtract(ink, _rules(ink, 40))
    profile = ink.sum(axis=1).astype(np.float64)
    if profile.max() <= 0:
        return 0.0
    has_ink = profile > 0.02 * profile.max()
    above = below = 0.0
    start = None
    for y, inked in enumerate(np.append(has_ink, False)):
        if inked and start is None:
            start = y
        elif not inked and start is not None:
            band = profile[start:y]
            start = None
            if not 8 <= len(band) <= 80:
                continue  # ruling lines, pictures
            core = np.nonzero(band >= 0.5 * band.max())[0]
            top, bottom = core[0], core[-1]
            above += band[:top].sum()
            below += band[bottom + 1 :].sum()
    total = above + below
    return 0.0 if total == 0 else float((below - above) / total)


def background_is_uneven(gray: Image) -> bool:
    """Photos under a lamp: the paper's brightness varies by more than a fifth across the page."""
    small = cv2.resize(gray, (64, 90), interpolation=cv2.INTER_AREA)
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((7, 7), np.uint8))
    low, high = np.percentile(paper, [5, 95])
    return bool(high > 0 and (high - low) / high > 0.2)


def flatten_illumination(gray: Image) -> Image:
    """Divide by the page background so shadows and uneven lighting of photos disappear."""
    kernel_size = max(15, (min(gray.shape) // 60) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (kernel_size, kernel_size))
    background = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, kernel)
    return cv2.divide(gray, background, scale=255)


def rotate(gray: Image, angle: float, border: int = 255) -> Image:
    height, width = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(
        gray,
        matrix,
        (width, height),
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=border,
    )


def turn(gray: Image, clockwise_degrees: int) -> Image:
    """Lossless quarter turns."""
    return np.ascontiguousarray(np.rot90(gray, k=-(clockwise_degrees // 90) % 4))


def enlarge_if_coarse(gray: Image) -> tuple[Image, float]:
    """Low-resolution pages (150 dpi, fax) enlarged so glyphs reach Tesseract's preferred size."""
    short_side = min(gray.shape[:2])
    if short_side >= MIN_PAGE_WIDTH * 0.7:
        return gray, 1.0
    factor = MIN_PAGE_WIDTH / short_side
    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC), factor


def png_preview(gray: Image, long_side: int = 1600) -> tuple[bytes, int, int]:
    """The page as a PNG small enough for a browser; (bytes, width, height)."""
    scale = min(1.0, long_side / max(gray.shape[:2]))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    ok, encoded = cv2.imencode(".png", small, [cv2.IMWRITE_PNG_COMPRESSION, 3])
    if not ok:  # pragma: no cover - cv2 encodes any 8-bit gray array
        raise ValueError("page image could not be encoded")
    return encoded.tobytes(), int(small.shape[1]), int(small.shape[0])


def text_line_count(gray: Image) -> int:
    """Text lines an upright page shows (ink bands of text height on the row profile)."""
    ink = ink_mask(gray, 1400)
    profile = ink.sum(axis=1).astype(np.float64)
    if profile.max() <= 0:
        return 0
    has_ink = profile > 0.02 * profile.max()
    count, start = 0, None
    for y, inked in enumerate(np.append(has_ink, False)):
        if inked and start is None:
            start = y
        elif not inked and start is not None:
            count += 8 <= y - start <= 80
            start = None
    return count


@dataclass(frozen=True)
class Sheet:
    """A photographed sheet: its corners (clockwise from the top-left) and the points of its
    outline, both in image coordinates; the outline shows whether the sheet's edges bow."""

    quad: np.ndarray
    outline: np.ndarray


def page_quad(gray: Image) -> np.ndarray | None:
    """The four corners of a photographed sheet lying on a darker background, or None when the
    page fills the image (a scan) or no clear quadrilateral stands out."""
    sheet = find_sheet(gray)
    return None if sheet is None else sheet.quad


def find_sheet(gray: Image) -> Sheet | None:
    """The photographed sheet lying on a darker background (see :func:`page_quad`)."""
    scale = 500 / max(gray.shape[:2])
    small = cv2.GaussianBlur(
        cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA), (5, 5), 0
    )
    # The sheet's edge, not its brightness: a lamp lights one end of the page more than the other.
    # A textured surface (wood grain, a patterned cloth) has edges too; the sheet's outline is
    # then found as the brightest large region instead.
    edges = cv2.dilate(cv2.Canny(small, 30, 90), np.ones((3, 3), np.uint8))
    for mask, by_brightness in ((edges, False), (_bright_region(small), True)):
        found = _sheet_outline(small, mask)
        # The bright part of a page lit from one side, cut off by the image's edge, is no sheet:
        # a sheet found by its brightness lies wholly inside the photo.
        if found is not None and not (by_brightness and _touches_border(found[0], small.shape)):
            quad, outline = found
            return Sheet(_clockwise_from_top_left(quad / scale), outline.astype(np.float32) / scale)
    return None


def _bright_region(small: Image) -> Image:
    """The paper as a mask: brighter than the surface around it, measured against a heavily
    blurred copy so that a shadow across the sheet does not cut it in two."""
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # Text and rulings are holes in the paper: closed; the surface's speckles: opened away.
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    return cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((7, 7), np.uint8))


def _sheet_outline(small: Image, mask: Image) -> tuple[np.ndarray, np.ndarray] | None:
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return None
    outline = max(contours, key=cv2.contourArea)
    sheet = cv2.convexHull(outline)
    area = cv2.contourArea(sheet) / (small.shape[0] * small.shape[1])
    if not 0.3 < area < 0.97:
        return None
    # A bowed or curled sheet has rounded edges: the tolerance grows until four corners remain.
    for tolerance in (0.02, 0.03, 0.045):
        quad = cv2.approxPolyDP(sheet, tolerance * cv2.arcLength(sheet, True), True)
        if len(quad) <= 4:
            break
    if len(quad) != 4 or not cv2.isContourConvex(quad) or not _darker_outside(small, quad):
        return None
    if cv2.contourArea(quad) < 0.9 * cv2.contourArea(sheet) or not _mostly_paper(small, quad):
        return None  # four corners that cut off part of the sheet, or that take in the desk
    return quad.reshape(4, 2).astype(np.float32), outline.reshape(-1, 2)


def _touches_border(quad: np.ndarray, shape: tuple[int, ...]) -> bool:
    height, width = shape[:2]
    margin = 0.02 * max(height, width)
    xs, ys = quad[:, 0], quad[:, 1]
    return bool(
        xs.min() < margin
        or ys.min() < margin
        or xs.max() > width - 1 - margin
        or ys.max() > height - 1 - margin
    )


def _mostly_paper(small: Image, quad: np.ndarray) -> bool:
    """All along its edges the quadrilateral is brighter just inside than just outside (paper on
    a darker surface), compared point by point so that a lamp lighting one end of the sheet
    more than the other does not matter; a quadrilateral that took in part of the desk (wood
    grain joined to the sheet's edge), or reaches the image's edge, is not."""
    corners = quad.reshape(-1, 2).astype(np.float64)
    centre = corners.mean(axis=0)
    height, width = small.shape[:2]
    brighter = total = 0
    for a, b in zip(corners, np.roll(corners, -1, axis=0), strict=True):
        direction = (b - a) / max(float(np.linalg.norm(b - a)), 1e-6)
        normal = np.array([direction[1], -direction[0]])
        if np.dot(normal, (a + b) / 2 - centre) < 0:
            normal = -normal  # pointing out of the sheet
        for share in np.linspace(0.1, 0.9, 25):
            point = a + share * (b - a)
            inner, outer = np.round(point - 4 * normal).astype(int), np.round(point + 4 * normal).astype(int)
            total += 1
            if (
                0 <= outer[0] < width
                and 0 <= outer[1] < height
                and 0 <= inner[0] < width
                and 0 <= inner[1] < height
            ):
                brighter += int(small[inner[1], inner[0]]) > int(small[outer[1], outer[0]]) + 12
    return brighter >= 0.6 * total


def _darker_outside(small: Image, quad: np.ndarray) -> bool:
    """A sheet photographed on a table or held in hand has a darker surround; the frame of a
    large table on a scanned page has white paper around it (cropping to it would lose text)."""
    inside = np.zeros(small.shape, np.uint8)
    cv2.fillConvexPoly(inside, quad.reshape(-1, 2), 255)
    outside = cv2.bitwise_not(inside)
    if cv2.countNonZero(outside) < 0.01 * small.size:
        return False
    return bool(np.median(small[outside > 0]) < np.median(small[inside > 0]) - 25)


def _clockwise_from_top_left(points: np.ndarray) -> np.ndarray:
    total = points.sum(axis=1)
    diff = np.diff(points, axis=1).ravel()
    return np.array(
        [
            points[np.argmin(total)],
            points[np.argmin(diff)],
            points[np.argmax(total)],
            points[np.argmax(diff)],
        ],
        dtype=np.float32,
    )


def quad_tilt(quad: np.ndarray) -> float:
    """How far (degrees) the edges of a sheet's quadrilateral lean from the image's axes, at most."""
    worst = 0.0
    for index in range(4):
        dx, dy = quad[(index + 1) % 4] - quad[index]
        angle = abs(np.degrees(np.arctan2(dy, dx))) % 90
        worst = max(worst, min(angle, 90 - angle))
    return float(worst)


def flatten_sheet(gray: Image, quad: np.ndarray, outline: np.ndarray | None = None,
                  min_width: int = MIN_PAGE_WIDTH) -> Image:  # fmt: skip
    """The photographed sheet warped back to a rectangle, at least ``min_width`` wide: a photo
    gives the sheet fewer pixels than a 300-dpi scan, and enlarging within the one warp costs
    a single interpolation. With the sheet's ``outline``, a sheet whose top and bottom edges bow
    (a page lifted at its fold, a curled sheet) is straightened too: each column of the page is
    stretched between the bowed top and bottom edges, which the lines of text in between follow."""
    top_left, top_right, bottom_right, bottom_left = quad
    across = float(max(np.linalg.norm(top_right - top_left), np.linalg.norm(bottom_right - bottom_left)))
    down = float(max(np.linalg.norm(bottom_left - top_left), np.linalg.norm(bottom_right - top_right)))
    factor = max(1.0, min_width / min(across, down))
    width, height = int(across * factor), int(down * factor)
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(quad, target)
    bows = (
        None
        if outline is None
        else edge_bows(cv2.perspectiveTransform(outline[None], matrix)[0], width, height)
    )
    if bows is None:
        return cv2.warpPerspective(gray, matrix, (width, height), flags=cv2.INTER_CUBIC, borderValue=255)
    top, bottom = bows
    # Where each pixel of the flat page comes from: its column's point between the two bowed
    # edges on the perspective-corrected sheet, taken back into the photo. One interpolation.
    share = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    ys = (1 - share) * top[None, :] + share * bottom[None, :]
    xs = np.broadcast_to(np.arange(width, dtype=np.float32)[None, :], ys.shape)
    points = cv2.perspectiveTransform(np.stack([xs, ys], axis=-1).reshape(1, -1, 2), np.linalg.inv(matrix))
    maps = points.reshape(height, width, 2)
    return cv2.remap(gray, maps[..., 0], maps[..., 1], cv2.INTER_CUBIC, borderValue=255)


# Bowing smaller than this share of the page height is left alone (the outline's own noise).
_MIN_BOW = 0.004


def edge_bows(points: np.ndarray, width: int, height: int) -> tuple[np.ndarray, np.ndarray] | None:
    """The sheet's top and bottom edges as y per column of the perspective-corrected sheet
    (``points``: its outline there), or None when both are straight. Each edge is a cubic fitted
    to the outline points near it, away from the corners (rounded by the outline's blur)."""
    x, y = points[:, 0], points[:, 1]
    inner = (x > 0.08 * width) & (x < 0.92 * width)
    columns = np.arange(width, dtype=np.float64)
    fitted = []
    for near, edge in ((y < 0.12 * height, 0.0), (y > 0.88 * height, height - 1.0)):
        chosen = inner & near
        if np.count_nonzero(chosen) < 20:
            return None
        curve = np.polyval(np.polyfit(x[chosen], y[chosen], 3), columns)
        # The corners stay where the quadrilateral put them: only the bow in between moves.
        curve -= np.interp(columns, [0, width - 1], [curve[0] - edge, curve[-1] - edge])
        fitted.append(curve.astype(np.float32))
    top, bottom = fitted
    if max(np.abs(top).max(), np.abs(bottom - (height - 1)).max()) < _MIN_BOW * height:
        return None
    return top, bottom


# Of the ink of a page's letters, at least this share is near-black when its text is black: three
# fifths or more on a print or a sharp scan (a stamp's own grey letters included); a third to
# under a half on a blurred or low-resolution scan, whose thin letters are grey around a dark core
# and fall apart into fragments when their grey is dropped.
_MIN_BLACK_IN_LETTERS = 0.55


def has_light_marks(gray: Image) -> bool:
    """Stamps and coloured ink over black text: broad strokes of mid-grey (the anti-aliased
    edges of black glyphs are mid-grey too, but never five pixels thick)."""
    mid = cv2.inRange(gray, 100, 180)
    broad = cv2.morphologyEx(mid, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    return bool(
        np.count_nonzero(broad) > 0.0005 * gray.size
        and np.count_nonzero(gray < 90) > 0.002 * gray.size
        and _black_share_in_letters(gray) >= _MIN_BLACK_IN_LETTERS
    )


def _black_share_in_letters(gray: Image) -> float:
    """The share of the letters' ink (letter-sized blobs darker than light grey) that is near-black."""
    _, labels, stats, _ = cv2.connectedComponentsWithStats((gray < 180).astype(np.uint8), connectivity=8)
    widths, heights, areas = stats[:, 2], stats[:, 3], stats[:, 4]
    letters = (heights >= 8) & (heights < 80) & (widths < 80) & (areas >= 20)
    letters[0] = False  # the paper
    in_letters = letters[labels]
    inked = int(np.count_nonzero(in_letters))
    return int(np.count_nonzero(in_letters & (gray <= 100))) / max(1, inked)


# A table's rule runs straight (the page is deskewed by then) for this share of the page's
# shorter side at least, and is thinner than this (px): a stamp's strokes are broad or curved.
_RULE_RUN = 1 / 20
_RULE_THICKNESS = 6


def drop_light_marks(gray: Image) -> Image:
    """Only the near-black ink stays, and a table's rules; grey stamps and coloured marks become
    paper. A scanned table's thin rules are grey (the scan blurs a hairline): dropped, the
    rows' and columns' edges go with them and no table is found on the page."""
    return np.where((gray > 100) & ~_thin_rules(gray), np.uint8(255), gray).astype(np.uint8)


def _thin_rules(gray: Image) -> np.ndarray:
    """Where long, thin, straight horizontal or vertical lines of ink lie (True there)."""
    ink = (gray < 200).astype(np.uint8)
    length = max(15, int(_RULE_RUN * min(gray.shape[:2])))
    rules = np.zeros(gray.shape[:2], bool)
    near = np.ones((2 * _RULE_THICKNESS + 1, 2 * _RULE_THICKNESS + 1), np.uint8)
    for run, broad in (((length, 1), (length, _RULE_THICKNESS)), ((1, length), (_RULE_THICKNESS, length))):
        lines = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, run))
        bands = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, broad))
        # with the blurred edges of a broad stroke, which run on straight as far as it does
        rules |= (lines > 0) & (cv2.dilate(bands, near) == 0)
    return rules


def is_bilevel(gray: Image) -> bool:
    """A fax or a 1-bit scan: its ink has no grey edges. (Measured on the ink, not the page: a
    clean anti-aliased page is mostly white too, but a good part of its ink pixels are grey.)"""
    small = gray[::2, ::2]
    black = np.count_nonzero(small <= 10)
    grey = np.count_nonzero((small > 10) & (small < 245))
    return bool(black > 0.001 * small.size and grey < 0.05 * (black + grey))


# A letter of Latin text is taller than wide (median height / width about 1.3-2 over a page);
# on a fax stored at its standard resolution, each pixel twice as tall as wide, about 0.7-0.9.
_SQUASHED_GLYPHS = 1.1


def squashed_rows(gray: Image) -> bool:
    """A bilevel page whose glyphs are about half as tall as they should be: a standard-resolution
    fax (200x100 dpi) stored pixel for pixel, without its resolution saying so. Judged on the
    letter-sized specks of ink; dashes of broken rules (flat), rule pieces (tall) and dither dots
    (tiny) left out. A page lying on its side has flat letters too: its lines run vertically."""
    _, _, stats, _ = cv2.connectedComponentsWithStats((gray < 128).astype(np.uint8), connectivity=8)
    widths, heights, areas = stats[1:, 2], stats[1:, 3], stats[1:, 4]
    ratios = heights / np.maximum(widths, 1)
    letters = (heights >= 3) & (heights < 60) & (widths < 60) & (areas >= 12) & (ratios > 0.33) & (ratios < 4)
    if np.count_nonzero(letters) < 100:
        return False
    typical = np.median(heights[letters])
    sized = letters & (heights >= 0.5 * typical) & (heights <= 2 * typical)
    return bool(np.median(ratios[sized]) < _SQUASHED_GLYPHS) and not lines_run_vertically(gray)


def unsquash(gray: Image, factor: float = 2.0) -> Image:
    """Each scan line repeated, as a fax machine prints a standard-resolution page."""
    return cv2.resize(gray, (gray.shape[1], round(gray.shape[0] * factor)), interpolation=cv2.INTER_NEAREST)


def smooth_bilevel(gray: Image) -> tuple[Image, float]:
    """A bilevel page as a grey one, enlarged so that its short side reaches ~2400 px (at most
    twice): Tesseract's recogniser was trained on anti-aliased text, and a fax's 98-dpi rows
    give it jagged glyphs; a slight blur before cubic enlarging restores the edge gradients."""
    soft = cv2.GaussianBlur(gray, (3, 3), 0.8)
    factor = min(2.0, 2400 / min(gray.shape[:2]))
    if factor <= 1.05:
        return soft, 1.0
    return cv2.resize(soft, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC), factor


# Ink blobs of at most this many pixels are specks (a full stop or an i's dot is larger at OCR
# resolution); a page where they make this share of all blobs, and at least this many, is peppered.
_SPECK_AREA = 6
_PEPPERED_SHARE = 0.4
_MIN_PEPPER = 500


def peppered(gray: Image) -> bool:
    """Whether a grey page is strewn with specks of noise (a scanner's salt-and-pepper, dust on
    the glass): most of its blobs of ink are specks, which Tesseract reads as stray marks and
    which break the letters they touch into junk words."""
    _, _, stats, _ = cv2.connectedComponentsWithStats((gray < 128).astype(np.uint8), connectivity=8)
    areas = stats[1:, cv2.CC_STAT_AREA]
    specks = int(np.sum(areas <= _SPECK_AREA))
    return specks >= _MIN_PEPPER and specks >= _PEPPERED_SHARE * len(areas)


def unpepper(gray: Image) -> Image:
    """A grey page without its specks: a 3×3 median keeps strokes a few pixels wide and drops
    dots narrower than that."""
    return cv2.medianBlur(gray, 3)


# A streak is ink in at least this share of a page's rows, in a column at most this many pixels
# wide, reaching the page's top and bottom edges (within this share of the height each): a
# table's rule, even on a page filled by a landscape table, stops short of them.
_STREAK_INK = 0.2
_STREAK_WIDTH = 2
_STREAK_MARGIN = 0.01


def without_streaks(gray: Image) -> tuple[Image, int]:
    """A bilevel page without the thin vertical streaks a dirty fax or scanner head draws down
    its whole height (a dotted or solid line a pixel or two wide, margins included); returns the
    page and how many streaks were removed. Tesseract reads a streak's dashes as marks in the
    gutter between a table's columns, which then no longer part its cells. A table's ruling
    stops at the table; only where the streak crosses no wider ink (a letter's stroke) is it
    erased."""
    ink = gray < 128
    height, width = ink.shape
    margin = max(1, int(_STREAK_MARGIN * height))
    share = ink.mean(axis=0)
    beside = np.zeros_like(share)
    # The columns just beyond a streak of the widest kind hold far less ink than the streak.
    reach = _STREAK_WIDTH + 1
    beside[reach:-reach] = np.maximum(share[: -2 * reach], share[2 * reach :])
    candidates = (
        (share >= _STREAK_INK) & (beside < 0.5 * share) & ink[:margin].any(axis=0) & ink[-margin:].any(axis=0)
    )
    xs = np.nonzero(candidates)[0]
    if len(xs) == 0:
        return gray, 0
    out = gray.copy()
    streaks = 0
    for group in np.split(xs, np.nonzero(np.diff(xs) > 1)[0] + 1):
        x0, x1 = int(group[0]), int(group[-1]) + 1
        if x1 - x0 > _STREAK_WIDTH or x0 == 0 or x1 >= width:
            continue
        alone = ~ink[:, x0 - 1] & ~ink[:, x1]
        out[alone, x0:x1] = 255
        streaks += 1
    return out, streaks


# A dot of at most this many pixels with no other ink this near is a speck too: a full stop or
# a colon's dot that small stands by the letters or digits of its word.
_LONE_SPECK_AREA = 4
_LONE_SPECK_REACH = 5


def despeckle(gray: Image, max_area: int = 3) -> tuple[Image, int]:
    """A bilevel page without its specks (isolated dots of a few pixels: line noise of a fax);
    returns the page and how many were removed. A full stop at fax resolution is larger, or
    stands next to its word's glyphs where it is not."""
    ink = (gray < 128).astype(np.uint8)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    areas = stats[:, cv2.CC_STAT_AREA]
    side = 2 * _LONE_SPECK_REACH + 1
    near_glyphs = cv2.dilate(
        (areas[labels] > _LONE_SPECK_AREA).astype(np.uint8) & ink,
        cv2.getStructuringElement(cv2.MORPH_RECT, (side, side)),
    )
    touching = np.unique(labels[(near_glyphs > 0) & (ink > 0)])
    lone = np.ones(len(areas), bool)
    lone[touching] = False
    specks = np.nonzero((areas <= max_area) | ((areas <= _LONE_SPECK_AREA) & lone))[0]
    specks = specks[specks > 0]
    if len(specks) == 0:
        return gray, 0
    out = gray.copy()
    out[np.isin(labels, specks)] = 255
    return out, len(specks)


def word_blobs(gray: Image, text_height: float) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) of the ink that looks like words of about ``text_height``: letters
    joined across small gaps, rulings and pictures (too tall or too flat) left out. Looked for
    on a copy where text is ~16 px high (milliseconds)."""
    scale = min(1.0, 16 / max(text_height, 1.0))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    height = text_height * scale
    ink = cv2.adaptiveThreshold(
        small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, max(15, int(2 * height) | 1), 20
    )
    joined = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(height / 3)), 1)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    boxes = []
    for x, y, w, h, area in stats[1:count]:
        if 0.5 * height <= h <= 2.0 * height and w >= 0.3 * height and area >= 0.1 * w * h:
            boxes.append((int(x / scale), int(y / scale), int((x + w) / scale), int((y + h) / scale)))
    return boxes


_DASH_SPECK = 0.2


def lone_dash(crop: Image, text_height: float) -> tuple[int, int, int, int] | None:
    """The box (x0, y0, x1, y1) of a dash standing alone in ``crop`` (an empty table cell marked
    "-"), or None when the crop holds anything else or nothing. Tesseract returns nothing for a
    lone dash in a wide cell; a bit of ink that flat and that short is no letter and no rule."""
    if crop.size == 0:
        return None
    ink = (crop < 128).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    height, width = crop.shape[:2]
    # A scan's loose specks are no mark (dots a fifth of the text high or less, fewer than the
    # dash's pixels), nor what is left of an erased rule along the edges.
    speck = _DASH_SPECK * text_height
    marks = [
        s
        for s in stats[1:count]
        if s[4] >= 4
        and max(s[2], s[3]) > speck
        and s[0] > 0
        and s[1] > 0
        and s[0] + s[2] < width
        and s[1] + s[3] < height
    ]
    if len(marks) != 1:
        return None
    x, y, w, h, area = (int(v) for v in marks[0])
    flat = h <= 0.3 * text_height and w >= 2 * h and 0.2 * text_height <= w <= 1.5 * text_height
    return (x, y, x + w, y + h) if flat and area >= 0.5 * w * h else None
