"""A short form of the question stands for words running text writes in lower case ("sarpras"
for "sarana dan prasarana"), unless the question writes those words
otherwise; a verb suffix "-i" the stemmer keeps does not make another word; and a regulation
reports no realisation."""

from __future__ import annotations

from dataclasses import replace

from samarinda_ask.domain.aliases import learned_aliases, word_runs
from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question


def _passage(text: str) -> Passage:
    return Passage(
        id="edaran_2031.pdf",
        document_id="doc-edaran_2031.pdf",
        document="edaran_2031.pdf",
        text=text,
        score=0.9,
        page=1,
        fiscal_year=2031,
    )


def test_runs_of_lower_case_words_stop_at_punctuation_figures_and_stop_words() -> None:
    runs = word_runs(
        "Belanja sarana dan prasarana sekolah dibatasi 12%, kecuali ruang kelas yang rusak berat."
    )
    assert ("sarana", "dan", "prasarana", "sekolah", "dibatasi") in runs
    assert ("kecuali", "ruang", "kelas") in runs  # "yang" is a stop word: the run is cut there
    assert ("rusak", "berat") in runs


def test_a_typed_short_form_stands_for_lower_case_words() -> None:
    question = parse_question("batas belanja sarpras sekolah 2031 brp persen?")
    aliases = learned_aliases(
        question, ["Belanja sarana dan prasarana sekolah dibatasi 12% pada tahun 2031."]
    )
    assert any(alias >= {"sarana", "prasarana"} for alias in aliases.get("sarpras", ()))


def test_lower_case_words_the_question_writes_itself_are_no_alias() -> None:
    question = parse_question("berapa SP di antara sekolah penggerak 2031?")
    aliases = learned_aliases(question, ["Jumlah sekolah penggerak tahun 2031 sebanyak 40 sekolah."])
    assert not aliases.get("sp")


def test_the_limit_on_a_short_formed_spending_is_answered() -> None:
    circular = _passage(
        "2. Belanja sarana dan prasarana sekolah tahun 2031 dibatasi setinggi-tingginya 12,5%"
        " dari pagu belanja modal sekolah itu."
    )
    result = extractive_answer(parse_question("sarpras 2031 dibatasi brp % thd pagu modal?"), [circular])
    assert result.found and result.text.startswith("12,5")


def test_a_realisation_is_not_answered_by_a_regulation() -> None:
    circular = replace(
        _passage(
            "2. Belanja sarana dan prasarana sekolah tahun 2031 dibatasi setinggi-tingginya 12,5%"
            " dari pagu belanja modal sekolah itu."
        ),
        heading="Pedoman pelaporan realisasi belanja sekolah",
        category="regulasi",
    )
    result = extractive_answer(parse_question("sarpras 2031 terealisasi brp % thd pagu modal?"), [circular])
    assert not result.found and "measure" in result.reason
