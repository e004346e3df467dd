"""A year's side naming no measure asks the measure the other side names, and a whole year asked
is read from the report counted to December, not from its sheet counted up to an earlier month."""

from __future__ import annotations

from dataclasses import replace

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.periods import cut_before_year_end
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_parts import split_parts
from samarinda_ask.testing import table_rows


def test_a_side_naming_no_measure_reads_the_other_sides_measure() -> None:
    parts = split_parts(parse_question("Berapa bertambahnya retribusi parkir 2032 terhadap realisasi 2031?"))
    assert {p.years: "realisasi" in p.terms for p in parts} == {(2031,): True, (2032,): True}


def test_a_side_naming_its_own_measure_keeps_only_its_own() -> None:
    parts = split_parts(parse_question("Pagu retribusi parkir 2032 terhadap realisasi 2031 berapa bedanya?"))
    by_year = {p.years: p.terms for p in parts}
    assert "realisasi" not in by_year[(2032,)] and "realisasi" in by_year[(2031,)]


def test_a_count_up_to_a_month_before_december_is_part_of_the_year() -> None:
    assert cut_before_year_end("PENERIMAAN RETRIBUSI s.d. 31 Mei 2032")
    assert cut_before_year_end("s/d Agustus")
    assert not cut_before_year_end("PENERIMAAN RETRIBUSI s.d. 31 Desember 2032")
    assert not cut_before_year_end("hingga akhir tahun")


DOCUMENT = "penerimaan_retribusi_2032.xlsx"


def _sheet(name: str, line: str, table: int) -> list[Passage]:
    rows = table_rows(
        DOCUMENT, [line], fiscal_year=2032, table=table, heading=f"PENERIMAAN RETRIBUSI {name} 2032"
    )
    return [replace(p, sheet=name, id=f"{name}-{p.id}") for p in rows]


SHEETS = [
    *_sheet("s.d. Mei", "No: 1 | Jenis Retribusi: Parkir Tepi Jalan | Realisasi (Rp): 41250000", 0),
    *_sheet("s.d. Desember", "No: 1 | Jenis Retribusi: Parkir Tepi Jalan | Realisasi (Rp): 97310000", 1),
]


def test_a_whole_year_asked_reads_the_sheet_counted_to_december() -> None:
    result = extractive_answer(parse_question("realisasi retribusi parkir tepi jalan 2032 berapa?"), SHEETS)
    assert result.found and "97.310.000" in result.text
    result = extractive_answer(
        parse_question("realisasi retribusi parkir tepi jalan s.d. Mei 2032 berapa?"), SHEETS
    )
    assert result.found and "41.250.000" in result.text
