"""Year ranges added up year by year and a period written over two years, the OPD a letter is
written to, a short form of a count unit, a syllable short form typed in lower case, and a whole
year's total over a table of months (invented documents)."""

from __future__ import annotations

from samarinda_ask.domain.aliases import learned_aliases
from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.figures import FigureKind
from samarinda_ask.domain.named_periods import listed_years
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_parts import split_parts
from samarinda_ask.domain.question_terms import content_terms, index_terms


def _passage(id_: str, text: str, document: str, **extra: object) -> Passage:
    fields: dict[str, object] = {"document_id": f"doc-{document}", "score": 0.5, "page": 1}
    fields.update(extra)
    return Passage(id=id_, document=document, text=text, **fields)  # type: ignore[arg-type]


def test_a_range_of_years_added_up_is_written_out_year_by_year() -> None:
    assert listed_years("jumlah kunjungan 2031 sampai 2033 ditotal berapa?") == (
        "jumlah kunjungan 2031, 2032 dan 2033 ditotal berapa?"
    )
    # Not added up: a range is one period.
    assert listed_years("nilai indeks periode 2031-2032 berapa?") == "nilai indeks periode 2031-2032 berapa?"


def test_a_total_over_a_range_of_years_adds_each_years_row() -> None:
    rows = "\n".join(f"Tahun: {y} | Jumlah Kegiatan: {n}" for y, n in ((2031, 10), (2032, 12), (2033, 15)))
    passage = _passage("t", rows, "rekap_kegiatan_2031_2033.docx", kind=ChunkKind.TABLE_ROWS, table=0)
    question = parse_question("jumlah kegiatan 2031 sampai 2033 kalau ditotal berapa?")
    answer = extractive_answer(question, [passage], [[passage]] * len(split_parts(question)))
    assert answer.found
    assert "37" in answer.text


def test_a_period_written_with_a_dash_is_one_question() -> None:
    assert len(split_parts(parse_question("Nilai indeks kota periode 2031-2032 berapa?"))) == 1
    # Set against each other, the years are two sides still.
    assert len(split_parts(parse_question("Kunjungan 2031-2032 naik berapa?"))) == 2


def test_a_letter_answers_for_the_opd_it_is_written_to() -> None:
    letter = _passage(
        "l",
        "Kepada Yth. Kepala Bappeda Kota Contoh.\n"
        "Dengan hormat, kami mengajukan kebutuhan anggaran pelatihan kader sebesar Rp 120.000.000.",
        "surat_usulan_pelatihan_2031.pdf",
        opd="DINAS_SOSIAL",
        fiscal_year=2031,
    )
    answer = extractive_answer(
        parse_question("di surat ke Bappeda soal pelatihan kader, kebutuhan anggarannya berapa?"), [letter]
    )
    assert answer.found
    assert "120.000.000" in answer.text
    # Asked as the owner, another OPD's letter does not answer.
    owned = extractive_answer(parse_question("kebutuhan anggaran pelatihan kader Bappeda berapa?"), [letter])
    assert not owned.found


def test_a_short_form_of_a_count_unit_is_that_unit() -> None:
    # No candidate writes "lembar"; "libur" would be a contraction of "lbr" too.
    question = parse_question("cetak formulir naik berapa lbr?")
    aliases = learned_aliases(question, ["Jenis: Paket libur | Judul: 12"])
    assert aliases["lbr"] == frozenset({frozenset(index_terms("lembar"))})


def test_a_lower_case_syllable_short_form_stands_for_the_name_written_out() -> None:
    question = parse_question("berapa pagu pemeliharaan banpres taman?")
    aliases = learned_aliases(question, ["Uraian: Pemeliharaan Bantuan Presiden Taman | Pagu: 100"])
    assert any({"bantu", "presiden"} <= alias for alias in aliases["banpres"])


def test_a_whole_years_total_adds_the_rows_of_its_months() -> None:
    rows = "\n".join(
        f"Bulan: {m}-2031 | Pendaftar (KB/I): {a} | Penempatan (KB/II): {b}"
        for m, a, b in (("Jan", 50, 7), ("Feb", 40, 5), ("Mar", 30, 9))
    )
    passage = _passage("t", rows, "rekap_penempatan_2031.csv", kind=ChunkKind.TABLE_ROWS, table=0)
    answer = extractive_answer(parse_question("setahun 2031 total penempatan (KB/II) berapa org?"), [passage])
    assert answer.found
    assert answer.text.startswith("21")


def test_a_letters_addressee_line_is_context_for_its_paragraphs() -> None:
    letter = _passage(
        "l",
        "Yth. Kepala Badan Arsip Contoh\n"
        "Dengan hormat, kami mengajukan tambahan formulir sebanyak 2.500 lembar untuk kebutuhan tahun 2031.",
        "surat_permohonan_formulir_2031.pdf",
        fiscal_year=2031,
    )
    answer = extractive_answer(
        parse_question("tambahan formulir yang diajukan ke badan arsip berapa lembar?"), [letter]
    )
    assert answer.found
    assert "2.500" in answer.text


def test_a_month_is_answered_by_its_row_not_by_the_years_sentence() -> None:
    report = _passage(
        "r",
        "Realisasi retribusi pasar tahun 2031 sebesar Rp 1.200.000.000.\n\n"
        "Tabel 2. Realisasi Retribusi Pasar per Bulan 2031 (Rp)\n"
        "Bulan Realisasi (Rp) Bulan Realisasi (Rp)\n"
        "Januari 90.000.000 Juli 95.000.000\n"
        "Juni 99.000.000 Desember 130.000.000\n",
        "laporan_retribusi_pasar_2031.pdf",
        fiscal_year=2031,
    )
    answer = extractive_answer(
        parse_question("Realisasi retribusi pasar Desember 2031 berapa rupiah?"), [report]
    )
    assert answer.found
    assert answer.text.startswith("Rp 130.000.000")


def test_a_listed_month_takes_the_row_of_the_questions_frame() -> None:
    rows = "\n".join(
        f"bulan: {month} | jenis: {kind} | realisasi: {value}"
        for month, kind, value in (
            ("Januari", "Retribusi Pasar", "10.000.000"),
            ("Januari", "Retribusi Terminal", "4.000.000"),
            ("Februari", "Retribusi Pasar", "12.000.000"),
            ("Februari", "Retribusi Terminal", "5.000.000"),
        )
    )
    passage = _passage("t", rows, "realisasi_retribusi_2031.csv", kind=ChunkKind.TABLE_ROWS, table=0)
    answer = extractive_answer(
        parse_question("Total realisasi retribusi pasar 2031 Januari dan Februari berapa?"), [passage]
    )
    assert answer.found
    assert answer.text.startswith("Rp 22.000.000")


def test_a_date_in_one_row_is_no_breakdown_by_month() -> None:
    notice = _passage(
        "n",
        "Pelatihan anyaman dilaksanakan tahun 2031.\n"
        "Tanggal 14 Maret 2031 12 peserta\n"
        "Peserta hadir 40 orang, perempuan 28 orang.",
        "rekap_pelatihan_anyaman_2031.jpg",
        fiscal_year=2031,
    )
    answer = extractive_answer(
        parse_question("pelatihan anyaman maret 2031 peserta hadir brp org?"), [notice]
    )
    assert answer.found
    assert "Peserta hadir 40 orang" in answer.text


def test_a_ke_ter_an_noun_reads_as_its_root() -> None:
    # The stemmer leaves "ter-" on "keterlaksanaan"; "terlaksana" is cut to the root a synonym names.
    assert content_terms("keterlaksanaan") == content_terms("terlaksana")


def test_a_count_asked_by_its_unit_is_a_count_whatever_amount_is_named() -> None:
    assert parse_question("brp kali uji tera timbangan pasar tahun 2030?").wants is FigureKind.COUNT
    assert parse_question("penerimaan bibit matoa 2030 totalnya brp batang?").wants is FigureKind.COUNT
    assert parse_question("berapa anggaran uji tera timbangan 2030?").wants is FigureKind.MONEY
