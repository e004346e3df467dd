"""The achievement % a target and a realisation give, by the indicator's direction."""

from __future__ import annotations


def by_direction(target: float, realisation: float) -> tuple[list[float], list[float]]:
    """The achievements (in %) of a higher-is-better indicator (realisation ÷ target) and of a
    lower-is-better one ((2·target − realisation) ÷ target, and target ÷ realisation when there is a
    realisation: the two Permenpan 53/2014 allows). ``target`` is not 0."""
    higher = [realisation / target * 100]
    lower = [(2 * target - realisation) / target * 100]
    if realisation != 0:
        lower.append(target / realisation * 100)
    return higher, lower
