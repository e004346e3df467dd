"""The ask service's word lists (data/vocabulary.toml), loaded and validated at import."""

from __future__ import annotations

from functools import cached_property

from pydantic import Field
from samarinda_common.indonesian_text import stem
from samarinda_common.rules import RulesFile, load_rules


class Vocabulary(RulesFile):
    question_words: list[str] = Field(min_length=1)
    sum_words: list[str] = Field(min_length=1)
    percent_words: list[str] = Field(min_length=1)
    money_words: list[str] = Field(min_length=1)
    count_words: list[str] = Field(min_length=1)
    money_headers: list[str] = Field(min_length=1)
    percent_headers: list[str] = Field(min_length=1)
    follow_up_words: list[str] = Field(min_length=1)
    count_units: list[str] = Field(min_length=1)

    @cached_property
    def generic_stems(self) -> frozenset[str]:
        """Stems that never make a passage relevant on their own."""
        return frozenset(stem(w) for w in self.question_words)

    @cached_property
    def money_stems(self) -> frozenset[str]:
        return frozenset(stem(w) for w in self.money_words)

    @cached_property
    def percent_stems(self) -> frozenset[str]:
        return frozenset(stem(w) for w in self.percent_words)

    @cached_property
    def sum_stems(self) -> frozenset[str]:
        return frozenset(stem(w) for w in self.sum_words)


VOCABULARY = load_rules(Vocabulary, "samarinda_ask.data", "vocabulary.toml")
