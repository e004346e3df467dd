"""Two or three words of the asker's own that no document states, in a question that names more
than twice as many others: the sentence that states all the others answers."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question

RESCUE = Passage(
    id="p1",
    document_id="doc-rescue",
    document="laporan_siaga_banjir_2032.pdf",
    text=(
        "Laporan kesiapsiagaan banjir tahun 2032.\n\n"
        "Selama musim hujan 2032, BPBD menyiagakan 27 perahu karet di posko hulu.\n\n"
        "Sebanyak 140 warga dievakuasi ke gedung serbaguna."
    ),
    score=0.9,
    page=2,
    fiscal_year=2032,
)


def test_a_few_words_no_document_states_are_the_askers_wording() -> None:
    # "pas", "sempat" and "diantar": said otherwise ("selama", "menyiagakan") or not at all.
    question = parse_question(
        "Pas musim hujan 2032 kemarin BPBD sempat diantar perahu karet ke posko hulu berapa?"
    )
    answer = extractive_answer(question, [RESCUE])
    assert answer.found and answer.text.startswith("27")


def test_a_question_mostly_in_words_no_document_states_is_not_answered() -> None:
    question = parse_question("Tahun 2032 BPBD sempat sewa helikopter angkut logistik berapa kali?")
    assert not extractive_answer(question, [RESCUE]).found


def test_the_last_word_that_narrows_the_question_is_never_the_askers_wording() -> None:
    question = parse_question(
        "Selama musim hujan 2032 BPBD menyiagakan perahu karet bermesin tempel ganda berapa?"
    )
    assert not extractive_answer(question, [RESCUE]).found


def test_a_question_asking_no_figure_gets_no_such_leeway() -> None:
    # No figure asked, so no figure of the kind asked vouches for the sentence.
    question = parse_question("Pas musim hujan 2032 BPBD sempat diantar perahu karet ke posko hulu?")
    assert not extractive_answer(question, [RESCUE]).found
