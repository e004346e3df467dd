"""Page confidence and the comparison of two readings of a page."""

from samarinda_extraction.domain.quality import (
    calibrated_confidence,
    confident_characters,
    expected_cer,
    low_confidence_share,
    reads_rows_whole,
    text_shape,
)


def test_expected_cer_falls_as_tesseract_grows_surer() -> None:
    values = [expected_cer(c) for c in range(0, 101, 5)]
    assert values == sorted(values, reverse=True)
    assert expected_cer(100) == 0.0 and expected_cer(0) == 1.0


def test_page_confidence_weighs_words_by_their_length() -> None:
    sure = [("Pemerintah", 96.0), ("Kota", 96.0)]
    doubtful = [*sure, ("x", 10.0)]
    long_doubtful = [*sure, ("berantakan", 10.0)]
    assert (
        calibrated_confidence(sure) > calibrated_confidence(doubtful) > calibrated_confidence(long_doubtful)
    )
    assert calibrated_confidence([]) == 0.0


def test_a_reading_is_measured_by_what_tesseract_vouches_for() -> None:
    assert confident_characters([("Samarinda", 90.0), ("zzz", 20.0)]) == 9
    assert low_confidence_share([("Samarinda", 90.0), ("z", 20.0)]) == 0.1


def test_a_reading_of_whole_rows_beats_one_of_their_pieces_on_about_as_much_text() -> None:
    # The same 200 words, in 40 lines or broken into 120 pieces: the whole rows read better
    # even when the pieces were read a little more surely.
    assert reads_rows_whole(950, 200 / 40, 1000, 200 / 120)
    assert not reads_rows_whole(1000, 200 / 120, 950, 200 / 40)
    # Longer lines holding clearly less text (a column lost) do not.
    assert not reads_rows_whole(700, 200 / 40, 1000, 200 / 120)
    # Nor lines about as long.
    assert not reads_rows_whole(1000, 5.0, 1000, 4.5)


def test_the_shape_of_a_text_is_its_size_and_words_per_line() -> None:
    assert text_shape("Kode Uraian Jumlah\n\n1.01 Sewa 200\n") == (27, 3.0)
    assert text_shape("") == (0, 0.0)
    assert not reads_rows_whole(*text_shape(""), *text_shape(""))
