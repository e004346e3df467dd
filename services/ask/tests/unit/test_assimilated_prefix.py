"""A verb asked in the passive ("ditampung") is stated by its active form under meN-, which
swallows the root's first letter ("menampung"), though the stemmer leaves the two apart."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question


def _report(text: str) -> Passage:
    return Passage(
        id="laporan_pasar_2031.pdf",
        document_id="doc-laporan_pasar_2031.pdf",
        document="laporan_pasar_2031.pdf",
        text=text,
        score=0.9,
        page=1,
        fiscal_year=2031,
    )


def test_the_active_form_states_the_passive_verb_asked() -> None:
    report = _report("Posko kelurahan menampung 312 pengungsi banjir rob di gedung serbaguna.")
    asked = parse_question("pengungsi banjir rob yg ditampung posko kelurahan 2031 brp?")
    result = extractive_answer(asked, [report])
    assert result.found and result.text.startswith("312 pengungsi")
