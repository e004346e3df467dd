"""A bare number under a header naming a price is rupiah however small (a tablet's unit price of
a few hundred rupiah); under a header that only says "how much" a small number stays a count."""

from __future__ import annotations

from decimal import Decimal

from samarinda_ask.domain.figures import FigureKind, cell_figure


def test_a_small_unit_price_is_money() -> None:
    figure = cell_figure("harga_satuan", "275")
    assert figure is not None and figure.kind is FigureKind.MONEY and figure.value == Decimal(275)


def test_a_small_number_under_a_bare_total_is_a_count() -> None:
    figure = cell_figure("Jumlah", "275")
    assert figure is not None and figure.kind is FigureKind.NUMBER
