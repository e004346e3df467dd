"""Extraction's vocabulary as versioned data (``samarinda_extraction/data/vocabulary.toml``),
checked against this schema when the service starts (see :mod:`samarinda_common.rules`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from samarinda_common.rules import RulesFile, load_rules


def _lower(word: str) -> str:
    if word != word.lower() or word != word.strip():
        raise ValueError(f"{word!r}: this list holds lower-case words without outer spaces")
    return word


def _as_written(word: str) -> str:
    if not word or word != word.strip():
        raise ValueError(f"{word!r}: empty or with outer spaces")
    return word


LowerWord = Annotated[str, Field(min_length=1), AfterValidator(_lower)]
Written = Annotated[str, AfterValidator(_as_written)]


class LanguageWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    indonesian: frozenset[LowerWord] = Field(min_length=1)
    english: frozenset[LowerWord] = Field(min_length=1)
    min_hits: int = Field(ge=1)

    @model_validator(mode="after")
    def _lists_apart(self) -> Self:
        both = self.indonesian & self.english
        if both:
            raise ValueError(f"words in both languages tell nothing: {sorted(both)}")
        return self


class AgencyWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    heads: tuple[Written, ...] = Field(min_length=1)
    not_an_agency_after: frozenset[LowerWord]
    stop_after: frozenset[Written]


class TableWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    closing_totals: frozenset[LowerWord] = Field(min_length=1)


def _plate_region(letters: str) -> str:
    if not (1 <= len(letters) <= 2 and letters.isascii() and letters.isalpha() and letters.isupper()):
        raise ValueError(f"{letters!r}: a plate's region is one or two capital letters")
    return letters


class VehicleWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    plate_regions: frozenset[Annotated[str, AfterValidator(_plate_region)]] = Field(min_length=1)


class Vocabulary(RulesFile):
    language: LanguageWords
    agencies: AgencyWords
    tables: TableWords
    vehicles: VehicleWords
    months: dict[LowerWord, Annotated[int, Field(ge=1, le=12)]]

    @model_validator(mode="after")
    def _every_month(self) -> Self:
        missing = set(range(1, 13)) - set(self.months.values())
        if missing:
            raise ValueError(f"months without a name: {sorted(missing)}")
        return self


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    return load_rules(Vocabulary, "samarinda_extraction.data", "vocabulary.toml", path)


VOCABULARY = load_vocabulary()
