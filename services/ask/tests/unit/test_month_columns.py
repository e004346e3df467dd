"""A total over some months of a row with a column per month adds those columns, not the row's
"Jumlah" (every month's)."""

from __future__ import annotations

from samarinda_ask.domain.answering import extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.testing import table_rows

ROWS = table_rows(
    "rekap_sewa_gedung_2033.xlsx",
    [
        "Gedung: Balai Pertemuan Utara | Juli: 2100000 | Agustus: 2400000 | September: 1900000 "
        "| Oktober: 2000000 | Jumlah (Rp): 8.400.000",
        "Gedung: Aula Serbaguna Selatan | Juli: 3000000 | Agustus: 3500000 | September: 3100000 "
        "| Oktober: 2800000 | Jumlah (Rp): 12.400.000",
    ],
)


def test_a_total_over_some_months_adds_their_columns() -> None:
    result = extractive_answer(
        parse_question("berapa rupiah total sewa balai pertemuan utara (juli-september) 2033?"), ROWS
    )
    assert result.found and result.summed
    assert result.text.startswith("Rp 6.400.000")
    assert len(result.citations) == 1


def test_every_month_of_the_row_is_its_total_column() -> None:
    result = extractive_answer(
        parse_question("total sewa balai pertemuan utara juli sampai oktober 2033?"), ROWS
    )
    assert result.found and "8.400.000" in result.text
