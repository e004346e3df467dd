"""Two periods set against each other: two halves of one year are two parts, and the half that
cuts one year's figure off is no period of the other year's side."""

from __future__ import annotations

from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_parts import split_parts


def test_two_halves_of_one_year_are_two_parts() -> None:
    question = parse_question(
        "peserta bank sampah bertambah brp KK dari posisi smt 1 ke posisi smt 2 thn 2032?"
    )
    assert [p.text for p in split_parts(question)] == [
        "peserta bank sampah bertambah brp KK dari posisi smt 1 thn 2032?",
        "peserta bank sampah bertambah brp KK dari posisi smt 2 thn 2032?",
    ]
    question = parse_question("Berapa kenaikan sewa kios triwulan I dibanding triwulan II 2032?")
    assert [p.text for p in split_parts(question)] == [
        "Berapa kenaikan sewa kios triwulan I 2032?",
        "Berapa kenaikan sewa kios triwulan II 2032?",
    ]
    # One period named, or no change asked: one question.
    assert len(split_parts(parse_question("peserta bank sampah posisi smt 2 2032 brp KK?"))) == 1
    assert len(split_parts(parse_question("peserta bank sampah smt 1 dan smt 2 2032 brp KK?"))) == 1


def test_a_half_year_stays_with_its_own_year_side() -> None:
    question = parse_question(
        "retribusi kios blok C semester 1 2032 kalau dibandingkan setahun penuh 2031 kurangnya brp?"
    )
    texts = [p.text for p in split_parts(question)]
    assert len(texts) == 2
    whole_year = next(t for t in texts if "2031" in t)
    assert "semester" not in whole_year and "retribusi kios blok C" in whole_year
    assert "semester 1" in next(t for t in texts if "2032" in t)
