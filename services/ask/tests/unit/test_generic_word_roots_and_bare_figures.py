"""A word asking for a change is known by its own form, not by a root it shares with a thing asked
about; a figure line standing alone under its title lines takes their words as its own."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.sentences import bare_figure


def test_a_thing_sharing_a_root_with_a_comparing_word_stays_a_term() -> None:
    # "ketimbang" (a comparing word) is cut to the root of "timbangan" (scales).
    question = parse_question("berapa timbangan pasar yang diperiksa tahun 2031?")
    assert "timbang" in question.terms
    assert not question.wants_difference
    compared = parse_question("retribusi 2031 ketimbang 2030 bertambah berapa?")
    assert compared.wants_difference
    assert "timbang" not in compared.terms


POSTER = [
    Passage(
        id="poster-1",
        document_id="poster",
        document="papan_tarif_sewa_los_2031.jpg",
        text="TARIF SEWA LOS PASAR HARIAN",
        score=0.8,
        opd="DISDAG",
        fiscal_year=2031,
    ),
    Passage(
        id="poster-2",
        document_id="poster",
        document="papan_tarif_sewa_los_2031.jpg",
        text="Rp 3.000,- / hari\n\nBerlaku mulai 1 Januari 2031\nuntuk kendaraan roda empat",
        heading="TAHUN 2031",
        score=0.7,
        opd="DISDAG",
        fiscal_year=2031,
    ),
]


def test_a_figure_line_cut_from_its_title_lines_is_named_by_them() -> None:
    result = extractive_answer(parse_question("tarif sewa los pasar harian tahun 2031 berapa?"), POSTER)
    assert result.found
    assert result.text.startswith("Rp 3.000")


def test_a_figure_line_named_by_its_title_still_keeps_its_year() -> None:
    result = extractive_answer(parse_question("tarif sewa los pasar harian tahun 2029 berapa?"), POSTER)
    assert not result.found


def test_a_labelled_figure_line_is_not_bare() -> None:
    assert bare_figure("Rp 3.000,- / hari")
    assert not bare_figure("Pajak 10% 45.000")
