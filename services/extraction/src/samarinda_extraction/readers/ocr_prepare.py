"""The page as Tesseract should see it: the cheap looks (milliseconds, see ``page_image``) decide
what it needs (a fax's specks and squashed rows, a photo's sheet and lighting, a quarter or half
turn, deskewing, a stamp, leader dots and check boxes, enlarging a coarse scan), and each step
taken is named. Apart from the reading because it reads nothing: it only makes the image and
says whether the page as it came could rival it."""

from __future__ import annotations

from samarinda_extraction.readers import page_image
from samarinda_extraction.readers.check_boxes import without_check_boxes
from samarinda_extraction.readers.leaders import without_leader_dots
from samarinda_extraction.readers.ocr_orientation import UPSIDE_DOWN_VOTES
from samarinda_extraction.readers.page_image import Image

_MIN_SKEW = 0.5
# Tesseract reads a photographed sheet whose edges lean less than this (degrees) well enough as
# it came for that reading to rival the dewarped one.
_PLAIN_READS_TILT = 4.0
# A bilevel page with fewer specks than this is clean enough as it is.
_MIN_SPECKS = 200
# A fax's specks, streaks and broken strokes blur the evidence: upright faxes of our own set vote
# up to 0.2. Below this a doubtful reading still gets Tesseract's orientation detection.
_UPSIDE_DOWN_FAX_VOTES = 0.3


def prepare(gray: Image, bilevel: bool) -> tuple[Image, int, float, list[str], bool]:
    """The page (``bilevel`` when a fax or a 1-bit scan) as Tesseract should see it, the steps
    that made it so, and whether a plain reading of the page as it came could rival it (not for
    a photo taken at an angle)."""
    steps: list[str] = []
    rotation = 0
    if bilevel:
        if page_image.squashed_rows(gray):
            gray = page_image.unsquash(gray)
            steps.append("unsquashed")
        gray, specks = page_image.despeckle(gray)
        if specks > _MIN_SPECKS:
            steps.append("despeckled")
        # While the dots and the check boxes are still solid: smoothed, each dot becomes a grey
        # ring read as an "o", a box's broken sides pieces of letters.
        gray, _ = without_leader_dots(gray)
        gray, _ = without_check_boxes(gray)
        gray, factor = page_image.smooth_bilevel(gray)
        steps.append("smoothed+enlarged" if factor > 1 else "smoothed")
    elif page_image.peppered(gray):
        # Before the looks too: specks blur the skew and orientation evidence.
        gray = page_image.unpepper(gray)
        steps.append("unpeppered")
    sheet = page_image.find_sheet(gray)
    photographed = sheet is not None
    plain_rivals = sheet is None or page_image.quad_tilt(sheet.quad) < _PLAIN_READS_TILT
    if sheet is not None:
        gray = page_image.flatten_sheet(gray, sheet.quad, sheet.outline)
        steps.append("dewarped")
    # Lit before it is looked at: a shadow's edge across the page would pass for a line of ink
    # to the orientation and skew looks (a photographed sheet or not).
    if page_image.background_is_uneven(gray):
        gray = page_image.flatten_illumination(gray)
        steps.append("flattened")
    if page_image.lines_run_vertically(gray):
        rotation = 90
    upright = page_image.turn(gray, rotation) if rotation else gray
    skew = page_image.estimate_skew(upright)
    if abs(skew) >= _MIN_SKEW:
        upright = page_image.rotate(upright, skew)
        steps.append("deskewed")
    if page_image.upside_down_votes(upright) > (_UPSIDE_DOWN_FAX_VOTES if bilevel else UPSIDE_DOWN_VOTES):
        rotation = (rotation + 180) % 360
        upright = page_image.turn(upright, 180)
    if rotation:
        steps.append(f"turned{rotation}")
    # A photo's ink is soft and grey after flattening: keeping only the near-black ink would
    # erase its text, not a stamp.
    # A fax has no grey ink of its own: the grey is the smoothing's, around every glyph.
    if not photographed and not bilevel and page_image.has_light_marks(upright):
        upright = page_image.drop_light_marks(upright)
        steps.append("unstamped")
    if not bilevel:
        # Not a step of its own: a page whose only cleaning is this gains nothing from a plain
        # reading as a rival (its leader rows read as runs of dots, surely but wrongly).
        upright, _ = without_leader_dots(upright)
        upright, _ = without_check_boxes(upright)
    upright, factor = page_image.enlarge_if_coarse(upright)
    if factor > 1:
        steps.append("enlarged")
    return upright, rotation, skew, steps, plain_rivals
