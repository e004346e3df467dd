"""A year's second half asked where only the year's report and its first half's report state
figures: the year less its first half, shown with both and citing both."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer, remainder
from samarinda_ask.domain.named_periods import second_half_sides
from samarinda_ask.domain.question import parse_question


def _sentence(document: str, text: str) -> list[Passage]:
    return [
        Passage(
            id=f"{document}-1",
            document_id=f"doc-{document}",
            document=document,
            heading=None,
            text=text,
            score=0.6,
            kind=ChunkKind.TEXT,
            page=1,
            fiscal_year=2031,
        )
    ]


def test_the_second_half_is_asked_as_the_year_and_its_first_half() -> None:
    assert second_half_sides("Berapa pengunjung museum semester II 2031?") == (
        "Berapa pengunjung museum 2031?",
        "Berapa pengunjung museum semester I 2031?",
    )
    # The asker's note on how to get it is no words of a document.
    assert second_half_sides("pengunjung museum smt 2 2031 (total minus paruh awal) berapa?") == (
        "pengunjung museum 2031 berapa?",
        "pengunjung museum semester I 2031 berapa?",
    )
    assert second_half_sides("pengunjung museum semester II 2031 (bulan 7-12)? lihat rekap akhir tahun") == (
        "pengunjung museum 2031?",
        "pengunjung museum semester I 2031?",
    )
    # A year only the note names is still the year asked.
    assert second_half_sides("pengunjung museum semester 2 (juli sampai desember 2031) berapa?") == (
        "pengunjung museum 2031 berapa?",
        "pengunjung museum semester I 2031 berapa?",
    )
    assert second_half_sides("Berapa pengunjung museum semester I 2031?") is None
    assert second_half_sides("Berapa pengunjung museum semester II?") is None  # no year named


def test_the_year_less_its_first_half_answers_the_second_half() -> None:
    whole_text, first_text = second_half_sides("Berapa pengunjung museum semester II 2031?") or ("", "")
    year = _sentence("laporan_museum_2031.pdf", "Sepanjang tahun 2031 museum dikunjungi 12.400 pengunjung.")
    half = _sentence(
        "laporan_museum_semester1_2031.pdf", "Pada semester I 2031 museum dikunjungi 5.150 pengunjung."
    )
    whole = extractive_answer(parse_question(whole_text), year)
    first = extractive_answer(parse_question(first_text), half)
    answer = remainder(whole, first, "Semester II")
    assert answer is not None and answer.found and answer.summed
    assert answer.text.startswith("Semester II: 7.250 pengunjung = 12.400 pengunjung - 5.150 pengunjung.")
    assert {c.document for c in answer.citations} == {
        "laporan_museum_2031.pdf",
        "laporan_museum_semester1_2031.pdf",
    }


def test_no_remainder_without_both_figures_or_from_one_quote() -> None:
    year = _sentence("laporan_museum_2031.pdf", "Sepanjang tahun 2031 museum dikunjungi 12.400 pengunjung.")
    whole = extractive_answer(parse_question("Berapa pengunjung museum 2031?"), year)
    assert remainder(whole, whole, "Semester II") is None  # one quote is not two figures
    missing = extractive_answer(parse_question("Berapa pengunjung museum semester I 2031?"), [])
    assert remainder(whole, missing, "Semester II") is None
