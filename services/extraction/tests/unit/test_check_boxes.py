"""A form's check boxes, ticked or not, are erased before reading; letters, bullets and a table's
cells are not."""

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from samarinda_extraction.readers.check_boxes import without_check_boxes

SIDE = 36


def _page(lines: list[str], boxes: list[tuple[int, int, bool]]) -> np.ndarray:
    """Invented lines of text (each starting right of where a box may stand) and boxes at
    (x, y), ticked or not."""
    page = Image.new("L", (1600, 80 + 60 * len(lines)), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSans.ttf", 30)
    for i, line in enumerate(lines):
        draw.text((120, 40 + 60 * i), line, font=font, fill=0)
    for x, y, ticked in boxes:
        draw.rectangle((x, y, x + SIDE, y + SIDE), outline=0, width=3)
        if ticked:
            draw.line((x + 6, y + 18, x + 14, y + 30, x + 44, y - 12), fill=0, width=4)
    return np.asarray(page).copy()


LINES = ["Kepala Seksi Umum", "Bendahara Pengeluaran", "Arsip dan Dokumentasi", "DODO BOLD OOO 0800"]


def test_boxes_ticked_or_not_are_erased_and_the_words_stay() -> None:
    gray = _page(LINES, [(50, 42, False), (50, 102, True), (50, 162, False)])
    out, found = without_check_boxes(gray)
    assert found == 3
    assert not (out[:, :110] < 128).any()
    assert np.array_equal(out[:, 120:], gray[:, 120:])


def test_letters_bullets_and_large_cells_stay() -> None:
    gray = _page(LINES, [])
    page = Image.fromarray(gray)
    draw = ImageDraw.Draw(page)
    draw.rectangle((40, 40, 76, 76), fill=0)  # a filled bullet
    draw.rectangle((1200, 40, 1500, 200), outline=0, width=3)  # a table's cell
    draw.ellipse((40, 160, 76, 196), outline=0, width=3)  # a round option mark
    bold = ImageFont.truetype("DejaVuSans-Bold.ttf", 34)
    draw.text((700, 40), "BADAN DAERAH", font=bold, fill=0)  # a bold D's inner square
    gray = np.asarray(page).copy()
    out, found = without_check_boxes(gray)
    assert found == 0
    assert out is gray
