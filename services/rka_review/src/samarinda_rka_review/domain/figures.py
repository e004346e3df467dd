"""How amounts and counts are rounded and shown in a finding's message."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from samarinda_common.rka import RkaLine


def round_rupiah(value: Decimal) -> int:
    """Whole rupiah, halves up (how SIPD rounds a line's total)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def show_number(value: Decimal) -> str:
    """``2.50`` → ``2,5``: Indonesian decimal comma, no trailing zeros."""
    return f"{value.normalize():f}".replace(".", ",")


def quoted(line: RkaLine) -> str:
    return f"'{line.uraian}'"
