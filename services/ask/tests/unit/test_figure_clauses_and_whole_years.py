"""The figure a clause opens is named by the words after it, a clause a conjunction opens names
its own figure, and a year asked whole is answered by the year's figure, not a semester's."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question


def _report(document: str, text: str, *, score: float = 0.9) -> Passage:
    return Passage(
        id=document,
        document_id=f"doc-{document}",
        document=document,
        text=text,
        score=score,
        page=1,
        fiscal_year=2031,
    )


TRAINING = _report(
    "laporan_pelatihan_2031.pdf",
    "Sebanyak 240 peserta telah menerima sertifikat keahlian las dari pelatihan tahun 2031,"
    " dan 85 peserta mulai bekerja di galangan kapal.",
)


def test_a_figure_opening_its_clause_is_named_by_the_words_after_it() -> None:
    result = extractive_answer(
        parse_question("Berapa peserta menerima sertifikat keahlian las 2031?"), [TRAINING]
    )
    assert result.found and result.text.startswith("240 peserta")


def test_a_clause_opened_by_dan_names_its_own_figure() -> None:
    result = extractive_answer(
        parse_question("Berapa peserta mulai bekerja di galangan kapal 2031?"), [TRAINING]
    )
    assert result.found and result.text.startswith("85 peserta")


def test_a_year_asked_whole_is_not_answered_by_a_semesters_figure() -> None:
    semester = _report(
        "laporan_semester1_2031.pdf",
        "Lama antrean rata-rata loket pada semester I adalah 14 menit.",
        score=0.95,
    )
    year = _report("laporan_tahunan_2031.pdf", "Lama antrean rata-rata loket adalah 11 menit.", score=0.5)
    result = extractive_answer(
        parse_question("Rata-rata lama antrean loket tahun 2031 berapa menit?"), [semester, year]
    )
    assert result.found and result.text.startswith("11 menit")
    asked = parse_question("Rata-rata lama antrean loket semester I 2031 berapa menit?")
    assert extractive_answer(asked, [semester, year]).text.startswith("14 menit")
