"""A column's short form in capitals read as the initials of the question's words, a glossary
short form a document writes read as its long form too, a verb as it is said read as its root,
and the label row of a table read without column names read as the rows' header; an indicator
asked plainly answered by its realisation column; a form's location field as context of its rows."""

from __future__ import annotations

from decimal import Decimal

from samarinda_ask.domain.aliases import learned_aliases
from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.informal import spoken_roots, swallowing_nasal
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_terms import content_terms, index_terms
from samarinda_ask.testing import table_rows


def test_a_column_short_form_gives_the_initials_of_the_asked_words() -> None:
    rows = table_rows(
        "rekap_gedung_2031.xlsx",
        ["Gedung: Melati | Jumlah AP: 12 | Rusak: 2", "Gedung: Anggrek | Jumlah AP: 9 | Rusak: 1"],
    )
    answer = extractive_answer(parse_question("Berapa alat pemadam di gedung Anggrek tahun 2031?"), rows)
    assert answer.found
    assert answer.figure is not None and answer.figure.value == 9


def test_initials_are_one_letter_per_word_and_never_a_title_in_capitals() -> None:
    question = parse_question("Berapa alat pemadam di gedung Anggrek tahun 2031?")
    read = learned_aliases(question, ["Jumlah AP | Rusak"])
    assert frozenset({"ap"}) in read[content_terms("pemadam")[0]]
    # A line all in capitals is a title: its words are words, not short forms.
    assert content_terms("pemadam")[0] not in learned_aliases(question, ["LAPORAN AP GEDUNG"])
    # "APD" is not the initials of two words.
    assert content_terms("pemadam")[0] not in learned_aliases(question, ["Jumlah APD | Rusak"])


def test_a_glossary_short_form_in_a_document_states_its_long_form() -> None:
    # The glossary writes "rsud" out as "rumah sakit umum daerah", and "rs" as "rumah sakit".
    assert set(content_terms("rumah sakit")) <= index_terms("Laporan kinerja RSUD kota")


def test_a_verb_as_it_is_said_stands_for_its_root() -> None:
    assert "tulis" in spoken_roots("nulisin")
    assert "tanem" in spoken_roots("nanem")
    assert "kirim" in spoken_roots("dikirimin")
    assert "kirim" in spoken_roots("ngirim")
    assert spoken_roots("posko") == ()
    question = parse_question("Tahun 2031 dinas nulisin berapa buku panduan?")
    sentence = "Sepanjang tahun 2031 dinas menuliskan 412 buku panduan."
    read = learned_aliases(question, [sentence])[content_terms("nulisin")[0]]
    assert read and all(alias <= index_terms(sentence) for alias in read)


def test_the_label_row_of_a_table_without_column_names_is_the_header_of_its_rows() -> None:
    rows: list[Passage] = table_rows(
        "foto_rekap_bantuan_2031.jpg", ["Jenis Barang | Jumlah Diterima", "Selimut | 120", "Tikar | 85"]
    )
    answer = extractive_answer(parse_question("Berapa tikar yang diterima tahun 2031?"), rows)
    assert answer.found
    assert answer.figure is not None and answer.figure.value == 85


def test_an_indicator_asked_plainly_is_answered_by_what_was_reached() -> None:
    rows = table_rows(
        "lkjip_dinas_2031.pdf",
        [
            "Indikator: Cakupan vaksinasi kucing | Satuan: % | Target: 90,00 | Realisasi: 87,50 | "
            "Capaian (%): 97,22"
        ],
    )
    plain = extractive_answer(parse_question("cakupan vaksinasi kucing 2031 brp persen?"), rows)
    assert plain.figure is not None and plain.figure.value == Decimal("87.50")
    target = extractive_answer(parse_question("target cakupan vaksinasi kucing 2031 brp persen?"), rows)
    assert target.figure is not None and target.figure.value == Decimal("90.00")


def test_a_forms_location_field_is_context_for_its_rows() -> None:
    document = "foto_rekap_pameran_2031.jpg"
    header = Passage(
        id="h1",
        document_id=f"doc-{document}",
        document=document,
        text="REKAP PAMERAN\n\nLokasi: Aula Serbaguna Melati, 3 - 5 Mei 2031",
        score=0.5,
        page=1,
        fiscal_year=2031,
    )
    rows = table_rows(
        document,
        [
            "Hari: Hari ke-1 | Penjualan (Rp): 1.000.000",
            "Hari: Hari ke-2 | Penjualan (Rp): 2.500.000",
            "Hari: Total | Penjualan (Rp): 3.500.000",
        ],
    )
    answer = extractive_answer(
        parse_question("total penjualan pameran di Aula Melati 2031?"), [header, *rows]
    )
    assert answer.found
    assert answer.figure is not None and answer.figure.value == 3500000


def test_the_written_prefix_swallows_the_letters_the_spoken_nasals_stand_for() -> None:
    assert [swallowing_nasal(letter) for letter in "tpks"] == ["n", "m", "ng", "ny"]
    # "mencatat" keeps its "c"; only the spoken "nyatat" drops it.
    assert swallowing_nasal("c") is None
    assert swallowing_nasal("b") is None
