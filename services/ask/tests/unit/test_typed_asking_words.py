"""A question typed with "brp" asks what "berapa" asks; a column is named by a word the stemmer
cut as coverage reads it; a figure is named by the words between it
and the figure before it, not by that figure's own words."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.figures import FigureKind
from samarinda_ask.domain.question import parse_question
from samarinda_ask.testing import table_rows


def test_brp_asks_for_a_figure_as_berapa_does() -> None:
    assert parse_question("benih yg ditanam brp batang?").wants is FigureKind.COUNT
    assert parse_question("brp banyak posko yg dibuka?").counts_things


def test_a_typed_date_question_asks_for_a_date() -> None:
    question = parse_question("tgl brp lomba perahu digelar?")
    assert question.wants_date
    assert question.wants is None


def _note(text: str) -> Passage:
    return Passage(
        id="p1",
        document_id="doc-lap",
        document="laporan_posyandu_2031.pdf",
        text=text,
        score=0.8,
        page=1,
        fiscal_year=2031,
    )


def test_a_breakdown_figure_does_not_take_the_total_words_before_it() -> None:
    note = _note(
        "Sepanjang tahun 2031 kader mencatat 415 kunjungan balita, terdiri atas penimbangan "
        "300 kunjungan dan imunisasi 115 kunjungan."
    )
    result = extractive_answer(parse_question("brp total kunjungan balita thn 2031?"), [note])
    assert result.found
    assert result.text.startswith("415")


def test_a_count_question_is_answered_by_the_count_not_the_share_after_it() -> None:
    note = _note("Pada tahun 2031 telah dilayani 1.250 akta kelahiran, 64% di antaranya untuk bayi.")
    result = extractive_answer(parse_question("akta kelahiran yg dilayani thn 2031 ada brp?"), [note])
    assert result.found
    assert result.text.startswith("1.250")


def test_a_column_named_by_the_word_the_stemmer_cut_answers_it() -> None:
    rows = table_rows(
        "rekap_renovasi_sekolah_2031.xlsx",
        [
            "Sekolah: SDN 41 | Kelas Direnovasi: 9 | Kelas Diusulkan: 12",
            "Sekolah: SDN 42 | Kelas Direnovasi: 6 | Kelas Diusulkan: 10",
        ],
    )
    question = parse_question("Kelas yg terenovasi di SDN 41 thn 2031 brp?")
    result = extractive_answer(question, rows)
    assert result.found, result.reason
    assert result.text.startswith("9"), result.text
