"""Sums written with "+", amounts per one thing, counts glossed by a short form, the words a
comparison's right side writes before its year, and a document's labelled period."""

from __future__ import annotations

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_parts import split_parts
from samarinda_ask.testing import table_rows


def answer(question: str, passages: list[Passage]):
    return extractive_answer(parse_question(question), passages)


def text(id_: str, document: str, body: str, year: int = 2031) -> Passage:
    return Passage(
        id=id_, document_id=f"doc-{document}", document=document, text=body, score=0.8, fiscal_year=year
    )


QUARTERS = table_rows(
    "realisasi_retribusi_pasar_2031.xlsx",
    [
        "Triwulan: TW I | Retribusi Pasar (Rp): 100.000.000",
        "Triwulan: TW II | Retribusi Pasar (Rp): 150.000.000",
        "Triwulan: TW III | Retribusi Pasar (Rp): 175.000.000",
    ],
)


def test_a_plus_between_two_names_asks_their_sum() -> None:
    assert parse_question("anggaran bibit (Q1 + Q2) 2031 berapa?").wants_sum
    assert not parse_question("anggaran bibit 2031 berapa?").wants_sum


def test_rows_named_by_short_labels_are_summed() -> None:
    result = answer("retribusi pasar semester I 2031 (TW I + TW II) brp totalnya?", QUARTERS)
    assert result.found, result.reason
    assert result.text.startswith("Rp 250.000.000"), result.text
    assert len(result.citations) == 2


def test_an_amount_per_one_thing_answers_a_question_per_that_thing() -> None:
    report = text(
        "r",
        "laporan_seragam_2031.pdf",
        "Bantuan seragam tahun 2031 bernilai Rp 900.000.000 atau Rp 300.000 per siswa.",
    )
    result = answer("bantuan seragam per siswa 2031 berapa rupiah?", [report])
    assert result.found, result.reason
    assert result.text.startswith("Rp 300.000"), result.text


def test_the_right_sides_words_before_its_year_stay_on_that_side() -> None:
    parts = split_parts(parse_question("peserta pelatihan 2031 bertambah brp dibanding usulan 2030?"))
    assert [p.years for p in parts] == [(2030,), (2031,)]
    assert "usulan" in parts[0].text
    assert "usulan" not in parts[1].text


def test_counts_of_one_thing_in_words_and_in_its_short_form_are_compared() -> None:
    plan = text(
        "p", "sk_penerima_beras_2030.pdf", "Menetapkan penerima beras tahun 2030 sebanyak 1.200 RTS.", 2030
    )
    report = text(
        "r",
        "laporan_beras_2031.pdf",
        "Beras tahun 2031 disalurkan kepada 1.450 rumah tangga penerima (RTS) di kecamatan sasaran.",
    )
    result = answer("RTS penerima beras 2031 naik berapa kalau dibanding penetapan 2030?", [plan, report])
    assert result.found, result.reason
    assert result.text.startswith("Selisih 250"), result.text


PHOTO = [
    text("t", "rekap_pemeriksaan.jpg", "Bulan : Maret 2031"),
    *table_rows("rekap_pemeriksaan.jpg", ["Jenis: JUMLAH | Jumlah Diperiksa: 512"]),
    text("s", "rekap_pemeriksaan.jpg", "Samarinda, 4 April 2031 Kepala UPTD ttd"),
]


def test_a_labelled_period_is_the_documents_month_not_the_date_it_was_signed() -> None:
    assert answer("jumlah diperiksa bulan maret 2031?", PHOTO).found
    assert not answer("jumlah diperiksa bulan april 2031?", PHOTO).found


def test_a_lone_total_of_plain_numbers_is_stated_as_printed_not_as_rupiah() -> None:
    rows = table_rows(
        "produksi_sayur_2031.csv",
        ["Komoditas: Kangkung | Lahan A: 12,5 | Lahan B: 30,25 | Jumlah: 42,75"],
    )
    result = answer("produksi kangkung 2031 brp ton?", rows)
    assert result.found, result.reason
    assert "Jumlah: 42,75" in result.text, result.text
    assert "Rp" not in result.text, result.text


# A monthly report filed under its month, whose title writes that month without a label's colon.
FILED = [
    text(
        "f",
        "laporan_bulanan_pasar_hewan_maret_2031.pdf",
        "LAPORAN BULANAN PASAR HEWAN MARET 2031 Sapi masuk pasar: 214 ekor. Samarinda, 2 April 2031",
    ),
]


def test_a_report_filed_under_its_month_is_no_answer_for_the_month_it_was_signed_in() -> None:
    assert answer("sapi masuk pasar hewan maret 2031 brp ekor?", FILED).found
    assert not answer("sapi masuk pasar hewan april 2031 brp ekor?", FILED).found


def test_the_year_of_an_event_compared_by_its_name_is_not_the_sentences_year() -> None:
    minutes = text(
        "m",
        "notulen_rapat_lomba_perahu_2031.pdf",
        "Panitia menetapkan target penonton sebanyak 12.000 orang, lebih tinggi dari capaian "
        "Lomba Perahu Naga 2030 yang mencatat 9.500 penonton.",
    )
    result = answer("target penonton lomba perahu 2031 brp org?", [minutes])
    assert result.found, result.reason
    assert result.text.startswith("12.000"), result.text


def test_a_report_signed_early_in_the_next_year_is_not_that_years_report() -> None:
    older = text(
        "o",
        "laporan_tahunan_rusunawa_2030.pdf",
        "Tarif sewa unit yang berlaku Rp 300.000 per bulan.\nSamarinda, 9 Januari 2031\nKepala UPT",
        year=2030,
    )
    newer = text(
        "n",
        "laporan_tahunan_rusunawa_2031.pdf",
        "Tarif sewa unit yang berlaku Rp 350.000 per bulan.\nSamarinda, 8 Januari 2032\nKepala UPT",
    )
    result = answer("tarif sewa unit rusunawa per bulan di laporan 2031?", [older, newer])
    assert result.found, result.reason
    assert result.text.startswith("Rp 350.000"), result.text
