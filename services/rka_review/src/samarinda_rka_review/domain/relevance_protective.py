"""Judge stage: protective work gear in a sub-kegiatan whose work is done at a desk.

Safety shoes, helmets and work clothes protect people doing physical work. A sub-kegiatan that
holds meetings, socialises a regulation, drafts a report or marks a ceremony has no one to
protect — unless it serves a function whose work is physical (works, transport, environment,
disaster, order, farming, health) or names field work. The gear is known by the account it is
booked to (the chart of accounts files work clothing and protective equipment apart) or by its
own name, so the reading holds for gear no category knows. A sub-kegiatan whose name was not read
is judged by its output and its kegiatan. Pure functions over ``data/relevance.toml``
(``[protective_gear]``).
"""

from __future__ import annotations

from functools import lru_cache

from samarinda_common.rka import RkaLine, SubKegiatan

from samarinda_rka_review.domain.account_names import item_name
from samarinda_rka_review.domain.opd_functions import BY_NAME, sub_profile
from samarinda_rka_review.domain.relevance_rules import RELEVANCE
from samarinda_rka_review.domain.taxonomy import is_field_operation
from samarinda_rka_review.domain.text import first_phrase, normalise, phrases_longest_first

RULES = RELEVANCE.protective_gear
_UNKNOWN = RULES.field_functions - set(BY_NAME)
if _UNKNOWN:
    raise ValueError(f"protective_gear.field_functions not defined in functions.toml: {sorted(_UNKNOWN)}")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    return (
        phrases_longest_first(RULES.account_words),
        phrases_longest_first(RULES.item_words),
        phrases_longest_first(RULES.desk_words),
        phrases_longest_first(RULES.field_words),
    )


def _first(text: str | None, words: tuple[str, ...]) -> str | None:
    return first_phrase(normalise(text), words)


def protective(line: RkaLine) -> str | None:
    """The words that make a line protective work gear: its account's or its own name's."""
    account_words, item_words, _, _ = _words()
    return _first(line.account_name, account_words) or _first(item_name(line), item_words)


def _described(sub: SubKegiatan) -> str:
    """What the sub-kegiatan does: its name, or its output and kegiatan when the name was not read."""
    if sub.named:
        return sub.nama
    return " ".join(p for p in (sub.indikator, sub.kegiatan) if p)


def desk_work(sub: SubKegiatan, opd_name: str | None = None) -> str | None:
    """The word saying the sub-kegiatan's work is done at a desk or a meeting (None when it is not,
    or when it serves a physical function or names field work)."""
    _, _, desk_words, field_words = _words()
    described = _described(sub)
    desk = _first(described, desk_words)
    if desk is None or is_field_operation(described):
        return None
    whole = " ".join(p for p in (described, sub.indikator, sub.kegiatan) if p)
    if _first(whole, field_words) is not None:
        return None
    if sub_profile(sub, opd_name).functions & RULES.field_functions:
        return None
    return desk


def gear_at_desk(line: RkaLine, sub: SubKegiatan, opd_name: str | None = None) -> tuple[str, str] | None:
    """The gear's word and the desk-work word when protective gear is budgeted for desk work."""
    gear = protective(line)
    if gear is None:
        return None
    desk = desk_work(sub, opd_name)
    return (gear, desk) if desk is not None else None
