"""The physical units registry (pint), built once from pint's bundled definitions: no file or
network is read at run time and no cache is written."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import pint

REGISTRY = pint.UnitRegistry(cache_folder=None, non_int_type=Decimal)


@lru_cache(maxsize=256)
def to_base(expression: str) -> tuple[Decimal, str]:
    """How much one ``expression`` is in SI base units, and the name of that base
    (``tonne`` → 1000, ``kilogram``; ``liter`` → 0.001, ``meter ** 3``)."""
    quantity = REGISTRY.parse_expression(expression).to_base_units()
    return Decimal(quantity.magnitude), str(quantity.units)
