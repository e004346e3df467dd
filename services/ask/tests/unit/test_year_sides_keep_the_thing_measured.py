"""Each year of a two-year comparison keeps the short form that names the thing measured ("pajak
PKB 2031 dibanding 2030": both years are of that tax); only a short form that a side reads its
figure from ("di RKA 2032") stays with its side, and so does the month that cuts one side off. A
rise asked of two figures that do not subtract is no answer."""

from __future__ import annotations

from decimal import Decimal

from samarinda_ask.domain.answering import Answer
from samarinda_ask.domain.composition import combined_answer
from samarinda_ask.domain.figures import Figure, FigureKind
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_parts import split_parts


def _texts(question: str) -> list[str]:
    return [part.text for part in split_parts(parse_question(question))]


def test_a_short_form_without_a_source_word_names_what_both_years_measure() -> None:
    texts = _texts("penerimaan PKB 2031 dibanding penerimaan 2030 naik brp?")
    assert all("PKB" in text for text in texts), texts


def test_a_short_form_after_a_source_word_stays_with_its_year() -> None:
    texts = _texts("pagu lampu taman di RKA 2032 dibanding pagu 2031 naik brp?")
    assert "RKA" not in texts[0] and "2031" in texts[0], texts
    assert "RKA" in texts[1], texts


def test_a_document_kinds_short_form_stays_with_its_year_without_a_source_word() -> None:
    texts = _texts("pagu lampu taman RKA 2032 melampaui brp dibanding capaian lampu taman 2031?")
    year_2031 = next(text for text in texts if "2031" in text)
    assert "RKA" not in year_2031, texts
    assert "RKA" in next(text for text in texts if "2032" in text), texts


def test_the_month_cutting_off_one_side_is_not_the_other_sides() -> None:
    texts = _texts("penerimaan PKB 2031 (s.d. mei) dibanding penerimaan 2030 naik brp?")
    year_2030 = next(text for text in texts if "2030" in text)
    assert "Mei" not in year_2030 and "mei" not in year_2030, texts


def test_a_rise_asked_of_figures_that_do_not_subtract_is_no_answer() -> None:
    question = parse_question("penerimaan PKB 2031 dibanding penerimaan 2030 naik brp?")
    parts = split_parts(question)
    money = Answer(True, "Rp 5.000.000. ...", (), 0.9, Figure(FigureKind.MONEY, Decimal(5000000)))
    day = Answer(True, "30. keadaan s.d. 30 Mei 2031", (), 0.9, Figure(FigureKind.NUMBER, Decimal(30)))
    assert not combined_answer([money, day], question, parts).found
    other = Answer(True, "Rp 4.000.000. ...", (), 0.9, Figure(FigureKind.MONEY, Decimal(4000000)))
    assert combined_answer([money, other], question, parts).text.startswith("Selisih Rp 1.000.000")
