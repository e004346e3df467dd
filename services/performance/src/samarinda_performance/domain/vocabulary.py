"""The service's vocabulary as versioned data (``samarinda_performance/data/vocabulary.toml``),
checked against this schema when the service starts (see :mod:`samarinda_common.rules`)."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from samarinda_common.rules import RulesFile, load_rules


def _lower(word: str) -> str:
    if word != word.lower() or not word.strip():
        raise ValueError(f"{word!r}: this list holds lower-case words")
    return word


Word = Annotated[str, AfterValidator(_lower)]
Words = Annotated[tuple[Word, ...], Field(min_length=1)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ColumnWords(_Section):
    sub_kegiatan: Words
    kegiatan: Words
    programme: Words
    lower_is_better: Words
    absorption: Words
    budget_realisation: Words
    pagu: Words
    achievement: Words
    realisation: Words
    target: Words
    unit: Words
    indicator: Words
    ignore: Words
    never: Words

    def in_order(self) -> list[tuple[str, tuple[str, ...]]]:
        """Column kinds in the order they are tried (the first that matches a header wins)."""
        return [(name, getattr(self, name)) for name in type(self).model_fields]


class HeaderWords(_Section):
    abbreviations: dict[Word, Word]


class HierarchyWords(_Section):
    programme: Words
    kegiatan: Words
    sub_kegiatan: Words


class PolarityWords(_Section):
    negative_markers: Words
    name_markers: Words
    positive_markers: Words
    lower_is_better_names: Words
    uncertain_direction_words: Words
    higher_is_better_starts: Words
    reached_words: Words
    acted_on_prefixes: Words


class DocumentWords(_Section):
    plan: Words
    budget: Words
    report: Words
    not_report: Words


class ProseWords(_Section):
    indicator_openers: Words
    target_words: Words
    realisation_words: Words
    recorded_words: Words
    achievement_words: Words
    pagu_words: Words
    budget_realisation_words: Words
    absorption_words: Words
    budget_words: Words
    back_references: Words
    figure_introducers: Words
    connectives: Words
    revision_words: Words


class AchievementRules(_Section):
    caps: tuple[float, ...] = Field(min_length=1)
    plausible_max: float = Field(gt=100)


class UnitWords(_Section):
    known: Words


class OcrWords(_Section):
    percent_words: Words
    percent_in_parentheses: Words
    digit_confusions: Words


class NameWords(_Section):
    stopwords: Words
    implied_words: Words
    prefixes: Words
    suffixes: Words
    same_name_ratio: float = Field(ge=50, le=100)
    max_extra_words: int = Field(ge=0, le=5)
    min_shared_words: int = Field(ge=1)
    short_word_length: int = Field(ge=1)
    short_word_ratio: float = Field(ge=0, le=100)
    indicator_starts: Words
    second_name_starts: Words
    abbreviations: dict[Word, Word]


class Vocabulary(RulesFile):
    columns: ColumnWords
    headers: HeaderWords
    hierarchy: HierarchyWords
    polarity: PolarityWords
    documents: DocumentWords
    prose: ProseWords
    units: UnitWords
    ocr: OcrWords
    names: NameWords
    achievement: AchievementRules


VOCABULARY = load_rules(Vocabulary, "samarinda_performance.data", "vocabulary.toml")
