"""Intake on the layout zoo (tests/layouts): RKAs and catalogues in layouts the parsers were not
written against. Held to the figures measured when the zoo was built (README, "Intake in any
layout"); the holdout layouts were never debugged on, so their floor is lower. The same floors
hold through the extraction service's reader, the path the deployed review reads uploads by."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

LAYOUTS = Path(__file__).resolve().parents[1] / "layouts"


def _measure_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("layout_measure", LAYOUTS / "measure.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["layout_measure"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=["offline", "service"])
def totals(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, object]]:
    result: dict[str, dict[str, object]] = _measure_module().measure(
        tmp_path_factory.mktemp("zoo"), service=request.param == "service"
    )
    return result


# (kind, split): (min recall, min precision, most files refused)
FLOORS = {
    ("rka", "dev"): (0.98, 0.98, 0),
    ("rka", "holdout"): (0.90, 0.95, 2),
    ("catalogue", "dev"): (0.98, 0.98, 0),
    ("catalogue", "holdout"): (0.98, 0.98, 0),
}


@pytest.mark.parametrize(("kind", "split"), sorted(FLOORS))
def test_intake_recall_and_precision_on_the_zoo(
    totals: dict[str, dict[str, object]], kind: str, split: str
) -> None:
    score = totals[kind][split]
    min_recall, min_precision, most_refused = FLOORS[(kind, split)]
    assert score.files >= (6 if split == "dev" else 3)  # type: ignore[attr-defined]
    assert score.recall >= min_recall, score  # type: ignore[attr-defined]
    assert score.precision >= min_precision, score  # type: ignore[attr-defined]
    assert score.refused <= most_refused, score  # type: ignore[attr-defined]


def test_the_zoo_is_large_and_holds_out_a_third() -> None:
    zoo = _measure_module().load_zoo()
    assert len(zoo.RKA_LAYOUTS) >= 20 and len(zoo.CATALOGUE_LAYOUTS) >= 6
    assert len({layout.name for layout in zoo.RKA_LAYOUTS}) == len(zoo.RKA_LAYOUTS)
    assert 0.25 <= len(zoo.HOLDOUT) / len(zoo.RKA_LAYOUTS) <= 0.4
