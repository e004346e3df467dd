"""A look-alike is refused: another year only mentioned in a remark, another class of the same
item, a price per one thing given for a whole budget (invented documents)."""

from __future__ import annotations

from decimal import Decimal

from samarinda_ask.domain.answering import NOT_FOUND, ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.item_guards import marked_things, priced_per_one, qualifiers_clash
from samarinda_ask.domain.question import parse_question


def _row(text: str, *, document: str = "katalog_pipa_2027.csv", fiscal_year: int | None = 2027) -> Passage:
    return Passage(
        id=text[:12],
        document_id=document,
        document=document,
        text=text,
        score=0.5,
        kind=ChunkKind.TABLE_ROWS,
        fiscal_year=fiscal_year,
        table=0,
        first_row=1,
    )


def _sentence(text: str) -> Passage:
    return Passage(id="s1", document_id="memo", document="memo_pelatihan_2027.docx", text=text, score=0.8)


def answer(question: str, passages: list[Passage]):
    return extractive_answer(parse_question(question), passages)


PIPE_ROW = (
    "kode: P.07 | uraian: Pipa galvanis 2 inci | satuan: batang | harga_rp: 315000"
    " | keterangan: survei toko Triwulan III 2026"
)


def test_a_year_in_a_rows_remark_is_not_the_period_of_its_figures() -> None:
    assert not answer("Harga pipa galvanis 2 inci tahun 2026 berapa?", [_row(PIPE_ROW)]).found
    assert answer("Harga pipa galvanis 2 inci tahun 2027 berapa?", [_row(PIPE_ROW)]).found


def test_a_remark_still_places_a_row_that_nothing_else_dates() -> None:
    undated = _row(PIPE_ROW, document="katalog_pipa.csv", fiscal_year=None)
    assert answer("Harga pipa galvanis 2 inci tahun 2026 berapa?", [undated]).found


PUMP_ROWS = [
    _row("No: 1 | Uraian: Pompa air tipe II | Satuan: unit | Harga (Rp): 4.150.000"),
    _row("No: 2 | Uraian: Pompa air tipe IV | Satuan: unit | Harga (Rp): 6.900.000"),
]


def test_a_look_alike_item_of_another_class_does_not_answer() -> None:
    result = answer("Harga pompa air tipe III tahun 2027 berapa per unit?", PUMP_ROWS)
    assert not result.found and result.text == NOT_FOUND


def test_the_class_asked_answers_however_its_numeral_is_written() -> None:
    result = answer("Harga pompa air tipe 4 tahun 2027 berapa per unit?", PUMP_ROWS)
    assert result.found and result.text.startswith("Rp 6.900.000")


def test_qualifiers_compare_only_the_qualifier_the_question_names() -> None:
    assert qualifiers_clash("bibit kelas C", "Bibit durian kelas A")
    assert not qualifiers_clash("bibit kelas C", "Bibit durian kelas A dan kelas C")
    assert not qualifiers_clash("bibit durian", "Bibit durian kelas A")
    assert not qualifiers_clash("bibit kelas C", "Bibit durian unggul")


def test_a_look_alike_period_does_not_answer() -> None:
    report = _sentence("Jumlah aduan warga pada semester II 2027 tercatat 214 aduan.")
    assert not answer("jumlah aduan warga semester I 2027 berapa", [report]).found
    assert answer("jumlah aduan warga semester 2 2027 berapa", [report]).found
    assert qualifiers_clash("klaim TW 1 2027", "Rekap klaim TW 4 2027")


TRAINING = _sentence(
    "Anggaran pelatihan juru ukur tahun 2027 dihitung dengan biaya Rp 3.250.000 per peserta, "
    "termasuk konsumsi dan sertifikat."
)


def test_a_period_written_short_is_the_same_qualifier_as_written_out() -> None:
    assert qualifiers_clash("rata-rata harga kedelai semester I 2030", "Rata-rata Smt II: 13.475")
    assert not qualifiers_clash("rata-rata harga kedelai semester 1 2030", "Rata-rata Smt I: 12.825")


def test_a_price_per_one_does_not_answer_a_question_about_a_whole_budget() -> None:
    assert not answer("Berapa pagu anggaran pelatihan juru ukur tahun 2027?", [TRAINING]).found


def test_a_price_per_one_answers_a_question_about_the_price_per_one() -> None:
    result = answer("Berapa biaya pelatihan juru ukur per peserta tahun 2027?", [TRAINING])
    assert result.found and result.text.startswith("Rp 3.250.000")


def test_an_amount_prices_one_thing_only_where_every_mention_does() -> None:
    assert priced_per_one("hibah Rp 2 juta per kelompok", Decimal(2_000_000))
    assert priced_per_one("tarif Rp 15.000/jam", Decimal(15_000))
    assert not priced_per_one("hibah Rp 2 juta untuk 40 kelompok", Decimal(2_000_000))


def _owned_row(text: str, *, opd: str = "DLH") -> Passage:
    return Passage(
        id=text[:12],
        document_id="rencana_taman",
        document="rencana_penataan_taman_2027.xlsx",
        text=text,
        score=0.5,
        kind=ChunkKind.TABLE_ROWS,
        heading="Rencana Penataan Taman Dinas Lingkungan Hidup dan Kehutanan",
        fiscal_year=2027,
        opd=opd,
        table=0,
        first_row=1,
    )


PARK_ROW = _owned_row("No: 2 | Lokasi: Taman Cendana | Luas (m2): 900 | Pagu (Rp): 740.000.000")


def test_one_line_of_an_opds_table_is_not_its_whole_budget() -> None:
    assert not answer("Berapa pagu anggaran Dinas Lingkungan Hidup tahun 2027?", [PARK_ROW]).found
    # The asker's longer title for the OPD names it all the same.
    question = "Berapa pagu anggaran Dinas Lingkungan Hidup dan Kehutanan tahun 2027?"
    assert not answer(question, [PARK_ROW]).found


def test_a_total_row_or_a_row_naming_the_opd_answers_its_whole_budget() -> None:
    question = "Berapa pagu anggaran Dinas Lingkungan Hidup tahun 2027?"
    total = _owned_row("Uraian: Jumlah | Pagu (Rp): 2.310.000.000")
    assert answer(question, [total]).text.startswith("Rp 2.310.000.000")
    city_list = _owned_row(
        "No: 7 | Perangkat Daerah: Dinas Lingkungan Hidup | Pagu (Rp): 88.500.000.000", opd="BPKAD"
    )
    assert answer(question, [city_list]).text.startswith("Rp 88.500.000.000")


def test_a_line_named_in_the_question_answers() -> None:
    question = "Berapa pagu Taman Cendana Dinas Lingkungan Hidup tahun 2027?"
    assert answer(question, [PARK_ROW]).text.startswith("Rp 740.000.000")


# A price list printed as lines, each thing told from the others by the number after its name.
STALLS = [_sentence("Sewa kios per bulan: Blok 1 Rp 400.000, Blok 2 Rp 450.000.")]


def test_a_thing_marked_by_a_number_the_unit_gives_its_word_none_of_is_another_one() -> None:
    assert answer("sewa kios blok 2 per bulan berapa?", STALLS).found
    result = answer("sewa kios blok 5 per bulan berapa?", STALLS)
    assert not result.found, result.text


def test_a_number_starting_a_range_or_counting_in_a_unit_marks_nothing() -> None:
    assert marked_things("anak usia 0-6 tahun di RT 04") == {"rt": {"4"}}
    assert marked_things("kelompok 15 orang, gedung III, dari 4 kegiatan") == {"gedung": {"3"}}
    assert not qualifiers_clash("sewa gedung C tahun 2027", "Gedung B Rp 2.000.000; Gedung C Rp 2.500.000")


def test_a_total_asked_without_berapa_is_not_answered_by_a_sentence_without_a_figure() -> None:
    note = _sentence("Jika diminta, rincikan pula total biaya perawatan armada.")
    assert not answer("Sebutkan total biaya perawatan armada", [note]).found
