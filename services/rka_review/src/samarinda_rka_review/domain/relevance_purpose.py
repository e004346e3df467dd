"""What a sub-kegiatan's equipment words are about: an equipment word read with its object.

Indonesian noun phrases put the head first and the modifier after it: a network word of
a sub-kegiatan's name is an IT network when nothing follows, a sewer network when a sewer word
does. The taxonomy's equipment words license office and household durables anywhere in a
name; read alone, a sewer network licensed a washing machine. Here such a
word is dropped when the noun it governs is infrastructure (a word of the construction group that
the public-works function names as its own) or when the run it heads, or the run with its object,
names another durable class (furniture procurement licenses no computer); and a name whose head
names the goods it provides licenses nothing by the beneficiaries it names after them; in works on
premises the equipment words name the premises and license no appliance or computer. Pure
functions over the rules files.
"""

from __future__ import annotations

from functools import lru_cache

from samarinda_rka_review.domain.opd_functions import BY_NAME
from samarinda_rka_review.domain.relevance_rules import RELEVANCE
from samarinda_rka_review.domain.rules import TAXONOMY
from samarinda_rka_review.domain.taxonomy import (
    CONTEXT,
    DOMAIN_CONTEXT,
    DURABLE,
    ItemCategory,
    builds_or_repairs,
    categorise,
    item_head,
)
from samarinda_rka_review.domain.text import normalise

# Words this short are connectives inside a run of equipment words (``sarana dan prasarana``).
_CONNECTIVE_LENGTH = 3
RULES = RELEVANCE.equipment_objects


def _single_words(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in (normalise(p) for p in phrases) if w and " " not in w)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    equipment = _single_words(TAXONOMY.word_groups.get(RULES.equipment_group, ()))
    construction = _single_words(TAXONOMY.word_groups.get(RULES.infrastructure_group, ()))
    public_works = _single_words(BY_NAME[RULES.infrastructure_function].context)
    return equipment, (construction & public_works) - equipment


def _classes_named(head: str, governed: str | None) -> set[ItemCategory]:
    """The categories whose own context or field names the phrase ``head governed`` (an equipment
    word and its object naming a class of goods, as assistive devices name medical equipment's)."""
    if governed is None:
        return set()
    phrase = f"{head} {governed}"
    return {
        c
        for table in (CONTEXT, DOMAIN_CONTEXT)
        for c, words in table.items()
        if phrase in (normalise(w) for w in words)
    }


def read_with_objects(text: str | None, category: ItemCategory) -> str | None:
    """``text`` without the equipment words whose object is infrastructure or whose run names a
    durable class other than ``category``; unchanged for categories not so licensed."""
    if text is None or category not in RULES.categories:
        return text
    equipment, infrastructure = _vocabulary()
    words = normalise(text).split()
    dropped: set[int] = set()
    for start, word in enumerate(words):
        if word not in equipment or start in dropped:
            continue
        run, end = [start], start + 1
        while end < len(words) and (words[end] in equipment or len(words[end]) <= _CONNECTIVE_LENGTH):
            if words[end] in equipment:
                run.append(end)
            end += 1
        governed = words[end] if end < len(words) else None
        classes = {categorise(words[i]) for i in run} | _classes_named(words[run[-1]], governed)
        other_class = any(c in DURABLE and c is not category for c in classes)
        infrastructure_object = governed in infrastructure and category in RULES.infrastructure_categories
        if other_class or infrastructure_object:
            dropped.update(run)
    return " ".join(w for i, w in enumerate(words) if i not in dropped)


def _without_equipment_words(text: str, nama: str, category: ItemCategory) -> str:
    """``text`` without its equipment words when ``nama`` builds or repairs premises: there
    ``Prasarana``, ``Gedung`` or ``Fasilitas`` name the premises the works are done on, which
    license no office or household appliance or computer (a projector in the upkeep of a cemetery's
    grounds). Furniture may still furnish what is built."""
    if category not in RULES.infrastructure_categories or not builds_or_repairs(nama):
        return text
    equipment, _ = _vocabulary()
    return " ".join(w for w in normalise(text).split() if w not in equipment)


def purpose_of_output(output: str | None, nama: str, category: ItemCategory) -> str | None:
    """The output read as :func:`purpose_of_name` reads the name: with objects, and without its
    equipment words in works on premises."""
    read = read_with_objects(output, category)
    return None if read is None else _without_equipment_words(read, nama, category)


def purpose_of_name(nama: str, category: ItemCategory) -> str:
    """The part of a sub-kegiatan's name that licenses office and household durables: the whole
    name, read with objects, unless its head (before ``untuk``/``bagi``/brackets) names goods of
    another kind (``Penyediaan Pakan bagi Ternak Korban Banjir`` provides feed): then the
    beneficiaries and purposes after it say for whom, not what, and license nothing."""
    if category not in RULES.categories:
        return nama
    head = item_head(nama)
    provided = categorise(head)
    chosen = head if provided not in (ItemCategory.OTHER, category) else nama
    return _without_equipment_words(read_with_objects(chosen, category) or "", nama, category)
