"""OCR text of scanned letters and photographed tables, and questions over two documents."""

from __future__ import annotations

from decimal import Decimal

from samarinda_ask.domain.answering import NOT_FOUND, Passage, extractive_answer
from samarinda_ask.domain.figures import FigureKind, cell_figure, figures_in
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_parts import split_parts
from samarinda_ask.testing import table_rows

# A scanned letter as Tesseract reads it: the letterhead and header fields line by line, the
# body wrapped, amounts printed "Rp 1.250.000,-".
LETTER = Passage(
    id="l1",
    document_id="doc-letter",
    document="surat_bantuan_pendidikan.pdf",
    text=(
        "Jl. Kenanga No. 7 Samarinda, Kalimantan Timur\n"
        "Nomor: 421/0385/Disdik/III/2026\n"
        "Perihal: Bantuan Seragam Sekolah Tahun 2026\n"
        "Yth. Kepala SD se-Kota Samarinda\n"
        "\n"
        "Dengan hormat, bantuan seragam sekolah tahun 2026 diberikan kepada 2.340 siswa baru\n"
        "dengan besaran Rp 450.000,- per siswa. Pembagian dimulai tanggal 3 Februari 2026\n"
        "di setiap sekolah penerima.\n"
        "\n"
        "Total dana bantuan seragam yang disalurkan sebesar Rp 1.053.000.000,-.\n"
    ),
    score=0.9,
    page=1,
    fiscal_year=2026,
    category="lainnya",
)


# A photographed distribution table, uploaded as a realisation; it never says "realisasi".
PHOTO_ROWS = table_rows(
    "rekap_bantuan_gizi.jpg",
    [
        "Kelurahan: Sempaja | Jumlah KPM: 1.020 | Nilai Bantuan (Rp): 510.000.000",
        "Kelurahan: Lempake | Jumlah KPM: 640 | Nilai Bantuan (Rp): 320.000.000",
        "Kelurahan: Jumlah | Jumlah KPM: 1.660 | Nilai Bantuan (Rp): 830.000.000",
    ],
    category="realisasi",
    fiscal_year=2026,
    page=1,
)
PLAN = Passage(
    id="plan",
    document_id="doc-plan",
    document="rencana_bantuan_gizi.docx",
    text="Target penerima bantuan gizi tahun 2026 sebanyak 1.800 KPM dengan pagu Rp 900.000.000.",
    score=0.5,
    fiscal_year=2026,
    category="rka",
)


def _report(opd: str, name: str, amount: str, ceiling: str) -> Passage:
    return Passage(
        id=f"lkj-{opd}",
        document_id=f"doc-{opd}",
        document=f"lkjip_{opd.lower()}_2026.pdf",
        text=f"Realisasi anggaran {name} tahun 2026 sebesar {amount} dari pagu {ceiling}.",
        score=0.5,
        fiscal_year=2026,
        opd=opd,
        category="laporan",
    )


DISPAR = _report("DISPAR", "Dinas Pariwisata", "Rp 21.500.000.000", "Rp 24.000.000.000")
DISPORA = _report("DISPORA", "Dinas Pemuda dan Olahraga", "Rp 33.250.000.000", "Rp 36.100.000.000")


def answer(question: str, passages: list[Passage]):
    return extractive_answer(parse_question(question), passages)


def test_a_letters_header_fields_are_not_the_answer_and_its_body_is() -> None:
    result = answer("Berapa nominal bantuan seragam per siswa?", [LETTER])
    assert result.found
    assert result.text.startswith("Rp 450.000")
    assert "Nomor" not in result.citations[0].quote


def test_a_number_after_no_is_not_a_count() -> None:
    assert figures_in("Jl. Kenanga No. 7 Samarinda") == []
    assert [f.value for f in figures_in("kepada 2.340 siswa baru")] == [2340]


def test_a_date_is_not_a_count_and_kapan_takes_the_dated_sentence() -> None:
    assert all(f.unit != "februari" for f in figures_in("dimulai tanggal 3 Februari 2026"))
    result = answer("Kapan pembagian bantuan seragam dimulai?", [LETTER])
    assert result.found
    assert "3 Februari 2026" in result.text


def test_per_unit_is_a_rate_not_a_count() -> None:
    assert parse_question("Berapa nominal bantuan seragam per siswa?").wants is FigureKind.MONEY
    assert parse_question("Berapa siswa menerima bantuan seragam?").wants is FigureKind.COUNT


def test_a_count_column_headed_jumlah_is_not_rupiah() -> None:
    count = cell_figure("Jumlah KPM", "1.020")
    assert count is not None and count.kind is FigureKind.NUMBER
    amount = cell_figure("Jumlah (Rp)", "510.000.000")
    assert amount is not None and amount.kind is FigureKind.MONEY
    lone = cell_figure("Jumlah", "510.000.000")
    assert lone is not None and lone.kind is FigureKind.MONEY


def test_a_sum_over_a_count_column_sums_the_counts() -> None:
    result = answer("Berapa total KPM bantuan gizi di Sempaja dan Lempake?", PHOTO_ROWS)
    assert result.found
    # The two rows' counts, not their rupiah amounts beside them, each row cited.
    assert result.text.startswith(
        "1.660 kpm, jumlah dari baris berikut: Sempaja 1.020 kpm; Lempake 640 kpm"
    ), result.text
    assert "830.000.000" not in result.text
    assert len(result.citations) == 2


def test_plan_against_realisation_in_two_documents_shows_both_and_the_difference() -> None:
    result = answer("Berapa selisih target KPM bantuan gizi 2026 dengan realisasinya?", [PLAN, *PHOTO_ROWS])
    assert result.found, result.reason
    assert result.text.startswith("Selisih 140 kpm = 1.800 kpm - 1.660 kpm"), result.text
    assert {c.document for c in result.citations} == {
        "rencana_bantuan_gizi.docx",
        "rekap_bantuan_gizi.jpg",
    }


def test_two_opds_named_by_short_names_are_two_parts() -> None:
    parts = split_parts(parse_question("Berapa selisih pagu anggaran Dispar dan Dispora tahun 2026?"))
    assert [p.text for p in parts] == [
        "Berapa selisih pagu anggaran Dispar tahun 2026",
        "Berapa selisih pagu anggaran Dispora tahun 2026",
    ]
    result = answer("Berapa selisih pagu anggaran Dispar dan Dispora tahun 2026?", [DISPAR, DISPORA])
    assert result.found
    assert result.text.startswith("Selisih Rp 12.100.000.000 = Rp 36.100.000.000 - Rp 24.000.000.000")


def test_a_total_over_two_documents_is_shown_with_both_figures() -> None:
    result = answer("Berapa total realisasi anggaran Dispar dan Dispora tahun 2026?", [DISPAR, DISPORA])
    assert result.found
    assert result.text.startswith("Jumlah Rp 54.750.000.000 = Rp 21.500.000.000 + Rp 33.250.000.000"), (
        result.text
    )
    assert len(result.citations) == 2


def test_a_total_with_one_part_missing_is_not_found() -> None:
    result = answer("Berapa total realisasi anggaran Dispar dan Disnaker tahun 2026?", [DISPAR])
    assert not result.found
    assert result.text == NOT_FOUND


def test_a_price_list_side_takes_the_items_name() -> None:
    parts = split_parts(
        parse_question("Berapa selisih harga satuan printer di RKA Diskominfo dengan harga SSH?")
    )
    assert [p.text for p in parts] == [
        "Berapa selisih harga satuan printer di RKA Diskominfo",
        "Berapa selisih harga satuan printer di SSH",
    ]


def test_a_share_of_the_target_is_computed_from_both_stated_figures() -> None:
    result = answer("Berapa persen realisasi KPM bantuan gizi 2026 terhadap targetnya?", [PLAN, *PHOTO_ROWS])
    assert result.found, result.reason
    assert result.text.startswith("92,22 persen = 1.660 / 1.800 kpm x 100"), result.text
    assert len(result.citations) == 2


def test_a_rupiah_rate_per_counted_thing_does_not_answer_a_count() -> None:
    rate = Passage(
        id="rate",
        document_id="doc-rate",
        document="ketentuan.pdf",
        text="Besaran bantuan gizi Rp 500.000,- per KPM per tahun.",
        score=0.9,
        fiscal_year=2026,
    )
    result = answer("Berapa KPM penerima bantuan gizi tahun 2026?", [rate])
    assert not result.found


def test_a_difference_worded_with_jumlah_is_still_a_difference() -> None:
    last_year = table_rows(
        "bantuan_gizi_2025.csv",
        ["Kelurahan: Lempake | Jumlah KPM 2025: 590 | Nilai Bantuan 2025 (Rp): 295.000.000"],
        category="realisasi",
        fiscal_year=2025,
        page=1,
    )
    result = answer("Berapa selisih jumlah KPM Lempake tahun 2026 dan 2025?", [*PHOTO_ROWS, *last_year])
    assert result.found, result.reason
    assert result.text.startswith("Selisih 50 = 640 - 590"), result.text


def test_a_total_of_figures_that_do_not_add_up_is_not_found() -> None:
    people = Passage(
        id="people",
        document_id="doc-people",
        document="lkjip_dispora_2026.pdf",
        text="Peserta pelatihan Dispora tahun 2026 sebanyak 420 orang.",
        score=0.5,
        fiscal_year=2026,
    )
    result = answer("Berapa total realisasi anggaran Dispar dan Dispora tahun 2026?", [DISPAR, people])
    assert not result.found


def test_a_time_of_day_is_no_count() -> None:
    assert figures_in("pada pukul 07.30 - 12.00 WITA") == []
    assert [f.value for f in figures_in("apel pukul 06.45 diikuti 38 petugas")] == [38]


def test_the_thing_counted_picks_its_figure_among_others() -> None:
    order = Passage(
        id="o1",
        document_id="doc-order",
        document="surat_perintah_2031.png",
        text="Ditugaskan 56 petugas dengan dukungan 3 unit mobil patroli pada pukul 08.00 - 14.00 WITA.",
        score=0.7,
        page=1,
        fiscal_year=2031,
    )
    result = extractive_answer(parse_question("surat perintah 2031 itu berapa petugas ditugaskan?"), [order])
    assert result.found
    assert result.text.startswith("56 petugas")


def test_a_whole_year_is_not_answered_by_a_semester_report() -> None:
    half = table_rows("rekap_kebakaran_semester1_2031.pdf", ["Kecamatan: Tepian | Kejadian: 7"], page=1)
    year = table_rows("rekap_kebakaran_2031.pdf", ["Kecamatan: Tepian | Kejadian: 19"], page=1)
    question = parse_question("kejadian kebakaran di Tepian sepanjang 2031 ada berapa?")
    result = extractive_answer(question, [*half, *year])
    assert result.found
    assert result.text.startswith("19")
    assert not extractive_answer(question, half).found
    # Without "sepanjang" the year is not asked as a whole: the only figure filed for it answers.
    plain = parse_question("kejadian kebakaran di Tepian 2031 ada berapa?")
    assert extractive_answer(plain, half).text.startswith("7")


def test_a_figure_with_a_rate_unit_is_a_measure_of_its_own() -> None:
    (flow,) = figures_in("Laju alir pompa | 8,4 L/menit")
    assert flow.kind is FigureKind.COUNT and flow.value == Decimal("8.4") and flow.unit == "l/menit"
    (speed,) = figures_in("kecepatan rata-rata 35 km/jam")
    assert speed.value == Decimal("35")
