"""A number read again on its own replaces the page's reading only when the page was not much
surer of its own reading: the crop loses the line's context, and a sure "0" can come back as a
less sure look-alike "9"."""

import numpy as np
from samarinda_extraction.domain.ocr_words import Word
from samarinda_extraction.readers.ocr_rereads import (
    SURER_FIRST_MARGIN,
    first_much_surer,
    number_read_again_in_crop,
    with_words_read_again,
)
from samarinda_extraction.readers.tesseract import Reading


def _word(text: str, confidence: float) -> Word:
    return Word(text=text, confidence=confidence, x0=10, y0=10, x1=90, y1=30, order=0)


def _read_again(first: Word, again: Word) -> str:
    reading = Reading("plain", np.zeros((40, 100), np.uint8), [first], [[first]])
    kept = with_words_read_again(reading, [first], [[again]], number_read_again_in_crop, SURER_FIRST_MARGIN)
    return " ".join(w.text for w in kept.words)


def test_a_much_surer_first_reading_of_a_number_stays() -> None:
    assert _read_again(_word("03-11", 93.0), _word("08-11", 62.0)) == "03-11"


def test_a_surer_second_reading_of_a_number_replaces_the_first() -> None:
    assert _read_again(_word("1.260.000", 71.0), _word("1.250.000", 90.0)) == "1.250.000"
    assert _read_again(_word("4.518", 88.0), _word("4.516", 85.0)) == "4.516"


def test_the_margin_is_against_the_least_sure_word_read_again() -> None:
    first = _word("12 500", 95.0)
    assert first_much_surer(first, [_word("12", 96.0), _word("600", 60.0)], SURER_FIRST_MARGIN)
    assert not first_much_surer(first, [_word("12", 96.0), _word("500", 90.0)], SURER_FIRST_MARGIN)
