"""An ordinal asked in digits ("minggu ke-3") is the row a table labels in Roman numerals."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.question import parse_question

VISITS = Passage(
    id="kunjungan-1",
    document_id="doc-kunjungan",
    document="museum_kunjungan_mingguan_2031.xlsx",
    text="Periode: Minggu I | Pengunjung: 640\n"
    "Periode: Minggu II | Pengunjung: 715\n"
    "Periode: Minggu III | Pengunjung: 872\n"
    "Periode: Minggu IV | Pengunjung: 590",
    score=0.8,
    page=1,
    fiscal_year=2031,
    heading="KUNJUNGAN MUSEUM KOTA BULAN MARET 2031",
    kind=ChunkKind.TABLE_ROWS,
)


def test_an_ordinal_in_digits_finds_the_row_numbered_in_roman() -> None:
    result = extractive_answer(
        parse_question("pengunjung museum minggu ke-3 maret 2031 ada berapa?"), [VISITS]
    )
    assert result.found and result.text.startswith("872")
