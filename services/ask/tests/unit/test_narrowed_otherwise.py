"""A question's narrowing word against another one a passage writes after the same head."""

from __future__ import annotations

from samarinda_ask.domain.modifiers import narrowed_otherwise
from samarinda_ask.domain.question import parse_question


def test_another_word_after_the_same_head_names_another_kind() -> None:
    question = parse_question("produksi ternak sapi 2031 brp ekor?")
    text = "Produksi ternak kambing tahun 2031 mencapai 4.210 ekor."
    assert narrowed_otherwise(question, frozenset({"sapi"}), text)


def test_a_passage_writing_the_head_alone_or_in_another_phrase_is_not_another_kind() -> None:
    question = parse_question("produksi ternak sapi 2031 brp ekor?")
    assert not narrowed_otherwise(question, frozenset({"sapi"}), "Produksi ternak 2031: 4.210 ekor.")
    assert not narrowed_otherwise(question, frozenset({"sapi"}), "Produksi ternak | Jumlah: 4.210")
    # A word the question writes itself after the head is no other kind.
    assert not narrowed_otherwise(question, frozenset(), "Produksi ternak sapi 2031 mencapai 4.210 ekor.")
