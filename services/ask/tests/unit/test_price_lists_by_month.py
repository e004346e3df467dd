"""A table its file names a price list ("harga_...csv") holds rupiah in its month columns though
no cell prints "Rp"; the month asked, shortened in its column ("mei_2031"), picks the column."""

from __future__ import annotations

from samarinda_ask.domain.answering import extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.testing import table_rows

PRICES = table_rows(
    "harga_sayur_pasar_2031.csv",
    [
        "komoditas: Kangkung | satuan: ikat | apr_2031: 4000 | mei_2031: 4500 | jun_2031: 5000",
        "komoditas: Bayam | satuan: ikat | apr_2031: 3500 | mei_2031: 3800 | jun_2031: 4200",
    ],
)

COUNTS = table_rows(
    "panen_sayur_2031.csv",
    ["komoditas: Kangkung | satuan: ikat | apr_2031: 4000 | mei_2031: 4500 | jun_2031: 5000"],
)


def test_the_month_asked_picks_its_column_of_a_price_list() -> None:
    result = extractive_answer(parse_question("harga kangkung bulan mei 2031 per ikat berapa?"), PRICES)
    assert result.found and "4.500" in result.text


def test_bare_numbers_of_a_table_not_titled_as_prices_are_no_price() -> None:
    result = extractive_answer(parse_question("harga kangkung bulan mei 2031 per ikat berapa?"), COUNTS)
    assert not result.found


def test_a_month_the_price_list_lacks_still_abstains() -> None:
    result = extractive_answer(parse_question("harga kangkung bulan agustus 2031 per ikat berapa?"), PRICES)
    assert not result.found
