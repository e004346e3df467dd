"""A month written as a year and its number ("2033-02", a data export's period column) is the
month a question names in words; beside a month's own row, a sentence about a longer span of
months does not state that month's figure."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.named_periods import months_dated
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_terms import index_terms
from samarinda_ask.domain.stems import stem
from samarinda_ask.testing import table_rows


def test_a_year_and_month_number_reads_as_the_month() -> None:
    assert stem("februari") in index_terms("periode: 2033-02")
    assert months_dated("bulan 2033/11") == {stem("november")}


def test_a_year_span_or_a_full_date_is_no_month() -> None:
    assert months_dated("tahun 2033-2034") == frozenset()
    assert stem("februari") not in index_terms("nomor 12.2033-02.5")


def test_a_month_asked_in_words_finds_its_numbered_row() -> None:
    rows = table_rows(
        "kunjungan_perpustakaan_2033.csv",
        ["periode: 2033-01 | pengunjung: 1210", "periode: 2033-02 | pengunjung: 1345"],
        fiscal_year=2033,
    )
    result = extractive_answer(parse_question("pengunjung perpustakaan bulan februari 2033 berapa?"), rows)
    assert result.found and "1.345" in result.text


def test_a_longer_span_of_months_does_not_answer_one_month() -> None:
    report = "laporan_kunjungan_perpustakaan_sem1_2033.pdf"
    summary = Passage(
        id="summary",
        document_id=f"doc-{report}",
        document=report,
        text="Jumlah pengunjung perpustakaan selama Maret sampai Agustus 2033 sebanyak 7.900 orang.",
        score=0.7,
        fiscal_year=2033,
        kind=ChunkKind.TEXT,
    )
    rows = table_rows(
        report,
        ["Bulan: Maret | Pengunjung (orang): 1.210", "Bulan: April | Pengunjung (orang): 1.345"],
        fiscal_year=2033,
        heading="Pengunjung perpustakaan per bulan 2033",
    )
    result = extractive_answer(
        parse_question("pengunjung perpustakaan maret 2033 berapa orang?"), [summary, *rows]
    )
    assert result.found and "1.210" in result.text and "7.900" not in result.text
