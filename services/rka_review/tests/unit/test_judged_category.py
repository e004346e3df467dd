"""The category a line's fit is judged by when its own words place it in none."""

from __future__ import annotations

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import RkaLine
from samarinda_rka_review.domain.matching import Match
from samarinda_rka_review.domain.reviewer import judged_category
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise


def _line(uraian: str) -> RkaLine:
    return RkaLine(line_id="1", uraian=uraian, satuan="Buah", harga_satuan=100_000)


def _row(uraian: str) -> Match:
    reference = PriceReference(id="r1", uraian=uraian, satuan="Buah", harga=110_000)
    return Match(reference=reference, confidence=0.9, unit_compatible=True)


def test_a_line_its_words_place_nowhere_is_judged_by_its_catalogue_row() -> None:
    line = _line("Tongkat kait")
    assert categorise(line.uraian) is ItemCategory.OTHER
    found = judged_category(line, ItemCategory.OTHER, _row("Pompa Jinjing Pemadam"))
    assert found is ItemCategory.FIREFIGHTING


def test_a_line_its_own_words_place_keeps_its_category() -> None:
    line = _line("Pompa Jinjing Pemadam")
    found = judged_category(line, ItemCategory.FIREFIGHTING, _row("Biaya Penginapan"))
    assert found is ItemCategory.FIREFIGHTING


def test_no_row_leaves_the_line_unplaced() -> None:
    assert judged_category(_line("Tongkat kait"), ItemCategory.OTHER, None) is ItemCategory.OTHER


def test_a_durable_class_is_never_read_from_a_rows_modifier() -> None:
    # a row named by a modifier (a cloth for a table) is no furniture
    assert judged_category(_line("Beliung"), ItemCategory.OTHER, _row("Kain Meja")) is ItemCategory.OTHER
