"""A board or form writes a count after its label and a colon ("Tenda terpasang : 12"), with no
unit word after the number: the label says what it counts. A price list writes a rate "/ pekan"
that a question asks "sepekan"."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question

_BOARD = (
    "POSKO KESEHATAN KEL. TELUK JINGGA\n\nUpdate: 03-07-2031\n\nPasien dirawat : 12 orang\n\n"
    "Tenda terpasang : 9\n\nSumur bor :3\n\nPiket: relawan PMI"
)


def _board(text: str = _BOARD) -> Passage:
    return Passage(
        id="b1",
        document_id="doc-papan_posko_2031.png",
        document="papan_posko_2031.png",
        text=text,
        score=0.5,
        page=1,
    )


def test_the_number_after_the_label_asked_is_its_count() -> None:
    question = parse_question("Berapa tenda terpasang di posko kesehatan Teluk Jingga 2031?")
    answer = extractive_answer(question, [_board()])
    assert answer.found
    assert answer.text.startswith("9")


def test_a_label_naming_nothing_asked_gives_no_count() -> None:
    question = parse_question("Berapa genset terpasang di posko kesehatan Teluk Jingga 2031?")
    answer = extractive_answer(question, [_board("Update: 03-07-2031\n\nTenda : 9\n\nSumur bor :3")])
    assert not answer.found or "9" not in answer.text.split()[0]


def test_a_rate_asked_for_one_period_is_the_rate_per_that_period() -> None:
    price_list = Passage(
        id="t1",
        document_id="doc-tarif_balai_2031.jpg",
        document="tarif_balai_2031.jpg",
        text="Aula balai warga ........ Rp 750.000 / pekan",
        score=0.5,
        page=1,
    )
    question = parse_question("sewa aula balai warga sepekan berapa?")
    answer = extractive_answer(question, [price_list])
    assert answer.found
    assert "750.000" in answer.text
