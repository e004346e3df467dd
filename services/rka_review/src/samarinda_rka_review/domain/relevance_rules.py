"""The relevance vocabulary (``data/relevance.toml``) as a validated model, loaded at start.

Kept apart from :mod:`samarinda_rka_review.domain.rules` because only the relevance stage reads it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator
from samarinda_common.rules import RulesFile, load_rules

from samarinda_rka_review.domain.rules import DATA_PACKAGE

Phrase = str


class SemanticRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    off_target_margin: float = Field(ge=0, le=1)
    ambiguous_margin: float = Field(ge=0, le=1)
    min_similarity: float = Field(ge=-1, le=1)
    operational_examples: tuple[Phrase, ...] = Field(min_length=1)


class PersonalUse(BaseModel):
    """One kind of personal use: what names it, examples of it, and where it is legitimate."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    label: str = Field(min_length=1)
    words: tuple[Phrase, ...] = Field(min_length=1)
    examples: tuple[Phrase, ...] = Field(min_length=1)
    context: tuple[Phrase, ...] = ()


class RelevanceRules(RulesFile):
    semantic: SemanticRules
    personal: tuple[PersonalUse, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _distinct_names(self) -> Self:
        names = [use.name for use in self.personal]
        if len(names) != len(set(names)):
            raise ValueError(f"personal-use names must be distinct: {names}")
        return self


def load_relevance(path: Path | None = None) -> RelevanceRules:
    return load_rules(RelevanceRules, DATA_PACKAGE, "relevance.toml", path)


RELEVANCE = load_relevance()
