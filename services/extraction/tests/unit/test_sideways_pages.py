"""A page lying on its side that the cheap looks take for upright: Tesseract then turns it on its
own and reads it confidently, but its words' boxes stand on end, so neither lines nor tables
come of them; the words standing on end tell, and the page is turned upright and read again."""

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from samarinda_extraction import extract_bytes
from samarinda_extraction.domain.ocr_tables import Word
from samarinda_extraction.readers import ocr_orientation, page_image
from samarinda_extraction.readers.page_image import turn
from samarinda_extraction.readers.tesseract import Reading

# (No, Nama, Satuan, Harga): an invented unruled list with wide gutters.
ROWS = [
    ("1", "Pipa paralon", "Batang", "48.000"),
    ("2", "Keran air kuningan", "Buah", "36.500"),
    ("3", "Lem pipa", "Kaleng", "21.750"),
    ("4", "Selang taman", "Meter", "7.250"),
    ("5", "Sambungan pipa", "Buah", "4.500"),
    ("6", "Kawat bendrat", "Gulung", "27.000"),
]


def _table_page() -> np.ndarray:
    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSans.ttf", 34)
    draw.text((150, 200), "DAFTAR HARGA BAHAN BANGUNAN", fill=0, font=font)
    y = 320
    for row in [("No", "Nama Barang", "Satuan", "Harga"), *ROWS]:
        for x, cell in zip((150, 330, 900, 1250), row, strict=True):
            draw.text((x, y), cell, fill=0, font=font)
        y += 70
    return np.asarray(page)


def _png(image: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(image).save(buffer, "PNG")
    return buffer.getvalue()


def _word(x0: int, y0: int, x1: int, y1: int, text: str = "Harga") -> Word:
    return Word(text=text, confidence=90.0, x0=x0, y0=y0, x1=x1, y1=y1, order=0)


def _reading(words: list[Word]) -> Reading:
    return Reading("plain", np.zeros((10, 10), np.uint8), words, [words])


def test_words_taller_than_wide_are_read_off_a_page_on_its_side() -> None:
    upright = [_word(100 * i, 0, 100 * i + 90, 30) for i in range(5)]
    on_end = [_word(0, 100 * i, 30, 100 * i + 90) for i in range(5)]
    assert not ocr_orientation.words_stand_on_end(_reading(upright))
    assert ocr_orientation.words_stand_on_end(_reading(on_end))
    # short words ("1", "Rp") say nothing: a digit is taller than wide on any page
    assert not ocr_orientation.words_stand_on_end(
        _reading([*upright, *(_word(0, 0, 15, 30, "7") for _ in range(9))])
    )


@pytest.mark.parametrize("clockwise", [90, 270])
def test_a_page_on_its_side_is_turned_back_the_right_way(clockwise: int) -> None:
    page = turn(_table_page(), clockwise)
    assert ocr_orientation.upright_turn_of_side(page) == (360 - clockwise) % 360


@pytest.mark.slow
def test_a_page_on_its_side_the_looks_took_for_upright_gives_its_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(page_image, "lines_run_vertically", lambda gray: False)
    doc = extract_bytes(_png(turn(_table_page(), 90)), "miring.png", "image/png")
    [table] = doc.tables
    # names, units and prices (a lone row number can come back as a look-alike letter)
    assert [tuple(row[1:]) for row in table.rows[1:]] == [row[1:] for row in ROWS]
