"""Guards that keep an unanswerable question unanswered: a count asked is not what was spent on
the thing counted, a sentence listing named amounts does not answer for a name it lacks, a figure
given as of a day is that month's, and a short form is not the name the question writes itself."""

from __future__ import annotations

from samarinda_ask.domain.aliases import learned_aliases
from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.testing import table_rows


def _sentence(text: str, document: str = "laporan_kegiatan_2033.pdf") -> Passage:
    return Passage(
        id=text[:12],
        document_id=f"doc-{document}",
        document=document,
        text=text,
        score=0.7,
        fiscal_year=2033,
        kind=ChunkKind.TEXT,
    )


def test_a_count_asked_is_not_what_was_spent_on_the_thing_counted() -> None:
    rows = table_rows(
        "realisasi_belanja_2033.csv",
        ["uraian: Belanja Sepatu Atlet Pelajar | realisasi: 12500000"],
        fiscal_year=2033,
    )
    assert not extractive_answer(parse_question("jumlah atlet pelajar 2033 brp?"), rows).found
    asked_in_money = extractive_answer(parse_question("belanja sepatu atlet pelajar 2033 brp?"), rows)
    assert asked_in_money.found and "12.500.000" in asked_in_money.text


def test_a_count_asked_without_a_money_word_sums_no_rupiah_rows() -> None:
    rows = table_rows(
        "pendapatan_gedung_olahraga_2033.xlsx",
        [
            "Bulan: Januari | Target (Rp): 9000000 | Realisasi (Rp): 9400000",
            "Bulan: Februari | Target (Rp): 9000000 | Realisasi (Rp): 8700000",
        ],
        fiscal_year=2033,
    )
    question = parse_question("total penyewa gedung olahraga januari dan februari 2033 brp")
    assert not question.names_money
    assert not extractive_answer(question, rows).found


def test_a_sentence_of_named_amounts_does_not_answer_for_a_name_it_lacks() -> None:
    passage = _sentence(
        "Tunjangan transport diberikan kepada Koordinator sebesar Rp 400.000, Pengemudi sebesar "
        "Rp 250.000, dan Operator sebesar Rp 200.000 setiap bulan."
    )
    assert not extractive_answer(
        parse_question("berapa tunjangan transport bulanan untuk pengawas?"), [passage]
    ).found
    named = extractive_answer(
        parse_question("berapa tunjangan transport bulanan untuk koordinator?"), [passage]
    )
    assert named.found and "400.000" in named.text


def test_a_figure_given_as_of_a_day_is_that_months() -> None:
    passages = [
        _sentence("Per 31 Mei 2033 jumlah relawan terdaftar sebanyak 85 orang."),
        _sentence("Rapat evaluasi berikutnya dijadwalkan pada Agustus 2033."),
    ]
    assert not extractive_answer(
        parse_question("berapa relawan yang terdaftar pada bulan agustus 2033?"), passages
    ).found
    may = extractive_answer(parse_question("berapa relawan yang terdaftar pada bulan mei 2033?"), passages)
    assert may.found and "85" in may.text


def test_a_short_form_is_not_the_name_the_question_writes_beside_it() -> None:
    texts = ["Dusun Lembah Permai | Jumlah: 830"]
    assert "lp" not in learned_aliases(parse_question("jumlah LP di dusun Lembah Permai?"), texts)
    assert "lp" in learned_aliases(parse_question("jumlah LP 2033?"), texts)


def test_a_count_over_rows_in_a_count_column_is_still_summed() -> None:
    rows = table_rows(
        "laporan_pembibitan_2033.pdf",
        [
            "No: 1 | Jenis: Durian | Target (batang): 1.000 | Realisasi 2033 (batang): 1.240",
            "No: 2 | Jenis: Manggis | Target (batang): 800 | Realisasi 2033 (batang): 760",
        ],
        fiscal_year=2033,
    )
    result = extractive_answer(
        parse_question("berapa batang bibit durian dan manggis terealisasi seluruhnya tahun 2033?"), rows
    )
    assert result.found and "2.000" in result.text
