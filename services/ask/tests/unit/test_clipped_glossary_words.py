"""A long glossary word typed clipped ("tuberk" for "tuberkulosis") reads as that word's group, so
that the row writing it out covers the question; a short clip (often a word of its own) does not."""

from __future__ import annotations

from samarinda_ask.domain.answering import extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_terms import term_of
from samarinda_ask.testing import table_rows


def test_a_long_clip_reads_as_the_glossary_word_it_clips() -> None:
    assert term_of("tuberk") == term_of("tuberkulosis")


def test_a_short_clip_stays_itself() -> None:
    assert term_of("tub") == "tub"


def test_a_row_writing_the_word_out_answers_the_clipped_question() -> None:
    rows = table_rows(
        "kasus_penyakit_2031.xlsx",
        [
            "No: 1 | Penyakit: Tuberkulosis Paru | Puskesmas: Mawar | Kasus: 41",
            "No: 2 | Penyakit: Diare | Puskesmas: Mawar | Kasus: 230",
        ],
    )
    result = extractive_answer(parse_question("kasus tuberk paru di puskesmas mawar 2031 brp?"), rows)
    assert result.found, result.reason
    assert result.text.startswith("41"), result.text
