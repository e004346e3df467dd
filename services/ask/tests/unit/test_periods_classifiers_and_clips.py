"""A month range a report states as its half year or quarter, a date written in digits, a count
asked in a generic unit ("berapa orang") that the figure states in the thing counted, and a
clipped word that keeps half of the word."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.informal import clipped
from samarinda_ask.domain.named_periods import months_dated, months_spanned, relative_years
from samarinda_ask.domain.question import parse_question


def _text(id_: str, text: str, document: str = "laporan_2031.pdf", **extra: object) -> Passage:
    fields: dict[str, object] = {"document_id": f"doc-{document}", "score": 0.5, "page": 1}
    fields.update(extra)
    return Passage(id=id_, document=document, text=text, **fields)  # type: ignore[arg-type]


def test_a_range_or_a_period_covers_each_of_its_months() -> None:
    first_half = {"januar", "februar", "maret", "april", "mei", "juni"}
    assert months_spanned("Selama semester I 2031 gudang menerima") == first_half
    assert months_spanned("periode Januari - Juni 2031") == first_half
    assert months_spanned("triwulan III 2031") == {"juli", "agustus", "september"}
    assert months_spanned("per 31 Maret 2031") == {"maret"}
    assert months_spanned("Kecamatan: Lempake | Nilai Jan-Jun (Rp): 4100") == first_half
    assert months_spanned("Penyaluran Jul–Sept 2031") == {"juli", "agustus", "september"}


def test_a_date_in_digits_names_its_month() -> None:
    assert months_dated("Tanggal: 14-03-2031 | Lokasi: Gudang Timur") == {"maret"}
    assert months_dated("dikirim 2/11/2031") == {"november"}
    assert months_dated("volume 1.240.2031 dan 12-2031") == frozenset()  # no day, month and year


def test_a_report_of_a_half_year_answers_its_months_asked_as_a_range() -> None:
    report = _text(
        "h1",
        "Selama semester I 2031 volume kompos yang diolah di rumah kompos Loa Bakung sebanyak 4.380 ton "
        "atau rata-rata 24,1 ton sehari.",
    )
    question = parse_question("rata2 kompos diolah sehari di rumah kompos Jan-Jun 2031?")
    answer = extractive_answer(question, [report])
    assert answer.found
    assert "24,1" in answer.text


def test_a_row_dated_in_digits_answers_the_month_asked_and_not_another() -> None:
    rows = [
        _text(
            f"r{n}",
            f"Tanggal: {date} | Jenis Kejadian: Tanah longsor | Lokasi: Kel. Loa Bakung "
            f"| Nilai (Rp): {value}",
            "realisasi_btt_2031.xlsx",
            kind=ChunkKind.TABLE_ROWS,
            fiscal_year=2031,
        )
        for n, (date, value) in enumerate((("11-04-2031", "Rp 31.500.000"), ("03-09-2031", "Rp 12.750.000")))
    ]
    question = parse_question("BTT untuk tanah longsor di Loa Bakung april 2031 berapa?")
    answer = extractive_answer(question, rows)
    assert answer.found
    assert "31.500.000" in answer.text


_ASKED_IN_PERSONS = parse_question("jumlah relawan yg dilatih dinas pemuda 2031 berapa orang")


def test_a_count_asked_in_persons_is_stated_in_the_thing_counted() -> None:
    sentence = _text(
        "s1",
        "Sepanjang tahun 2031 Dinas Pemuda melatih 842 relawan pada 12 kecamatan. "
        "Pelatihan dilakukan melalui simulasi dan pengiriman relawan ke lapangan.",
    )
    answer = extractive_answer(_ASKED_IN_PERSONS, [sentence])
    assert answer.found
    assert "842" in answer.text


def test_a_count_in_persons_is_not_stated_by_another_thing() -> None:
    sentence = _text("s2", "Sepanjang tahun 2031 Dinas Pemuda membina 12 kecamatan melalui simulasi.")
    answer = extractive_answer(_ASKED_IN_PERSONS, [sentence])
    assert not answer.found


def test_a_clipped_word_of_five_letters_may_keep_half_the_word() -> None:
    assert clipped("pemer", "pemerintah")
    assert not clipped("ban", "banyak")  # three letters: a word of its own
    assert not clipped("pemerin", "pemerintah")  # over half: not a clipped form


def test_the_year_before_the_one_named_is_that_year() -> None:
    assert relative_years("Kunjungan 2031 bertambah brp dr thn sebelumnya?") == (
        "Kunjungan 2031 bertambah brp dr tahun 2030?"
    )
    assert relative_years("target 2031 dan tahun berikutnya?") == "target 2031 dan tahun 2032?"
    assert relative_years("pagu tahun lalu berapa?") == "pagu tahun lalu berapa?"  # before which year?
    assert relative_years("peserta thn lalu (2031) brp?") == "peserta thn lalu (2031) brp?"  # 2031 is meant
    assert relative_years("2030 dan 2031 dibanding tahun lalu") == "2030 dan 2031 dibanding tahun lalu"


def test_a_rise_over_the_year_before_is_answered_from_both_years() -> None:
    reports = [
        _text(
            "y1",
            f"Sepanjang tahun {year} tercatat {count} aduan warga diterima lewat aplikasi.",
            f"lap_{year}.pdf",
        )
        for year, count in ((2030, "1.210"), (2031, "1.504"))
    ]
    answer = extractive_answer(parse_question("aduan warga 2031 bertambah brp dr thn sebelumnya?"), reports)
    assert answer.found
    assert "294" in answer.text
