"""A short form a question uses for a data file's column name ("tanda_daftar_gudang"), a size a
question writes joined to its unit ("5kg"), and a question word the stemmer cut inside the word a
unit's context writes ("pengirim" -> "irim" under "Jumlah kiriman")."""

from __future__ import annotations

from samarinda_ask.domain.aliases import capitalised_names
from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_terms import index_terms
from samarinda_ask.testing import table_rows


def test_a_column_name_in_snake_case_is_a_name() -> None:
    names = capitalised_names("bulan: Mei | surat_izin_usaha: 41 | jumlah: 7 | x_1: 2")
    assert ("surat", "izin", "usaha") in names
    assert all("1" not in name for name in names)  # a code, not words


def test_a_short_form_picks_the_column_its_name_writes_out() -> None:
    rows = table_rows(
        "rekap_layanan_2031.csv",
        [
            "bulan: Mei | surat_izin_usaha: 41 | tanda_daftar_gudang: 17 | surat_keterangan: 93",
            "bulan: Juni | surat_izin_usaha: 52 | tanda_daftar_gudang: 12 | surat_keterangan: 88",
        ],
    )
    answer = extractive_answer(parse_question("berapa TDG yang terbit bulan Juni 2031?"), rows)
    assert answer.found and answer.text.startswith("12")


def test_a_size_written_apart_from_its_unit_is_the_one_written_joined() -> None:
    assert "5kg" in index_terms("Beras premium karung 5 kg 40 krg")
    assert "1.5kg" not in index_terms("Gula 1.5 kg")  # part of a decimal is no size of its own


def test_a_word_the_stemmer_cut_is_stated_by_the_longer_word_of_the_context() -> None:
    rows = table_rows(
        "laporan_pengiriman_2031.pdf",
        ["Kecamatan Contoh Satu | 12.345", "Kecamatan Contoh Dua | 9.876"],
        page=1,
        heading="Jumlah kiriman paket per kecamatan tahun 2031",
    )
    answer = extractive_answer(parse_question("pengirim kecamatan contoh satu sepanjang 2031 ada brp?"), rows)
    assert answer.found and answer.text.startswith("12.345")


def test_a_printed_row_of_one_label_and_one_number_answers_a_count_naming_no_thing() -> None:
    passage = Passage(
        id="p1",
        document_id="doc-laporan_perizinan_2031.pdf",
        document="laporan_perizinan_2031.pdf",
        text="Jumlah izin terbit per jenis tahun 2031\nJenis Izin Jumlah Terbit\nIzin Usaha Perikanan 2.418\n"
        "Izin Usaha Peternakan 1.306",
        score=0.7,
        page=1,
        fiscal_year=2031,
    )
    answer = extractive_answer(parse_question("izin usaha peternakan yg terbit 2031 brp?"), [passage])
    assert answer.found and answer.text.startswith("1.306")
