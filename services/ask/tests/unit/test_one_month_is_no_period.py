"""A quarter or half year answered by one month's row is no answer for the period: the months'
rows together are (asked again with the period written out as its months)."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.named_periods import period_as_months, period_total
from samarinda_ask.domain.periods import one_month_for_a_period
from samarinda_ask.domain.question import parse_question


def _rows(*lines: str) -> list[Passage]:
    return [
        Passage(
            id=f"r{n}",
            document_id="kunjungan.csv",
            document="kunjungan_perpustakaan_2033.csv",
            text=line,
            score=0.7,
            kind=ChunkKind.TABLE_ROWS,
            fiscal_year=2033,
            table=0,
            first_row=n,
        )
        for n, line in enumerate(lines, start=1)
    ]


ROWS = _rows(
    "bulan: Januari | tahun: 2033 | Perpustakaan Keliling: 310 | Perpustakaan Pusat: 1200",
    "bulan: Februari | tahun: 2033 | Perpustakaan Keliling: 280 | Perpustakaan Pusat: 1150",
    "bulan: Maret | tahun: 2033 | Perpustakaan Keliling: 295 | Perpustakaan Pusat: 1320",
)


def test_one_months_row_is_no_quarters_figure() -> None:
    asked = "pengunjung perpustakaan keliling triwulan I 2033 total brp?"
    by_months = period_as_months(asked) or ""
    march = extractive_answer(parse_question("pengunjung perpustakaan keliling maret 2033 brp?"), ROWS)
    assert march.found and one_month_for_a_period(march, by_months)
    # The months' rows summed are the quarter's figure, of the column the question names.
    quarter = extractive_answer(parse_question(by_months), ROWS)
    assert quarter.found and quarter.summed and quarter.text.startswith("885")
    assert not one_month_for_a_period(quarter, by_months)
    # A month outside the period is no row of it.
    assert not one_month_for_a_period(march, period_as_months("pengunjung triwulan II 2033?") or "")


def test_a_period_asks_the_total_of_its_months_unless_an_average_or_a_share() -> None:
    assert period_total("pengunjung perpustakaan keliling triwulan I 2033 brp?") == (
        "total pengunjung perpustakaan keliling Januari, Februari dan Maret 2033 brp?"
    )
    quarter = extractive_answer(
        parse_question(period_total("pengunjung perpustakaan keliling tw 1 2033?") or ""), ROWS
    )
    assert quarter.found and quarter.summed and quarter.text.startswith("885")
    assert period_total("rata-rata pengunjung perpustakaan keliling triwulan I 2033?") == (
        "rata-rata pengunjung perpustakaan keliling Januari, Februari dan Maret 2033?"
    )
    assert period_total("capaian kunjungan triwulan I 2033 brp persen?") == (
        "capaian kunjungan Januari, Februari dan Maret 2033 brp persen?"
    )
    assert period_total("pengunjung perpustakaan keliling 2033?") is None
