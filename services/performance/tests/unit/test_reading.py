from samarinda_common.extracted import ExtractedDocument, ExtractionMethod, Page, Table
from samarinda_performance.domain.checks import check_all
from samarinda_performance.domain.document_kind import classify_document, document_year
from samarinda_performance.domain.indicator_names import (
    group_before_slash,
    indicator_key,
    unit_in_parentheses,
)
from samarinda_performance.domain.model import DocumentType, FindingType
from samarinda_performance.domain.polarity import direction_uncertain, is_lower_better
from samarinda_performance.domain.reading import Source, read_indicators
from samarinda_performance.domain.table_headers import classify_header, joined_kinerja_kinds
from samarinda_performance.domain.text_tables import without_remark
from samarinda_performance.domain.vocabulary import VOCABULARY

SOURCE = Source(document_id="doc-1", filename="lkjip_dinas_x.pdf", opd="DINX")
HEADER_ROW = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]


def document(text: str, tables: list[Table] | None = None, pages: int = 1) -> ExtractedDocument:
    return ExtractedDocument(
        filename="lkjip_dinas_x.pdf",
        detected_type="pdf",
        pages=[
            Page(number=n, text=text if n == 1 else "", method=ExtractionMethod.TEXT)
            for n in range(1, pages + 1)
        ],
        tables=tables or [],
    )


def test_header_labels_name_their_columns() -> None:
    kinds = {
        "Indikator Kinerja": "indicator",
        "Satuan": "unit",
        "Target": "target",
        "Realisasi": "realisation",
        "Capaian (%)": "achievement",
        "Pagu Anggaran (Rp)": "pagu",
        "Anggaran Realisasi (Rp)": "budget_realisation",
        "Serapan (%)": "absorption",
        "Anggaran %": "absorption",
        "Program / Kegiatan / Sub Kegiatan": "hierarchy",
        "Polaritas": "lower_is_better",
        "Reaiisasi": "realisation",  # OCR slip
    }
    for label, kind in kinds.items():
        column = classify_header(label)
        assert column is not None and column.kind == kind, label
    target_2026 = classify_header("Target 2026")
    assert target_2026 is not None and target_2026.year == 2026
    assert classify_header("No") is None


def test_a_shortened_header_word_names_its_column() -> None:
    kinds = {
        "Real.": "realisation",
        "Sat.": "unit",
        "Tgt": "target",
        "Real. (Rp)": "budget_realisation",
        "IKU": "indicator",
        "IKK": "indicator",
    }
    for label, kind in kinds.items():
        column = classify_header(label)
        assert column is not None and column.kind == kind, label


def test_document_kind_and_year_from_the_title() -> None:
    assert classify_document("RENCANA STRATEGIS DINAS X 2021-2026", "a.pdf") is DocumentType.PLAN
    assert classify_document("LAPORAN REALISASI ANGGARAN TAHUN 2025", "a.xlsx") is DocumentType.BUDGET
    assert classify_document("LAPORAN KINERJA INSTANSI PEMERINTAH", "a.pdf") is DocumentType.REPORT
    assert document_year("LAPORAN KINERJA TAHUN ANGGARAN 2025\nRealisasi 2024", "x.pdf", None) == 2025
    assert document_year("no year here", "lkjip_2024.pdf", 2026) == 2024
    assert document_year("no year here", "lkjip.pdf", 2026) == 2026


def test_polarity_from_name_and_column() -> None:
    assert is_lower_better("Angka Kematian Bayi")
    assert is_lower_better("Prevalensi Stunting")
    assert not is_lower_better("Cakupan Penemuan Kasus Tuberkulosis")
    assert not is_lower_better("Persentase Penurunan Stunting")
    assert is_lower_better("Indeks Pelayanan", polarity="Negatif")
    assert not is_lower_better("Persentase Sekolah Terakreditasi Minimal B")  # "minimal": at least
    assert not is_lower_better("Angka Kematian Ibu", polarity="positif")


def test_a_name_counting_those_a_service_reached_is_higher_is_better() -> None:
    assert is_lower_better("Jumlah Kasus Gizi Buruk")
    assert not is_lower_better("Jumlah kasus gizi buruk yang mendapat pendampingan")
    assert not is_lower_better("Persentase titik banjir yang tertangani")
    assert is_lower_better("Jumlah pengaduan yang ditangani (negatif)")  # a stated marker still wins


def test_indicator_key_ignores_numbering_case_and_level_words() -> None:
    assert indicator_key("1.2. Persentase  Jalan Mantap") == indicator_key("persentase jalan mantap")
    assert indicator_key("Sub Kegiatan: Pembangunan RKB") == indicator_key("Pembangunan RKB")


def test_ruled_table_with_two_header_rows_and_a_continuation_page() -> None:
    first = Table(
        page=1,
        index=0,
        rows=[
            ["No", "Indikator", "Satuan", "Kinerja", None, None, "Anggaran", None, None],
            [None, None, None, "Target", "Realisasi", "%", "Pagu", "Realisasi", "%"],
            [
                "1",
                "Persentase Jalan Mantap",
                "%",
                "78",
                "74,6",
                "95,64",
                "4.250.000.000",
                "3.980.500.000",
                "93,66",
            ],
        ],
    )
    second = Table(
        page=2,
        index=0,
        rows=[["2", "Angka Kematian Bayi", "per 1.000 KH", "7,5", "8,1", "92", "-", "-", "-"]],
    )
    records = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [first, second], pages=2), SOURCE)
    assert [r.indicator for r in records] == ["Persentase Jalan Mantap", "Angka Kematian Bayi"]
    road, infant = records
    assert (road.target, road.realisation, road.achievement_pct) == (78, 74.6, 95.64)
    assert (road.pagu, road.budget_realisation, road.absorption_pct) == (4_250_000_000, 3_980_500_000, 93.66)
    assert road.fiscal_year == 2025 and road.unit == "%"
    assert road.citation.page == 1 and road.citation.row == 2
    assert infant.citation.page == 2 and infant.lower_is_better
    assert infant.pagu is None  # "-" is not stated, never zero


def test_hierarchy_rows_give_programme_and_kegiatan_context() -> None:
    table = Table(
        sheet="Realisasi",
        index=0,
        rows=[
            ["Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"],
            ["1.01", "Program Pengelolaan Pendidikan", None, None, None],
            ["1.01.1", "Kegiatan Pengelolaan Pendidikan SD", None, None, None],
            ["1.01.1.01", "Sub Kegiatan Pembangunan Ruang Kelas Baru", 11_400_000_000, 10_245_600_000, 89.87],
            [None, "Jumlah", 11_400_000_000, 10_245_600_000, 89.87],
        ],
    )
    [record] = read_indicators(document("LAPORAN REALISASI ANGGARAN TAHUN 2025", [table]), SOURCE)
    assert record.indicator == "Pembangunan Ruang Kelas Baru"
    assert record.programme == "Pengelolaan Pendidikan"
    assert record.kegiatan == "Pengelolaan Pendidikan SD"
    assert record.sub_kegiatan == "Pembangunan Ruang Kelas Baru"
    assert record.citation.page == "Realisasi"
    assert record.document_type is DocumentType.BUDGET


def test_plan_year_columns() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            ["Indikator", "Satuan", "Target 2025", "Target 2026"],
            ["Indeks Kepuasan", "indeks", "82", "84"],
        ],
    )
    renja = read_indicators(document("RENCANA KERJA (RENJA) TAHUN 2025", [table]), SOURCE)
    assert [(r.fiscal_year, r.target) for r in renja] == [(2025, 82)]
    renstra = read_indicators(document("RENSTRA 2021-2026", [table]), SOURCE)
    assert [(r.fiscal_year, r.target) for r in renstra] == [(2025, 82), (2026, 84)]


def test_report_keeps_last_years_realisation_apart() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            ["Indikator", "Realisasi 2024", "Target 2025", "Realisasi 2025", "Capaian (%)"],
            ["Indeks Kepuasan", "80", "82", "84", "102,44"],
        ],
    )
    [record] = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
    assert (record.target, record.realisation, record.previous_realisation) == (82, 84, 80)


def test_unruled_table_from_the_text_layer() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2024\n"
        "No Indikator Kinerja Satuan Target Realisasi Capaian (%)\n"
        "1 Persentase Drainase Baik % 60 61,5 102,5\n"
        "2 Luas Genangan Banjir ha 240 - -\n"
    )
    records = read_indicators(document(text), SOURCE)
    assert [(r.indicator, r.unit, r.target, r.realisation) for r in records] == [
        ("Persentase Drainase Baik", "%", 60, 61.5),
        ("Luas Genangan Banjir", "ha", 240, None),
    ]
    assert records[0].citation.span is not None


def test_prose_in_several_phrasings() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n\n"
        "Indikator Angka Partisipasi Murni SD dengan target 97,5% terealisasi 98,12% "
        "sehingga capaian 100,64%. "
        "Realisasi indikator Persentase Guru Bersertifikat pada tahun 2025 sebesar 71,2% dari target 75%, "
        "atau capaian 94,93%. "
        "Persentase Sekolah Ramah Anak ditargetkan sebesar 40% dan terealisasi 43%; capaian kinerja 107,5%. "
        "Pagu anggaran Program Pengelolaan Pendidikan sebesar Rp 11.400.000.000 dengan realisasi "
        "Rp 10.245.600.000 (89,87%)."
    )
    records = {r.indicator: r for r in read_indicators(document(text), SOURCE)}
    assert records["Angka Partisipasi Murni SD"].achievement_pct == 100.64
    teachers = records["Persentase Guru Bersertifikat"]
    assert (teachers.target, teachers.realisation, teachers.achievement_pct) == (75, 71.2, 94.93)
    assert records["Persentase Sekolah Ramah Anak"].realisation == 43
    budget = records["Program Pengelolaan Pendidikan"]
    assert (budget.pagu, budget.budget_realisation, budget.absorption_pct) == (
        11_400_000_000,
        10_245_600_000,
        89.87,
    )
    assert budget.target is None and budget.realisation is None


def test_wrapped_names_in_an_unruled_table_join_their_row() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "No Indikator Kinerja Satuan Target Realisasi Capaian (%)\n"
        "1 Persentase Perangkat Daerah Terhubung % 95 97,5 102,63\n"
        "Jaringan Intra Pemerintah\n"
        "2 Indeks SPBE indeks 3,1 3,24 104,52\n"
    )
    names = [r.indicator for r in read_indicators(document(text), SOURCE)]
    assert names == ["Persentase Perangkat Daerah Terhubung Jaringan Intra Pemerintah", "Indeks SPBE"]


def test_spreadsheet_percent_fractions_and_budget_columns() -> None:
    table = Table(
        sheet="LRA",
        index=0,
        rows=[
            ["Kode Rekening", "Uraian", "Anggaran", "Realisasi", "%", "Sisa Anggaran"],
            ["2.16.01.2.01.01", "Pengelolaan Nama Domain", 450_000_000, 431_250_000, 0.9583, 18_750_000],
            ["2.16.02.2.01.02", "Pengembangan Aplikasi", 3_200_000_000, 3_366_400_000, 1.052, -166_400_000],
        ],
    )
    records = read_indicators(document("LAPORAN REALISASI ANGGARAN TAHUN 2025", [table]), SOURCE)
    assert [(r.pagu, r.budget_realisation, r.absorption_pct) for r in records] == [
        (450_000_000, 431_250_000, 95.83),
        (3_200_000_000, 3_366_400_000, 105.2),
    ]
    assert all(r.realisation is None and r.target is None for r in records)  # money, not performance


def test_unruled_table_with_a_two_line_header_of_kinerja_and_anggaran() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "No Indikator Kinerja Satuan Kinerja Anggaran\n"
        "Target Realisasi % Pagu Realisasi %\n"
        "1 Persentase Halte Layak % 60 63 105 2.750.000.000 2.910.000.000 105,82\n"
    )
    [record] = read_indicators(document(text), SOURCE)
    assert (record.target, record.realisation, record.achievement_pct) == (60, 63, 105)
    assert (record.pagu, record.budget_realisation, record.absorption_pct) == (
        2_750_000_000,
        2_910_000_000,
        105.82,
    )


def test_rows_an_ocr_table_lost_are_taken_from_the_page_text() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "No Indikator Kinerja Satuan Target Realisasi Capaian (%)\n"
        "1 Persentase Drainase dalam Kondisi Baik Yo 65 67,2 103,38\n"
        "2 Jumlah Titik Banjir titik 28 24 114,29\n"
    )
    table = Table(
        page=1,
        index=0,
        rows=[HEADER_ROW, ["1", "Persentase Drainase dalam Kondisi Baik", "%", "65", "67,2", "103,38"]],
    )
    scan = ExtractedDocument(
        filename="scan.png",
        detected_type="png",
        pages=[Page(number=1, text=text, method=ExtractionMethod.OCR)],
        tables=[table],
    )
    records = read_indicators(scan, SOURCE)
    assert [(r.indicator, r.unit) for r in records] == [
        ("Persentase Drainase dalam Kondisi Baik", "%"),  # the table's, not the text's "Yo"
        ("Jumlah Titik Banjir", "titik"),
    ]


def ocr_scan(text: str, tables: list[Table] | None = None) -> ExtractedDocument:
    return ExtractedDocument(
        filename="lkjip_scan.jpg",
        detected_type="jpg",
        pages=[Page(number=1, text=text, method=ExtractionMethod.OCR)],
        tables=tables or [],
    )


def test_a_scanned_table_whose_percent_signs_ocr_misread() -> None:
    # "(%)" read as "(26)" hid the header line; "%" after a figure read as "Yo" or as a number.
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "No Indikator Kinerja Satuan Target Realisasi Capaian (26)\n"
        "1 Tingkat Pengangguran Terbuka Yo 5,4 Yo 5,02 Yo 107,04 96\n"
        "2 Persentase Pencari Kerja yang Ditempatkan Yo 42 39,7 94,52\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [(r.indicator, r.target, r.realisation, r.achievement_pct) for r in records] == [
        ("Tingkat Pengangguran Terbuka", 5.4, 5.02, 107.04),
        ("Persentase Pencari Kerja yang Ditempatkan", 42, 39.7, 94.52),
    ]
    # Repairs are for OCR'd pages only: a born-digital page is read as it is written.
    assert all(r.indicator != "Tingkat Pengangguran Terbuka" for r in read_indicators(document(text), SOURCE))


def test_ocr_table_cells_percent_look_alikes_and_a_rule_read_as_minus() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (Yo)"],
            ["1", "Angka Putus Sekolah SMP", "Yo", "0,35 %", "0,32 Yo", "-106,37 Yo"],
            ["2", "Persentase Penduduk Miskin", "Yo", None, "4,83", None],
        ],
    )
    [dropout, poverty] = read_indicators(ocr_scan("", [table]), SOURCE)
    assert (dropout.unit, dropout.target, dropout.realisation, dropout.achievement_pct) == (
        "%",
        0.35,
        0.32,
        106.37,
    )
    assert (poverty.target, poverty.target_text) == (None, "")  # a blank target cell, as OCR leaves a "-"


def test_header_block_starts_at_the_row_naming_the_indicator_column() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            ["No", "Indikator Kinerja", "Satuan", "Polaritas", "Kinerja", "Kinerja", "Kinerja"],
            [None, None, None, None, "Target", "Realisasi", "Capaian (%)"],
            ["1", "Rata-rata Lama Proses Izin", "hari", "Negatif", "5", "5,34", "93,2"],
            ["2", "Dokumen RDTR", "dokumen", "Positif", "Tersedia", "1", "-"],
        ],
    )
    [days, plan] = read_indicators(document("LAPORAN KINERJA 2025", [table]), SOURCE)
    assert (days.indicator, days.target, days.realisation, days.lower_is_better) == (
        "Rata-rata Lama Proses Izin",
        5,
        5.34,
        True,
    )
    assert (plan.target, plan.target_text, plan.realisation) == (None, "Tersedia", 1)


def test_budget_table_percent_column_is_the_absorption() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            ["Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)", "%"],
            ["1.02.01", "Program Penyelenggaraan Jalan", 2_500_000_000, 2_640_000_000, -140_000_000, 105.6],
        ],
    )
    [line] = read_indicators(document("LAPORAN REALISASI ANGGARAN 2025", [table]), SOURCE)
    assert (line.pagu, line.budget_realisation, line.absorption_pct, line.achievement_pct) == (
        2_500_000_000,
        2_640_000_000,
        105.6,
        None,
    )


def test_a_shaded_header_ocr_read_cell_by_cell() -> None:
    text = (
        "LAPORAN KINERJA TRIWULAN IV DINAS X TAHUN 2025\n\n"
        "Target Realisasi s.d. Capaian (Yo)\nTW IV\n\nSatuan\n\nUraian Indikator\n\nNo\n\n"
        "Jumlah Bank Sampah yang Aktif unit 140 132,16 94,4\n"
        "2 Luas Ruang Terbuka Hijau Publik ha 312 314,1 100,67\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [(r.indicator, r.unit, r.target, r.realisation, r.achievement_pct) for r in records] == [
        ("Jumlah Bank Sampah yang Aktif", "unit", 140, 132.16, 94.4),
        ("Luas Ruang Terbuka Hijau Publik", "ha", 312, 314.1, 100.67),
    ]


def test_a_sasaran_column_before_the_indicator_on_a_scanned_line() -> None:
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "No Sasaran Indikator Kinerja Satuan Target Realisasi Capaian (%)\n"
        "1 Menurunnya angka kematian Angka Kematian Ibu per 100.000 KH 95 91 104,21\n"
        "2 Meningkatnya pelayanan Persentase lansia terlantar yang dilayani % 85 89,7 105,53\n"
        "3 Cakupan Imunisasi Dasar Lengkap % 93 93 100\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [r.indicator for r in records] == [
        "Angka Kematian Ibu",
        "Persentase lansia terlantar yang dilayani",
        "Cakupan Imunisasi Dasar Lengkap",
    ]


def test_a_scanned_sub_kegiatan_column_whose_header_label_ocr_lost() -> None:
    # The "Sub Kegiatan" label was read elsewhere on the page: its cells still open each line,
    # and the cell's wrapped second line opens the line under the row.
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "Indikator Kinerja Target Realisasi Capaian\n"
        "Pembinaan Usaha Mikro Persentase pelaku usaha yang naik kelas % 12 13,2 110\n"
        "Pelatihan Keterampilan Jumlah pencari kerja yang dilatih orang 400 380 95\n"
        "Tenaga Kerja Lokal berbasis kompetensi\n"
        "Jumlah Penduduk Usia Kerja Terdata Persentase balai latihan yang aktif % 80 75 93,75\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [(r.indicator, r.target, r.realisation) for r in records] == [
        ("Persentase pelaku usaha yang naik kelas", 12, 13.2),
        ("Jumlah pencari kerja yang dilatih berbasis kompetensi", 400, 380),
    ]  # the last line opens with a name of its own: two rows OCR read as one, no record


def test_a_scanned_achievement_no_report_could_state_is_no_figure() -> None:
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "No Indikator Kinerja Satuan Target Realisasi Capaian (%)\n"
        "1 Jumlah Koperasi Sehat unit 36 29 805615\n"  # 80,56 read with its comma lost: kept
        "2 Persentase Lahan Terpetakan % 316 290 9177\n"  # 91,77 of 316 or 9177 of 3,16: unknown
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [(r.target, r.realisation, r.achievement_pct) for r in records] == [
        (36, 29, 80.56),
        (316, 290, None),
    ]


def test_a_scanned_row_with_the_budget_columns_its_header_line_left_out() -> None:
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "No Indikator Kinerja Satuan Target Realisasi\n"
        "3 Jumlah Kader Posyandu Terlatih orang 120 108 90,00 450.000.000 441.000.000 98,00\n"
    )
    [record] = read_indicators(ocr_scan(text), SOURCE)
    assert (
        record.target,
        record.realisation,
        record.achievement_pct,
        record.pagu,
        record.absorption_pct,
    ) == (
        120,
        108,
        90,
        450_000_000,
        98,
    )


def test_a_target_only_table_keeps_a_row_whose_target_is_n_a() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            ["No", "Indikator Kinerja", "Satuan", "Target 2025"],
            ["1", "Jumlah Penumpang Angkutan Umum", "orang", "410.000"],
            ["2", "Persentase Simpang Baik", "%", "n/a"],
        ],
    )
    [_, row] = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
    assert (row.indicator, row.target, row.target_text, row.realisation) == (
        "Persentase Simpang Baik",
        None,
        "n/a",
        None,
    )


def test_a_scanned_plan_whose_header_names_the_target_column_only() -> None:
    # A Perjanjian Kinerja lists targets only: its header names one figure column.
    text = (
        "PERJANJIAN KINERJA DINAS X TAHUN 2025\n"
        "No Indikator Sasaran Satuan Target 2026\n"
        "1 Jumlah gazebo kelurahan yang dirawat lunit 14\n"
        "2 Persentase sungai yang dinormalisasi % 35,5\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [(r.indicator, r.unit, r.target, r.realisation) for r in records] == [
        ("Jumlah gazebo kelurahan yang dirawat", "unit", 14, None),
        ("Persentase sungai yang dinormalisasi", "%", 35.5, None),
    ]
    # A sentence naming the target is no header.
    assert (
        read_indicators(
            ocr_scan(
                "Indikator kinerja dan satuannya ditetapkan dengan target yang terukur.\n"
                "1 Jumlah gazebo kelurahan yang dirawat unit 14\n"
            ),
            SOURCE,
        )
        == []
    )


def test_a_scanned_header_broken_over_two_lines_out_of_order() -> None:
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n\n"
        "Realisasi Capaian ro)\n\n"
        "No Indikator Kinerja Satuan Target\n\n"
        "2 Persentase Pencari Kerja yang Ditempatkan % 42 42,7 101,67\n"
    )
    [record] = read_indicators(ocr_scan(text), SOURCE)
    assert (record.indicator, record.target, record.realisation, record.achievement_pct) == (
        "Persentase Pencari Kerja yang Ditempatkan",
        42,
        42.7,
        101.67,
    )


def test_an_ocr_header_cell_joining_indicator_and_unit_splits_the_unit_out_of_each_name() -> None:
    # The scan's "Indikator Kinerja" and "Satuan" cells read as one: each row's unit sits where the
    # name's first line ended.
    table = Table(
        page=1,
        index=0,
        rows=[
            ["No", "Indikator Kinerja Satuan", "Target", "Realisasi", "Capaian (%)"],
            ["1", "Angka Kematian Ibu per 100.000 KH", "95", "89", "106,3 Yo"],
            ["4", "Cakupan Imunisasi Dasar % Lengkap pada Bayi", "93 %", "96,3 Yo", "103,5 %"],
            ["6", "Cakupan Persalinan di Yo Fasilitas Pelayanan Kesehatan", "96 Yo", "100 Yo", None],
            ["8", "Rasio Tenaga Kesehatan per rasio 10.000 Penduduk", "28", "28,8", "102,9 Yo"],
        ],
    )
    records = read_indicators(ocr_scan("LAPORAN KINERJA DINAS X TAHUN 2025\n", [table]), SOURCE)
    assert [(r.indicator, r.unit, r.target, r.realisation) for r in records] == [
        ("Angka Kematian Ibu", "per 100.000 KH", 95, 89),
        ("Cakupan Imunisasi Dasar Lengkap pada Bayi", "%", 93, 96.3),
        ("Cakupan Persalinan di Fasilitas Pelayanan Kesehatan", "%", 96, 100),
        ("Rasio Tenaga Kesehatan per 10.000 Penduduk", "rasio", 28, 28.8),
    ]
    separate = classify_header("Satuan")
    assert separate is not None and separate.kind == "unit" and not separate.with_unit


def test_an_ocr_header_cell_naming_two_value_columns_is_not_read() -> None:
    # "Capaian" and "Pagu (Rp)" read as one cell: its figures may be either's (a pagu of 109,44).
    table = Table(
        page=1,
        index=0,
        rows=[
            ["No", "Indikator Kinerja", "Target", "Realisasi", "Capalan Pagu (Rp)", "Realisasi (Rp)"],
            ["1", "Jumlah Kecelakaan Lalu Lintas", "180", "163", "109,44 Rp 2.451", "Rp 2.416.818.000"],
        ],
    )
    [record] = read_indicators(ocr_scan("LAPORAN KINERJA DINAS X TAHUN 2025\n", [table]), SOURCE)
    assert (record.target, record.realisation, record.achievement_pct, record.pagu) == (180, 163, None, None)
    assert record.budget_realisation == 2_416_818_000


def test_an_ocr_header_cell_joining_the_kinerja_columns_splits_each_rows_figures() -> None:
    # A narrow grid OCR read as one column from the target on: the header cell names target,
    # realisation and achievement, each row's cell holds their three figures side by side.
    table = Table(
        page=1,
        index=0,
        rows=[
            ["Uraian Indikator", "Sat.", "Capaian Kinerja Tgt Real. Persentase Capaian (%)"],
            ["Jumlah Bibit Pohon yang Ditanam", "unit", "742 690 92,99%"],
            ["Persentase Taman Kota yang Terawat", "%", "70,5 73,1 %  103,69 %"],
            # one figure lost: which is which cannot be told, so none is read from the cell
            ["Jumlah Sumur Resapan yang Dibangun", "unit", "38 97,37%"],
        ],
    )
    records = read_indicators(ocr_scan("LAPORAN KINERJA DINAS X TAHUN 2025\n", [table]), SOURCE)
    assert [(r.indicator, r.unit, r.target, r.realisation, r.achievement_pct) for r in records] == [
        ("Jumlah Bibit Pohon yang Ditanam", "unit", 742, 690, 92.99),
        ("Persentase Taman Kota yang Terawat", "%", 70.5, 73.1, 103.69),
    ]


def test_a_header_cell_naming_one_kinerja_column_is_not_split() -> None:
    assert joined_kinerja_kinds("Realisasi Capaian Kinerja") is None
    assert joined_kinerja_kinds("Target Kinerja") is None
    assert joined_kinerja_kinds("Target Pagu (Rp)") is None  # money beside a figure: left unread
    assert joined_kinerja_kinds("Target Realisasi") == ["target", "realisation"]


def test_a_skewed_unruled_row_ocr_broke_after_its_first_figures() -> None:
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "No Indikator Kinerja Satuan Target Realisasi Capaian (%)\n"
        "1 Persentase Sampah yang Tertangani % 78\n"
        "70,6 95,5\n"
        "6 Jumlah Bank Sampah Aktif 95\n"
        "unit 140 133\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [(r.indicator, r.unit, r.target, r.realisation, r.achievement_pct) for r in records] == [
        ("Persentase Sampah yang Tertangani", "%", 78, 70.6, 95.5),
        # the line opening with the unit is the row's start: the page sloped the other way
        ("Jumlah Bank Sampah Aktif", "unit", 140, 133, 95),
    ]
    first = records[0].citation.span
    assert first is not None and text[first[0] : first[1]].endswith("70,6 95,5")


def test_an_ocr_name_whose_opening_word_lost_a_letter() -> None:
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "No Indikator Kinerja Satuan Target Realisasi Capaian (%)\n"
        "5 'umlah Penumpang Angkutan Umum Massal orang 410.000 424.340 103,5\n"
        "6 Persentasc Halte Layak % 60 61 101,67\n"
    )
    assert [r.indicator for r in read_indicators(ocr_scan(text), SOURCE)] == [
        "Jumlah Penumpang Angkutan Umum Massal",
        "Persentase Halte Layak",
    ]


def test_minutes_invitations_and_letters_are_no_reports() -> None:
    minutes = (
        "NOTULEN RAPAT KOORDINASI PERENCANAAN ANGGARAN\n"
        "1. Rapat membahas rancangan RKA tahun anggaran 2026 untuk seluruh bidang.\n"
        "5. Realisasi belanja tahun 2025 sampai dengan bulan September mencapai 71,4 persen.\n"
    )
    assert classify_document(minutes, "notulen_rapat_foto.png") is DocumentType.NOT_REPORT
    assert classify_document("Nomor: 005/123\nPerihal: Undangan Rapat Evaluasi", "scan.pdf") is (
        DocumentType.NOT_REPORT
    )
    assert read_indicators(document(minutes), SOURCE) == []
    # A report that quotes a meeting later on is still a report (the title comes first).
    assert classify_document("LAPORAN KINERJA 2025\n... sesuai notulen rapat ...", "x.pdf") is (
        DocumentType.REPORT
    )


def test_a_sentence_naming_its_own_year_is_of_that_year() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2026\n\n"
        "Indikator Persentase Sekolah Ramah Anak tahun 2025 dengan target 40% terealisasi 42% "
        "(capaian 105%).\n\n"
        "Indikator Persentase Guru Penggerak dengan target 30% terealisasi 27% (capaian 90%).\n"
    )
    years = {r.indicator: r.fiscal_year for r in read_indicators(document(text), SOURCE)}
    assert years == {"Persentase Sekolah Ramah Anak": 2025, "Persentase Guru Penggerak": 2026}


def test_an_ocr_unit_cell_of_two_stray_letters_is_no_unit() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            HEADER_ROW,
            ["1", "Persentase Anak Jalanan yang Ditangani", "ka", "90", "98,26", "109,18"],
            ["2", "Persentase PMKS yang Ditangani", "Yo", "70", "71", "101,43"],
            ["3", "Luas Lahan Kritis", "ha", "12", "11", "108,33"],
        ],
    )
    records = read_indicators(ocr_scan("LAPORAN KINERJA DINAS X TAHUN 2025\n", [table]), SOURCE)
    assert [r.unit for r in records] == [None, "%", "ha"]


def test_two_scanned_rows_read_as_one_name_are_not_a_record() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            HEADER_ROW,
            [
                "2",
                "Waktu Tanggap Kebakaran menit Persentase Kejadian Tertangani Sesuai SOP",
                "",
                "15",
                "12",
                "105",
            ],
            ["3", "Persentase Perizinan yang Terbit Tepat Waktu", "%", "95", "100", "105,26"],
            ["4", "Jumlah Atlet Berprestasi Tingkat Nasional", "orang", "120", "114", "95"],
        ],
    )
    records = read_indicators(ocr_scan("LAPORAN KINERJA DINAS X TAHUN 2025\n", [table]), SOURCE)
    # "Waktu" and "Tingkat" are words inside names; "Persentase" well into a name opens another
    assert [r.indicator for r in records] == [
        "Persentase Perizinan yang Terbit Tepat Waktu",
        "Jumlah Atlet Berprestasi Tingkat Nasional",
    ]


def test_prose_sentences_that_point_back_add_to_the_indicator_before() -> None:
    text = (
        "PEMERINTAH KOTA CONTOH — DINAS PERTANIAN\n"
        "LAPORAN KINERJA TAHUN 2025\n"
        "2.1 Sasaran: Meningkatnya Produksi Pangan Lokal dan Ketahanan Pangan\n"
        "Realisasi Produktivitas padi sawah per hektar pada tahun 2025 mencapai 5,2 ton dari target\n"
        "5 ton atau capaian 104,00 persen. Sementara itu, Luas lahan pertanian yang dicetak mencapai\n"
        "130 ha. Dibandingkan target sebesar 125 ha, capaian kinerja indikator ini adalah 104,00\n"
        "persen. Kegiatan pendukungnya memiliki pagu Rp 3.000.000.000 dengan realisasi anggaran\n"
        "Rp 3.150.000.000 atau serapan 105,00 persen.\n"
    )
    records = {r.indicator: r for r in read_indicators(document(text), SOURCE)}
    assert set(records) == {"Produktivitas padi sawah per hektar", "Luas lahan pertanian yang dicetak"}
    rice = records["Produktivitas padi sawah per hektar"]
    assert (rice.target, rice.realisation, rice.achievement_pct) == (5, 5.2, 104)
    land = records["Luas lahan pertanian yang dicetak"]
    assert (land.target, land.realisation, land.achievement_pct) == (125, 130, 104)
    assert (land.pagu, land.budget_realisation, land.absorption_pct) == (3_000_000_000, 3_150_000_000, 105)


def test_a_table_joined_across_a_page_break_is_not_read_again_from_the_next_page_text() -> None:
    table = Table(
        page=1,
        index=0,
        header_row=0,
        continued_on=2,
        rows=[
            ["No", "Program / Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
            ["1", "Program Pangan / Distribusi", "Jumlah lumbung desa aktif", "unit", "30", "27", "90"],
            ["2", "Program Penyuluhan / Pelatihan", "Jumlah petani terlatih", "orang", "400", "420", "105"],
        ],
    )
    page_two = (
        "No Program / Kegiatan Indikator Kinerja Satuan Target Realisasi Capaian (%)\n"
        "2 Program Penyuluhan Jumlah petani terlatih orang 400 420 105\n"
        "Petani / Pelatihan Petani\n"
    )
    extracted = ExtractedDocument(
        filename="lkjip_dinas_x.pdf",
        detected_type="pdf",
        pages=[
            Page(number=1, text="LAPORAN KINERJA TAHUN 2025", method=ExtractionMethod.TEXT),
            Page(number=2, text=page_two, method=ExtractionMethod.TEXT),
        ],
        tables=[table],
    )
    names = [r.indicator for r in read_indicators(extracted, SOURCE)]
    assert names == ["Jumlah lumbung desa aktif", "Jumlah petani terlatih"]


def test_prose_that_explains_a_rule_or_dates_a_position_states_no_figure() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n\n"
        "Bagi indikator yang makin kecil makin baik, capaian dihitung sebagai target dibagi realisasi "
        "dikali 100 persen. "
        "Lampiran ini memuat serapan anggaran kegiatan utama dinas (posisi 30 Juni 2025)."
    )
    assert read_indicators(document(text), SOURCE) == []


def test_scan_specks_on_figures_and_a_surplus_dash_after_the_row() -> None:
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "No Indikator Kinerja Satuan Target Realisasi Capaian (%)\n"
        "Jumlah sumur resapan yang dibangun unit :140 ‘152 “108,57\n"
        "Jumlah laporan warga yang ditanggapi laporan - 2.310 - -\n"
        "Persentase pasar tertib ukur Yo 60: 63,5 105,83.\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [(r.indicator, r.target, r.realisation, r.achievement_pct) for r in records] == [
        ("Jumlah sumur resapan yang dibangun", 140, 152, 108.57),
        ("Jumlah laporan warga yang ditanggapi", None, 2310, None),
        ("Persentase pasar tertib ukur", 60, 63.5, 105.83),
    ]


def test_a_scanned_unit_word_no_vocabulary_knows_is_no_unit() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[HEADER_ROW, ["1", "Jumlah sumur bor yang dibangun", "vnrt", "30", "31", "103,33"]],
    )
    [scanned] = read_indicators(ocr_scan("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
    assert scanned.unit is None  # a smudged "unit": it must not keep the scan from its report
    [typed] = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
    assert typed.unit == "vnrt"


def test_a_scanned_row_number_read_as_letters_with_a_dot_is_no_part_of_the_name() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            HEADER_ROW,
            ["", "rA. Jumlah halte terpadu aktif.", "unit", "12", "12", "100"],
            ["", "K.l Panjang trotoar yang diperbaiki", "m", "800", "760", "95"],
            ["", "KB Aktif Baru", "orang", "500", "510", "102"],
        ],
    )
    names = [r.indicator for r in read_indicators(ocr_scan("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)]
    assert names == ["Jumlah halte terpadu aktif", "Panjang trotoar yang diperbaiki", "KB Aktif Baru"]


def test_a_scanned_blank_target_beside_a_figure_under_no_header_is_unread_not_missing() -> None:
    header = ["No Indikator Kinerja", None, "Satuan", "Target", "Realisasi", "Capaian (%)"]
    table = Table(
        page=1,
        index=0,
        header_row=0,
        rows=[
            header,
            ["Persentase taman kota terawat", "8", "%", None, "83,1", "103,88"],  # "80": the 8 split off
            ["Jumlah laporan banjir yang ditangani", None, "laporan", None, "212", None],  # truly blank
        ],
    )
    records = read_indicators(ocr_scan("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
    findings = check_all(records)
    assert [(f.type, f.indicator) for f in findings] == [
        (FindingType.REALISATION_WITHOUT_TARGET, "Jumlah laporan banjir yang ditangani")
    ]


def test_a_short_line_after_a_scanned_row_that_is_no_record_joins_nothing() -> None:
    # OCR ran two rows into one ("... Rumah Layak Huni Rasio ..."): that row is dropped, so the
    # short line under it continues no record (the first row of the page: there is none to join).
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "No Indikator Kinerja Satuan Target Realisasi Capaian (%)\n"
        "1 Jumlah Unit Rumah Layak Huni Rasio Sarana Air Bersih unit 40 38 95\n"
        "yang dibangun\n"
        "2 Persentase Jalan Lingkungan Mantap % 70 72 102,86\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [(r.indicator, r.target, r.realisation) for r in records] == [
        ("Persentase Jalan Lingkungan Mantap", 70, 72),
    ]


def test_a_column_number_row_repeated_under_each_page_header_is_no_indicator() -> None:
    numbers = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]
    first = Table(
        page=1,
        index=0,
        rows=[HEADER_ROW, numbers, ["1", "Persentase Taman Kota Terawat", "%", "80", "76", "95"]],
    )
    second = Table(
        page=2,
        index=0,
        rows=[HEADER_ROW, numbers, ["2", "Jumlah Pohon Peneduh Ditanam", "batang", "400", "420", "105"]],
    )
    records = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [first, second], pages=2), SOURCE)
    assert [r.indicator for r in records] == ["Persentase Taman Kota Terawat", "Jumlah Pohon Peneduh Ditanam"]


def test_a_footnote_giving_a_formula_states_no_figure() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n\n"
        "**) Indikator dengan polaritas negatif: capaian = target / realisasi x 100%.\n"
    )
    assert read_indicators(document(text), SOURCE) == []


def test_a_sentence_on_the_achievement_formula_heads_no_table() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "1. Jumlah taman kota yang ditata (Program Ruang Terbuka Hijau): realisasi sebesar 9\n"
        "taman dari target 8 taman, capaian 112,50%.\n"
        "2. Rata-rata lama pengangkutan sampah pasar: realisasi sebesar 5 jam dari target 6 jam,\n"
        "capaian 120,00%. Indikator ini negatif.\n"
        "Untuk indikator negatif, capaian dihitung sebagai target dibagi realisasi.\n"
        "Balikpapan, Maret 2026. Kepala Dinas.\n"
        "- 2 -\n"
    )
    parks, hauling = read_indicators(document(text), SOURCE)
    assert (parks.indicator, parks.target, parks.realisation, parks.achievement_pct) == (
        "Jumlah taman kota yang ditata",
        8,
        9,
        112.5,
    )
    assert (hauling.target, hauling.realisation, hauling.lower_is_better) == (6, 5, True)
    formula = (
        "3. Lama antrean: realisasi 12 menit dari target 15 menit, capaian 125%.\n"
        "capaian = target / realisasi x 100\n- 3 -\n"
    )
    (queue,) = read_indicators(document("LAPORAN KINERJA TAHUN 2025\n" + formula), SOURCE)
    assert (queue.target, queue.realisation) == (15, 12)


def test_a_wrapped_sentence_naming_target_and_realisation_heads_no_table() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Pengukuran kinerja Dinas Lingkungan dilaksanakan dengan cara menilai target dan realisasi\n"
        "setiap indikator sasaran yang tertuang dalam dokumen perjanjian kinerja.\n"
        "Untuk indikator Jumlah bank sampah aktif, target tahun 2025 sebesar 40 unit dan\n"
        "terealisasi sebesar 44 unit, sehingga capaiannya 110%. Untuk indikator program\n"
        "yang negatif, capaian dihitung dengan membagi target dan\n"
        "realisasi.\n"
        "- 4 -\n"
    )
    (banks,) = read_indicators(document(text), SOURCE)
    assert (banks.indicator, banks.target, banks.realisation, banks.achievement_pct) == (
        "Jumlah bank sampah aktif",
        40,
        44,
        110,
    )


def test_a_percentage_after_a_spent_amount_is_its_absorption() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "1. Persentase kios pasar terisi: realisasi sebesar 86% dari target 90%, capaian 95,56%.\n"
        "Kegiatan pendukungnya dianggarkan Rp 750.000.000 dan terealisasi Rp 712.500.000 atau 95%.\n"
    )
    (kiosks,) = read_indicators(document(text), SOURCE)
    assert (kiosks.realisation, kiosks.achievement_pct) == (86, 95.56)
    assert (kiosks.pagu, kiosks.budget_realisation, kiosks.absorption_pct) == (750_000_000, 712_500_000, 95)


def test_a_footnote_mark_says_which_indicators_are_lower_is_better() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            HEADER_ROW,
            ["1", "Jumlah kasus sengketa lahan yang dimediasi", "kasus", "40", "44", "110"],
            ["2", "Lama antrean loket perizinan**", "menit", "30", "24", "125"],
        ],
    )
    text = "LAPORAN KINERJA TAHUN 2025\n**) indikator negatif, semakin kecil semakin baik\n"
    mediated, queue = read_indicators(document(text, [table]), SOURCE)
    # unmarked, the cases mediated are counted up; marked, the queue is counted down
    assert (mediated.indicator, mediated.lower_is_better) == (
        "Jumlah kasus sengketa lahan yang dimediasi",
        False,
    )
    assert (queue.indicator, queue.lower_is_better) == ("Lama antrean loket perizinan", True)
    without_footnote = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
    # when the report says nothing, the passive clause leaves the direction open
    assert not without_footnote[0].lower_is_better
    assert direction_uncertain(without_footnote[0].indicator)


def test_a_footnote_mark_written_with_its_parenthesis_is_taken_off_the_name() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            HEADER_ROW,
            ["1", "Rata-rata lama antrean loket perizinan *)", "menit", "30", "24", "125"],
            ["2", "Jumlah gerai layanan keliling", "gerai", "6", "6", "100"],
        ],
    )
    text = "LAPORAN KINERJA TAHUN 2025\n*) Indikator negatif (semakin kecil semakin baik)\n"
    queue, outlets = read_indicators(document(text, [table]), SOURCE)
    assert (queue.indicator, queue.lower_is_better) == ("Rata-rata lama antrean loket perizinan", True)
    assert (outlets.indicator, outlets.lower_is_better) == ("Jumlah gerai layanan keliling", False)
    # 30 / 24 = 125 % is the lower-is-better formula: no miscalculation to report
    assert not [f for f in check_all([queue, outlets]) if f.type is FindingType.ACHIEVEMENT_MISMATCH]


def test_a_sub_kegiatan_before_a_slash_is_the_rows_sub_kegiatan() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            ["No", "Sub Kegiatan / Indikator Capaian", "Sat.", "Target", "Realisasi", "Capaian (%)"],
            ["1", "Pembinaan Pedagang Kaki Lima / Lama penataan kawasan pasar", "hari", "20", "18", "111,11"],
            ["2", "Rehabilitasi Jembatan Desa / Panjang jembatan yang direhabilitasi", "m", "60", "54", "90"],
        ],
    )
    stalls, bridge = read_indicators(document("LAPORAN REALISASI TAHUN 2025", [table]), SOURCE)
    assert (stalls.indicator, stalls.sub_kegiatan) == (
        "Lama penataan kawasan pasar",
        "Pembinaan Pedagang Kaki Lima",
    )
    assert (bridge.indicator, bridge.sub_kegiatan) == (
        "Panjang jembatan yang direhabilitasi",
        "Rehabilitasi Jembatan Desa",
    )


def test_a_scanned_name_after_its_sub_kegiatan_is_no_second_name_in_the_cell() -> None:
    # on a scan a capitalised "Jumlah" well into a name tells two rows OCR read as one; after the
    # slash of a "Sub Kegiatan / Indikator" cell it opens the row's one indicator
    table = Table(
        page=1,
        index=0,
        rows=[
            ["No", "Sub Kegiatan / Indikator Capaian", "Sat.", "Target", "Realisasi", "Capaian (%)"],
            ["1", "Penataan Pedagang Kaki Lima / Jumlah lapak yang ditata", "lapak", None, "140", None],
        ],
    )
    scanned = document("REALISASI TAHUN 2025", [table]).model_copy(deep=True)
    scanned.pages[0].method = ExtractionMethod.OCR
    [stalls] = read_indicators(scanned, SOURCE)
    assert (stalls.indicator, stalls.sub_kegiatan, stalls.realisation) == (
        "Jumlah lapak yang ditata",
        "Penataan Pedagang Kaki Lima",
        140,
    )


def test_group_before_slash() -> None:
    assert group_before_slash("Operasi Pasar / Frekuensi operasi pasar") == (
        "Frekuensi operasi pasar",
        "Operasi Pasar",
    )
    # a name opening with a measure word keeps its slash; so does one whose second half opens with none
    assert group_before_slash("Rasio dokter / penduduk") == ("Rasio dokter / penduduk", None)
    assert group_before_slash("Persentase siswa / Jumlah kelas") == ("Persentase siswa / Jumlah kelas", None)
    kept = "Layanan Terpadu / satu pintu daring"
    assert group_before_slash(kept) == (kept, None)
    assert group_before_slash("Luas taman kota") == ("Luas taman kota", None)


def test_a_programme_in_parentheses_after_the_name_is_the_rows_programme() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            ["No", "Indikator Kinerja / Program", "Satuan", "Target", "Realisasi", "Capaian (%)"],
            [
                "1",
                "Jumlah pasar rakyat direvitalisasi (Program Perdagangan Dalam Negeri (PDN))",
                "pasar",
                "4",
                "4",
                "100",
            ],
            ["2", "Persentase UMKM naik kelas (Program Pemberdayaan Usaha Mikro)", "%", "20", "22", "110"],
            ["3", "Indeks daya beli (rumah tangga)", "indeks", "70", "71", "101,43"],
        ],
    )
    markets, umkm, purchasing = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
    assert (markets.indicator, markets.programme) == (
        "Jumlah pasar rakyat direvitalisasi",
        "Perdagangan Dalam Negeri (PDN)",
    )
    assert (umkm.indicator, umkm.programme) == ("Persentase UMKM naik kelas", "Pemberdayaan Usaha Mikro")
    assert purchasing.indicator == "Indeks daya beli (rumah tangga)"  # no level word: part of the name
    assert purchasing.programme is None


def test_a_spreadsheet_header_whose_merged_cells_repeat_in_both_rows() -> None:
    table = Table(
        sheet="Kinerja",
        index=0,
        rows=[
            [
                "No",
                "Uraian Program dan Kegiatan Daerah",
                "Indikator Kinerja Program",
                "Kinerja",
                "Kinerja",
                "Anggaran",
                "Anggaran",
            ],
            [
                "No",
                "Uraian Program dan Kegiatan Daerah",
                "Indikator Kinerja Program",
                "Target",
                "Realisasi",
                "Pagu (Rp)",
                "Realisasi (Rp)",
            ],
            [
                "1",
                "Program Pengelolaan Pasar",
                "Persentase kios pasar terisi",
                "90",
                "86",
                500_000_000,
                480_000_000,
            ],
        ],
    )
    (record,) = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
    assert (record.target, record.realisation) == (90, 86)
    assert (record.pagu, record.budget_realisation) == (500_000_000, 480_000_000)


def test_a_group_label_above_the_row_naming_the_columns_is_part_of_the_header() -> None:
    table = Table(
        sheet="Rencana",
        index=0,
        rows=[
            ["RENCANA KERJA TAHUN 2026", None, None, None, None],
            [None, None, None, "Target Tahunan", "Target Tahunan"],  # merged over two columns
            ["No", "Indikator Sasaran (Hasil Layanan Dasar)", "Satuan", "2026", "Keterangan"],
            ["1", "Jumlah sumur resapan dibangun", "unit", 35, None],
            ["2", "Persentase drainase tersier berfungsi", "%", 62.5, "prioritas"],
        ],
    )
    wells, drains = read_indicators(document("RENCANA KERJA TAHUN 2026", [table]), SOURCE)
    assert (wells.indicator, wells.target, wells.fiscal_year) == ("Jumlah sumur resapan dibangun", 35, 2026)
    assert (drains.target, drains.realisation) == (62.5, None)


def test_a_remark_cell_saying_the_indicator_is_negative_sets_its_polarity() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            [*HEADER_ROW, "Keterangan"],
            [
                "1",
                "Luas lahan kritis di daerah aliran sungai",
                "Ha",
                "300",
                "320",
                "93,75",
                "indikator negatif",
            ],
            ["2", "Luas lahan kritis yang direhabilitasi", "Ha", "50", "48", "96", "sumber: dinas"],
        ],
    )
    negative, positive = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
    assert negative.lower_is_better and not positive.lower_is_better


def test_numbered_prose_items_each_speak_of_one_indicator() -> None:
    text = (
        "LAPORAN KINERJA DINAS PERPUSTAKAAN TAHUN 2025\n"
        "Program Pembinaan Perpustakaan\n"
        "1. Jumlah Pengunjung Perpustakaan Keliling. Target 2025 sebesar 18.000 orang; realisasi\n"
        "sebesar 19.260 orang, capaian 107,00%. Dana sub kegiatan Layanan Perpustakaan Keliling:\n"
        "pagu Rp 640.000.000, realisasi Rp 611.520.000 (95,55%).\n"
        "2) Rata-rata Lama Peminjaman Buku Terlambat: realisasinya 4 hari berbanding target 5 hari,\n"
        "maka capaiannya mencapai 125,00%. Indikator ini tergolong negatif, capaiannya dihitung\n"
        "terbalik.\n"
        "3. Koleksi Buku Digital yang Ditambahkan terealisasi 1.340 judul. Kegiatan tersebut baru\n"
        "dimulai pada pertengahan tahun. Sub kegiatan Pengadaan Koleksi Digital memperoleh pagu\n"
        "Rp 410.000.000 dengan realisasi Rp 398.000.000 (97,07%).\n"
        "4. Persentase Sekolah dengan Pustakawan Bersertifikat ditargetkan 30% dan terealisasi 27%\n"
        "atau capaian 90,00%.\n"
        "7\n"
    )
    records = {r.indicator: r for r in read_indicators(document(text), SOURCE)}
    assert set(records) == {
        "Jumlah Pengunjung Perpustakaan Keliling",
        "Rata-rata Lama Peminjaman Buku Terlambat",
        "Koleksi Buku Digital yang Ditambahkan",
        "Persentase Sekolah dengan Pustakawan Bersertifikat",
    }
    # the item's title names the indicator; its figures, and its sub kegiatan's budget, are its own
    visitors = records["Jumlah Pengunjung Perpustakaan Keliling"]
    assert (visitors.target, visitors.realisation, visitors.achievement_pct) == (18_000, 19_260, 107)
    assert (visitors.pagu, visitors.budget_realisation, visitors.absorption_pct) == (
        640_000_000,
        611_520_000,
        95.55,
    )
    assert visitors.sub_kegiatan == "Layanan Perpustakaan Keliling"
    assert visitors.programme == "Pembinaan Perpustakaan"
    # "capaiannya mencapai 125%" is the achievement; "indikator ini ... negatif" its polarity
    late = records["Rata-rata Lama Peminjaman Buku Terlambat"]
    assert (late.target, late.realisation, late.achievement_pct, late.lower_is_better) == (5, 4, 125, True)
    # a sentence on "this kegiatan" is no heading: the budget after it is still the item's
    digital = records["Koleksi Buku Digital yang Ditambahkan"]
    assert (digital.target, digital.realisation, digital.pagu) == (None, 1340, 410_000_000)
    assert digital.sub_kegiatan == "Pengadaan Koleksi Digital"
    # the next item's number and the page number are no figures of the sentence before them
    schools = records["Persentase Sekolah dengan Pustakawan Bersertifikat"]
    assert (schools.target, schools.realisation, schools.achievement_pct) == (30, 27, 90)
    assert schools.pagu is None


def test_a_programme_budget_after_an_item_stays_a_budget_line_of_its_own() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "1. Indikator Persentase Arsip Tertata ditargetkan 80% dan terealisasi 84% atau capaian 105,00%.\n"
        "Pagu anggaran Program Pengelolaan Arsip sebesar Rp 900.000.000 dengan realisasi\n"
        "Rp 855.000.000 (95,00%).\n"
    )
    records = {r.indicator: r for r in read_indicators(document(text), SOURCE)}
    assert records["Persentase Arsip Tertata"].pagu is None
    assert records["Program Pengelolaan Arsip"].pagu == 900_000_000


def test_a_note_listing_lower_is_better_kinds_of_indicator() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            HEADER_ROW,
            ["1", "Jumlah Gangguan Pasokan Air Bersih", "kali", "40", "50", "80,00"],
            ["2", "Rasio Kehilangan Air (NRW) Jaringan Kota", "%", "25", "20", "125,00"],
            ["3", "Jumlah Pelanggan Air Baru", "unit", "900", "960", "106,67"],
        ],
    )
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Catatan: tergolong negatif (gangguan pasokan, kehilangan air), hitungannya terbalik.\n"
    )
    supply, loss, connections = read_indicators(document(text, [table]), SOURCE)
    assert supply.lower_is_better and loss.lower_is_better and not connections.lower_is_better
    assert not check_all([supply, loss, connections])
    # a parenthesis that explains "negative" lists no indicator
    explaining = "LAPORAN KINERJA TAHUN 2025\ntergolong negatif (semakin kecil semakin baik)\n"
    assert not any(r.lower_is_better for r in read_indicators(document(explaining, [table]), SOURCE)[1:])


def test_a_report_item_stating_one_count_of_its_indicator_states_the_realisation() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "1. Jumlah Kader Literasi yang Dilatih: 64 orang selama 2025. Belum ada target untuk itu.\n"
        "2. Catatan Umum: ruang baca buka 2 kali seminggu dan 1 kali pada hari libur.\n"
    )
    [trained] = read_indicators(document(text), SOURCE)
    assert (trained.indicator, trained.unit, trained.realisation, trained.target) == (
        "Jumlah Kader Literasi yang Dilatih",
        "orang",
        64,
        None,
    )
    [finding] = check_all([trained])
    assert finding.type is FindingType.REALISATION_WITHOUT_TARGET
    # a plan's item states what is planned, not what was realised
    plan = Source(document_id="doc-2", filename="renja_dinas_x_2025.pdf", opd="DINX")
    assert read_indicators(document(text.replace("LAPORAN KINERJA", "RENCANA KERJA")), plan) == []


def test_lettered_and_bulleted_items_and_a_budget_without_a_name_inside_an_item() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "a. Indikator Luas Sawah Beririgasi ditargetkan 1.200 ha dan terealisasi 1.150 ha atau\n"
        "capaian 95,83%. Dananya: pagu Rp 2.000.000.000, realisasi Rp 1.900.000.000 (95,00%).\n"
        "b. Indikator Petani Bersertifikat ditargetkan 300 orang, kemudian terealisasi 330 orang atau\n"
        "capaian 110,00%.\n"
        "• Indikator Produksi Ikan Tangkap ditargetkan 800 ton dan terealisasi 760 ton atau\n"
        "capaian 95,00%.\n"
        "Total belanja dinas: pagu Rp 9.000.000.000, realisasi Rp 8.100.000.000 (90,00%).\n"
    )
    records = {r.indicator: r for r in read_indicators(document(text), SOURCE)}
    assert set(records) == {"Luas Sawah Beririgasi", "Petani Bersertifikat", "Produksi Ikan Tangkap"}
    paddy = records["Luas Sawah Beririgasi"]
    assert (paddy.target, paddy.realisation, paddy.pagu, paddy.absorption_pct) == (1200, 1150, 2e9, 95)
    # each item's figures are its own, not the first item's
    assert records["Petani Bersertifikat"].realisation == 330
    assert records["Produksi Ikan Tangkap"].achievement_pct == 95
    # a budget sentence outside the items belongs to none of them
    assert records["Produksi Ikan Tangkap"].pagu is None


def test_a_scanned_footnote_mark_read_as_a_quote_and_the_signers_nip_under_the_table() -> None:
    text = (
        "LAPORAN KINERJA DINAS Y TAHUN 2025\n"
        "No Indikator Kinerja Satuan Target Realisasi Capaian (%)\n"
        '1 Jumlah Titik Genangan Permanen " titik 40 35 114,29\n'
        "2 Persentase Drainase Berfungsi Baik % 70 73,5 105\n"
        "*) Indikator negatif (semakin kecil semakin baik)\n"
        "Kepala Dinas Y\n"
        "NIP. 19811212 200604 1 017\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [(r.indicator, r.lower_is_better, r.target) for r in records] == [
        ("Jumlah Titik Genangan Permanen", True, 40),
        ("Persentase Drainase Berfungsi Baik", False, 70),
    ]


def test_a_sentence_stated_name_keeps_its_capitalised_words_and_its_abbreviation() -> None:
    # "Indikator", "Mencapai" and "(LHP)" belong to the name; the lower-case "mencapai" is the verb.
    text = (
        "LAPORAN KINERJA INSPEKTORAT Z TAHUN 2025\n"
        "Pada Program Pengawasan, realisasi indikator Persentase Indikator Kinerja Rekomendasi (LHP) Daerah "
        "yang Mencapai Standar Tindak Lanjut mencapai 81,6% dari target 85% atau dengan capaian 96%.\n"
    )
    [record] = read_indicators(document(text), SOURCE)
    assert record.indicator == (
        "Persentase Indikator Kinerja Rekomendasi (LHP) Daerah yang Mencapai Standar Tindak Lanjut"
    )
    assert (record.target, record.realisation, record.achievement_pct) == (85, 81.6, 96)


def test_a_sentence_saying_the_indicator_before_is_negative_gives_it_its_achievement() -> None:
    text = (
        "LAPORAN KINERJA DINAS Z TAHUN 2025\n"
        "(3) Jumlah Kasus Kebakaran Permukiman pada tahun 2025 ditargetkan paling banyak 40 kejadian, "
        "namun realisasinya tercatat 50 kejadian. Karena merupakan indikator negatif, capaian dihitung "
        "target dibagi realisasi sehingga diperoleh 80%.\n"
    )
    [record] = read_indicators(document(text), SOURCE)
    assert record.indicator == "Jumlah Kasus Kebakaran Permukiman"
    assert (record.target, record.realisation, record.achievement_pct) == (40, 50, 80)
    assert record.lower_is_better


def test_a_group_row_right_under_the_header_is_no_second_header_row() -> None:
    # A text PDF leaves the group label in the first cell; Word repeats a merged cell in each.
    for group in (
        ["INDIKATOR KINERJA UTAMA", None, None, None, None, None],
        ["INDIKATOR KINERJA UTAMA"] * 6,
    ):
        table = Table(
            page=1,
            index=0,
            rows=[
                ["No", "Uraian / Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
                group,
                ["1", "Persentase taman kota terawat", "%", "80", "76", "95"],
                ["2", "Jumlah pohon peneduh ditanam", "batang", "400", "440", "110"],
            ],
        )
        parks, trees = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
        assert (parks.indicator, parks.target, parks.realisation) == ("Persentase taman kota terawat", 80, 76)
        assert (trees.target, trees.achievement_pct) == (400, 110)


def test_a_programme_heading_in_the_number_column_names_the_rows_below_it() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            ["No", "Indikator Kinerja", "Satuan", "Target"],
            ["PROGRAM PENGELOLAAN TAMAN KOTA", None, None, None],
            ["1", "Persentase taman kota terawat", "%", "80"],
            ["PROGRAM PENGHIJAUAN JALUR JALAN"] * 4,  # a Word cell merged across the row
            ["2", "Jumlah pohon peneduh ditanam", "batang", "400"],
        ],
    )
    parks, trees = read_indicators(document("RENCANA KERJA TAHUN 2025", [table]), SOURCE)
    assert (parks.programme, parks.unit, parks.target) == ("PENGELOLAAN TAMAN KOTA", "%", 80)
    assert (trees.programme, trees.unit, trees.target) == ("PENGHIJAUAN JALUR JALAN", "batang", 400)


def test_prose_naming_the_indicator_in_lower_case_after_realisasi_with_its_budget_sentence() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Realisasi jumlah taman kota yang direvitalisasi tahun 2025 adalah 7 lokasi,\n"
        "dibandingkan target 8 lokasi; dengan demikian tingkat capaian sebesar 87,50%. Sub kegiatan\n"
        "Revitalisasi Taman Kota didukung pagu anggaran sebesar Rp 1.200.000.000 dengan realisasi\n"
        "Rp 1.150.000.000 (95,83%).\n"
        "Indikator Jumlah sumur resapan yang dibangun pada tahun 2025 ditargetkan sebesar 40 unit\n"
        "dan terealisasi sebesar 36 unit, sehingga capaian kinerjanya mencapai 90,00%.\n"
    )
    parks, wells = read_indicators(document(text), SOURCE)
    assert parks.indicator == "jumlah taman kota yang direvitalisasi"
    assert (parks.target, parks.realisation, parks.achievement_pct) == (8, 7, 87.5)
    assert parks.sub_kegiatan == "Revitalisasi Taman Kota"
    assert (parks.pagu, parks.absorption_pct) == (1_200_000_000, 95.83)
    assert wells.indicator == "Jumlah sumur resapan yang dibangun"
    assert (wells.target, wells.realisation) == (40, 36)
    assert wells.achievement_pct == 90


def test_a_scanned_header_with_stray_digits_and_a_group_label_cut_in_two() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            [
                "No",
                "Uraian Indikator Kinerja 1",
                "Satuan",
                "Target 2025",
                "Realisasi 2025",
                "Capaian (%)",
                "Pagu 3 (Rp)",
            ],
            ["TUJUAN", "DAERAH", None, None, None, None, None],  # one label OCR cut at a column rule
            ["1", "Persentase pasar rakyat yang direvitalisasi", "%", "30", "27", "90,00", "2.000.000.000"],
        ],
    )
    (record,) = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
    assert record.indicator == "Persentase pasar rakyat yang direvitalisasi"
    assert (record.target, record.realisation, record.achievement_pct) == (30, 27, 90)


def test_an_indicator_counted_in_money_keeps_its_target_and_realisation() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Indikator Pendapatan sewa gedung olahraga pada tahun 2025 ditargetkan sebesar\n"
        "Rp 800.000.000 dan terealisasi sebesar Rp 720.000.000, sehingga capaian kinerjanya\n"
        "mencapai 90,00%.\n"
    )
    (record,) = read_indicators(document(text), SOURCE)
    assert (record.target, record.realisation, record.achievement_pct) == (800_000_000, 720_000_000, 90)
    assert (record.pagu, record.budget_realisation) == (None, None)


def test_a_merged_heading_repeated_in_every_cell_is_no_indicator() -> None:
    # A spreadsheet or Word reader fills a merged cell's text into each cell it spans: the
    # heading's numbering ("Tujuan 4") would otherwise read as target, realisation and achievement.
    heading = "Tujuan 4: Terwujudnya kawasan pesisir yang lestari"
    table = Table(
        sheet="IKU",
        index=0,
        rows=[
            ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"],
            [heading] * 6,
            ["1", "Luas hutan bakau yang direhabilitasi", "ha", 12, 10.5, 87.5],
        ],
    )
    [record] = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
    assert record.indicator == "Luas hutan bakau yang direhabilitasi"
    assert (record.target, record.realisation, record.achievement_pct) == (12, 10.5, 87.5)


def test_a_budget_table_whose_name_column_is_headed_by_a_plan_level_is_read() -> None:
    table = Table(
        page=3,
        index=0,
        rows=[
            ["No", "Kegiatan", "Alokasi (Rp)", "Realisasi Belanja", "Sisa", "Serapan (%)"],
            ["1", "Penataan Taman Kota", "640.000.000", "598.400.000", "41.600.000", "93,5"],
            ["2", "Kegiatan Pemeliharaan Lampu Hias", "210.000.000", "168.000.000", "42.000.000", "80"],
        ],
    )
    records = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
    assert [(r.indicator, r.pagu, r.budget_realisation, r.absorption_pct) for r in records] == [
        ("Penataan Taman Kota", 640_000_000, 598_400_000, 93.5),
        ("Pemeliharaan Lampu Hias", 210_000_000, 168_000_000, 80),
    ]


def test_a_second_table_below_the_first_in_one_grid_is_read_by_its_own_header() -> None:
    # A sheet with the indicator table and, under it, the budget table: one grid to the reader.
    table = Table(
        sheet="Capaian",
        index=0,
        rows=[
            ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"],
            ["1", "Jumlah perahu nelayan yang diasuransikan", "unit", 300, 276, 92],
            [None, None, None, None, None, None],
            ["No", "Program", "Pagu", "Realisasi (Rp)", "Sisa", "% Serapan"],
            ["1", "Program Perlindungan Nelayan Kecil", 900_000_000, 810_000_000, 90_000_000, 90],
        ],
    )
    boats, programme = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
    assert (boats.target, boats.realisation, boats.achievement_pct) == (300, 276, 92)
    assert programme.indicator == "Perlindungan Nelayan Kecil"
    assert (programme.target, programme.realisation) == (None, None)
    budget = (programme.pagu, programme.budget_realisation, programme.absorption_pct)
    assert budget == (900_000_000, 810_000_000, 90)


def test_a_unit_in_parentheses_after_the_name_is_the_unit_when_no_column_holds_one() -> None:
    table = Table(
        page=2,
        index=0,
        rows=[
            ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
            ["1", "Jumlah perajin rotan yang dilatih (perajin)", "40", "38", "95"],
            ["2", "Rasio pustakawan terhadap pengunjung (%)", "2,5", "2", "80"],
            ["3", "Nilai survei kepuasan layanan (IKM)", "80", "84", "105"],
        ],
    )
    crafts, ratio, survey = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
    assert (crafts.indicator, crafts.unit) == ("Jumlah perajin rotan yang dilatih", "perajin")
    assert (ratio.indicator, ratio.unit) == ("Rasio pustakawan terhadap pengunjung", "%")
    assert survey.indicator == "Nilai survei kepuasan layanan (IKM)"  # an acronym is part of the name


def test_unit_in_parentheses() -> None:
    assert unit_in_parentheses("Panjang tanggul (km)", VOCABULARY) == ("Panjang tanggul", "km")
    assert unit_in_parentheses("Panjang tanggul (Km)", VOCABULARY) == ("Panjang tanggul", "Km")
    assert unit_in_parentheses("Indeks Desa Membangun (IDM)", VOCABULARY) == (
        "Indeks Desa Membangun (IDM)",
        None,
    )
    assert unit_in_parentheses("(orang)", VOCABULARY) == ("(orang)", None)


def test_an_unruled_header_whose_labels_wrap_onto_a_second_line_and_a_kegiatan_column() -> None:
    # The units under the labels ("(%)  (Rp)  Anggaran (Rp)  (%)") name fewer columns than the header:
    # they are its second line, not a header of their own; the Kegiatan column's words open each row.
    text = (
        "LAPORAN REALISASI FISIK DAN KEUANGAN DINAS X TAHUN 2025\n"
        "No Kegiatan Indikator Kinerja Satuan Target Realisasi Capaian Pagu Realisasi Serapan\n"
        "\n"
        "(%) (Rp) Anggaran (Rp) (%)\n"
        "1 Penataan Taman Kota Luas taman kota yang ditata m2 1.200 1.150 95,83"
        " 800.000.000 784.000.000 98,00\n"
        "2 Penerangan Jalan Jumlah lampu jalan yang dipasang titik 300 312 104,00"
        " 1.500.000.000 1.470.000.000 98,00\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [
        (
            r.indicator,
            r.target,
            r.realisation,
            r.achievement_pct,
            r.pagu,
            r.budget_realisation,
            r.absorption_pct,
        )
        for r in records
    ] == [
        ("Luas taman kota yang ditata", 1200, 1150, 95.83, 800_000_000, 784_000_000, 98.0),
        ("Jumlah lampu jalan yang dipasang", 300, 312, 104.0, 1_500_000_000, 1_470_000_000, 98.0),
    ]


def test_an_unruled_ocr_header_that_lost_its_realisation_label() -> None:
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "No Indikator Kinerja Satuan Target Capaian (%)\n"
        "1 Jumlah Koperasi Aktif unit 120 114 95,00\n"
        "2 Jumlah Pelaku Usaha Dibina orang 80 72 45,00\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [(r.indicator, r.target, r.realisation, r.achievement_pct) for r in records] == [
        ("Jumlah Koperasi Aktif", 120, 114, 95.0),
        # 72 of 80 is no 45 %: which figure is which cannot be told, the columns stay as read
        ("Jumlah Pelaku Usaha Dibina", 72, None, 45.0),
    ]


def test_an_ocr_table_whose_realisation_header_cell_came_out_blank() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            ["No", "Indikator Kinerja", "Satuan", "Target", None, "Capaian (%)"],
            ["(1)", "(2)", "ao", "(4)", "(5)", "(6)."],  # the column numbers, one misread
            ["1", "Jumlah Koperasi Aktif", "unit", "120", "114", "95,00"],
        ],
    )
    records = read_indicators(ocr_scan("LAPORAN KINERJA DINAS X TAHUN 2025\n", [table]), SOURCE)
    assert [(r.indicator, r.target, r.realisation, r.achievement_pct) for r in records] == [
        ("Jumlah Koperasi Aktif", 120, 114, 95.0),
    ]


def test_a_figure_inside_the_quoted_name_is_no_figure_of_the_sentence() -> None:
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        'Capaian indikator "Jumlah Bank Sampah Unit 5R Aktif" tercatat 90,00%, dengan realisasi 27 unit'
        " terhadap target yang ditetapkan sebesar 30 unit.\n"
    )
    records = read_indicators(document(text), SOURCE)
    assert [(r.indicator, r.target, r.realisation, r.achievement_pct) for r in records] == [
        ("Jumlah Bank Sampah Unit 5R Aktif", 30, 27, 90.0),
    ]


def test_a_sentence_only_naming_an_indicator_gives_the_next_sentence_its_name_and_polarity() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Indikator Jumlah Keluhan Layanan Perizinan Daring merupakan indikator negatif. Target 2025\n"
        "ditetapkan 40 keluhan dan realisasinya 32 keluhan, sehingga capaian 125,00%.\n"
    )
    [complaints] = read_indicators(document(text), SOURCE)
    assert complaints.indicator == "Jumlah Keluhan Layanan Perizinan Daring"
    assert (complaints.target, complaints.realisation, complaints.achievement_pct) == (40, 32, 125.0)
    assert complaints.lower_is_better
    assert not check_all([complaints])  # 40 / 32 is the 125% stated


def test_a_figure_only_recorded_is_the_realisation_unless_another_word_named_it() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Jumlah Rumah Terendam Rob tahun 2025 tercatat 120 rumah terhadap target 150 rumah.\n"
    )
    [flooded] = read_indicators(document(text), SOURCE)
    assert (flooded.indicator, flooded.target, flooded.realisation) == ("Jumlah Rumah Terendam Rob", 150, 120)


def test_a_sub_kegiatan_budget_right_after_an_indicator_funds_it_across_a_paragraph_break() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Untuk indikator Jumlah Pos Pemadam Kebakaran yang Dibangun di Wilayah Kecamatan, dari target 6\n"
        "unit terealisasi 5 unit (capaian 83,33%).\n"
        "Dari sisi pendanaan, sub kegiatan Pembangunan Sarana Pemadam menerima pagu Rp 3.200.000.000\n"
        "dengan realisasi Rp 3.296.000.000 atau serapan 103,00%.\n"
    )
    [posts] = read_indicators(document(text), SOURCE)
    budget = (posts.pagu, posts.budget_realisation, posts.absorption_pct)
    assert budget == (3_200_000_000, 3_296_000_000, 103.0)
    [finding] = check_all([posts])
    assert (finding.type, finding.indicator) == (FindingType.ABSORPTION_OVER_100, posts.indicator)


def test_a_note_naming_its_mark_inside_a_sentence_marks_the_lower_is_better_rows() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            HEADER_ROW,
            ["1", "Rasio Keterlambatan Pengangkutan Limbah Medis (*)", "%", "12", "15", "80,00"],
            ["2", "Jumlah Puskesmas Terakreditasi", "unit", "20", "19", "95,00"],
        ],
    )
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Catatan: indikator bertanda (*) dihitung target/realisasi karena semakin rendah\n"
        "nilainya semakin baik.\n"
    )
    delay, accredited = read_indicators(document(text, [table]), SOURCE)
    assert delay.indicator == "Rasio Keterlambatan Pengangkutan Limbah Medis"
    assert delay.lower_is_better and not accredited.lower_is_better
    assert not check_all([delay, accredited])  # 12 / 15 is the 80% stated


def test_a_physical_and_financial_progress_report_evaluating_a_plan_is_a_report() -> None:
    title = "LAPORAN REALISASI FISIK DAN KEUANGAN TRIWULAN III 2025\n(Evaluasi Pelaksanaan Renja)\n"
    assert classify_document(title, "progres_dinas_x.pdf") is DocumentType.REPORT
    assert classify_document("RENCANA KERJA (RENJA) 2026\n", "renja.pdf") is DocumentType.PLAN


def test_quoted_names_connectives_and_a_reached_absorption_in_numbered_prose() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        '1. Indikator "Jumlah Hidran Kebakaran (HK) terpasang" ditargetkan sebesar 40 unit dan\n'
        "terealisasi sebesar 36 unit, sehingga capaiannya 90,00%.\n"
        '2. Capaian indikator "Waktu tanggap kejadian Kel. Sidomulyo - Kel. Sidodadi" tercatat\n'
        "80,00%, dengan realisasi 15 menit terhadap target 12 menit. Atas alokasi\n"
        "Rp 900.000.000, serapan dana sub kegiatan ini pada akhirnya mencapai 101,50%.\n"
        '3. Indikator "Jumlah relawan pemadam yang dilatih" tidak punya target di rencana.\n'
        "Selain itu, realisasinya pada bulan Desember sebanyak 25 orang.\n"
    )
    hydrants, response, volunteers = read_indicators(document(text), SOURCE)
    assert (hydrants.indicator, hydrants.target, hydrants.realisation) == (
        "Jumlah Hidran Kebakaran (HK) terpasang",
        40,
        36,
    )
    assert response.indicator == "Waktu tanggap kejadian Kel. Sidomulyo - Kel. Sidodadi"
    assert (response.target, response.realisation, response.achievement_pct) == (12, 15, 80.0)
    assert (response.pagu, response.absorption_pct) == (900_000_000, 101.5)
    assert (volunteers.indicator, volunteers.target, volunteers.realisation) == (
        "Jumlah relawan pemadam yang dilatih",
        None,
        25,
    )


def test_a_note_listing_abbreviated_names_before_saying_negative_marks_them() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            HEADER_ROW,
            ["1", "Case Fatality Rate Rabies", "%", "2", "2,5", "80,00"],
            ["2", "Jumlah Kader Posyandu Aktif", "orang", "200", "190", "95,00"],
        ],
    )
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Catatan: CFR Rabies dan angka putus berobat termasuk indikator negatif.\n"
    )
    fatality, cadres = read_indicators(document(text, [table]), SOURCE)
    assert fatality.lower_is_better and not cadres.lower_is_better
    assert not check_all([fatality, cadres])  # 2 / 2,5 is the 80% stated


def test_a_note_listing_names_as_indicators_that_are_better_lower_marks_them() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            HEADER_ROW,
            ["1", "Rasio siswa per ruang kelas SMP", "rasio", "32", "28", "114,29"],
            ["2", "Jumlah Kader Posyandu Aktif", "orang", "200", "190", "95,00"],
        ],
    )
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Catatan: rasio siswa per ruang kelas merupakan indikator yang semakin kecil semakin baik.\n"
    )
    crowding, cadres = read_indicators(document(text, [table]), SOURCE)
    assert crowding.lower_is_better and not cadres.lower_is_better
    assert not check_all([crowding, cadres])  # 32 / 28 is the 114,29% stated


def test_a_target_the_report_says_it_revised_from_the_plans_is_no_silent_change() -> None:
    plan_text = (
        "RENCANA KERJA TAHUN 2025\nIndikator Jumlah Taman Kota yang Direvitalisasi dengan target 8 taman.\n"
    )
    report_text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Indikator Jumlah Taman Kota yang Direvitalisasi ditargetkan sebesar 10 taman dan\n"
        "terealisasi sebesar 10 taman, sehingga capaiannya 100%. Target indikator ini diubah\n"
        "dari 8 taman menjadi 10 taman sesudah rapat evaluasi.\n"
    )
    plan_source = Source(document_id="doc-2", filename="renja_dinas_x_2025.pdf", opd="DINX")
    [planned] = read_indicators(document(plan_text), plan_source)
    [reported] = read_indicators(document(report_text), SOURCE)
    assert (reported.target, reported.target_revised_from) == (10, 8)
    assert not check_all([planned, reported])
    silent = reported.model_copy(update={"target_revised_from": None})
    [finding] = check_all([planned, silent])
    assert finding.type is FindingType.TARGET_CHANGED


def test_a_bare_percent_column_after_the_budget_figures_is_the_absorption() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            ["Indikator", "Target", "Satuan", "Realisasi", "Capaian", "Anggaran", "Realisasi (Rp)", "%"],
            ["Jumlah taman dirawat", "40", "taman", "36", "90,00%", "500.000.000", "480.000.000", "96,00"],
        ],
    )
    [line] = read_indicators(document("LAPORAN KINERJA DINAS X TAHUN 2025", [table]), SOURCE)
    assert (line.achievement_pct, line.pagu, line.budget_realisation, line.absorption_pct) == (
        90.0,
        500_000_000,
        480_000_000,
        96.0,
    )


def test_a_shortened_finance_percent_header_is_the_absorption() -> None:
    column = classify_header("% Keu.")
    assert column is not None and column.kind == "absorption"


def test_a_note_after_the_table_naming_the_indicator_explains_its_changed_target() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            HEADER_ROW,
            ["1", "Jumlah sumur resapan yang dibangun", "unit", "35", "36", "102,86"],
            ["2", "Persentase jalan lingkungan yang baik", "%", "80,00", "82,00", "102,50"],
        ],
    )
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "Keterangan: target indikator Jumlah sumur resapan yang dibangun direvisi dari 40 unit menjadi\n"
        "35 unit setelah rapat evaluasi tengah tahun.\n"
    )
    records = read_indicators(document(text, [table]), SOURCE)
    assert [(r.indicator, r.target_revised_from) for r in records] == [
        ("Jumlah sumur resapan yang dibangun", 40),
        ("Persentase jalan lingkungan yang baik", None),
    ]


def test_a_note_naming_the_indicator_by_its_opening_words_explains_the_one_row_they_fit() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            HEADER_ROW,
            ["1", "Indeks Kepuasan Pengguna layanan perpustakaan keliling", "indeks", "76", "78", "102,63"],
            ["2", "Indeks Kepuasan Pengguna ruang baca anak", "indeks", "76", "77", "101,32"],
            ["3", "Persentase koleksi buku yang dipinjam ulang", "%", "30", "31", "103,33"],
        ],
    )
    note = "Catatan: Target Indeks Kepuasan Pengguna tahun 2025 disesuaikan dari {} menjadi 76,00.\n"
    # two rows open with the words the note names and carry its new target: neither is told
    records = read_indicators(document("LAPORAN KINERJA 2025\n" + note.format("79,00"), [table]), SOURCE)
    assert [r.target_revised_from for r in records] == [None, None, None]
    # with one of them at another target, the other is the row the note speaks of
    other = ["2", "Indeks Kepuasan Pengguna ruang baca anak", "indeks", "75", "77", "102,67"]
    one = table.model_copy(update={"rows": [*table.rows[:2], other, table.rows[3]]})
    records = read_indicators(document("LAPORAN KINERJA 2025\n" + note.format("79,00"), [one]), SOURCE)
    assert [r.target_revised_from for r in records] == [79, None, None]


def test_prose_whose_figures_of_it_follow_an_opening_phrase_and_a_carried_out_target() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Indikator Jumlah posyandu yang dibina ditargetkan 60 posyandu pada tahun 2025. Sampai\n"
        "akhir Desember, realisasinya 54 posyandu, dengan tingkat capaian 90,00%.\n"
        "Indikator Persentase keluarga yang dikunjungi kader memiliki target 70,00% dan\n"
        "direalisasikan 77,00% atau 110,00 persen dari target.\n"
    )
    visits_by_name = {r.indicator: r for r in read_indicators(document(text), SOURCE)}
    assert set(visits_by_name) == {
        "Jumlah posyandu yang dibina",
        "Persentase keluarga yang dikunjungi kader",
    }
    posts = visits_by_name["Jumlah posyandu yang dibina"]
    assert (posts.target, posts.realisation, posts.achievement_pct) == (60, 54, 90)
    visits = visits_by_name["Persentase keluarga yang dikunjungi kader"]
    assert (visits.target, visits.realisation, visits.achievement_pct) == (70, 77, 110)


def test_a_name_holding_from_the_realisation_of_runs_on_to_the_sentence_verb() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Dinas juga melaporkan indikator Jumlah bibit yang tumbuh dari realisasi penanaman\n"
        "dengan realisasi tahun 2025 sebanyak 120 batang.\n"
    )
    [record] = read_indicators(document(text), SOURCE)
    assert (record.indicator, record.realisation) == (
        "Jumlah bibit yang tumbuh dari realisasi penanaman",
        120,
    )


def test_a_page_number_under_prose_beside_a_table_is_no_figure() -> None:
    table = Table(
        page=1, index=0, rows=[HEADER_ROW, ["1", "Jumlah taman dirawat", "taman", "40", "42", "105,00"]]
    )
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "1. Jumlah taman dirawat taman 40 42 105,00\n"
        "Capaian taman tahun ini dipertahankan untuk tahun depan. Kendala di lapangan\n"
        "diuraikan pada bab berikut.\n"
        "- 7 -\n"
    )
    records = read_indicators(document(text, [table]), SOURCE)
    assert [r.indicator for r in records] == ["Jumlah taman dirawat"]


def test_a_plans_target_capaian_kinerja_label_is_one_target_column_of_its_year() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            [
                "Kode",
                "Program",
                "Indikator Kinerja",
                "Rencana Tahun 2025",
                "Rencana Tahun 2025",
                "Prakiraan Maju 2026",
            ],
            ["Kode", "Program", "Indikator Kinerja", "Target Capaian Kinerja", "Satuan", "Target"],
            ["1.01", "Program Kebersihan", None, None, None, None],
            [None, None, "Persentase pasar yang bersih", 75, "%", "-"],
            [None, None, "Jumlah armada sampah yang beroperasi", "12", "unit", "-"],
        ],
    )
    records = read_indicators(document("RENCANA KERJA (RENJA) TAHUN 2025", [table]), SOURCE)
    assert [(r.indicator, r.target, r.fiscal_year) for r in records] == [
        ("Persentase pasar yang bersih", 75, 2025),
        ("Jumlah armada sampah yang beroperasi", 12, 2025),
    ]


def test_a_scanned_header_line_after_its_indicator_label_is_no_sentence() -> None:
    text = (
        "REKAP REALISASI KINERJA DAN ANGGARAN TAHUN 2025\n"
        "No Sub Kegiatan Indikator Keluaran Target Satuan Realisasi Capaian Pagu (Rp) 22\n"
    )
    assert read_indicators(ocr_scan(text), SOURCE) == []


def test_a_keyword_inside_a_name_and_figures_over_two_sentences() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Tingkat realisasi retribusi pasar selama tahun 2025 tercatat Rp812.000.000 dari target "
        "Rp800.000.000. Capaian indikator Tingkat realisasi retribusi pasar ialah 101,50%.\n"
    )
    (record,) = read_indicators(document(text), SOURCE)
    assert record.indicator == "Tingkat realisasi retribusi pasar"
    assert (record.target, record.realisation, record.achievement_pct) == (8e8, 8.12e8, 101.5)
    assert record.pagu is None and record.budget_realisation is None


def test_a_keyword_after_a_name_opening_word_still_introduces_its_figure() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Indikator Tingkat hunian kios pasar: Tingkat realisasi sebesar 80 dari target 90.\n"
    )
    (record,) = read_indicators(document(text), SOURCE)
    assert (record.indicator, record.target, record.realisation) == ("Tingkat hunian kios pasar", 90.0, 80.0)


def test_an_output_achievement_stated_as_a_count_is_its_realisation() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Pada kegiatan Pembinaan Perajin Rotan, capaian keluaran Jumlah Perajin yang Dilatih "
        "tahun 2025 sebesar 35 orang.\n"
    )
    (record,) = read_indicators(document(text), SOURCE)
    assert (record.indicator, record.realisation, record.achievement_pct) == (
        "Jumlah Perajin yang Dilatih",
        35.0,
        None,
    )


def test_a_title_case_name_goes_on_after_its_abbreviation_and_a_joining_word() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Untuk indikator Jumlah Kajian Lingkungan (UKL) yang Diterbitkan, dari target 20 dokumen "
        "terealisasi 18 dokumen (capaian 90,00%).\n"
    )
    (record,) = read_indicators(document(text), SOURCE)
    assert record.indicator == "Jumlah Kajian Lingkungan (UKL) yang Diterbitkan"
    assert (record.target, record.realisation, record.achievement_pct) == (20.0, 18.0, 90.0)


def test_a_budget_sentence_pointing_back_funds_the_indicator_the_sentence_before_read() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Indikator Jumlah sumur resapan yang dibangun dengan target 40 unit terealisasi 38 unit\n"
        "(capaian 95,00%). Hasil itu ditopang pagu Rp640.000.000 yang terserap Rp600.000.000\n"
        "atau 93,75%.\n"
        "Indikator Panjang saluran yang dinormalisasi dengan target 12 km terealisasi 12 km\n"
        "(capaian 100,00%).\n"
    )
    wells, channels = read_indicators(document(text), SOURCE)
    assert (wells.pagu, wells.budget_realisation, wells.absorption_pct) == (640_000_000, 600_000_000, 93.75)
    assert (channels.pagu, channels.budget_realisation) == (None, None)


def test_an_indicator_named_after_a_scene_setting_phrase_with_indikator_has_the_figures() -> None:
    text = (
        "LAPORAN KINERJA TAHUN 2025\n"
        "Melengkapi indikator Rencana Strategis, Jumlah sumur resapan yang dibangun pada tahun\n"
        "2025 terdata 48 unit.\n"
    )
    [wells] = read_indicators(document(text), SOURCE)
    assert (wells.target, wells.realisation) == (None, 48)
    assert wells.indicator == "Jumlah sumur resapan yang dibangun"


def test_a_note_pointing_at_a_row_by_its_number_names_no_indicator() -> None:
    text = "LAPORAN KINERJA TAHUN 2025\nTarget indikator nomor 4 menunggu revisi Renstra.\n"
    assert read_indicators(document(text), SOURCE) == []


def test_a_recap_per_programme_adding_up_its_rows_budgets_is_no_budget_line_of_its_own() -> None:
    rows = Table(
        sheet="Capaian",
        index=0,
        rows=[
            ["No", "Program", "Indikator", "Satuan", "Target", "Realisasi", "Pagu (Rp)", "Realisasi (Rp)"],
            [
                "1",
                "Program Perlindungan Nelayan",
                "Jumlah perahu yang diasuransikan",
                "unit",
                300,
                276,
                700,
                650,
            ],
            ["2", "Program Perlindungan Nelayan", "Jumlah nelayan yang dilatih", "orang", 80, 80, 300, 290],
        ],
    )
    recap = Table(
        sheet="Rekap",
        index=1,
        rows=[
            ["Program", "Pagu (Rp)", "Realisasi (Rp)"],
            ["Program Perlindungan Nelayan", 1000, 940],
            ["Program Penyuluhan Perikanan", 450, 430],  # no rows under it: its own budget line
        ],
    )
    read = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [rows, recap]), SOURCE)
    assert [r.indicator for r in read] == [
        "Jumlah perahu yang diasuransikan",
        "Jumlah nelayan yang dilatih",
        "Penyuluhan Perikanan",
    ]


def test_a_typewriter_printout_with_ascii_borders_its_budget_cells_blank() -> None:
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "+---+-------------------------+------+------+------+------+------------+------------+------+\n"
        "| No|Indikator Kinerja|Satuan|Target|Realisasi|Capaian %|Pagu (Rp)|Realisasi (Rp)|Serapan %|\n"
        "+===+=========================+======+======+======+======+============+============+======+\n"
        "|  1|Indeks Kebersihan Pasar  |lindeks|  70,00|  73,50|  105}\n"
        "+---+-------------------------+------+------+------+------+------------+------------+------+\n"
        "|  2|Jumlah Taman Dibangun  |Junit |    12|    11| 91,67|            |            |      |\n"
        "+---+-------------------------+------+------+------+------+------------+------------+------+\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [(r.indicator, r.unit, r.target, r.realisation, r.achievement_pct, r.pagu) for r in records] == [
        ("Indeks Kebersihan Pasar", "indeks", 70.0, 73.5, 105.0, None),
        ("Jumlah Taman Dibangun", "unit", 12.0, 11.0, 91.67, None),
    ]


def test_a_sheet_whose_merged_title_spans_every_column_and_a_physical_realisation_group() -> None:
    title = ["REKAP REALISASI KINERJA DAN ANGGARAN TAHUN 2025"] * 8
    table = Table(
        page=1,
        index=0,
        rows=[
            title,
            [
                "No",
                "Indikator Keluaran",
                "Target",
                "Realisasi Fisik",
                "Realisasi Fisik",
                "Keuangan",
                None,
                None,
            ],
            ["No", "Indikator Keluaran", "Target", "Volume", "%", "Plafon (Rp)", "Realisasi (Rp)", "%"],
            [1, "Jumlah Sumur Resapan Dibangun", 50, 45, 90, 400000000, 380000000, 95],
        ],
    )
    records = read_indicators(document("REKAP REALISASI KINERJA DAN ANGGARAN TAHUN 2025", [table]), SOURCE)
    assert [
        (r.indicator, r.target, r.realisation, r.achievement_pct, r.pagu, r.absorption_pct) for r in records
    ] == [("Jumlah Sumur Resapan Dibangun", 50.0, 45.0, 90.0, 400000000.0, 95.0)]


def test_a_physical_realisation_share_is_the_achievement() -> None:
    column = classify_header("Realisasi Fisik %")
    assert column is not None and column.kind == "achievement"
    volume = classify_header("Realisasi Fisik Volume")
    assert volume is not None and volume.kind == "realisation"


def test_a_scanned_table_with_a_remarks_column_after_its_figures() -> None:
    # "Ket." after the figure labels: each row's line ends with a remark; "negatif" is a polarity.
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "No Indikator Kinerja Satuan Target Realisasi Capaian Ket.\n"
        "1 Jumlah gazebo kelurahan yang dirawat unit 14 15 107,14 tercapai\n"
        "2 Jumlah titik genangan air titik 20 18 110 negatif\n"
        "3 Jumlah sumur resapan yang dibangun unit - 9 - ;\n"
        "4 Persentase saluran yang dinormalisasi % 60 51 85 belum tercapai -\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [(r.indicator, r.target, r.realisation, r.achievement_pct) for r in records] == [
        ("Jumlah gazebo kelurahan yang dirawat", 14, 15, 107.14),
        ("Jumlah titik genangan air", 20, 18, 110),
        ("Jumlah sumur resapan yang dibangun", None, 9, None),
        ("Persentase saluran yang dinormalisasi", 60, 51, 85),
    ]
    assert records[1].lower_is_better
    assert without_remark("Luas hutan kota Ha 40 38 95") == ("Luas hutan kota Ha 40 38 95", None)


def test_scanned_header_and_rows_with_ocr_specks() -> None:
    # A speck read as a digit inside the header, "Serapan %" as one column, a group row whose name
    # holds "Penuntasan Target", specks around a row's figures, a decimal comma parted from its
    # decimals, a rule read as a dash after a full row, and the signing date under the table.
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "No 3 Indikator Sasaran Satuan Target Realisasi Capaian % Pagu (Rp) Realisasi (Rp) Serapan %\n"
        "Kegiatan: Penuntasan Target Sambungan Air :\n"
        ". 7 Jumlah sambungan rumah baru unit 300 330 110 :\n"
        "1l Jumlah hidran umum yang berfungsi unit 40 41 102, 50 90.000.000 81.000.000 90 -\n"
        "Samarinda, 14 Februari 2026\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [(r.indicator, r.target, r.realisation, r.achievement_pct, r.absorption_pct) for r in records] == [
        ("Jumlah sambungan rumah baru", 300, 330, 110, None),
        ("Jumlah hidran umum yang berfungsi", 40, 41, 102.5, 90),
    ]
    assert (records[0].kegiatan or "").startswith("Penuntasan Target Sambungan Air")


def test_a_scanned_table_row_that_does_not_add_up_gives_way_to_its_text_line() -> None:
    # OCR read the table's cells shifted (the unit into the target's cell); the page's text line
    # of the same row adds up.
    table = Table(
        page=1,
        index=0,
        rows=[
            ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"],
            ["1", "Jumlah pasar yang direvitalisasi", "6 unit", "5", "83,33", ""],
        ],
    )
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "No Indikator Kinerja Satuan Target Realisasi Capaian\n"
        "1 Jumlah pasar yang direvitalisasi unit 6 5 83,33\n"
    )
    [record] = read_indicators(ocr_scan(text, [table]), SOURCE)
    assert (record.target, record.realisation, record.achievement_pct) == (6, 5, 83.33)


def test_a_scanned_table_whose_header_ocr_could_not_read_takes_its_columns_from_its_rows() -> None:
    # The header came out as noise; the first row's arithmetic (2 of 8 is 25 %) tells the
    # columns, the rows under it follow them, and each record says its columns were inferred.
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "Ne lndkatr Knrja Stn Tgt Rls Cpn\n"
        "1 Jumlah pos ronda aktif unit 8 2 25\n"
        "2 Persentase balita yang ditimbang % 80 72 90\n"
        "3 Jumlah kader terlatih orang 50 45 90 120.000.000 96.000.000 80\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [(r.indicator, r.target, r.realisation, r.achievement_pct, r.pagu) for r in records] == [
        ("Jumlah pos ronda aktif", 8, 2, 25, None),
        ("Persentase balita yang ditimbang", 80, 72, 90, None),
        ("Jumlah kader terlatih", 50, 45, 90, 120_000_000),
    ]
    assert all(r.columns_inferred for r in records)
    # Under a header that was read, nothing is inferred.
    header = "No Indikator Kinerja Satuan Target Realisasi Capaian\n"
    assert not any(r.columns_inferred for r in read_indicators(ocr_scan(header + text), SOURCE))


def test_a_plan_table_with_a_level_names_column_and_an_indicator_column_listing_the_levels() -> None:
    # Both labels list the levels; the one opening with "Indikator" holds the indicators.
    table = Table(
        page=1,
        index=0,
        rows=[
            [
                "Kode",
                "Program / Sub Kegiatan",
                "Indikator Sasaran Program / Sub Kegiatan (Keluaran)",
                "Target 2025",
                "Satuan",
            ],
            [
                "1.02.01",
                "PROGRAM PELAYANAN AIR MINUM",
                "Persentase rumah tangga berakses air minum",
                "88",
                "%",
            ],
            ["1.02.01.2.01", "Pembangunan Hidran Umum", "Jumlah hidran umum dibangun", "12", "unit"],
        ],
    )
    records = read_indicators(document("RENCANA KERJA DINAS X TAHUN 2025", [table]), SOURCE)
    assert [(r.indicator, r.target, r.unit) for r in records] == [
        ("Persentase rumah tangga berakses air minum", 88, "%"),
        ("Jumlah hidran umum dibangun", 12, "unit"),
    ]
    assert classify_header("Indikator Kinerja Program / Kegiatan").kind == "indicator"  # type: ignore[union-attr]


def test_a_legend_naming_a_symbol_in_parentheses_marks_the_lower_is_better_rows() -> None:
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n"
        "No Indikator Kinerja Satuan Target Realisasi Capaian\n"
        "1 Jumlah titik tanggul kritis (#) titik 10 8 125\n"
        "2 Jumlah bibit pohon yang ditanam ) unit 500 550 110\n"
        "Catatan: (#) polaritas negatif, capaian dihitung terbalik.\n"
    )
    records = read_indicators(ocr_scan(text), SOURCE)
    assert [(r.indicator, r.lower_is_better) for r in records] == [
        ("Jumlah titik tanggul kritis", True),
        ("Jumlah bibit pohon yang ditanam", False),
    ]


def test_a_prose_realisation_restated_after_atau_as_a_percentage_is_the_achievement() -> None:
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n\n"
        "Indikator Jumlah posko siaga yang aktif ditargetkan 8 posko dan sampai dengan akhir tahun 2025 "
        "terealisasi 6 posko atau tercapai 75%.\n"
    )
    [record] = read_indicators(document(text), SOURCE)
    assert (record.target, record.realisation, record.achievement_pct) == (8, 6, 75)


def test_an_age_range_in_a_prose_indicator_name_is_no_figure() -> None:
    text = (
        "LAPORAN KINERJA DINAS X TAHUN 2025\n\n"
        "Realisasi indikator Persentase balita 6-59 bulan yang ditimbang tahun 2025 sebesar 80,5% dari "
        "target 85%, sehingga capaian kinerja sebesar 94,71%.\n"
    )
    [record] = read_indicators(document(text), SOURCE)
    assert (record.target, record.realisation, record.achievement_pct) == (85, 80.5, 94.71)


def test_a_polarity_note_closing_a_name_is_no_part_of_it() -> None:
    table = Table(
        page=1,
        index=0,
        rows=[
            HEADER_ROW,
            ["1", "Jumlah kasus rabies (semakin kecil semakin baik)", "kasus", "40", "36", "110"],
            ["2", "Cakupan sambungan air bersih (positif)", "%", "95", "96", "101,05"],
            ["3", "Indeks Kesehatan Lingkungan (IKL)", "indeks", "70", "70", "100"],
        ],
    )
    records = read_indicators(document("LAPORAN KINERJA TAHUN 2025", [table]), SOURCE)
    assert [(r.indicator, r.lower_is_better) for r in records] == [
        ("Jumlah kasus rabies", True),
        ("Cakupan sambungan air bersih", False),
        ("Indeks Kesehatan Lingkungan (IKL)", False),
    ]
