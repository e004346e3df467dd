"""A row of one month is not about another month its table's caption names."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer, score_units, units_of
from samarinda_ask.domain.question import parse_question

CAPTION = "REKAP MUATAN BONGKAR DERMAGA RAKYAT 2031 — Satuan: ton"


def _row(n: int, text: str) -> Passage:
    return Passage(
        id=f"m{n}",
        document_id="doc-muatan",
        document="rekap_muatan_dermaga_2031.xlsx",
        text=text,
        score=0.8 - n / 100,
        kind=ChunkKind.TABLE_ROWS,
        page=1,
        sheet="2031",
        heading=CAPTION,
        fiscal_year=2031,
        table=0,
        first_row=n,
    )


ROWS = [
    _row(2, "No: 1 | Bulan: Januari | Muatan (ton): 1190,75 | Jumlah Kapal: 80"),
    _row(4, "No: 3 | Bulan: Maret | Muatan (ton): 1250,5 | Jumlah Kapal: 84"),
    _row(5, "No: 4 | Bulan: April | Muatan (ton): 1310,25 | Jumlah Kapal: 90"),
]


def test_a_months_row_does_not_cover_the_other_months_of_a_quarter() -> None:
    question = parse_question(
        "Total muatan bongkar dermaga rakyat Januari, Februari dan Maret 2031 berapa ton?"
    )
    units = [u for p in ROWS for u in units_of(p)]
    march = next(s for s in score_units(question, units, refused=True) if "Maret" in s.unit.text)
    assert "januar" in march.missing


def test_the_row_of_the_month_asked_still_answers() -> None:
    answer = extractive_answer(
        parse_question("Muatan bongkar dermaga rakyat bulan April 2031 berapa ton?"), ROWS
    )
    assert answer.found and answer.text.startswith("1.310,25")
