"""Two measures joined before the thing they share ("selisih <pagu ...> dengan <realisasi ...>
untuk <the thing>"): each part keeps its own side's words and drops the other's (invented
documents)."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_parts import measure_sides, split_parts

QUESTION = "berapa beda pagu awal DPA 2031 dengan realisasi 2031 untuk lomba perahu naga?"


def _row(document: str, text: str) -> Passage:
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
    )


def test_each_measure_keeps_its_own_sides_words_and_the_shared_thing() -> None:
    assert [p.text for p in split_parts(parse_question(QUESTION))] == [
        "berapa beda pagu awal DPA 2031 untuk lomba perahu naga?",
        "berapa beda realisasi 2031 untuk lomba perahu naga?",
    ]


def test_a_side_before_the_shared_part_that_names_a_thing_is_not_cut() -> None:
    assert (
        measure_sides(
            "selisih target dan realisasi retribusi terminal untuk blok C 2031?", "target", "realisasi"
        )
        is None
    )
    assert (
        measure_sides("selisih realisasi lomba perahu dengan pagunya berapa?", "realisasi", "pagunya") is None
    )


def test_the_difference_takes_each_side_from_its_own_document() -> None:
    plan = _row(
        "dpa_dispora_2031.xlsx",
        "Sub Kegiatan: Lomba Perahu Naga | Pagu Awal DPA (Rp): 500.000.000 | Pagu Ubah (Rp): 450.000.000",
    )
    spent = _row(
        "realisasi_dispora_2031.xlsx",
        "Sub Kegiatan: Lomba Perahu Naga | Anggaran (Rp): 450.000.000 | Realisasi (Rp): 430.000.000",
    )
    result = extractive_answer(parse_question(QUESTION), [plan, spent])
    assert result.found, result.reason
    assert "70.000.000" in result.text, result.text
