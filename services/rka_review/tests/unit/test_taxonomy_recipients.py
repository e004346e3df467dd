"""A person a payment is made to (committee, speaker, judge) names the line only as its first
words or after a word of payment; after another noun it says whose the item is."""

from __future__ import annotations

import pytest
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise


@pytest.mark.parametrize(
    "uraian",
    ["Panitia lomba kebersihan", "Biaya juri festival", "Pembayaran moderator diskusi", "Narasumber teknis"],
)
def test_a_person_first_or_after_a_payment_word_is_their_honorarium(uraian: str) -> None:
    assert categorise(uraian) is ItemCategory.HONORARIUM


@pytest.mark.parametrize("uraian", ["Payung lipat juri", "Map berkas panitia", "Rompi seragam moderator"])
def test_a_thing_for_a_person_is_not_their_honorarium(uraian: str) -> None:
    assert categorise(uraian) is not ItemCategory.HONORARIUM
