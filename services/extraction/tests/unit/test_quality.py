"""Page confidence and the comparison of two readings of a page."""

from samarinda_extraction.domain.quality import (
    calibrated_confidence,
    confident_characters,
    expected_cer,
    low_confidence_share,
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
