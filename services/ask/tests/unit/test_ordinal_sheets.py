"""An ordinal asked ("pekan ke-3") names the sheet or heading that numbers its period in Roman
numerals ("Pekan III"), not the same row of the document's other periods."""

from __future__ import annotations

from dataclasses import replace

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.testing import table_rows

DOCUMENT = "stok_gudang_pekanan_2032.xlsx"


def _sheet(name: str, line: str, table: int) -> list[Passage]:
    return [replace(p, sheet=name, id=f"{name}-{p.id}") for p in table_rows(DOCUMENT, [line], table=table)]


ROWS = [
    *_sheet("Pekan II", "No: 1 | Barang: Tepung sagu (kg) | Gudang Timur: 410", 0),
    *_sheet("Pekan III", "No: 1 | Barang: Tepung sagu (kg) | Gudang Timur: 385", 1),
    *_sheet("Pekan IV", "No: 1 | Barang: Tepung sagu (kg) | Gudang Timur: 362", 2),
]


def test_an_ordinal_names_the_sheet_numbered_in_roman_numerals() -> None:
    result = extractive_answer(
        parse_question("stok tepung sagu gudang timur pekan ke-3 2032 berapa kg?"), ROWS
    )
    assert result.found and "385" in result.text
