"""The shared whole-phrase search the judge's word lists use."""

from __future__ import annotations

from samarinda_rka_review.domain.text import first_phrase


def test_the_first_listed_phrase_standing_whole_is_returned() -> None:
    assert first_phrase("rapat koordinasi tim", ("koordinasi tim", "rapat")) == "koordinasi tim"


def test_a_phrase_inside_a_longer_word_is_no_match() -> None:
    assert first_phrase("pelapor kegiatan", ("lapor",)) is None


def test_the_text_edges_are_word_boundaries() -> None:
    assert first_phrase("rapat", ("rapat",)) == "rapat"
    assert first_phrase("", ("rapat",)) is None
