"""A row that breaks its year into quarters and ends with their sum is the whole year's row: a
question about the year as a whole ("setahun") is answered by its sum column, not refused as a
quarter's figure."""

from __future__ import annotations

from samarinda_ask.domain.answering import extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.row_cells import row_cells, sums_its_row
from samarinda_ask.testing import table_rows

PASSENGERS = table_rows(
    "penumpang_kapal_2031.xlsx",
    [
        "No: 1 | Dermaga: Mahoni | TW I: 1.200 | TW II: 1350 | TW III: 1100 | TW IV: 1450 | Jumlah: 5100",
        "No: 2 | Dermaga: Cemara | TW I: 800 | TW II: 950 | TW III: 700 | TW IV: 650 | Jumlah: 3100",
    ],
)


def test_the_year_as_a_whole_is_the_sum_column_of_a_row_of_quarters() -> None:
    result = extractive_answer(parse_question("Penumpang Dermaga Mahoni setahun 2031 berapa?"), PASSENGERS)
    assert result.found, result.reason
    assert result.text.startswith("5.100."), result.text


def test_a_quarter_asked_is_still_its_own_column() -> None:
    result = extractive_answer(parse_question("Penumpang Dermaga Cemara TW II 2031 berapa?"), PASSENGERS)
    assert result.found, result.reason
    assert result.text.startswith("950"), result.text


def test_a_row_number_is_no_part_of_the_rows_sum() -> None:
    cells = row_cells("No: 2 | Jan: 1500 | Feb: 2600 | Jumlah: 4100")
    assert sums_its_row(cells[-1], cells)
    unnumbered = row_cells("Jan: 1500 | Feb: 2600 | Jumlah: 4100")
    assert sums_its_row(unnumbered[-1], unnumbered)
