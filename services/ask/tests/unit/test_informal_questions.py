"""Questions written the way staff type them: chat particles and short forms, the currency asked
in, a school year over two calendar years, and a row whose other measure must not be stated."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.named_periods import full_months
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_parts import split_parts
from samarinda_ask.domain.question_terms import content_terms
from samarinda_ask.domain.vocabulary import Glossary, Vocabulary, with_glossary

CLINIC_REPORT = Passage(
    id="c1",
    document_id="doc-clinic",
    document="laporan_klinik_2023.pdf",
    text="Sepanjang tahun 2023, kunjungan pasien rawat jalan klinik gigi mencapai 4.210 kunjungan.\n"
    "Belanja obat klinik gigi tahun 2023 terealisasi Rp 812.500.000.",
    score=0.8,
    page=3,
    fiscal_year=2023,
)
LIBRARY_ROWS = [
    Passage(
        id=f"l{n}",
        document_id="doc-library",
        document="rekap_perpustakaan.xlsx",
        text=text,
        score=0.6,
        kind=ChunkKind.TABLE_ROWS,
        table=0,
        first_row=n,
    )
    for n, text in enumerate(
        [
            "Sekolah: SMA Harapan | Tahun Ajaran: 2031/2032 | Koleksi Buku: 5120",
            "Sekolah: SMA Harapan | Tahun Ajaran: 2030/2031 | Koleksi Buku: 4870",
        ],
        start=1,
    )
]
WORKS_ROW = Passage(
    id="w1",
    document_id="doc-works",
    document="progres_pekerjaan.pdf",
    text="Nama Paket: Pengaspalan Jalan Cemara | Rencana (%): 61,25 | Realisasi (%): 64,80",
    score=0.7,
    kind=ChunkKind.TABLE_ROWS,
    page=1,
)


def test_chat_particles_and_short_forms_ask_nothing() -> None:
    result = extractive_answer(
        parse_question("kunjungan pasien rawat jalan klinik gigi thn 2023 ada berapa ya?"), [CLINIC_REPORT]
    )
    assert result.found
    assert "4.210" in result.text


def test_the_currency_asked_in_is_no_content_word() -> None:
    question = parse_question("Belanja obat klinik gigi tahun 2023 berapa rupiah?")
    assert "rupiah" not in question.terms
    result = extractive_answer(question, [CLINIC_REPORT])
    assert result.found
    assert result.text.startswith("Rp 812.500.000")


def test_a_school_year_is_one_period_not_two_questions() -> None:
    question = parse_question("Koleksi buku SMA Harapan tahun ajaran 2031/2032 ada berapa?")
    assert split_parts(question) == [question]
    result = extractive_answer(question, LIBRARY_ROWS)
    assert result.found
    assert "5.120" in result.text or "5120" in result.text


def test_two_separate_years_are_still_two_questions() -> None:
    question = parse_question("Koleksi buku SMA Harapan tahun 2030 dan 2032 ada berapa?")
    assert len(split_parts(question)) == 2


def test_a_row_answer_leaves_out_the_measure_not_asked() -> None:
    result = extractive_answer(
        parse_question("Realisasi progres Pengaspalan Jalan Cemara berapa persen?"), [WORKS_ROW]
    )
    assert result.found
    assert "64,8" in result.text
    assert "61,25" not in result.text
    (citation,) = result.citations
    assert "61,25" in citation.quote  # the citation still quotes the whole row


def test_a_shortened_month_reads_as_the_month() -> None:
    assert full_months("rapat Okt 2031 dan Sept 2031, rekap Jan–Mar") == (
        "rapat Oktober 2031 dan September 2031, rekap Januari–Maret"
    )
    question = parse_question("Berapa total kunjungan Jan–Mar 2031?")
    assert {"januar", "februar", "maret"} <= set(question.terms)


def test_a_typed_short_form_finds_the_spelled_out_words() -> None:
    # "rajal" is how staff type "rawat jalan"; "th" is "thn" shorter still.
    result = extractive_answer(parse_question("kunjungan rajal klinik gigi th 2023 brp?"), [CLINIC_REPORT])
    assert result.found
    assert "4.210" in result.text


def test_only_a_place_asked_with_khusus_is_the_place() -> None:
    question = parse_question("koleksi buku khusus SMA Harapan 2031/2032 brp?")
    assert "khusus" not in " ".join(question.terms)


def test_a_chat_word_for_an_increase_asks_a_difference() -> None:
    question = parse_question("koleksi buku SMA Harapan 2032 nambah brp dr 2031?")
    assert question.wants_difference
    assert len(split_parts(question)) == 2


def test_the_glossary_files_a_short_form_and_its_spelled_out_words_as_one_term() -> None:
    assert content_terms("tarif ranap") == content_terms("tarif rawat inap")
    assert content_terms("pagu TW IV") == content_terms("pagu triwulan IV")


def test_a_chat_form_of_a_question_word_is_a_question_word() -> None:
    assert content_terms("jml pasien th 2031 brp") == content_terms("jumlah pasien tahun 2031 berapa")


def test_the_vocabulary_keeps_its_own_group_where_the_glossary_shares_a_word() -> None:
    lists = ("sum_words", "total_words", "percent_words", "money_words", "count_words", "money_headers")
    more = ("percent_headers", "follow_up_words", "count_units", "difference_words")
    vocabulary = Vocabulary(
        owner="t",
        version="1",
        question_words=["berapa"],
        synonyms=[["dinkes", "dinas kesehatan"]],
        **{name: ["x"] for name in (*lists, *more)},
    )
    glossary = Glossary(
        owner="t",
        version="1",
        abbreviations=[["dinkes", "dinas kesehatan kota"], ["tw", "triwulan"]],
        chat_forms=[["bln", "bulan"], ["brp", "berapa"]],
        difference_words=["selisih"],
    )
    merged = with_glossary(vocabulary, glossary)
    assert merged.synonyms == [["dinkes", "dinas kesehatan"], ["tw", "triwulan"], ["bulan", "bln"]]
    assert "brp" in merged.question_words


def test_a_question_opening_with_an_amount_word_asks_for_a_figure() -> None:
    # "Jumlah ... ?" without "berapa" still asks for a figure, so a heading that only names
    # the thing cannot answer it; a question opening with another word is left as it was.
    assert parse_question("jmlh kios pasar terapung 2031?").wants is not None
    assert parse_question("Jumlah kios pasar terapung tahun 2031?").wants is not None
    assert parse_question("Total anggaran lomba perahu 2031?").wants is not None
    assert parse_question("Apa nama lomba perahu 2031?").wants is None
    heading = Passage(
        id="h1",
        document_id="doc-kios",
        document="notulen_kios_2031.pdf",
        text="Notulen Rapat Penataan Kios Pasar Terapung 2031",
        score=0.8,
        page=1,
        fiscal_year=2031,
    )
    assert not extractive_answer(parse_question("jmlh kios pasar terapung 2031?"), [heading]).found
