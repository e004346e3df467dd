"""A table cell's text from its words."""

from samarinda_extraction.domain.cell_text import cell_text
from samarinda_extraction.domain.ocr_words import Word


def word(text: str, x0: int, x1: int, y0: int = 500, y1: int = 530) -> Word:
    return Word(text=text, confidence=95.0, x0=x0, y0=y0, x1=x1, y1=y1)


def test_a_code_split_at_its_hyphen_by_the_reading_is_joined_again() -> None:
    # A hyphen read with the letters before it, the number a little apart.
    assert cell_text([word("KWT-", 100, 180), word("204", 190, 250)]) == "KWT-204"
    # A hyphen read on its own, its box running into the letters before it (and taller).
    split = [word("KWT", 100, 180), word("-", 170, 185, 495, 540), word("204", 192, 250)]
    assert cell_text(split) == "KWT-204"


def test_a_dash_between_words_and_a_hyphen_before_a_word_space_stay_apart() -> None:
    dashed = [word("Senin", 100, 200), word("-", 215, 230), word("Jumat", 245, 360)]
    assert cell_text(dashed) == "Senin - Jumat"
    assert cell_text([word("pra-", 100, 170), word("kerja", 200, 300)]) == "pra- kerja"
    assert cell_text([word("1.", 100, 130), word("Rapat", 145, 250)]) == "1. Rapat"
