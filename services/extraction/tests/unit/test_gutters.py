"""Readings that join the lines of two columns across their gutter, and words read again in place."""

from samarinda_extraction.domain.gutters import joins_more_columns, lines_across_gutters
from samarinda_extraction.domain.ocr_tables import Word
from samarinda_extraction.readers.ocr_rereads import with_missed_ink
from samarinda_extraction.readers.ocr_text import page_text
from samarinda_extraction.readers.tesseract import Reading


def line(y: int, *spans: tuple[str, int]) -> list[Word]:
    """Words of one line at the given left edges, 40 px tall, 20 px per letter."""
    return [Word(text, 90.0, x, y, x + 20 * len(text), y + 40) for text, x in spans]


def test_a_line_with_a_gutter_inside_counts_and_a_justified_one_does_not() -> None:
    justified = line(100, ("pasar", 100), ("induk", 260), ("kota", 420))  # gaps of 60 px
    across = line(200, ("pasar", 100), ("induk", 220), ("Jadwal", 600))  # a gap of 280 px
    assert lines_across_gutters([justified, [], across]) == 1


def test_a_reading_joining_a_sidebar_to_the_body_joins_more_columns_than_one_keeping_it_apart() -> None:
    joined = [line(100 * i, ("kalimat", 100), ("isi", 260), ("kotak", 700)) for i in range(5)]
    apart = [line(100 * i, ("kalimat", 100), ("isi", 260)) for i in range(5)]
    apart += [line(100 * i, ("kotak", 700)) for i in range(5)]
    assert joins_more_columns(joined, apart)
    assert not joins_more_columns(apart, joined)
    # a form's labels and values stand as far apart in both readings
    assert not joins_more_columns(joined, joined)


def test_a_word_read_again_in_skipped_ink_goes_back_into_its_line() -> None:
    first = line(100, ("rapat", 100), ("pukul", 500))
    second = line(200, ("dimulai", 100))
    reading = Reading("plain", None, [*first, *second], [first, second])  # type: ignore[arg-type]
    again = Word("dinas", 90.0, 260, 102, 360, 140)  # between "rapat" and "pukul"
    lone = Word("12", 90.0, 100, 900, 140, 940)  # far below every line
    kept = with_missed_ink(reading, [[again], [lone]])
    assert [w.text for w in kept.lines[0]] == ["rapat", "dinas", "pukul"]
    assert [w.text for w in kept.lines[-1]] == ["12"]
    assert page_text(kept.lines).splitlines()[0] == "rapat dinas pukul"
