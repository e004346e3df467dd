"""Extraction's word lists are data: the shipped file loads with its owner and version, drives the
readers of facts, and a file off its schema is refused with the reason."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from samarinda_common.rules import RulesError
from samarinda_extraction.domain.language import detect_language
from samarinda_extraction.domain.metadata import find_dates, find_opd_names
from samarinda_extraction.domain.vocabulary import VOCABULARY, load_vocabulary


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    text = resources.files("samarinda_extraction.data").joinpath("vocabulary.toml").read_text("utf-8")
    assert old in text
    path = tmp_path / "vocabulary.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_the_shipped_file_names_its_owner_and_version_and_is_what_extraction_reads() -> None:
    assert VOCABULARY.owner and VOCABULARY.version
    assert VOCABULARY.months["oktober"] == 10 and find_dates("Samarinda, 14 Oktober 2025") == ["2025-10-14"]
    assert "Dinas" in VOCABULARY.agencies.heads
    assert find_opd_names("Kepala Dinas Pendidikan Nomor 5") == ["Dinas Pendidikan"]
    assert detect_language("yang dan di untuk dengan pada") == "id"


def test_a_changed_list_changes_what_is_read(tmp_path: Path) -> None:
    changed = load_vocabulary(_variant(tmp_path, "oktober = 10", "oktober = 10\noct = 10"))
    assert changed.months["oct"] == 10 and "oct" not in VOCABULARY.months


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("oktober = 10", "oktober = 13", "less than or equal to 12"),
        ("mei = 5\n", "", "months without a name: [5]"),
        ('"adalah",', '"Adalah",', "lower-case"),
        ('"adalah",', '"the",', "words in both languages"),
        ("min_hits = 3", "min_hits = 0", "min_hits"),
        ("owner = ", "maintainer = ", "owner"),
    ],
)
def test_a_file_off_its_schema_is_refused(tmp_path: Path, old: str, new: str, reason: str) -> None:
    path = _variant(tmp_path, old, new)
    with pytest.raises(RulesError) as refused:
        load_vocabulary(path)
    assert str(path) in str(refused.value) and reason in str(refused.value)
