"""A count asked over a whole year ("sepanjang 2031") of a table by month is every month's row
added: one month's row only parts the year."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.question import parse_question

MONTHS = Passage(
    id="m-1",
    document_id="doc-aduan",
    document="rekap_aduan_lampu_jalan_2031.csv",
    text=(
        "bulan: Januari | tahun: 2031 | aduan_masuk: 12 | aduan_diperbaiki: 9\n"
        "bulan: Februari | tahun: 2031 | aduan_masuk: 15 | aduan_diperbaiki: 11\n"
        "bulan: Maret | tahun: 2031 | aduan_masuk: 10 | aduan_diperbaiki: 8"
    ),
    score=0.9,
    page=1,
    fiscal_year=2031,
    kind=ChunkKind.TABLE_ROWS,
)


def test_a_count_over_the_whole_year_adds_every_month() -> None:
    result = extractive_answer(
        parse_question("Sepanjang 2031 berapa aduan lampu jalan yang diperbaiki?"), [MONTHS]
    )
    assert result.found, result.reason
    assert result.figure is not None and result.figure.value == 28


def test_a_months_count_is_still_that_months_row() -> None:
    result = extractive_answer(
        parse_question("Februari 2031 berapa aduan lampu jalan yang diperbaiki?"), [MONTHS]
    )
    assert result.found, result.reason
    assert result.figure is not None and result.figure.value == 11
