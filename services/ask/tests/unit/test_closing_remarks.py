"""The asker's remark after the question mark ("? utk laporan ke pimpinan") is no word a passage must
state: a unit lacking it lacks nothing, one stating it covers more (invented documents)."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.question import aside_terms, parse_question
from samarinda_ask.domain.question_parts import split_parts


def _sentence(text: str, document: str, score: float = 0.8) -> Passage:
    return Passage(id=document, document_id=document, document=document, text=text, score=score)


REPORT = _sentence(
    "Sampai akhir tahun 2031 realisasi belanja Dinas Perhubungan mencapai Rp 48.210.500.000.",
    "lkjip_dishub_2031.pdf",
)
MINUTES = _sentence(
    "Rapat koordinasi membahas bahan paparan pimpinan tentang rencana kerja tahun 2032.",
    "notulen_rapat_dishub.pdf",
    0.9,
)


def test_a_remark_after_the_question_mark_names_only_its_own_terms() -> None:
    assert "pimpin" in aside_terms("realisasi belanja Dishub 2031 berapa? perlu utk laporan ke pimpinan")
    assert aside_terms("realisasi belanja Dishub 2031 berapa?") == frozenset()
    # What follows asks again: it is the question, not a remark.
    assert aside_terms("Soal belanja Dishub 2031? berapa realisasinya") == frozenset()
    # A term the question itself names stays the question's.
    assert "belanja" not in aside_terms("realisasi belanja Dishub 2031 berapa? buat laporan belanja")


def test_a_remark_the_passage_does_not_state_leaves_the_answer_found() -> None:
    question = "Total realisasi belanja Dishub tahun 2031 berapa rupiah? perlu utk laporan ke pimpinan besok"
    result = extractive_answer(parse_question(question), [REPORT, MINUTES])
    assert result.found and "48.210.500.000" in result.text


def test_the_remark_does_not_make_an_unanswerable_question_answered() -> None:
    question = "Total realisasi belanja Dishub tahun 2033 berapa rupiah? perlu utk laporan ke pimpinan besok"
    assert not extractive_answer(parse_question(question), [REPORT, MINUTES]).found


def test_a_year_side_set_against_the_other_by_dari_keeps_its_own_measure() -> None:
    question = parse_question(
        "anggaran pengerukan kanal K3 th 2032 lebih besar brp dr nilai realisasi pengerukan kanal 2031?"
    )
    texts = {part.years: part.text.lower() for part in split_parts(question)}
    assert "realisasi" not in texts[(2032,)] and "anggaran" in texts[(2032,)]
    assert "anggaran" not in texts[(2031,)] and "realisasi" in texts[(2031,)]


def test_the_unit_typed_after_brp_picks_the_figure_stated_in_it() -> None:
    report = _sentence(
        "Panen jagung tahun 2031 mencapai 4.210 ton dari lahan 612 hektare, dengan produktivitas rata-rata "
        "68,79 kuintal per hektare.",
        "laporan_jagung_2031.pdf",
    )
    result = extractive_answer(parse_question("rata2 produktivitas jagung th 2031 brp kuintal/ha?"), [report])
    assert result.found and result.text.startswith("68,79")


CENSUS = _sentence(
    "Per 31 Desember 2031 jumlah peserta pelatihan Kabupaten Contoh tercatat 9.240 orang, terdiri dari "
    "4.700 orang laki-laki dan 4.540 orang perempuan.",
    "rekap_pelatihan_2031.pdf",
)


def test_a_part_of_a_breakdown_is_named_by_its_whole_and_its_own_words() -> None:
    asked = {
        "jumlah peserta pelatihan laki-laki Kabupaten Contoh per 31 Desember 2031?": "4.700",
        "berapa peserta pelatihan perempuan Kabupaten Contoh 2031?": "4.540",
        "jumlah peserta pelatihan Kabupaten Contoh per 31 Desember 2031?": "9.240",
    }
    for question, figure in asked.items():
        result = extractive_answer(parse_question(question), [CENSUS])
        assert result.found and result.text.startswith(figure), question


def test_larger_by_how_much_states_the_difference() -> None:
    plan = _sentence("Anggaran pengerukan kanal tahun 2032 sebesar Rp 410.000.000.", "rencana_kanal.pdf")
    spent = _sentence("Realisasi pengerukan kanal tahun 2031 sebesar Rp 372.500.000.", "realisasi_kanal.pdf")
    question = parse_question(
        "anggaran pengerukan kanal th 2032 lebih besar brp dr nilai realisasi pengerukan kanal 2031?"
    )
    parts = split_parts(question)
    result = extractive_answer(question, [plan, spent], [[plan, spent] for _ in parts])
    assert result.found and "Selisih Rp 37.500.000" in result.text


def _table_row(text: str) -> Passage:
    return Passage(
        id=text,
        document_id="retribusi_parkir_2032.xlsx",
        document="retribusi_parkir_2032.xlsx",
        text=text,
        score=0.8,
        kind=ChunkKind.TABLE_ROWS,
        fiscal_year=2032,
        table=0,
    )


def test_a_bare_amount_under_a_row_of_labels_naming_rupiah_answers_a_money_question() -> None:
    rows = [_table_row("Bulan | Realisasi (Rp)"), _table_row("Maret | 316540000")]
    result = extractive_answer(parse_question("retribusi parkir maret 2032 brp rupiah?"), rows)
    assert result.found and "316.540.000" in result.text


def test_a_bare_amount_without_rupiah_labels_stays_no_money() -> None:
    rows = [_table_row("Bulan | Kendaraan"), _table_row("Maret | 316540")]
    assert not extractive_answer(parse_question("retribusi parkir maret 2032 brp rupiah?"), rows).found
