"""How a line and its account are read for the account checks (pure functions over ``accounts.toml``).

Authors write account names their own way (``Bel. Mamin Rapat``), add tax lines under the goods
they tax (``PPN 11%``), put the costs of building or installing an asset under its belanja
modal, and write specs that name how an item runs (``Listrik, 200 watt``) rather than what it is.
Read literally, each of these raised false account alarms on RKAs the rules had never seen.
"""

from __future__ import annotations

import re

from samarinda_common.rka import RkaLine

from samarinda_rka_review.domain.rules import ACCOUNTS, AccountClass
from samarinda_rka_review.domain.taxonomy import (
    CONSUMABLE_OR_SERVICE,
    DURABLE,
    ItemCategory,
    categorise,
    item_head,
    names_category,
)
from samarinda_rka_review.domain.text import content_word, first_phrase, normalise

_ABBREVIATIONS = sorted(ACCOUNTS.account_abbreviations.items(), key=lambda kv: -len(kv[0]))
# The item's name in a printout cell that also holds its spec (``Mesin jahit - Listrik``).
_NAME_SPEC = re.compile(r"\s+[-–]\s+")


def account_words(name: str | None) -> str:
    """The account name normalised, abbreviations written out, padded with spaces for word search."""
    text = f" {normalise(name)} "
    for short, full in _ABBREVIATIONS:
        text = text.replace(f" {short} ", f" {full} ")
    return text


def _has_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    return first_phrase(text, phrases) is not None


def section_of_assets(kelompok: str | None) -> bool:
    """A catalogue section named as fixed assets (``ALAT STUDIO - ASET TETAP``, ``PERALATAN
    (MODAL)``), whatever kode barang its rows carry."""
    return _has_phrase(normalise(kelompok), tuple(normalise(w) for w in ACCOUNTS.asset_section_words))


def section_of_services(kelompok: str | None) -> bool:
    """A catalogue section of work or hire (``JASA LAINNYA``, ``SEWA KENDARAAN``): its rows price
    services, whatever the row's own name says (``Paket Data Seluler``, ``Upah Tenaga Harian``)."""
    return _has_phrase(normalise(kelompok), ACCOUNTS.service_section_words)


def asset_class(kode_barang: str | None) -> tuple[AccountClass, bool] | None:
    """The account class of a kode barang and whether it is a fixed asset, or None if unknown."""
    if not kode_barang:
        return None
    for found, fixed in ((ACCOUNTS.fixed_asset, True), (ACCOUNTS.supplies, False)):
        for klass in found:
            if kode_barang == klass.kode_barang or kode_barang.startswith(klass.kode_barang + "."):
                return klass, fixed
    return None


def item_name(line: RkaLine) -> str:
    """What the line buys, without its spec (a printout writes ``uraian - spesifikasi`` in one cell)."""
    return _NAME_SPEC.split(line.uraian or "", maxsplit=1)[0]


def is_tax_line(line: RkaLine) -> bool:
    """A line carrying the tax (PPN) on the goods above it: it follows their account."""
    words = normalise(item_name(line))
    return any(words == w or words.startswith(w + " ") for w in ACCOUNTS.tax_words)


def capitalised_cost(line: RkaLine) -> bool:
    """A cost that is part of acquiring an asset (planning, supervision, installation, delivery)."""
    return _has_phrase(normalise(item_name(line)), ACCOUNTS.capitalised_cost_words)


def item_words(line: RkaLine) -> str:
    """The item's name normalised and padded with spaces for word search."""
    return f" {normalise(item_name(line))} "


def not_purchased(line: RkaLine) -> bool:
    """An item the line rents, licenses or services rather than buys (``Kursi lipat (sewa)``)."""
    return _has_phrase(normalise(item_name(line)), ACCOUNTS.not_purchase_words)


def as_rented(line: RkaLine, category: ItemCategory) -> ItemCategory:
    """The category of a durable item the line says it rents after naming it (``Kursi lipat
    (sewa)`` is read as ``Sewa kursi lipat``), or that it books to an account of rentals (``Sound
    system`` under ``Belanja Sewa Peralatan Studio Audio``: the group heading says what every line
    under it pays for): a rental, judged as one by every stage."""
    if category not in DURABLE:
        return category
    name = normalise(item_name(line))
    for word in ACCOUNTS.rental_words:
        if f" {word} " in f" {name} " and not name.startswith(word + " "):
            rest = f" {name} ".replace(f" {word} ", " ").strip()
            return categorise(f"{word} {rest}", line.spesifikasi)
    account = account_words(line.account_name)
    rented = next((word for word in ACCOUNTS.rental_words if f" {word} " in account), None)
    return category if rented is None else categorise(f"{rented} {name}", line.spesifikasi)


def installed_component(line: RkaLine, category: ItemCategory) -> bool:
    """Machinery built into an installation or a network (a pump in ``Belanja Modal Instalasi
    Air``), or installed by the line itself: part of that asset, not equipment of its own."""
    if category not in ACCOUNTS.installed_categories:
        return False
    account = account_words(line.account_name).strip()
    return capitalised_cost(line) or _has_phrase(account, ACCOUNTS.installation_account_words)


def parts_account(line: RkaLine) -> bool:
    """The line's account buys parts for assets already owned (``Belanja Suku Cadang``)."""
    return _has_phrase(account_words(line.account_name).strip(), ACCOUNTS.parts_account_words)


def service_by_name(line: RkaLine, category: ItemCategory) -> bool:
    """Whether a line read as a service names a service, not only in its spec: ``Mesin jahit``
    with ``Listrik, 200 watt`` is a machine, ``Jasa instalasi listrik`` is a service."""
    return category is not ItemCategory.SERVICE or categorise(item_name(line)) is ItemCategory.SERVICE


def consumed_in_use_account(line: RkaLine) -> bool:
    """The account is named after goods used up in use (drugs, fuel, meals): read as an item,
    its name falls in a consumed category of ``accounts.toml``."""
    if not line.account_name:
        return False
    return categorise(account_words(line.account_name).strip()) in ACCOUNTS.consumed_account_categories


def account_names_item(line: RkaLine) -> bool:
    """The account is named after the very item (``Belanja Modal Menara Pemancar`` for ``Menara
    pemancar``):
    every content word of the item's name is a word of the account's name. Such an account is
    where the item belongs, whatever class an asset code would give it."""
    words = [w for w in normalise(item_head(item_name(line))).split() if content_word(w)]
    account = account_words(line.account_name)
    return bool(words) and all(f" {w} " in account for w in words)


def may_be_built_in(line: RkaLine) -> bool:
    """The line's goods may become part of an asset (bricks of a wall, books of a collection),
    unlike goods used up in use (a meal, fuel, paper)."""
    return categorise(item_name(line)) not in ACCOUNTS.never_built_in_categories


def bought_new(line: RkaLine) -> bool:
    """The line buys a thing rather than servicing, renting or repairing one, or buying parts or
    supplies for it (``Perahu motor tempel``, not ``Servis perahu motor tempel`` or ``Baling-baling
    perahu``)."""
    return (
        not not_purchased(line)
        and not parts_account(line)
        and categorise(item_name(line)) not in CONSUMABLE_OR_SERVICE
    )


def service_bought_as_goods(line: RkaLine, category: ItemCategory) -> bool:
    """A service the line names as one (its name says the work is hired or serviced): work, which
    belanja barang (materials and supplies) never holds."""
    return category is ItemCategory.SERVICE and service_by_name(line, category) and not_purchased(line)


def printing_as_printed_matter(line: RkaLine) -> bool:
    """A printing, copying or binding service (``Jasa cetak brosur``) booked to the account named
    for printed matter (``Bahan Cetak``): where charts book printing, as the catalogue-section rule
    of ``accounts.toml`` already holds; a service, but not one bought as materials."""
    if not line.account_name:
        return False
    printed_matter = categorise(account_words(line.account_name).strip()) is ItemCategory.PRINTING
    return printed_matter and names_category(item_name(line), ItemCategory.PRINTING)


def other_office_objek(line: RkaLine, account_name: str | None) -> str | None:
    """The narrow office-supply objek (``accounts.toml``: paper, computer supplies) the line's own
    name places it in when its account is the other one: printer ink under paper and cover. None
    when the account is no narrow objek, or the name places the item in none or in both."""
    account = account_words(account_name)
    booked = [o for o in ACCOUNTS.narrow_office_objek if f" {o.account_word} " in account]
    item = item_words(line)
    placed = [o for o in ACCOUNTS.narrow_office_objek if _has_phrase(item, o.item_words)]
    if len(booked) != 1 or len(placed) != 1 or placed[0] == booked[0]:
        return None
    return placed[0].account_word


def booked_to_its_supplies_objek(line: RkaLine) -> bool:
    """The line's account is the narrow office-supply objek (``accounts.toml``) its own name places
    it in (an external disk under computer supplies): the chart itself files the item as a supply
    used up in the work, not equipment."""
    account = account_words(line.account_name)
    item = item_words(line)
    return any(
        f" {o.account_word} " in account and _has_phrase(item, o.item_words)
        for o in ACCOUNTS.narrow_office_objek
    )


def role_fee_under_labour(line: RkaLine, account_name: str | None) -> str | None:
    """The role (``accounts.toml``: a speaker, a committee member) whose fee the line pays when it
    is booked to hired labour (``Belanja Jasa Tenaga ...``); None otherwise."""
    account = account_words(account_name)
    if not _has_phrase(account, ACCOUNTS.labour_account_words):
        return None
    return first_phrase(item_words(line), ACCOUNTS.honorarium_roles)
