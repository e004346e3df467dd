"""The ask service's word lists (data/vocabulary.toml) with the glossary of abbreviations and chat
forms (data/glossary.toml) merged in, loaded and validated at import."""

from __future__ import annotations

import re
from functools import cached_property
from typing import NamedTuple

from pydantic import Field
from samarinda_common.indonesian_text import STOP_WORDS
from samarinda_common.rules import RulesFile, load_rules

from samarinda_ask.domain.stems import stem


class Vocabulary(RulesFile):
    question_words: list[str] = Field(min_length=1)
    sum_words: list[str] = Field(min_length=1)
    total_words: list[str] = Field(min_length=1)
    percent_words: list[str] = Field(min_length=1)
    money_words: list[str] = Field(min_length=1)
    count_words: list[str] = Field(min_length=1)
    money_headers: list[str] = Field(min_length=1)
    percent_headers: list[str] = Field(min_length=1)
    follow_up_words: list[str] = Field(min_length=1)
    count_units: list[str] = Field(min_length=1)
    synonyms: list[list[str]] = Field(default_factory=list)
    exclusive_measures: list[list[str]] = Field(default_factory=list)
    difference_words: list[str] = Field(min_length=1)
    weak_money_words: list[str] = Field(default_factory=list)
    comparison_words: list[str] = Field(default_factory=list)
    opd_names: dict[str, str] = Field(default_factory=dict)
    weak_money_headers: list[str] = Field(default_factory=list)
    price_headers: list[str] = Field(default_factory=list)
    figure_lead_words: list[str] = Field(default_factory=list)
    letter_fields: list[str] = Field(default_factory=list)
    unit_headers: list[str] = Field(default_factory=list)
    note_headers: list[str] = Field(default_factory=list)
    qualifier_words: list[str] = Field(default_factory=list)
    unmarked_words: list[str] = Field(default_factory=list)
    quantity_units: list[str] = Field(default_factory=list)
    aggregate_money_words: list[str] = Field(default_factory=list)
    subject_fields: list[str] = Field(default_factory=list)
    category_words: dict[str, str] = Field(default_factory=dict)
    document_kind_heads: list[str] = Field(default_factory=list)
    # A glossary short form -> the long forms it stands for ("rsud" -> "rumah sakit umum daerah").
    long_forms: dict[str, list[str]] = Field(default_factory=dict)
    request_words: list[str] = Field(default_factory=list)
    telling_verbs: list[str] = Field(default_factory=list)
    most_words: list[str] = Field(default_factory=list)
    least_words: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)
    negation_words: list[str] = Field(default_factory=list)
    budget_words: list[str] = Field(default_factory=list)
    left_over_words: list[str] = Field(default_factory=list)
    average_words: list[str] = Field(default_factory=list)
    # The negation words with the chat forms staff type for them ("tdk", "ga"), from the glossary.
    negation_forms: list[str] = Field(default_factory=list)

    @cached_property
    def canonical_stems(self) -> dict[str, str]:
        """Stem of each one-word synonym -> the stem of its group's first word."""
        return {
            stem(w): stem(group[0].split()[0]) for group in self.synonyms for w in group if not _is_phrase(w)
        }

    @cached_property
    def phrases(self) -> list[Phrase]:
        """Several-word synonyms ("peserta didik"), replaced by their group's first word."""
        # Longest first: "dinas kependudukan dan pencatatan sipil" before anything inside it.
        pairs = sorted(
            ((w, group[0]) for group in self.synonyms for w in group if _is_phrase(w)),
            key=lambda pair: -len(pair[0]),
        )
        return [
            Phrase(tokens(w)[0], re.compile(rf"\b{re.escape(w)}\b", re.IGNORECASE), first)
            for w, first in pairs
        ]

    @cached_property
    def measure_groups(self) -> list[frozenset[str]]:
        """Raw stems (before synonyms): "pagu" and "anggaran" are one term, but only "pagu"
        excludes "realisasi"."""
        return [frozenset(stem(w) for w in g) for g in self.exclusive_measures]

    @cached_property
    def weak_money_stems(self) -> frozenset[str]:
        return frozenset(stem(w) for w in self.weak_money_words)

    @cached_property
    def comparison_patterns(self) -> re.Pattern[str]:
        return re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in self.comparison_words) + r")\b", re.IGNORECASE
        )

    @cached_property
    def difference_stems(self) -> frozenset[str]:
        """The roots asking for a change that are themselves listed ("naik" of "kenaikannya"). A
        listed word the stemmer cuts to another root ("ketimbang" to "timbang") is known by its
        own form only: its root is a thing asked about ("timbangan")."""
        words = frozenset(self.difference_words)
        return frozenset(root for w in words if (root := stem(w)) in words)

    @cached_property
    def generic_stems(self) -> frozenset[str]:
        """Stems that never make a passage relevant on their own (question words, and the words
        that ask to compare: the figures compared carry the content)."""
        return frozenset(stem(w) for w in self.question_words) | self.difference_stems

    @cached_property
    def difference_forms(self) -> frozenset[str]:
        return frozenset(self.difference_words)

    @cached_property
    def generic_words(self) -> frozenset[str]:
        """The generic words as written, each whatever its stem."""
        return frozenset([*self.question_words, *self.difference_words])

    @cached_property
    def money_stems(self) -> frozenset[str]:
        return frozenset(stem(w) for w in self.money_words)

    @cached_property
    def amount_short_forms(self) -> frozenset[str]:
        """Stems of the short forms whose long form is headed by a word that asks for money:
        "APBD" (anggaran pendapatan dan belanja daerah), "HPS" (harga perkiraan sendiri). "TA"
        (tahun anggaran) or "DPA" (dokumen pelaksanaan anggaran) name a year and a document."""
        strong = self.money_stems - self.weak_money_stems
        return frozenset(
            stem(short)
            for group in self.synonyms
            for long_form in group
            if _is_phrase(long_form) and stem(long_form.split()[0]) in strong
            for short in group
            if not _is_phrase(short)
        )

    @cached_property
    def percent_stems(self) -> frozenset[str]:
        return frozenset(stem(w) for w in self.percent_words)

    @cached_property
    def sum_stems(self) -> frozenset[str]:
        return frozenset(stem(w) for w in self.sum_words)

    @cached_property
    def total_stems(self) -> frozenset[str]:
        return frozenset(stem(w) for w in self.total_words)


class Phrase(NamedTuple):
    first_token: str  # a text without this token cannot hold the phrase: no need to search it
    pattern: re.Pattern[str]
    replacement: str


def tokens(text: str) -> list[str]:
    """The lower-case runs of letters and digits of ``text``, the pieces a phrase's pattern
    can start on."""
    return _TOKEN.findall(text.lower())


_TOKEN = re.compile(r"[^\W_]+")


def _is_phrase(word: str) -> bool:
    """Several words, or one joined by a hyphen ("ktp-el"), which the word splitter would cut."""
    return " " in word or "-" in word


class Glossary(RulesFile):
    """Abbreviations and chat forms of Indonesian local government, each group short forms first."""

    abbreviations: list[list[str]] = Field(min_length=1)
    chat_forms: list[list[str]] = Field(min_length=1)
    difference_words: list[str] = Field(min_length=1)


def with_glossary(vocabulary: Vocabulary, glossary: Glossary) -> Vocabulary:
    """``vocabulary`` with the glossary's groups added where they share no word with its own.

    An abbreviation group becomes a synonym group. A chat form of a word that never makes a
    passage relevant ("yg" for a stop word, "bln" for a question word) is a question word itself;
    a chat form of any other word is its synonym, the word first so that it names the group."""
    taken = {w for group in vocabulary.synonyms for w in group}
    generic = {*vocabulary.question_words, *STOP_WORDS}
    synonyms = list(vocabulary.synonyms)
    question_words = list(vocabulary.question_words)
    long_forms: dict[str, list[str]] = {}
    for group in glossary.abbreviations:
        if not taken & set(group):
            synonyms.append(group)
            taken.update(group)
            long_forms[group[0]] = [w for w in group if _is_phrase(w)]
    for *short_forms, word in glossary.chat_forms:
        if word in generic:
            question_words.extend(f for f in short_forms if f not in generic)
        elif not taken & {word, *short_forms}:
            synonyms.append([word, *short_forms])
            taken.update((word, *short_forms))
    difference_words = sorted({*vocabulary.difference_words, *glossary.difference_words})
    negation_forms = sorted(
        {*vocabulary.negation_words}
        | {f for *forms, word in glossary.chat_forms if word in vocabulary.negation_words for f in forms}
    )
    return vocabulary.model_copy(
        update={
            "synonyms": synonyms,
            "question_words": question_words,
            "difference_words": difference_words,
            "long_forms": long_forms,
            "negation_forms": negation_forms,
        }
    )


VOCABULARY = with_glossary(
    load_rules(Vocabulary, "samarinda_ask.data", "vocabulary.toml"),
    load_rules(Glossary, "samarinda_ask.data", "glossary.toml"),
)
