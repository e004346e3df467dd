"""What kind of thing a budget line buys, and which sub-kegiatan it can serve.

Keywords are in :func:`text.normalise` form (``uangharian``, ``airmineral``...). Categories are
tried in order, so that ``Sewa kendaraan`` is a rental, ``BBM kendaraan`` fuel and ``Toner
printer`` an office consumable, before the vehicle or the printer is seen.
"""

from __future__ import annotations

import re
from functools import lru_cache

from samarinda_rka_review.domain.categories import ItemCategory
from samarinda_rka_review.domain.rules import TAXONOMY
from samarinda_rka_review.domain.text import normalise
from samarinda_rka_review.domain.word_roots import derived_roots

__all__ = [
    "CONSUMABLE_OR_SERVICE",
    "CONTEXT",
    "DOMAIN_CONTEXT",
    "DURABLE",
    "WHY",
    "ItemCategory",
    "builds_or_repairs",
    "categorise",
    "fits_context",
    "for_room_comfort",
    "is_meeting_like",
    "item_head",
]


_KEYWORDS = tuple((c.name, c.keywords) for c in TAXONOMY.category)

DURABLE = TAXONOMY.durable
CONSUMABLE_OR_SERVICE = TAXONOMY.consumable_or_service


def _has(text: str, keyword: str) -> bool:
    return f" {keyword} " in text


def _keyword_table() -> tuple[re.Pattern[str], dict[str, ItemCategory]]:
    owner: dict[str, ItemCategory] = {}
    for category, keywords in _KEYWORDS:
        for keyword in keywords:
            owner.setdefault(keyword, category)  # the earlier family wins a shared keyword
    alternatives = "|".join(re.escape(k) for k in sorted(owner, key=len, reverse=True))
    return re.compile(rf"(?<!\S)({alternatives})(?!\S)"), owner


_KEYWORD_RE, _KEYWORD_OWNER = _keyword_table()


@lru_cache(maxsize=16384)
def categorise(uraian: str, spesifikasi: str | None = None) -> ItemCategory:
    """The category of the keyword that comes first in the item's name (its head noun), so that
    ``Genset 5000 watt bensin`` is an appliance, not fuel; luxury anywhere wins. The name's head
    (before ``untuk ...`` and outside brackets) is read first, so that ``Dexlite untuk genset``
    is fuel; the spec is a fallback for names that say nothing. Past the head, as in a spec, a
    motor or a fuel says how the item runs (``Alat pijat kaki (motor 1/2 HP)``), never what it is."""
    sources = ((item_head(uraian), ()), (uraian, _SPEC_ONLY_DESCRIBES), (spesifikasi, _SPEC_ONLY_DESCRIBES))
    for source, ignored in sources:
        text = normalise(source)
        found = [
            _KEYWORD_OWNER[m.group(1)]
            for m in _KEYWORD_RE.finditer(text)
            if _KEYWORD_OWNER[m.group(1)] not in ignored and _names_item(m, text)
        ]
        if ItemCategory.LUXURY in found:
            return ItemCategory.LUXURY
        if found:
            return _for_an_event(found[0], normalise(item_head(uraian)))
    return ItemCategory.OTHER


def names_category(text: str, category: ItemCategory) -> bool:
    """Whether a keyword of ``category`` names the item anywhere in the text, not only first
    (``Jasa cetak brosur`` names a service and printing)."""
    normalised = normalise(text)
    return any(
        _KEYWORD_OWNER[m.group(1)] is category and _names_item(m, normalised)
        for m in _KEYWORD_RE.finditer(normalised)
    )


def _for_an_event(category: ItemCategory, head: str) -> ItemCategory:
    """A hire whose name (``head``, normalised) says the event it furnishes (``Sewa kios bazar``,
    ``Sewa rangka festival``) is an event rental whatever it hires: no keyword list names every
    fixture. A purpose clause (``untuk bazar``) says what the hire is used for, not what it is."""
    if category is ItemCategory.RENTAL and any(_has(f" {head} ", w) for w in TAXONOMY.event_rental_occasions):
        return ItemCategory.EVENT_RENTAL
    return category


# In a spec these say how the item runs, not what it is (``Chainsaw — bensin 2 tak``).
_SPEC_ONLY_DESCRIBES = TAXONOMY.spec_only_describes
# Materials name an item only as its first word (``Besi beton``); after a noun they describe it
# (``Borgol baja``, ``Rak besi``).
_MATERIALS = TAXONOMY.materials
# What follows a purpose word (also abbreviated: ``utk``, ``u/``) says what the item is for.
_PURPOSE = re.compile(
    r"\s(?:untuk|utk|u/|bagi|guna|buat|keperluan|kebutuhan|(?:dalam|dlm) rangka)\s.*$|\([^)]*\)",
    re.IGNORECASE,
)


def item_head(uraian: str | None) -> str:
    """The part of a line's name that says what is bought: ``Toner laser untuk cetak KK`` →
    ``Toner laser``; ``Kertas HVS (cetak KK)`` → ``Kertas HVS``."""
    head = _PURPOSE.sub(" ", f" {uraian or ''} ")
    return re.sub(r"\s+", " ", head).strip()


# Person words name the line only first or after a payment word (``Biaya panitia``); after
# another noun they say whose the item is (``Map berkas panitia``).
_RECIPIENTS = frozenset(normalise(w) for w in TAXONOMY.recipients)
_PAYMENTS = frozenset(normalise(w) for w in TAXONOMY.payments)


def _names_item(match: re.Match[str], text: str) -> bool:
    word = match.group(1)
    before = text[: match.start()].split()
    if word in _RECIPIENTS:
        return not before or before[-1] in _PAYMENTS
    return word not in _MATERIALS or match.start() == 0


# Words in a sub-kegiatan's name or output that make a restricted category legitimate there.
CONTEXT = TAXONOMY.context

# The fields (not the items) an item category serves: named in an operational sub-kegiatan they make
# it legitimate (``Penyediaan Sarana Pengelolaan Sampah`` buys garbage motorcycles), but not in a
# meeting-like one whose output is people or documents (``Sosialisasi KIE Rawan Bencana``).
DOMAIN_CONTEXT = TAXONOMY.domain_context

# Why such an item only fits some sub-kegiatan (the explanation given to the reviewer).
WHY = TAXONOMY.why


# Sub-kegiatan whose output is a meeting, an event or a document: physical purchases are judged by
# the output alone, so that ``Rapat Koordinasi Teknis Jalan`` does not make cement legitimate.
_MEETING_LIKE = TAXONOMY.meeting_like


def is_meeting_like(nama: str) -> bool:
    text = f" {normalise(nama)} "
    return any(_has(text, word) for word in _MEETING_LIKE)


# Sub-kegiatan that work in the field (order, rescue, disaster response), by their name.
_FIELD_OPERATIONS = TAXONOMY.word_groups.get("field_operations", ())


def is_field_operation(nama: str) -> bool:
    text = f" {normalise(nama)} "
    return any(_has(text, word) for word in _FIELD_OPERATIONS)


# Categories that serve events: for them an event-like name (``Lomba``, ``Festival``) is the context
# itself, not a meeting about something else.
_EVENT_CATEGORIES = TAXONOMY.event_categories


def for_room_comfort(uraian: str) -> bool:
    """The item's head names an appliance for a room's comfort (``room_comfort``): a fridge or a
    television serves the people in an office or a shelter, not a field operation's crew."""
    head = f" {normalise(item_head(uraian))} "
    return any(_has(head, word) for word in TAXONOMY.room_comfort)


def fits_context(
    category: ItemCategory,
    nama: str,
    output: str | None = None,
    *,
    handed_over: bool = False,
    by_field: bool = True,
) -> bool:
    """Whether an item of ``category`` can serve the sub-kegiatan ``nama`` with output ``output``.

    ``handed_over``: the goods are given to the public (their account says so), so they are the
    output itself and the whole name of the sub-kegiatan counts. ``by_field``: a field the name
    is named after (``domain_context``) may license the item (False for room comfort)."""
    context = CONTEXT.get(category)
    if context is None:
        return True  # unrestricted: meals, stationery, honoraria... serve any sub-kegiatan
    by_output_only = is_meeting_like(nama) and not handed_over and category not in _EVENT_CATEGORIES
    described = output if by_output_only and output else f"{nama} {output or ''}"
    # Equipment serves the deed a name makes of a thing (computers where records are archived); other
    # categories keep to the words as written (a root licensed goods no output needed).
    text = _with_noun_roots(described) if category in DURABLE else f" {normalise(described)} "
    if any(_has(text, word) for word in context):
        return True
    # A field counts only when the sub-kegiatan is named after it: a boat serves "Penyediaan
    # Peralatan Kesiapsiagaan Bencana", not "Penyediaan Sandang" for disaster victims.
    name = f" {normalise(nama)} "
    if is_meeting_like(nama):
        return False
    by_its_field = by_field and any(_has(name, word) for word in DOMAIN_CONTEXT.get(category, ()))
    return (
        by_its_field
        or (category in TAXONOMY.operating_equipment and runs_a_service(nama))
        or (category in TAXONOMY.premises_upkeep and builds_or_repairs(nama))
    )


def builds_or_repairs(nama: str) -> bool:
    """The sub-kegiatan's name opens with physical works (``works_verbs``: ``Pemeliharaan Gedung
    Pasar``, ``Rehabilitasi Gedung Puskesmas``) on a thing that stays put: the works' object, the
    word after the verb, names no movable asset: no durable category's (``Pemeliharaan Kendaraan
    Dinas``) and no word of equipment (``Pemeliharaan Peralatan Kantor``) unless it is also one of
    construction or a place (``Pemeliharaan Prasarana ...``, ``Perbaikan Ruang Kelas``). Such a
    sub-kegiatan builds or repairs premises of whatever field it serves."""
    words = normalise(nama).split()
    if len(words) < _VERB_AND_OBJECT or words[0] not in TAXONOMY.works_verbs:
        return False
    thing = words[1]
    movable = thing in _EQUIPMENT_WORDS and thing not in _PREMISES_WORDS
    return categorise(thing) not in DURABLE and not movable


_EQUIPMENT_WORDS = frozenset(TAXONOMY.word_groups.get("equipment", ()))
_PREMISES_WORDS = frozenset(TAXONOMY.word_groups.get("construction", ())) | TAXONOMY.works_places


# A name of works says what it works on right after its verb.
_VERB_AND_OBJECT = 2


def _with_noun_roots(text: str) -> str:
    """``text`` normalised, then the roots of its affixed nouns (``Pengarsipan`` → ``arsip``),
    padded with spaces for word search: a sub-kegiatan's name says what it does to a thing with
    the noun of the deed, a context list names the thing bare. Only
    an ``-an`` noun read back to a root of four letters or more: shorter roots and prefix-only
    readings name other things too often."""
    words = normalise(text).split()
    roots = {
        root
        for word in words
        if word.endswith("an")
        for root in derived_roots(word)
        if len(root) >= _NOUN_ROOT and not root.endswith("an")
    }
    return f" {' '.join(words + sorted(roots - set(words)))} "


# The shortest root an affixed noun of a sub-kegiatan's name is read back to.
_NOUN_ROOT = 4


def runs_a_service(nama: str) -> bool:
    """A sub-kegiatan that runs a service (``Pelaksanaan Pengujian ...``), not construction works."""
    name = f" {normalise(nama)} "
    building = CONTEXT.get(ItemCategory.CONSTRUCTION, ())
    return any(_has(name, w) for w in TAXONOMY.service_operations) and not any(
        _has(name, w) for w in building
    )
