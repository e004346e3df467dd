"""A final "-i" after a vowel belongs to the root: one word does not read as another."""

from samarinda_ask.domain.question_terms import content_terms, index_terms
from samarinda_ask.domain.stems import stem


def test_a_root_ending_in_ai_keeps_its_i() -> None:
    assert stem("pandai") != stem("panda")
    assert stem("lantainya") == stem("lantai")


def test_one_root_reads_one_way_with_or_without_affixes() -> None:
    assert stem("capaian") == stem("mencapai") == stem("tercapai")


def test_a_verb_suffix_after_a_consonant_still_goes() -> None:
    assert stem("dampingi") == stem("pendampingan")


def test_a_question_about_an_animal_does_not_match_a_word_one_letter_longer() -> None:
    asked = content_terms("berapa ekor panda di kebun binatang?")
    assert not set(asked) & index_terms("Siswa pandai: 12 orang")
