"""A line of a plan names no measure of its own: its document's kind says it is planned, and a
question about what was realised is not answered by it (invented documents)."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.question import parse_question


def _row(document: str, category: str, text: str) -> Passage:
    return Passage(
        id=document,
        document_id=document,
        document=document,
        text=text,
        score=0.8,
        fiscal_year=2031,
        kind=ChunkKind.TABLE_ROWS,
        table=0,
        first_row=1,
        category=category,
    )


THING = "Penataan Lampu Hias Jembatan Kota"
PLANNED = _row("rka_dinas_perkim_2031.xlsx", "rka", f"Sub Kegiatan: {THING} | Jumlah (Rp): 240.000.000")
# The realisation report of the same year, of other sub-activities: "realisasi" is a common word.
OTHERS = [
    _row(
        f"realisasi_perkim_2031_{n}.xlsx",
        "realisasi",
        f"Sub Kegiatan: {name} | Pagu (Rp): 90.000.000 | Realisasi (Rp): 80.000.000",
    )
    for n, name in enumerate(
        ("Pengecatan Marka Trotoar", "Perbaikan Halte Kota", "Pemeliharaan Taman Median")
    )
]
QUESTION = "Realisasi anggaran penataan lampu hias jembatan kota tahun 2031 berapa?"


def test_a_plans_line_naming_no_measure_does_not_answer_a_realisation() -> None:
    asked = "Berapa anggaran penataan lampu hias jembatan kota tahun 2031?"
    assert extractive_answer(parse_question(asked), [PLANNED, *OTHERS]).found
    result = extractive_answer(parse_question(QUESTION), [PLANNED, *OTHERS])
    assert not result.found, result.text


def test_a_realisation_reports_line_naming_no_measure_still_answers() -> None:
    spent = _row(
        "laporan_realisasi_perkim_2031.xlsx",
        "realisasi",
        f"Sub Kegiatan: {THING} | Jumlah (Rp): 231.500.000",
    )
    result = extractive_answer(parse_question(QUESTION), [spent, *OTHERS])
    assert result.found and "231.500.000" in result.text, result.reason
