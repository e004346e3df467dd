"""Which way up the page is read: a page lying on its side (its words standing on end) turned
upright, a half turn the looks made but the plain reading refuted taken back, and the clockwise
turn of the kept reading against the page as it came, from its pass's name. Apart from the
choice of passes because each of these reads the page turned, and only that."""

from __future__ import annotations

import re

from samarinda_extraction.readers import page_image, tesseract
from samarinda_extraction.readers.ocr_choice import better, rows_read_whole
from samarinda_extraction.readers.ocr_options import OcrOptions
from samarinda_extraction.readers.page_image import Image
from samarinda_extraction.readers.tesseract import Reading

UPSIDE_DOWN_VOTES = 0.12
_OSD_TURN = re.compile(r"(?:osd|side)-turned(\d+)")
HALF_TURN = "turned180"
# A reading whose words of this many characters or more stand taller than wide, most of them,
# is of a page lying on its side.
_ON_END_WORD_LENGTH = 4


def half_turn_refuted(plain: Reading, prepared: Image, steps: list[str], options: OcrOptions) -> Reading:
    """The page straightened but not turned, against the plain reading that beat it turned: the
    looks took it for upside down (a column of signatures' strokes can vote so), and the plain
    reading of a skewed or photographed page breaks its sloping rows apart. Kept as a straightened
    reading is against the plain one when both were read (rows read whole, else a near tie)."""
    name = "+".join(step for step in steps if step != HALF_TURN)
    straightened = tesseract.read_once(page_image.turn(prepared, 180), name, options)
    if rows_read_whole(straightened, plain):
        return straightened
    return better(straightened, plain, tie_to_a=True)


def set_upright(reading: Reading, options: OcrOptions) -> Reading:
    """A reading of a page on its side against the page turned upright: by the looks' guess of
    which side is up, and the other way when that reads doubtfully. The turned reading is kept
    unless it reads clearly worse."""
    turn = upright_turn_of_side(reading.image)
    prefix = f"{reading.name}+" if reading.name != "plain" else ""
    turned = tesseract.read_once(page_image.turn(reading.image, turn), f"{prefix}side-turned{turn}", options)
    if turned.mean_confidence < options.retry_below_confidence:
        other = (turn + 180) % 360
        turned = better(
            turned,
            tesseract.read_once(
                page_image.turn(reading.image, other), f"{prefix}side-turned{other}", options
            ),
        )
    return better(turned, reading, tie_to_a=True)


def words_stand_on_end(reading: Reading) -> bool:
    """Whether most words of several letters are taller than wide (read off a page on its side)."""
    long_words = [w for w in reading.words if len(w.text) >= _ON_END_WORD_LENGTH]
    return 2 * sum(1 for w in long_words if w.height > w.x1 - w.x0) > len(long_words) > 0


def upright_turn_of_side(image: Image) -> int:
    """The clockwise turn (90 or 270) that sets a page lying on its side upright."""
    turned = page_image.turn(image, 90)
    return 270 if page_image.upside_down_votes(turned) > UPSIDE_DOWN_VOTES else 90


def rotation_of(pass_name: str, looks_rotation: int) -> int:
    """Clockwise turn of the kept reading against the page as it came."""
    # A straightened page read again unturned (``half_turn_refuted``) keeps no looks' turn.
    turned_by_looks = looks_rotation == 0 or f"turned{looks_rotation}" in pass_name.split("+")
    base = looks_rotation if turned_by_looks and not pass_name.startswith(("plain", "osd-", "side-")) else 0
    turned = _OSD_TURN.search(pass_name)
    return (base + (int(turned.group(1)) if turned else 0)) % 360
