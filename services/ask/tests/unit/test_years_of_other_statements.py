"""A year named in a clause that tells another statement ("..., sedangkan ... tahun 2030 ...")
is that statement's, not the year of the figure before it; a year before the figure frames it."""

from __future__ import annotations

from decimal import Decimal

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.clauses import statement_of
from samarinda_ask.domain.question import parse_question


def _report(text: str) -> list[Passage]:
    return [
        Passage(
            id="p1",
            document_id="doc-laporan_bengkel_2031.pdf",
            document="laporan_bengkel_2031.pdf",
            text=text,
            score=0.6,
            page=1,
            fiscal_year=2031,
        )
    ]


SENTENCE = (
    "Dari seluruh bengkel binaan, bengkel bersertifikat tercatat 73 unit, sedangkan bengkel yang"
    " lulus uji emisi tahun 2030 sebanyak 41 unit."
)


def test_the_statement_of_a_figure_stops_at_another_statement() -> None:
    assert "2030" not in statement_of(SENTENCE, Decimal(73))
    assert "2030" in statement_of(SENTENCE, Decimal(41))


def test_a_year_before_the_figure_frames_it() -> None:
    sentence = "Pada tahun 2030, bengkel bersertifikat 60 unit, sedangkan tahun 2031 sebanyak 73 unit."
    assert "2030" in statement_of(sentence, Decimal(60))


def test_the_other_statements_year_does_not_refuse_the_figure() -> None:
    result = extractive_answer(
        parse_question("berapa unit bengkel bersertifikat tahun 2031?"), _report(SENTENCE)
    )
    assert result.found and "73" in result.text


def test_another_year_still_abstains() -> None:
    result = extractive_answer(
        parse_question("berapa unit bengkel bersertifikat tahun 2029?"), _report(SENTENCE)
    )
    assert not result.found
