"""An answer repeats the clause of its figure, not the sentence's other figures."""

from decimal import Decimal

from samarinda_ask.domain.clauses import clause_stating


def test_an_answer_repeats_the_clause_of_its_figure_only() -> None:
    sentence = "Jumlah armada 40 unit, terdiri atas 25 truk dan 15 pikap, lebih banyak dari target 30 unit."
    assert clause_stating(sentence, Decimal(40)) == "Jumlah armada 40 unit"


def test_a_figure_printed_in_several_clauses_keeps_the_sentence() -> None:
    sentence = "Target 12 paket, realisasi 12 paket."
    assert clause_stating(sentence, Decimal(12)) == sentence


def test_a_decimal_comma_does_not_end_a_clause() -> None:
    sentence = "Capaian 72,4 persen dan rata-rata 4,1 hari."
    assert clause_stating(sentence, Decimal("72.4")) == sentence


def test_a_dash_between_months_does_not_end_a_clause() -> None:
    sentence = "Periode pendataan Maret - Mei 2024 Skor : 91,2"
    assert clause_stating(sentence, Decimal("91.2")) == sentence
