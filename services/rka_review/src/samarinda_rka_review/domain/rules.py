"""The review's vocabularies as versioned data: loaded from ``samarinda_rka_review/data`` and
checked against their schema when the service starts (this module is imported by the domain).

``vocabulary.toml``: phrases, synonyms, stopwords, unit tables and exclusive word families (how
differently worded items meet). ``equivalents.toml``: wordings of one item (Indonesian names and
their loanwords) that the match stage treats alike. ``taxonomy.toml``: item categories with their
keywords, and which sub-kegiatan each restricted category can serve. ``review.toml``: the
matcher's weights and cut-offs, and which account kinds hold which items. ``rka_layout.toml``:
the column headers and header facts of an RKA spreadsheet. ``units.toml``: physical units,
packaging units, materials and grades (how a satuan or a spec is read as a quantity).
``accounts.toml``: the belanja account of each asset class of the kode barang
(catalogue-grounded account checks). Each file
names its ``owner`` and ``version``; a file that breaks the schema stops the service with
:class:`RulesError` saying where (:mod:`samarinda_common.rules`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)
from samarinda_common.rules import RulesFile, load_rules

from samarinda_rka_review.domain.categories import ItemCategory
from samarinda_rka_review.domain.units import to_base

DATA_PACKAGE = "samarinda_rka_review.data"
GROUP_PREFIX = "@"


def _word(value: str) -> str:
    if value != value.strip() or value != value.lower() or "  " in value:
        raise ValueError(f"{value!r}: words are lower case, single-spaced, without outer spaces")
    return value


def _category(value: object) -> ItemCategory:
    if isinstance(value, ItemCategory):
        return value
    try:
        return ItemCategory[str(value)]
    except KeyError:
        known = ", ".join(ItemCategory.__members__)
        raise ValueError(f"unknown item category {value!r} (one of {known})") from None


Word = Annotated[str, Field(min_length=1), AfterValidator(_word)]
Category = Annotated[ItemCategory, BeforeValidator(_category)]


class Vocabulary(RulesFile):
    stopwords: frozenset[Word]
    number_units: tuple[Word, ...] = Field(min_length=1)
    unit_joiners: frozenset[Word]
    upper_bounds: tuple[Word, ...] = ()
    exclusive_families: tuple[frozenset[Word], ...]
    phrases: dict[Word, Word]
    synonyms: dict[Word, Word]
    measure_units: dict[Word, Word]
    unit_canon: dict[Word, Word]

    @model_validator(mode="after")
    def _families_have_members(self) -> Self:
        for family in self.exclusive_families:
            if len(family) < 2:
                raise ValueError(f"exclusive family {sorted(family)} needs two words or more")
        return self


class Equivalents(RulesFile):
    # Each group: wordings of one item, the first the one the others are rewritten to.
    groups: tuple[tuple[Word, ...], ...]

    @model_validator(mode="after")
    def _groups_apart(self) -> Self:
        seen: set[str] = set()
        for group in self.groups:
            if len(group) < 2:
                raise ValueError(f"equivalent group {list(group)} needs two wordings or more")
            twice = seen & set(group)
            if twice or len(set(group)) != len(group):
                raise ValueError(f"wording {sorted(twice) or list(group)} stands in two groups or twice")
            seen.update(group)
        return self


class CategoryKeywords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Category
    keywords: tuple[Word, ...] = Field(min_length=1)


class Taxonomy(RulesFile):
    durable: frozenset[Category]
    consumable_or_service: frozenset[Category]
    spec_only_describes: tuple[Category, ...]
    materials: frozenset[Word]
    recipients: frozenset[Word] = frozenset()
    payments: frozenset[Word] = frozenset()
    meeting_like: tuple[Word, ...]
    event_categories: frozenset[Category]
    occasion_accounts: frozenset[Category] = frozenset()
    gathering_categories: frozenset[Category] = frozenset()
    # Equipment a unit running a service works with, and the words of a sub-kegiatan that runs one.
    operating_equipment: frozenset[Category] = frozenset()
    # Physical works on premises (the verbs opening such a sub-kegiatan's name) and what they use.
    works_verbs: frozenset[Word] = frozenset()
    works_places: frozenset[Word] = frozenset()
    premises_upkeep: frozenset[Category] = frozenset()
    service_operations: tuple[Word, ...] = ()
    # Appliances for a room's comfort: a field named by the sub-kegiatan does not license them.
    room_comfort: tuple[Word, ...] = ()
    # Events a hire may be named after: such a hire furnishes the event (an event rental).
    event_rental_occasions: tuple[Word, ...] = ()
    word_groups: dict[str, tuple[Word, ...]] = Field(default_factory=dict)
    # In matching order; a category may come twice, its later keywords then yield to those between.
    category: tuple[CategoryKeywords, ...] = Field(min_length=1)
    context: dict[Category, tuple[Word, ...]]
    domain_context: dict[Category, tuple[Word, ...]]
    why: dict[Category, str]

    @model_validator(mode="before")
    @classmethod
    def _expand_word_groups(cls, data: Any) -> Any:
        """``"@name"`` in a context list stands for the words of ``word_groups.name``."""
        if not isinstance(data, Mapping):
            return data
        groups = data.get("word_groups", {})
        expanded = dict(data)
        for table in ("context", "domain_context"):
            entries = data.get(table)
            if not isinstance(entries, Mapping):
                continue
            resolved: dict[str, list[str]] = {}
            for category, words in entries.items():
                resolved[category] = []
                for word in words:
                    if isinstance(word, str) and word.startswith(GROUP_PREFIX):
                        name = word.removeprefix(GROUP_PREFIX)
                        if name not in groups:
                            raise ValueError(f"{table}.{category}: no word group {name!r} in [word_groups]")
                        resolved[category].extend(groups[name])
                    else:
                        resolved[category].append(word)
            expanded[table] = resolved
        return expanded

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        both = self.durable & self.consumable_or_service
        if both:
            raise ValueError(f"durable and consumable_or_service at once: {sorted(c.name for c in both)}")
        unexplained = set(self.context) - set(self.why)
        if unexplained:
            raise ValueError(f"restricted without a [why]: {sorted(c.name for c in unexplained)}")
        return self


Share = Annotated[float, Field(ge=0, le=1)]


class MatchingRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    nature_words: frozenset[Word]
    printing_nature: frozenset[Word]
    nature_leads: frozenset[Word] = frozenset()
    generic_account_words: frozenset[Word]
    serving_units: frozenset[Word]
    periods: tuple[Word, ...]
    hired_counts: frozenset[Word]
    rental_nature: frozenset[Word]
    context_credit: Share
    weight_name: Share
    weight_query: Share
    weight_spec: Share
    weight_fuzzy: Share
    semantic_weight: Share
    semantic_z_floor: float = Field(ge=0)
    semantic_z_span: float = Field(gt=0)
    min_semantic_catalogue: int = Field(ge=2)
    typo_cutoff: float = Field(ge=0, le=100)
    # (from this many letters, at most this many edits), shortest first
    scanned_word_edits: tuple[tuple[int, int], ...] = ()
    same_price_credit: Share
    same_price_floor: Share
    copied_spec_confidence: Share = 0.0
    modifier_only_penalty: Share = 0.0
    spec_as_name: Share
    spec_names_item: Share
    spec_name_min_words: int = Field(ge=1)
    line_spec_as_name: Share

    @model_validator(mode="after")
    def _weights_sum_to_one(self) -> Self:
        total = self.weight_name + self.weight_query + self.weight_spec + self.weight_fuzzy
        if abs(total - 1) > 1e-9:
            raise ValueError(f"weight_name + weight_query + weight_spec + weight_fuzzy is {total}, not 1")
        if not self.printing_nature <= self.nature_words:
            raise ValueError("printing_nature must be nature_words too")
        return self


class AccountKind(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    account_word: Word
    categories: frozenset[Category] = Field(min_length=1)
    # The account buys one kind of goods and nothing else (meals, fuel): any item the taxonomy
    # places in another category is misplaced there, not only a clearly identified one.
    exclusive: bool = False
    # Goods the account never holds though no other account claims them outright (clothing under
    # stationery): misplaced there when the item's own name places them so.
    foreign: frozenset[Category] = frozenset()


class AccountRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    handed_over_words: tuple[Word, ...]
    clearly_identified: frozenset[Category]
    goods: frozenset[Category]
    kind: tuple[AccountKind, ...]


class ReviewRules(RulesFile):
    matching: MatchingRules
    accounts: AccountRules


class ColumnInference(BaseModel):
    """How far the body's contents may override or complete the header's labels."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sample_rows: int = Field(ge=3)
    min_share: float = Field(gt=0.5, le=1)
    tolerance: float = Field(ge=0, lt=0.05)
    ppn_rates: tuple[int, ...] = Field(min_length=1)


class RkaLayout(RulesFile):
    required_columns: tuple[Word, ...] = Field(min_length=1)
    columns: dict[Word, tuple[Word, ...]]
    header_facts: dict[Word, tuple[Word, ...]]
    code_levels: dict[Word, tuple[Annotated[int, Field(gt=0)], ...]]
    superseded_groups: tuple[Word, ...]
    form_words: tuple[Word, ...] = Field(min_length=1)
    organisation_kinds: tuple[Word, ...] = Field(min_length=1)
    inference: ColumnInference

    @model_validator(mode="after")
    def _names_are_known(self) -> Self:
        unknown = set(self.required_columns) - set(self.columns)
        if unknown:
            raise ValueError(f"required_columns not in [columns]: {sorted(unknown)}")
        unnamed = set(self.code_levels) - set(self.header_facts)
        if unnamed:
            raise ValueError(f"code_levels not in [header_facts]: {sorted(unnamed)}")
        if len(set(self.code_levels.values())) != len(self.code_levels):
            raise ValueError("two code_levels share one code shape")
        return self


def _unit_expression(value: str) -> str:
    try:
        to_base(value)
    except Exception as exc:  # pint raises several unrelated types for an unknown expression
        raise ValueError(f"{value!r} is not a unit pint knows: {exc}") from None
    return value


UnitExpression = Annotated[str, Field(min_length=1), AfterValidator(_unit_expression)]


class FixedPack(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    holds: int = Field(gt=0)
    of: Word


class UnitRules(RulesFile):
    physical: dict[Word, UnitExpression]
    nominal: frozenset[Word]
    fixed_packs: dict[Word, FixedPack]
    containers: dict[Word, tuple[UnitExpression, ...]]
    materials: dict[Word, Word]
    grades: dict[Word, Word]
    same_quantity: tuple[tuple[Word, Word], ...] = ()
    multipliers: dict[Word, int] = Field(default_factory=dict)
    counted_sets: frozenset[Word] = frozenset()
    counted_by_packs: frozenset[Word] = frozenset()
    pieces_per: dict[Word, int] = Field(default_factory=dict)
    sizes: frozenset[Word] = frozenset()

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if not self.nominal <= set(self.physical):
            raise ValueError(f"nominal units not in [physical]: {sorted(self.nominal - set(self.physical))}")
        overlap = set(self.fixed_packs) & set(self.containers)
        if overlap:
            raise ValueError(f"both a fixed pack and a container: {sorted(overlap)}")
        return self


_CODE = r"^\d+(\.\d+)*$"


class AccountClass(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kode_barang: str = Field(pattern=_CODE)
    account: str = Field(pattern=_CODE)
    name: str = Field(min_length=1)
    # capitalised only from the capitalisation threshold up (equipment)
    threshold: bool = False
    # belanja modal accounts whose asset these goods become part of (supplies only)
    capitalised_into: tuple[str, ...] = ()


class NarrowObjek(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # the objek's name as ``account_words`` reads it (``kertas dan cover``)
    account_word: Word
    # words of an item's own name that place it in this objek
    item_words: tuple[Word, ...] = Field(min_length=1)


class AccountRulesFile(RulesFile):
    compared_segments: int = Field(ge=2)
    fixed_asset: tuple[AccountClass, ...] = Field(min_length=1)
    supplies: tuple[AccountClass, ...] = Field(min_length=1)
    # the first word(s) of a line that carries the tax on the lines above it, not an item
    tax_words: tuple[Word, ...] = Field(min_length=1)
    # costs that become part of an asset (planning, supervision, installation, delivery)
    capitalised_cost_words: tuple[Word, ...] = Field(min_length=1)
    # variants the chart of accounts splits on (dalam kota / luar negeri)
    account_variants: frozenset[Word] = Field(min_length=1)
    # words saying the item is rented, wherever they stand in its name
    rental_words: tuple[Word, ...] = Field(min_length=1)
    # the name the chart of accounts gives a code's jenis/objek, for a line printed without one
    code_names: dict[str, str] = Field(default_factory=dict)
    # words of any account name that say nothing of its kind (``Belanja``)
    unnamed_account_words: frozenset[Word] = frozenset()
    # an item so named is rented, licensed or serviced, not bought
    not_purchase_words: tuple[Word, ...] = Field(min_length=1)
    # a catalogue section so named files assets, whatever kode barang its rows carry
    asset_section_words: tuple[Word, ...] = ()
    # account names (as ``account_words`` reads them) of spending that buys no goods: pay for
    # people, trips, rentals. A row the catalogue files as goods is never booked there.
    no_goods_account_words: tuple[Word, ...] = ()
    # the chart's jenis/objek codes of that spending (Belanja Jasa, Belanja Perjalanan Dinas)
    no_goods_account_codes: tuple[str, ...] = ()
    # account names of fees paid to people, and the units that count things rather than people
    # or their time: a line there in such a unit buys goods, whatever its name
    people_account_words: tuple[Word, ...] = ()
    piece_units: frozenset[Word] = frozenset()
    # account names of official trips, and the unit of things a trip may still be bought in
    trip_account_words: tuple[Word, ...] = ()
    trip_package_units: frozenset[Word] = frozenset()
    # catalogue sections of work and hire: their rows price services, never goods
    service_section_words: tuple[Word, ...] = ()
    # machinery that becomes part of an installation or network it is built into
    installed_categories: frozenset[Category] = Field(min_length=1)
    installation_account_words: tuple[Word, ...] = Field(min_length=1)
    # account names that keep an asset in repair (the asset named after these words), and the
    # categories that are upkeep of any asset
    maintenance_account_words: tuple[Word, ...] = ()
    upkeep_categories: frozenset[Category] = frozenset()
    # account names whose goods are parts of assets already owned
    parts_account_words: tuple[Word, ...] = Field(min_length=1)
    # item categories that are services (belanja jasa, 5.1.02.02), never goods (5.1.02.01)
    service_categories: frozenset[Category] = frozenset()
    # categories of the goods an account is named after that are used up in use (no fixed asset)
    consumed_account_categories: frozenset[Category] = frozenset()
    # categories of goods used up in use or in the office: never part of a fixed asset
    never_built_in_categories: frozenset[Category] = frozenset()
    # durable categories a persediaan kode barang does not make supplies at a capital price
    capital_goods_whatever_coded: frozenset[Category] = frozenset()
    # how authors shorten account names, rewritten to the words the account kinds name
    account_abbreviations: dict[Word, Word]
    # accounts of hired labour, and the roles whose fees have an honorarium objek of their own
    labour_account_words: tuple[Word, ...] = ()
    honorarium_roles: tuple[Word, ...] = ()
    # office-supply objek narrower than stationery, each with the words of the goods it holds
    narrow_office_objek: tuple[NarrowObjek, ...] = ()

    @model_validator(mode="after")
    def _disjoint(self) -> Self:
        prefixes = [c.kode_barang for c in (*self.fixed_asset, *self.supplies)]
        for a in prefixes:
            for b in prefixes:
                if a != b and b.startswith(a + "."):
                    raise ValueError(f"kode barang {b} lies inside {a}: classes must not overlap")
        if len(set(prefixes)) != len(prefixes):
            raise ValueError("a kode barang class is listed twice")
        return self


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    return load_rules(Vocabulary, DATA_PACKAGE, "vocabulary.toml", path)


def load_equivalents(path: Path | None = None) -> Equivalents:
    return load_rules(Equivalents, DATA_PACKAGE, "equivalents.toml", path)


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    return load_rules(Taxonomy, DATA_PACKAGE, "taxonomy.toml", path)


def load_review_rules(path: Path | None = None) -> ReviewRules:
    return load_rules(ReviewRules, DATA_PACKAGE, "review.toml", path)


def load_rka_layout(path: Path | None = None) -> RkaLayout:
    return load_rules(RkaLayout, DATA_PACKAGE, "rka_layout.toml", path)


def load_units(path: Path | None = None) -> UnitRules:
    return load_rules(UnitRules, DATA_PACKAGE, "units.toml", path)


def load_account_rules(path: Path | None = None) -> AccountRulesFile:
    return load_rules(AccountRulesFile, DATA_PACKAGE, "accounts.toml", path)


VOCABULARY = load_vocabulary()
EQUIVALENTS = load_equivalents()
UNITS = load_units()
TAXONOMY = load_taxonomy()
REVIEW = load_review_rules()
RKA_LAYOUT = load_rka_layout()
ACCOUNTS = load_account_rules()
