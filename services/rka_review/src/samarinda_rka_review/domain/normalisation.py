"""The review's normalise stage: a line or a catalogue row as (quantity, unit, spec).

Parse → **normalise** → match → judge → explain. Each side is reduced once to what one of its
units is in a base unit (:mod:`quantities`) and to its typed specification (:mod:`specs`); the
matcher then asks whether two items differ (:func:`specs.spec_conflict`) and how a reference's
price reads per the line's unit (:func:`unit_conversion`). Pure functions, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from samarinda_rka_review.domain.quantities import PIECE, PIECES, Amount, container, piece_area, unit_amount
from samarinda_rka_review.domain.rules import UNITS
from samarinda_rka_review.domain.specs import Specs, parse_specs
from samarinda_rka_review.domain.text import canonical_unit


@dataclass(frozen=True)
class NormalisedItem:
    satuan: str | None  # as written, for explanations
    unit: str | None  # canonical (``Box`` → ``kotak``)
    container: str | None  # the container the satuan names, if any
    amount: Amount | None  # one unit in a base unit, when it can be known
    specs: Specs
    # a piece whose text gives its width and height (a banner ``3 x 7 m``): its area
    area: Amount | None = None


@dataclass(frozen=True)
class UnitConversion:
    """``reference price × factor`` is the reference's price for one unit of the line."""

    factor: Decimal
    reason: str  # for the reviewer, in Bahasa Indonesia


def normalise_item(uraian: str, spesifikasi: str | None, satuan: str | None) -> NormalisedItem:
    text = f"{uraian} {spesifikasi or ''}".strip()
    amount = unit_amount(satuan, text)
    return NormalisedItem(
        satuan=satuan.strip() if satuan else None,
        unit=canonical_unit(satuan),
        container=container(satuan),
        amount=amount,
        specs=parse_specs(text),
        area=piece_area(text) if amount is not None and amount.value == 1 and amount.base in PIECES else None,
    )


def _shown(number: Decimal) -> str:
    """Indonesian number text: ``1.000``, ``0,5``."""
    rounded = number.quantize(Decimal("0.0001")).normalize()
    whole, _, fraction = f"{rounded:f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{grouped},{fraction}" if fraction else grouped


def counted_in(piece: Amount, pack: Amount) -> bool:
    """A container's pieces (``Dus isi 24``: 24 buah) counted in the line's own piece unit, which
    units.toml calls the same quantity (a ``Botol`` is one piece of the box)."""
    return piece.value == 1 and any({piece.base, pack.base} == set(pair) for pair in UNITS.same_quantity)


def _measured(item: NormalisedItem, other: Amount | None) -> Amount | None:
    """One unit of the item, read as an area when the other side is priced per area and the item
    is a piece whose text gives its size (``Baliho 3 x 7 m`` per ``Lembar`` is 21 m2)."""
    if item.area is not None and other is not None and other.base == item.area.base:
        return item.area
    return item.amount


def _sold_in_its_container(piece: NormalisedItem, packed: NormalisedItem) -> bool:
    """A piece that is the container itself (an extinguisher ``6 kg`` per ``Unit`` against one per
    ``Tabung`` of 6 kg): the piece's text states exactly what the other side's container holds."""
    held = packed.amount
    if packed.container is None or held is None or piece.amount != PIECE:
        return False
    stated = piece.specs.measures.get(held.base, frozenset())
    return len(stated) == 1 and "-" not in (value := next(iter(stated))) and Decimal(value) == held.value


def unit_conversion(line: NormalisedItem, reference: NormalisedItem) -> UnitConversion | None:
    """How the reference, priced per its unit, prices one unit of the line, when the two units
    differ but measure the same thing; None when they cannot be compared (or need no conversion)."""
    if not line.satuan or not reference.satuan or line.unit == reference.unit:
        return None
    mine, theirs = line.amount, reference.amount
    same_container = line.container is not None and line.container == reference.container
    if same_container and mine is not None and theirs is not None:
        # Packs of different sizes are different products (bulk packs are priced otherwise), as
        # a pack size in the item's text is (``isi 100`` vs ``isi 1.000``): no conversion. Packs
        # of the same contents are one product, wherever each side writes the count (``Box`` of
        # an item ``isi 50`` is a ``Box isi 50``).
        if mine != theirs:
            return None
        return UnitConversion(Decimal(1), f"{line.satuan} berisi sama dengan {reference.satuan}")
    mine, theirs = _measured(line, theirs), _measured(reference, mine)
    if _sold_in_its_container(line, reference) or _sold_in_its_container(reference, line):
        return UnitConversion(Decimal(1), f"1 {line.satuan} = 1 {reference.satuan} (isi sama)")
    if (
        mine is not None
        and theirs is not None
        and (mine.base == theirs.base or (reference.container is not None and counted_in(mine, theirs)))
    ):
        ratio = theirs.value / mine.value
        equation = (
            f"1 {reference.satuan} = {_shown(ratio)} {line.satuan}"
            if ratio >= 1
            else f"1 {line.satuan} = {_shown(1 / ratio)} {reference.satuan}"
        )
        return UnitConversion(
            mine.value / theirs.value, f"harga per {line.satuan} dari {reference.satuan}: {equation}"
        )
    if same_container:
        # The same container with its contents said on one side only: taken as the same box.
        unsaid = line.satuan if mine is None else reference.satuan
        return UnitConversion(
            Decimal(1), f"isi {unsaid} tidak disebut; dianggap sama dengan {reference.satuan}"
        )
    return None
