"""A table by month names its thing in its caption only: its total row ("JUMLAH") answers the
year's figure over a row of another sheet of the same workbook whose words share the thing."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.question import parse_question

WORKBOOK = "dispenda_realisasi_2031.xlsx"


def _sheet(sheet: str, heading: str, text: str, score: float) -> Passage:
    return Passage(
        id=f"{sheet}-1",
        document_id="doc-workbook",
        document=WORKBOOK,
        text=text,
        score=score,
        page=1,
        sheet=sheet,
        fiscal_year=2031,
        heading=heading,
        kind=ChunkKind.TABLE_ROWS,
    )


MONTHLY = _sheet(
    "Pajak Hiburan",
    "REALISASI PAJAK HIBURAN PER BULAN TA 2031",
    "Bulan: Januari | Realisasi (Rp): 410000000\n"
    "Bulan: Februari | Realisasi (Rp): 385000000\n"
    "Bulan: JUMLAH | Realisasi (Rp): 795000000",
    0.5,
)
SPENDING = _sheet(
    "Belanja",
    "LAPORAN REALISASI BELANJA TA 2031",
    "No: 2 | Sub Kegiatan: Pendataan Objek Hiburan | Pagu (Rp): 180000000 | Realisasi (Rp): 171500000",
    0.9,
)


def test_the_total_row_of_a_monthly_table_answers_the_year() -> None:
    result = extractive_answer(parse_question("pajak hiburan 2031 berapa rupiah?"), [SPENDING, MONTHLY])
    assert result.found and result.text.startswith("Rp 795.000.000")


def test_a_month_asked_is_still_its_own_row() -> None:
    result = extractive_answer(parse_question("pajak hiburan Februari 2031 berapa?"), [SPENDING, MONTHLY])
    assert result.found and result.text.startswith("Rp 385.000.000")


def test_the_total_row_of_a_monthly_table_is_no_half_years_figure() -> None:
    asked = parse_question("realisasi pajak hiburan triwulan 1 2031 berapa rupiah?")
    assert "795.000.000" not in extractive_answer(asked, [MONTHLY]).text
