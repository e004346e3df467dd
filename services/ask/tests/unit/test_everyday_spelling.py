"""A question spelling a word the everyday way, one vowel swapped for its neighbour ("jagong"
for "jagung", "sistim" for "sistem"), names the row that prints it."""

from __future__ import annotations

from samarinda_ask.domain.answering import extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.testing import table_rows

ROWS = table_rows(
    "neraca_pakan_2031.pdf",
    [
        "Komoditas: Jagung pipil | Produksi (ton): 4.120",
        "Komoditas: Dedak padi | Produksi (ton): 2.815",
    ],
)


def test_a_vowel_swapped_the_everyday_way_names_the_printed_word() -> None:
    result = extractive_answer(parse_question("produksi jagong pipil 2031 berapa ton?"), ROWS)
    assert result.found and "4.120" in result.text
