"""Totals a question spells out: a range of months over a monthly table, "A ditambah B" from two
documents, and one figure for each of several OPDs listed in a row."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.named_periods import listed_months
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_parts import split_parts
from samarinda_ask.testing import table_rows

MONTHLY = table_rows(
    "pendapatan_pasar_bulanan_2024.csv",
    [
        f"Bulan: {month} | Tahun: 2024 | Target (Rp): 90000000 | Realisasi (Rp): {amount}"
        for month, amount in [
            ("Maret", 81000000),
            ("April", 84500000),
            ("Mei", 79250000),
            ("Juni", 88000000),
            ("Juli", 90100000),
        ]
    ],
    opd="DISDAG",
    fiscal_year=2024,
)


def _text(document: str, text: str, opd: str, year: int) -> Passage:
    return Passage(
        id=document, document_id=document, document=document, text=text, score=0.7, opd=opd, fiscal_year=year
    )


def test_a_month_range_is_written_out_month_by_month() -> None:
    assert listed_months("realisasi Mei s.d. Juli 2024") == "realisasi Mei, Juni dan Juli 2024"
    assert listed_months("periode Juni–April") == "periode Juni–April"  # not a range forward


def test_a_total_over_a_month_range_sums_the_rows_of_those_months() -> None:
    question = parse_question("Berapa total realisasi pendapatan pasar April–Juni 2024?")
    result = extractive_answer(question, MONTHLY)
    assert result.found
    assert result.text.startswith("Rp 251.750.000")  # 84.500.000 + 79.250.000 + 88.000.000
    assert len(result.citations) == 3


def test_a_added_to_b_is_the_sum_of_two_documents_figures() -> None:
    plan = _text(
        "rencana_2027.pdf",
        "Pagu indikatif Dinas Sosial tahun 2027 sebesar Rp 50.000.000.000.\n"
        "Pagu indikatif Dinas Perhubungan tahun 2027 sebesar Rp 40.000.000.000.",
        "BAPPEDA",
        2027,
    )
    minutes = _text(
        "notulen_tapd.docx",
        "Rapat TAPD menyetujui tambahan pagu Dinas Sosial sebesar Rp 2.500.000.000 untuk rumah singgah,"
        " di luar pagu indikatif 2027.",
        "BAPPEDA",
        2027,
    )
    question = parse_question(
        "Berapa pagu Dinas Sosial tahun 2027 jika pagu indikatif ditambah tambahan yang disetujui rapat TAPD?"
    )
    assert question.wants_sum
    assert not question.wants_difference  # "ditambah" adds
    assert len(split_parts(question)) == 2
    result = extractive_answer(question, [plan, minutes])
    assert result.found
    assert result.text.startswith("Jumlah Rp 52.500.000.000")
    assert {c.document for c in result.citations} == {"rencana_2027.pdf", "notulen_tapd.docx"}


def test_two_parts_never_add_one_figure_to_itself() -> None:
    only = _text(
        "notulen_tapd.docx",
        "Rapat TAPD menyetujui tambahan pagu Dinas Sosial sebesar Rp 2.500.000.000, di luar pagu indikatif.",
        "BAPPEDA",
        2027,
    )
    question = parse_question("Berapa pagu indikatif Dinas Sosial ditambah tambahan disetujui rapat TAPD?")
    assert not extractive_answer(question, [only]).found


def test_a_total_over_opds_listed_in_a_row_adds_each_opds_own_figure() -> None:
    rows = [
        Passage(
            id=opd,
            document_id=f"{opd}.xlsx",
            document=f"realisasi_{opd.lower()}_2024.xlsx",
            text=f"Uraian: Belanja Printer | Volume: 3 | Realisasi (Rp): {amount}",
            score=0.6,
            kind=ChunkKind.TABLE_ROWS,
            opd=opd,
            fiscal_year=2024,
            table=0,
            first_row=1,
        )
        for opd, amount in (("DINSOS", 15000000), ("DISHUB", 21000000), ("DLH", 9000000))
    ]
    question = parse_question(
        "Berapa total realisasi belanja printer tahun 2024 dari Dinas Sosial, Dinas Perhubungan,"
        " dan Dinas Lingkungan Hidup?"
    )
    parts = split_parts(question)
    assert [p.text.rsplit("dari ", 1)[1] for p in parts] == [
        "Dinas Sosial?",
        "Dinas Perhubungan?",
        "Dinas Lingkungan Hidup?",
    ]
    result = extractive_answer(question, rows, [rows, rows, rows])
    assert result.found
    assert result.text.startswith("Jumlah Rp 45.000.000 = Rp 15.000.000 + Rp 21.000.000 + Rp 9.000.000")


def test_a_total_of_things_sums_the_count_column_in_the_rows_unit() -> None:
    rows = [
        Passage(
            id=f"i{n}",
            document_id="inventaris.xlsx",
            document="inventaris_kendaraan_2024.xlsx",
            text=f"No: {n} | Nama Barang: {name} | Jumlah: {count} | Satuan: unit | Nilai (Rp): {value}",
            score=0.6,
            kind=ChunkKind.TABLE_ROWS,
            sheet="Kendaraan",
            opd="DLH",
            fiscal_year=2024,
            table=0,
            first_row=n,
        )
        for n, (name, count, value) in enumerate(
            [
                ("Truk Sampah Arm Roll", 4, 2400000000),
                ("Pikap Bak Terbuka", 3, 690000000),
                ("Truk Sampah Compactor", 2, 2100000000),
            ],
            start=1,
        )
    ]
    question = parse_question(
        "Berapa jumlah seluruh unit truk sampah (semua jenis, termasuk compactor)"
        " dalam inventaris kendaraan DLH?"
    )
    result = extractive_answer(question, rows)
    assert result.found
    assert result.text.startswith("6 unit, jumlah dari baris berikut")


def test_a_total_over_every_row_takes_each_addend_from_one_column_even_a_year_like_count() -> None:
    # Two count columns fit "KPM"; in two rows the asked column's count reads like a year.
    rows = [
        "Kecamatan: Alpha | KPM Bantuan Pangan/Beras: 3412 | KPM Lansia: 2890",
        "Kecamatan: Beta | KPM Bantuan Pangan/Beras: 2311 | KPM Lansia: 1976",
        "Kecamatan: Gamma | KPM Bantuan Pangan/Beras: 2450 | KPM Lansia: 2088",
        "Kecamatan: Delta | KPM Bantuan Pangan/Beras: 1500 | KPM Lansia: 1200",
    ]
    passages = [
        Passage(
            id=f"bansos-{n}",
            document_id="doc-bansos",
            document="bansos_2031.xlsx",
            text=text,
            score=0.5,
            kind=ChunkKind.TABLE_ROWS,
            table=0,
            first_row=n,
            fiscal_year=2031,
        )
        for n, text in enumerate(rows)
    ]
    question = parse_question("Jumlah seluruh KPM Lansia 2031 di semua kecamatan berapa?")
    answer = extractive_answer(question, passages)
    assert answer.found and answer.text.startswith("8.154")
    assert "1.976" in answer.text and "2.311" not in answer.text


def test_an_owner_the_vocabulary_does_not_know_listed_with_known_ones_is_a_part_too() -> None:
    question = parse_question("Berapa total plafon anggaran Disbunak, Dinsos serta Dishub pada 2033?")
    parts = split_parts(question)
    assert [p.text for p in parts] == [
        "Berapa total plafon anggaran Disbunak pada 2033?",
        "Berapa total plafon anggaran Dinsos pada 2033?",
        "Berapa total plafon anggaran Dishub pada 2033?",
    ]
    ceilings = table_rows(
        "plafon_anggaran_2033.xlsx",
        [
            f"No: {n} | OPD: {name} | Plafon Anggaran (Rp): {amount}"
            for n, (name, amount) in enumerate(
                (
                    ("Dinas Sosial", 50000000000),
                    ("Dinas Perhubungan", 70000000000),
                    ("Dinas Pariwisata", 9000000000),
                ),
                start=1,
            )
        ],
        opd="BAPPEDA",
        fiscal_year=2033,
    )
    # The third owner's row is not among the candidates: no total of the other two.
    assert not extractive_answer(question, ceilings).found


def test_a_capitalised_first_word_is_not_a_listed_owner() -> None:
    parts = split_parts(parse_question("Total, Dinsos serta Dishub berapa plafon anggarannya pada 2033?"))
    assert all(not p.text.startswith("Total?") for p in parts)
    assert len(parts) == 2
