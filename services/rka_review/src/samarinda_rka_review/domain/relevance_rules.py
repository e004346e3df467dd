"""The relevance vocabularies (``data/relevance.toml``, ``data/functions.toml``) as validated
models, loaded at start.

Kept apart from :mod:`samarinda_rka_review.domain.rules` because only the relevance stage reads it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator
from samarinda_common.rules import RulesFile, load_rules

from samarinda_rka_review.domain.rules import DATA_PACKAGE, Category

Phrase = str


class SemanticRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    off_target_margin: float = Field(ge=0, le=1)
    ambiguous_margin: float = Field(ge=0, le=1)
    min_similarity: float = Field(ge=-1, le=1)
    operational_examples: tuple[Phrase, ...] = Field(min_length=1)


class EquipmentObjects(BaseModel):
    """Which durables are licensed by equipment words read with their object, and the word
    groups (taxonomy.toml) and function (functions.toml) that say what those objects are."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    categories: frozenset[Category] = Field(min_length=1)
    # of those, the ones an infrastructure object also withholds (not field-post furniture)
    infrastructure_categories: frozenset[Category] = frozenset()
    equipment_group: str = Field(min_length=1)
    infrastructure_group: str = Field(min_length=1)
    infrastructure_function: str = Field(min_length=1)


class FarTravel(BaseModel):
    """A trip out of the region (by air, to another province or abroad) and the sub-kegiatan
    words that give one a reason (coordination with a ministry, a study visit, a promotion)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    far_words: tuple[Phrase, ...] = Field(min_length=1)
    reason_words: tuple[Phrase, ...] = Field(min_length=1)
    # of the reasons, those only the budget may state, not the line alone
    budget_reasons: tuple[Phrase, ...] = ()
    # of those, the visits that are their own purpose: licensed only by a budget naming a visit
    study_visits: tuple[Phrase, ...] = ()


class ProtectiveGear(BaseModel):
    """Protective work gear (by its account or its name), the sub-kegiatan words that say its
    work is done at a desk, and the functions and words that say it is physical after all."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    account_words: tuple[Phrase, ...] = Field(min_length=1)
    item_words: tuple[Phrase, ...] = Field(min_length=1)
    desk_words: tuple[Phrase, ...] = Field(min_length=1)
    field_functions: frozenset[str] = Field(min_length=1)
    field_words: tuple[Phrase, ...] = ()


class OccasionRole(BaseModel):
    """A person paid for a role that exists only at one kind of occasion (a jury at a contest),
    and the words that name such an occasion."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    words: tuple[Phrase, ...] = Field(min_length=1)
    occasions: tuple[Phrase, ...] = Field(min_length=1)


class GatheringNeeds(BaseModel):
    """What only a gathering needs (people paid to speak at it, a hall, a reception) and the
    words that name a gathering."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: tuple[Phrase, ...] = Field(min_length=1)
    occasions: tuple[Phrase, ...] = Field(min_length=1)


class Occasion(BaseModel):
    """An occasion a line may say it is bought for, and the budget words that hold it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    label: str = Field(min_length=1)
    words: tuple[Phrase, ...] = Field(min_length=1)
    held_by: tuple[Phrase, ...] = Field(min_length=1)


class AidAccounts(BaseModel):
    """Accounts that file their goods as aid given to the public, and the category such goods are
    judged as when their own words place them in no restricted one."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    account_words: tuple[Phrase, ...] = Field(min_length=1)
    judged_as: Category


class PersonalUse(BaseModel):
    """One kind of personal use: what names it, examples of it, and where it is legitimate."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    label: str = Field(min_length=1)
    words: tuple[Phrase, ...] = Field(min_length=1)
    examples: tuple[Phrase, ...] = Field(min_length=1)
    context: tuple[Phrase, ...] = ()


class RelevanceRules(RulesFile):
    scope_words: tuple[Phrase, ...] = ()
    semantic: SemanticRules
    equipment_objects: EquipmentObjects
    far_travel: FarTravel
    aid_accounts: AidAccounts
    protective_gear: ProtectiveGear
    roles: tuple[OccasionRole, ...] = ()
    occasions: tuple[Occasion, ...] = ()
    gathering_needs: GatheringNeeds
    personal: tuple[PersonalUse, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _distinct_names(self) -> Self:
        names = [use.name for use in self.personal]
        if len(names) != len(set(names)):
            raise ValueError(f"personal-use names must be distinct: {names}")
        return self


class OpdFunction(BaseModel):
    """One function (bidang) of government: the sub-kegiatan that serve it and its own goods."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    label: str = Field(min_length=1)
    urusan: tuple[str, ...] = ()
    context: tuple[Phrase, ...] = Field(min_length=1)
    goods: tuple[Phrase, ...] = ()
    classes: tuple[Phrase, ...] = ()
    related: tuple[str, ...] = ()


class FunctionRules(RulesFile):
    support_words: tuple[Phrase, ...] = ()
    negations: tuple[Phrase, ...] = ()
    section_heads: tuple[Phrase, ...] = ()
    support_categories: frozenset[Category] = frozenset()
    activity_categories: frozenset[Category] = frozenset()
    account_named_categories: frozenset[Category] = frozenset()
    office_users: tuple[Phrase, ...] = ()
    office_user_exempt: frozenset[Category] = frozenset()
    provision_words: tuple[Phrase, ...] = ()
    provision_categories: frozenset[Category] = frozenset()
    office_places: tuple[Phrase, ...] = ()
    office_units: tuple[Phrase, ...] = ()
    office_unit_gap: int = Field(default=0, ge=0)
    office_grounds: tuple[Phrase, ...] = ()
    office_buildings: tuple[Phrase, ...] = ()
    field_named_categories: frozenset[Category] = frozenset()
    general_urusan: tuple[str, ...] = ()
    office_programme: str | None = None
    office_function: str | None = None
    works_function: str | None = None
    function: tuple[OpdFunction, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _known_names(self) -> Self:
        names = [f.name for f in self.function]
        if len(names) != len(set(names)):
            raise ValueError(f"function names must be distinct: {names}")
        referred = {r for f in self.function for r in f.related}
        referred |= {f for f in (self.office_function, self.works_function) if f is not None}
        unknown = referred - set(names)
        if unknown:
            raise ValueError(f"related functions not defined: {sorted(unknown)}")
        codes = [code for f in self.function for code in f.urusan] + list(self.general_urusan)
        if len(codes) != len(set(codes)):
            raise ValueError("an urusan code belongs to one function only")
        return self


def load_relevance(path: Path | None = None) -> RelevanceRules:
    return load_rules(RelevanceRules, DATA_PACKAGE, "relevance.toml", path)


def load_functions(path: Path | None = None) -> FunctionRules:
    return load_rules(FunctionRules, DATA_PACKAGE, "functions.toml", path)


RELEVANCE = load_relevance()
FUNCTIONS = load_functions()
