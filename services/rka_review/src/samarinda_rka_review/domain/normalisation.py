"""The review's normalise stage: a line or a catalogue row as (quantity, unit, spec).

Parse → **normalise** → match → judge → explain. Each side is reduced once to what one of its
units is in a base unit (:mod:`quantities`) and to its typed specification (:mod:`specs`); the
matcher then asks whether two items differ (:func:`specs.spec_conflict`) and how a reference's
price reads per the line's unit (:func:`unit_conversion`). Pure functions, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from samarinda_common.price_catalogue import PriceReference

from samarinda_rka_review.domain.quantities import PIECE, PIECES, Amount, container, piece_area, unit_amount
from samarinda_rka_review.domain.rules import UNITS
from samarinda_rka_review.domain.specs import Specs, parse_specs
from samarinda_rka_review.domain.text import canonical_unit

# The most pieces a box is read to hold from its price alone (a carton of a few dozen pieces).
MAX_PACKED_BY_PRICE = 50
# A canonical unit followed by what one of it holds (``set isi 6 buah``): the unit, then the count.
_UNIT_WITH_CONTENTS = re.compile(r"(.+?) (?:isi|berisi) (\d+)(?: .*)?")


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
    sized = piece_area(satuan) if amount is None else None
    if sized is not None:
        # ``Lembar 2 x 3 m``: a piece whose satuan gives its size.
        return NormalisedItem(
            satuan=satuan.strip() if satuan else None,
            unit=canonical_unit(satuan),
            container=None,
            amount=PIECE,
            specs=parse_specs(text),
            area=sized,
        )
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
    """A container's pieces (``Dus isi 24``: 24 buah) counted in the other side's piece unit, which
    units.toml calls the same quantity (a ``Botol`` is one piece of the box), whichever side buys
    the box: a line per box is priced from a row per bottle as a line per bottle from a box. A
    fixed pack's count counts pairs too (a ``Lusin`` of gloves priced per ``Pasang``)."""
    if piece.value != 1:
        return False
    if pack.base == PIECE.base and piece.base in UNITS.counted_by_packs:
        return True
    return any({piece.base, pack.base} == set(pair) for pair in UNITS.same_quantity)


def _packs(item: NormalisedItem) -> bool:
    """Whether the item's unit holds pieces: a container, or a pack of a fixed count of pieces (a
    ``Lusin`` of pencils holds twelve, each a ``Batang`` as much as a ``Buah``). A ream holds
    sheets, which a whole thing (a machine per ``Unit``) is not counted in. A set of a stated
    count (``Set 5 nomor``) holds that many pieces."""
    pack = UNITS.fixed_packs.get(item.unit or "")
    counted_set = (item.unit or "").split(" ", 1)[0] in UNITS.counted_sets and item.amount != PIECE
    return item.container is not None or counted_set or (pack is not None and pack.of == PIECE.base)


def _measured(item: NormalisedItem, other: Amount | None) -> Amount | None:
    """One unit of the item, read as an area when the other side is priced per area and the item
    is a piece whose text gives its size (``Baliho 3 x 7 m`` per ``Lembar`` is 21 m2)."""
    if item.area is not None and other is not None and other.base == item.area.base:
        return item.area
    return item.amount


def _in_pieces(amount: Amount | None, container_side: NormalisedItem) -> Amount | None:
    """One unit that is so many pieces (a pair), in the pieces a container of the other side
    counts (``Box isi 100`` of gloves: 50 pairs); as it is otherwise."""
    held = container_side.amount
    pieces = UNITS.pieces_per.get(amount.base) if amount is not None and amount.value == 1 else None
    if pieces is None or container_side.container is None or held is None or held.base != PIECE.base:
        return amount
    return Amount(Decimal(pieces), PIECE.base)


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
    said_once = _contents_said_on_one_side(line, reference)
    if said_once is not None:
        # The same unit (a set, a kit...) with its contents said on one side only: taken as the
        # same unit, not as so many of the bare one; unless the bare side's text says other
        # contents (another pack).
        unsaid = reference.satuan if _UNIT_WITH_CONTENTS.fullmatch(line.unit or "") else line.satuan
        return (
            UnitConversion(Decimal(1), f"isi {unsaid} tidak disebut; dianggap sama dengan {reference.satuan}")
            if said_once
            else None
        )
    mine, theirs = _measured(line, theirs), _measured(reference, mine)
    mine, theirs = _in_pieces(mine, reference), _in_pieces(theirs, line)
    if _sold_in_its_container(line, reference) or _sold_in_its_container(reference, line):
        return UnitConversion(Decimal(1), f"1 {line.satuan} = 1 {reference.satuan} (isi sama)")
    if (
        mine is not None
        and theirs is not None
        and (
            mine.base == theirs.base
            or (_packs(reference) and counted_in(mine, theirs))
            or (_packs(line) and counted_in(theirs, mine))
        )
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
    if (count := _pieces_packed(line, reference)) is not None:
        return UnitConversion(count, f"1 {line.satuan} = {_shown(count)} {reference.satuan}")
    if same_container:
        # The same container with its contents said on one side only: taken as the same box.
        unsaid = line.satuan if mine is None else reference.satuan
        return UnitConversion(
            Decimal(1), f"isi {unsaid} tidak disebut; dianggap sama dengan {reference.satuan}"
        )
    return None


def _pieces_packed(pack: NormalisedItem, piece: NormalisedItem) -> Decimal | None:
    """How many of ``piece``'s container a pack of counted pieces holds (``Dus isi 20`` of chalk
    ``Kotak``, ``Peti isi 8 kotak``): a container whose own contents are unknown is the piece,
    sold whole; a pack that counts the piece's own unit by name (``Dus isi 72 Roll``, ``Dus (12
    ktk)``) holds that many of it, whatever each holds; so does a pack that counts the piece's
    container (``Dus isi 12 box`` against a ``Box isi 100``): the count names the row's box."""
    held = pack.amount
    if (
        pack.container is not None
        and held is not None
        and held.value >= 2
        and held.base in {piece.unit, piece.container} - {None}
        and pack.container != held.base
    ):
        return held.value
    if (
        pack.container is None
        or piece.container is None
        or pack.container == piece.container
        or piece.amount is not None
        or held is None
        or held.base not in (PIECE.base, piece.container)
        or held.value < 2
    ):
        return None
    return held.value


def packed_by_price(
    line: NormalisedItem, price: int | None, reference: PriceReference
) -> UnitConversion | None:
    """A line's container of unknown contents (``Dus``, or ``Dus isi`` with the count lost by the
    OCR) whose unit price is a whole number of times the row's: RKA lines copy the catalogue's
    price, so the box holds that many of the row's unit (a box at 4 times a ream's price: 4
    reams). Only up to ``MAX_PACKED_BY_PRICE``: a larger multiple of a cheap row is a coincidence,
    not a count."""
    if line.container is None or (line.amount is not None and line.amount.base != line.unit) or not price:
        return None
    for each in dict.fromkeys((reference.harga, int(reference.harga_excl_ppn()))):
        count, rest = divmod(price, each) if each > 0 else (0, 1)
        if not rest and 2 <= count <= MAX_PACKED_BY_PRICE:
            return UnitConversion(
                Decimal(count), f"1 {line.satuan} = {count} {reference.satuan} (harga {count} kali acuan)"
            )
    return None


def _contents_said_on_one_side(line: NormalisedItem, reference: NormalisedItem) -> bool | None:
    """Whether, when one side's unit is the other's with what it holds added (``Set`` / ``Set isi
    6 buah``), the other side's text states no other contents (``isi 4 buah``: another pack);
    None when the units are not so related."""
    for said, unsaid in ((line, reference), (reference, line)):
        stated = _UNIT_WITH_CONTENTS.fullmatch(said.unit or "")
        if stated is None or stated.group(1) != unsaid.unit:
            continue
        elsewhere = unsaid.specs.measures.get("isi", frozenset())
        return all(Decimal(count) == Decimal(stated.group(2)) for count in elsewhere if "-" not in count)
    return None
