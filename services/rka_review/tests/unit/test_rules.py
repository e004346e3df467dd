"""The review's vocabularies are data: each shipped file loads, names its owner and version, and a
file that breaks the schema is refused with the file and the reason."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest
from samarinda_common.rules import RulesError, RulesFile
from samarinda_rka_review.domain import rules
from samarinda_rka_review.domain.categories import ItemCategory
from samarinda_rka_review.domain.taxonomy import categorise, fits_context
from samarinda_rka_review.domain.text import canonical_unit, tokens

LOADERS: dict[str, Callable[[Path | None], RulesFile]] = {
    "vocabulary.toml": rules.load_vocabulary,
    "equivalents.toml": rules.load_equivalents,
    "taxonomy.toml": rules.load_taxonomy,
    "review.toml": rules.load_review_rules,
    "rka_layout.toml": rules.load_rka_layout,
    "units.toml": rules.load_units,
    "accounts.toml": rules.load_account_rules,
}


def _shipped(name: str) -> str:
    return resources.files("samarinda_rka_review.data").joinpath(name).read_text(encoding="utf-8")


def _variant(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = _shipped(name)
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_every_shipped_file_loads_and_names_its_owner_and_version(name: str) -> None:
    loaded = LOADERS[name](None)
    raw = tomllib.loads(_shipped(name))
    assert loaded.owner == raw["owner"] and loaded.owner
    assert loaded.version == raw["version"] and loaded.version


def test_the_data_is_what_the_review_uses() -> None:
    taxonomy = rules.TAXONOMY
    first = taxonomy.category[0]
    assert categorise(first.keywords[0].title()) is first.name
    assert rules.VOCABULARY.synonyms["notebook"] == "laptop" and "laptop" in tokens("Notebook 14 inch")
    assert canonical_unit("Pcs") == rules.VOCABULARY.unit_canon["pcs"]
    # a category restricted by [context] is refused where none of its words appear
    assert ItemCategory.VEHICLE in taxonomy.context
    assert not fits_context(ItemCategory.VEHICLE, "Penyelenggaraan Rapat Koordinasi Perencanaan")
    assert fits_context(ItemCategory.VEHICLE, "Pengadaan Kendaraan Dinas Operasional")


def test_word_groups_are_expanded() -> None:
    taxonomy = rules.TAXONOMY
    assert taxonomy.context[ItemCategory.CONSTRUCTION] == taxonomy.word_groups["construction"]
    assert not any(w.startswith("@") for words in taxonomy.context.values() for w in words)


@pytest.mark.parametrize(
    ("name", "old", "new", "reason"),
    [
        ("taxonomy.toml", 'name = "LUXURY"', 'name = "YACHTS"', "unknown item category 'YACHTS'"),
        (
            "taxonomy.toml",
            'CONSTRUCTION = ["@construction"]',
            'CONSTRUCTION = ["@building"]',
            "no word group",
        ),
        ("taxonomy.toml", "[why]\nVEHICLE = ", "[why]\nVEHICLE_X = ", "unknown item category 'VEHICLE_X'"),
        ("taxonomy.toml", "durable = [\n", 'durable = [\n    "FOOD",\n', "durable and consumable_or_service"),
        ("vocabulary.toml", 'notebook = "laptop"', 'Notebook = "laptop"', "lower case"),
        ("vocabulary.toml", 'version = "2027.8"', 'version = ""', "version"),
        ("vocabulary.toml", '["polos", "ulir"]', '["polos"]', "needs two words or more"),
        ("accounts.toml", 'kode_barang = "1.3.3"', 'kode_barang = "1.3.2.05"', "lies inside 1.3.2"),
        ("accounts.toml", 'account = "5.2.03"', 'account = "lima"', "account"),
        ("accounts.toml", "compared_segments = 3", "compared_segments = 1", "compared_segments"),
        ("review.toml", "weight_name = 0.45", "weight_name = 0.5", "not 1"),
        ("review.toml", "typo_cutoff = 88.0", "typo_cutoff = 880.0", "typo_cutoff"),
        ("rka_layout.toml", 'required_columns = ["uraian"', 'required_columns = ["nama"', "not in [columns]"),
        ("rka_layout.toml", "owner = ", "owners = ", "owner"),
        ("units.toml", 'ton = "tonne"', 'ton = "tonnes of fun"', "not a unit pint knows"),
        (
            "units.toml",
            'nominal = ["inci"]',
            'nominal = ["inci", "hasta"]',
            "nominal units not in [physical]",
        ),
        ("units.toml", "lusin = { holds = 12,", "lusin = { holds = 0,", "holds"),
        ("equivalents.toml", "groups = [", 'groups = [\n    ["hanya satu"],', "two wordings or more"),
        ("equivalents.toml", "groups = [", 'groups = [\n    ["aki", "baterai"],', "stands in two groups"),
        ("equivalents.toml", "groups = [", 'groups = [\n    ["Kapital", "kecil"],', "lower case"),
        ("units.toml", "kotak = []", 'kotak = []\nlusin = ["meter"]', "both a fixed pack and a container"),
        ("units.toml", 'roll = ["meter"]', 'roll = ["gantang"]', "not a unit pint knows"),
    ],
)
def test_a_file_that_breaks_the_schema_is_refused_with_the_reason(
    tmp_path: Path, name: str, old: str, new: str, reason: str
) -> None:
    path = _variant(tmp_path, name, old, new)
    with pytest.raises(RulesError) as refused:
        LOADERS[name](path)
    assert str(path) in str(refused.value)
    assert reason in str(refused.value)


def test_a_restricted_category_without_an_explanation_is_refused(tmp_path: Path) -> None:
    text = _shipped("taxonomy.toml")
    start = text.index("\nVEHICLE = ", text.index("[why]"))
    end = text.index("\n", start + 1)
    path = tmp_path / "taxonomy.toml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(RulesError, match="restricted without a \\[why\\]: \\['VEHICLE'\\]"):
        rules.load_taxonomy(path)


def test_a_missing_or_broken_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match=r"nowhere\.toml"):
        rules.load_vocabulary(tmp_path / "nowhere.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("owner = \n", encoding="utf-8")
    with pytest.raises(RulesError, match=r"broken\.toml"):
        rules.load_taxonomy(broken)
