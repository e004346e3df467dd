"""Short forms whose long form is headed by a money word ask for an amount."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.figures import FigureKind
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.vocabulary import VOCABULARY


def test_only_short_forms_headed_by_a_money_word_name_an_amount() -> None:
    assert {"apbd", "hps"} <= VOCABULARY.amount_short_forms
    assert "ta" not in VOCABULARY.amount_short_forms  # tahun anggaran: a year
    assert "dpa" not in VOCABULARY.amount_short_forms  # dokumen pelaksanaan anggaran: a document


def test_a_short_form_naming_an_amount_asks_for_money_unless_things_are_counted() -> None:
    assert parse_question("Total APBD kota TA 2031 berapa?").wants is FigureKind.MONEY
    assert parse_question("Berapa jumlah kegiatan APBD 2031?").wants is FigureKind.COUNT


def test_a_count_beside_the_short_form_does_not_answer_its_amount() -> None:
    note = Passage(
        id="n1",
        document_id="doc-notulen",
        document="notulen_rapat_armada_2031.pdf",
        text="Pengadaan 3 unit truk baru melalui APBD 2031 sedang berproses.",
        score=0.8,
        page=1,
        fiscal_year=2031,
    )
    assert not extractive_answer(parse_question("Total APBD kota TA 2031 berapa?"), [note]).found


def test_an_official_named_after_a_counted_unit_makes_no_count_of_an_amount() -> None:
    # "lurah" is the stem of "kelurahan", a unit things are counted in; the official is no unit.
    assert (
        parse_question("tunjangan petugas pendata per hari brp menurut SK lurah?").wants is FigureKind.MONEY
    )
    assert parse_question("ada berapa kelurahan yang ikut lomba?").wants is FigureKind.COUNT
