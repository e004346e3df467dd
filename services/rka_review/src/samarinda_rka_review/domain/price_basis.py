"""On which tax basis a line's harga satuan meets a catalogue price.

A TAPD reviewer compares what the line will pay per unit with what the catalogue allows per unit,
both with or both without PPN:

- a catalogue that excludes PPN allows its price before tax; the harga satuan of an RKA is the
  price before tax whether or not the RKA has a PPN column (the tax is added to the total), so the
  two meet as printed;
- a catalogue whose prices include PPN allows its price with the tax in it. A line with a PPN
  column pays harga × (1 + its rate), so its ceiling before tax is the catalogue price divided by
  (1 + its rate) — a rate of 0 (honoraria, a vendor that charges no PPN) leaves the whole price.
  A line with no PPN column states the price it pays: it meets the catalogue price as printed.
"""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import RkaLine

# No tax rate reaches 100%: a larger number in the PPN column is the tax itself, in rupiah.
HIGHEST_RATE = Decimal(100)


def line_ppn_rate(line: RkaLine) -> Decimal | None:
    """The line's PPN in percent of volume × harga satuan; None when the RKA states no PPN."""
    written = line.ppn_percent
    if written is None or written <= HIGHEST_RATE:
        return written
    base = line.volume * line.harga_satuan
    return written * 100 / base if base > 0 else None


def ceiling_before_line_tax(reference: PriceReference, line: RkaLine) -> Decimal:
    """The catalogue price per the catalogue's unit, on the basis of the line's harga satuan."""
    rate = line_ppn_rate(line) if reference.includes_ppn else None
    if rate is None:
        return Decimal(reference.harga)
    return Decimal(reference.harga) * 100 / (100 + rate)
