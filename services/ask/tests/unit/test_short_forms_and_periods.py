"""Short forms a question uses for names its documents write out (and the reverse), learnt from
the candidates; words that only frame a period; the month a question names; the year a sentence
compares with; numbers that name one thing."""

from __future__ import annotations

from samarinda_ask.domain.aliases import abbreviates, capitalised_names, definitions, learned_aliases
from samarinda_ask.domain.answering import ChunkKind, Passage, deduplicate, extractive_answer, units_of
from samarinda_ask.domain.named_periods import months_named
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_terms import content_terms, index_terms


def _text(id_: str, text: str, document: str = "laporan_tahunan_2031.pdf", **extra: object) -> Passage:
    fields: dict[str, object] = {"document_id": f"doc-{document}", "score": 0.5, "page": 1}
    fields.update(extra)
    return Passage(id=id_, document=document, text=text, **fields)  # type: ignore[arg-type]


def test_a_short_form_abbreviates_the_initials_or_syllables_of_a_name() -> None:
    assert abbreviates("AHH", ["Angka", "Harapan", "Hidup"])
    assert abbreviates("Disbudpar", ["Dinas", "Kebudayaan", "dan", "Pariwisata"])
    assert abbreviates("SMPN", ["SMP", "Negeri"])


def test_a_short_form_does_not_abbreviate_another_name() -> None:
    assert not abbreviates("AHH", ["Angka", "Kematian", "Hidup"])
    assert not abbreviates("Kelurahan", ["Kelurahan", "Bukit", "Indah"])  # a word, not a short form
    assert not abbreviates("AH", ["Angka"])  # a name of one word has no initials to take


def test_a_definition_in_brackets_gives_the_fewest_words_it_shortens() -> None:
    text = "Capaian utama tahun ini ialah Angka Harapan Hidup (AHH) yang terus naik."
    assert definitions(text) == (("AHH", ("Angka", "Harapan", "Hidup")),)


def test_a_question_short_form_is_stated_by_the_name_written_out() -> None:
    passages = [
        _text(
            "p1", "Angka Harapan Hidup penduduk Kota Contoh mencapai 74,2 tahun pada 2031.", fiscal_year=2031
        ),
        _text("p2", "Indikator makro: Angka Harapan Hidup (AHH) dan laju inflasi.", fiscal_year=2031),
    ]
    result = extractive_answer(parse_question("Berapa nilai AHH Kota Contoh tahun 2031?"), passages)
    assert result.found
    assert "74,2" in result.text


def test_a_name_the_question_writes_out_is_stated_by_the_short_form_a_candidate_defines() -> None:
    question = parse_question("Berapa angka harapan hidup tahun 2031?")
    aliases = learned_aliases(question, ["Angka Harapan Hidup (AHH) menjadi sasaran RPJMD."])
    assert aliases["harap"] == frozenset({frozenset({"ahh"})})


def test_an_owner_named_by_its_short_form_is_the_owner_written_out() -> None:
    passage = _text(
        "p1",
        "Realisasi belanja tahun 2031 mencapai Rp 12.400.000.000 atau 91,2 persen.",
        opd="DINAS_KEBUDAYAAN_DAN_PARIWISATA",
        fiscal_year=2031,
    )
    question = parse_question("Berapa realisasi belanja Disbudpar tahun 2031?")
    result = extractive_answer(question, [passage])
    assert result.found
    assert "12.400.000.000" in result.text
    other = _text(
        "p2",
        "Realisasi belanja tahun 2031 mencapai Rp 7.000.000.000.",
        opd="DINAS_PERTANIAN",
        fiscal_year=2031,
    )
    assert not extractive_answer(question, [other]).found


def test_words_that_frame_a_period_are_no_content() -> None:
    assert content_terms("progres per akhir Maret 2031") == ["progres", "maret"]
    assert content_terms("kunjungan bulan Mei") == ["kunjung", "mei"]
    assert "akhir" in content_terms("batas akhir pendaftaran")  # a deadline, not a period


REPORT = [
    _text("r1", "LAPORAN PROGRES FISIK PER 31 MARET 2031", document="progres_fisik_2031.pdf"),
    _text(
        "r2",
        "Progres fisik pembangunan pasar induk Kampung Contoh mencapai 48,5 persen.",
        document="progres_fisik_2031.pdf",
        fiscal_year=2031,
    ),
]


def test_a_month_the_document_states_elsewhere_counts_for_its_sentences() -> None:
    question = parse_question("Progres fisik pasar induk Kampung Contoh per akhir Maret 2031 berapa persen?")
    result = extractive_answer(question, REPORT)
    assert result.found
    assert "48,5" in result.text


def test_a_month_the_document_never_states_is_not_answered() -> None:
    question = parse_question("Progres fisik pasar induk Kampung Contoh per akhir Juli 2031 berapa persen?")
    result = extractive_answer(question, REPORT)
    assert not result.found


def test_a_row_of_another_month_does_not_answer() -> None:
    rows = [
        Passage(
            id=f"m{n}",
            document_id="doc-visits",
            document="kunjungan_museum_2031.xlsx",
            text=text,
            score=0.5,
            kind=ChunkKind.TABLE_ROWS,
            table=0,
            first_row=n,
            fiscal_year=2031,
        )
        for n, text in enumerate(
            ["Bulan: Maret | Pengunjung Museum: 1240", "Bulan: Mei | Pengunjung Museum: 1385"], start=1
        )
    ]
    asked = parse_question("Berapa pengunjung museum bulan Mei 2031?")
    assert "1.385" in extractive_answer(asked, rows).text or "1385" in extractive_answer(asked, rows).text
    assert not extractive_answer(parse_question("Berapa pengunjung museum bulan April 2031?"), rows).found


def test_a_year_a_sentence_compares_with_is_not_the_year_it_reports() -> None:
    passage = _text(
        "p1",
        "Indeks Literasi Warga mencapai 3,46, naik dari 3,12 pada tahun 2030.",
        fiscal_year=2031,
    )
    result = extractive_answer(parse_question("Berapa nilai indeks literasi warga tahun 2031?"), [passage])
    assert result.found
    assert result.text.startswith("3,46")


def test_a_number_with_a_leading_zero_names_one_thing() -> None:
    question = parse_question("Berapa bangku yang diterima SMPN 007?")
    assert "007" in question.terms
    other_school = _text("p1", "SMP Negeri 004 menerima 30 bangku baru dari dinas.")
    assert not extractive_answer(question, [other_school]).found
    same_school = _text("p2", "SMP Negeri 007 menerima 30 bangku baru dari dinas.")
    assert "30" in extractive_answer(question, [same_school]).text


def test_of_near_identical_sentences_the_complete_one_is_kept() -> None:
    sentence = (
        "Indeks Literasi Warga mencapai 3,46 berkat perpustakaan keliling, pojok baca kelurahan, "
        "lomba menulis pelajar dan klub buku taman kota."
    )
    cut = _text("c1", sentence.removeprefix("Indeks "))
    whole = _text("c2", sentence)
    kept = deduplicate([*units_of(cut), *units_of(whole)])
    assert [u.text for u in kept] == [sentence]


def test_a_code_matches_whether_written_apart_or_joined() -> None:
    assert "k7" in index_terms("Profil: K 7 galvanis, tebal 2 mm")
    assert {"smk", "004"} <= index_terms("rab_bengkel_smk004_2031.xlsx")
    row = Passage(
        id="k1",
        document_id="doc-steel",
        document="harga_baja_2031.xlsx",
        text="Uraian: Baja ringan kanal | Spesifikasi: K 7 galvanis | Harga Satuan (Rp): 96.500",
        score=0.5,
        kind=ChunkKind.TABLE_ROWS,
        fiscal_year=2031,
    )
    result = extractive_answer(parse_question("Harga baja ringan kanal K7 tahun 2031 berapa?"), [row])
    assert result.found
    assert "96.500" in result.text


def test_a_month_shortened_in_a_column_name_is_that_month() -> None:
    assert months_named({"okt", "perahu", "mei"}) == {"oktober", "mei"}
    row = Passage(
        id="b1",
        document_id="doc-boats",
        document="perahu_wisata.csv",
        text="dermaga: Tepian Timur | perahu_aktif_okt_2031: 12",
        score=0.5,
        kind=ChunkKind.TABLE_ROWS,
        fiscal_year=2031,
    )
    question = parse_question("Berapa perahu aktif di dermaga Tepian Timur Oktober 2031?")
    assert extractive_answer(question, [row]).found
    assert not extractive_answer(
        parse_question("Berapa perahu aktif di dermaga Tepian Timur Juni 2031?"), [row]
    ).found


def test_the_kind_of_document_asked_is_no_content_word() -> None:
    assert "surat" not in parse_question("Nomor surat undangan lokakarya pariwisata apa?").terms


def test_a_total_row_with_a_remark_in_brackets_is_the_table_total() -> None:
    rows = [
        Passage(
            id=f"t{n}",
            document_id="doc-offer",
            document="penawaran_perlengkapan_acara.docx",
            text=text,
            score=0.5,
            kind=ChunkKind.TABLE_ROWS,
            table=0,
            first_row=n,
        )
        for n, text in enumerate(
            [
                "Nama Barang: Tenda lipat | Jumlah (Rp): 12.000.000",
                "Nama Barang: Kursi lipat | Jumlah (Rp): 3.000.000",
                "Nama Barang: TOTAL (termasuk pajak dan ongkos kirim) | Jumlah (Rp): 15.000.000",
            ],
            start=1,
        )
    ]
    result = extractive_answer(parse_question("Berapa nilai barang penawaran perlengkapan acara?"), rows)
    assert result.text.startswith("Rp 15.000.000")


def _seedling_rows() -> list[Passage]:
    return [
        Passage(
            id=f"s{n}",
            document_id="doc-seedlings",
            document="distribusi_bibit_mei_2031.csv",
            text=text,
            score=0.5,
            kind=ChunkKind.TABLE_ROWS,
            table=0,
            first_row=n,
            fiscal_year=2031,
        )
        for n, text in enumerate(
            [
                "kecamatan: Bukit Hijau | kelompok_tani: Tani Makmur | bibit_diterima: 400",
                "kecamatan: Bukit Hijau | kelompok_tani: Sumber Rejeki | bibit_diterima: 250",
                "kecamatan: Lembah Biru | kelompok_tani: Karya Bersama | bibit_diterima: 900",
            ],
            start=1,
        )
    ]


def test_a_total_over_the_rows_a_question_selects_adds_them_and_names_each() -> None:
    question = parse_question(
        "Total bibit yang diterima kelompok-kelompok tani di Kecamatan Bukit Hijau Mei 2031 berapa?"
    )
    assert question.wants_sum  # a plural written by doubling names several
    result = extractive_answer(question, _seedling_rows())
    assert result.text.startswith("650")
    assert "Tani Makmur 400" in result.text and "Sumber Rejeki 250" in result.text
    assert len(result.citations) == 2


def test_a_total_over_every_row_adds_them_all() -> None:
    result = extractive_answer(
        parse_question("Jumlah seluruh bibit yang diterima semua kelompok tani Mei 2031?"), _seedling_rows()
    )
    assert result.text.startswith("1.550")


def test_a_clause_opened_by_waktu_says_when_it_was_said_not_what_is_asked() -> None:
    assert "waktu" not in content_terms("Waktu lokakarya wisata Maret lalu, target kunjungan berapa?")
    assert "waktu" in content_terms("Waktu tempuh kapal wisata berapa jam?")  # no clause: a duration


def test_a_syllable_inside_a_word_is_letters_side_by_side() -> None:
    assert abbreviates("Dinsospar", ["Dinas", "Sosial", "Pariwisata"])
    assert not abbreviates("SMH", ["Swasta", "Jumlah"])  # "m" and "h" are no syllable of "Jumlah"


def test_a_name_does_not_run_across_table_cells() -> None:
    assert capitalised_names("Jenjang: MI Swasta | Jumlah Guru: 12") == (("MI", "Swasta"), ("Jumlah", "Guru"))


def test_a_period_joined_to_its_number_in_a_file_name_is_that_period() -> None:
    terms = index_terms("rekap_pengaduan_triwulan2_2031.pdf")
    assert {*index_terms("triwulan"), "2", "ii"} <= terms
    assert "semester" not in index_terms("rekap_pengaduan_2031.pdf")


def test_the_year_of_a_period_a_sentence_compares_with_is_not_the_year_it_reports() -> None:
    passage = _text(
        "p1",
        "Rata-rata harga ubi jalar triwulan II sebesar Rp 9.475 per kg, naik 1,8 persen "
        "dibandingkan triwulan II 2030.",
        fiscal_year=2031,
    )
    asked = parse_question("berapa rata-rata harga ubi jalar triwulan II 2030?")
    assert not extractive_answer(asked, [passage]).found
    own_year = parse_question("berapa rata-rata harga ubi jalar triwulan II 2031?")
    assert "9.475" in extractive_answer(own_year, [passage]).text
