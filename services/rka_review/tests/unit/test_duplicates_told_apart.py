"""A catalogue match firm enough to pair two lines of one item in other volumes: confident, or
clear of every other row the catalogue has (nothing near to mistake the line for)."""

from __future__ import annotations

from samarinda_common.price_catalogue import PriceReference
from samarinda_rka_review.domain.matching import Match, MatchOutcome


def row(id_: str, uraian: str) -> PriceReference:
    return PriceReference(id=id_, uraian=uraian, satuan="Unit", harga=1_000_000)


MOWER = row("mower", "Mesin Pemotong Rumput")
PUMP = row("pump", "Pompa Air Celup")
PUMP_LARGE = row("pump-large", "Pompa Air Celup 2 inch")


def outcome(*scored: tuple[PriceReference, float]) -> MatchOutcome:
    matches = [Match(reference, confidence, True) for reference, confidence in scored]
    return MatchOutcome(best=matches[0] if matches else None, candidates=matches)


def test_a_confident_match_is_firm_whatever_its_neighbours() -> None:
    assert outcome((PUMP, 0.9), (PUMP_LARGE, 0.85)).told_apart(floor=0.65, margin=0.2)


def test_a_loose_match_clear_of_every_other_row_is_firm() -> None:
    # ``Brush cutter`` worded apart from the catalogue's name, and no second machine near it
    assert outcome((MOWER, 0.58), (PUMP, 0.3)).told_apart(floor=0.65, margin=0.2)
    assert outcome((MOWER, 0.58)).told_apart(floor=0.65, margin=0.2)


def test_a_loose_match_with_a_neighbour_close_behind_is_not() -> None:
    assert not outcome((PUMP, 0.6), (PUMP_LARGE, 0.55)).told_apart(floor=0.65, margin=0.2)


def test_the_best_row_listed_twice_is_not_its_own_neighbour() -> None:
    assert outcome((MOWER, 0.58), (MOWER, 0.57)).told_apart(floor=0.65, margin=0.2)


def test_no_match_is_not_firm() -> None:
    assert not outcome().told_apart(floor=0.65, margin=0.2)
