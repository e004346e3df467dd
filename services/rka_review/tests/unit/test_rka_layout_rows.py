"""RKA rows as new authors type them: an uraian continued on the next row, a ``Spesifikasi:`` row
under its line, an account row with its code after the name, and a flat export whose every row
carries its account code and sub-kegiatan code. Rows invented here."""

from __future__ import annotations

from samarinda_common.extracted import Table
from samarinda_rka_review.domain.rka_parser import parse_rka_tables, split_code_name

HEADER = ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"]
FACTS = [["Sub Kegiatan : 3.11.02.2.04.0007 - Pembinaan Kelompok Tani Hutan"], []]


def _lines(rows: list[list[object]]) -> list[tuple[str, str | None, str | None]]:
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], source="t.xlsx")
    return [
        (line.uraian, line.spesifikasi, line.kode_rekening) for sub in rka.sub_kegiatan for line in sub.lines
    ]


def test_an_uraian_typed_on_over_two_rows_is_one_line() -> None:
    rows = [
        *FACTS,
        HEADER,
        [None, "Belanja Bibit Tanaman (5.1.02.01.01.0031)", None, None, None, 2_400_000],
        [1, "Bibit Pohon Buah Mangga", 40, "Batang", 35_000, 1_400_000],
        [None, "Okulasi Siap Tanam", None, None, None, None],
        [2, "Pupuk Kandang", 20, "Karung", 50_000, 1_000_000],
    ]
    assert _lines(rows) == [
        ("Bibit Pohon Buah Mangga Okulasi Siap Tanam", None, "5.1.02.01.01.0031"),
        ("Pupuk Kandang", None, "5.1.02.01.01.0031"),
    ]


def test_a_spesifikasi_row_under_a_line_fills_its_spesifikasi() -> None:
    rows = [
        *FACTS,
        HEADER,
        [1, "Cangkul Baja", 12, "Buah", 85_000, 1_020_000],
        [None, "Spesifikasi: gagang kayu 120 cm", None, None, None, None],
    ]
    assert _lines(rows) == [("Cangkul Baja", "gagang kayu 120 cm", None)]


def test_an_account_name_row_under_a_line_is_not_its_continuation() -> None:
    rows = [
        *FACTS,
        HEADER,
        [1, "Cangkul Baja", 12, "Buah", 85_000, 1_020_000],
        [None, "Belanja Makanan dan Minuman Rapat", None, None, None, None],
        [2, "Snack Penyuluhan", 30, "Kotak", 15_000, 450_000],
    ]
    assert [uraian for uraian, _, _ in _lines(rows)] == ["Cangkul Baja", "Snack Penyuluhan"]


def test_a_row_under_a_line_with_other_cells_filled_is_not_its_continuation() -> None:
    rows = [
        *FACTS,
        HEADER,
        [1, "Cangkul Baja", 12, "Buah", 85_000, 1_020_000],
        [None, "Sub Total", None, None, None, 1_020_000],
    ]
    assert [uraian for uraian, _, _ in _lines(rows)] == ["Cangkul Baja"]


def test_a_flat_export_reads_each_priced_row_with_its_own_codes() -> None:
    rows = [
        ["Kode Sub Kegiatan", "Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "Jumlah"],
        [
            "3.11.02.2.04.0007",
            "5.1.02.01.01.0031",
            "Bibit Pohon Durian",
            "30 Batang",
            "Batang",
            42_000,
            1_260_000,
        ],
        ["3.11.02.2.04.0007", "5.1.02.01.01.0052", "Snack Penyuluhan", "30 Kotak", "Kotak", 15_000, 450_000],
        [
            "3.11.02.2.04.0009",
            "5.1.02.01.01.0031",
            "Bibit Pohon Durian",
            "10 Batang",
            "Batang",
            42_000,
            420_000,
        ],
    ]
    rka = parse_rka_tables([Table(sheet="Export", index=0, rows=rows)], source="flat.xlsx")
    read = [(sub.kode, line.kode_rekening, line.jumlah) for sub in rka.sub_kegiatan for line in sub.lines]
    assert read == [
        ("3.11.02.2.04.0007", "5.1.02.01.01.0031", 1_260_000),
        ("3.11.02.2.04.0007", "5.1.02.01.01.0052", 450_000),
        ("3.11.02.2.04.0009", "5.1.02.01.01.0031", 420_000),
    ]


def test_a_code_alone_splits_into_a_code_without_a_name() -> None:
    assert split_code_name("3.11.02.2.04.0007") == ("3.11.02.2.04.0007", "")
    assert split_code_name("3.11.02.2.04.0007 - Pembinaan") == ("3.11.02.2.04.0007", "Pembinaan")
    assert split_code_name("Pembinaan Kelompok") == (None, "Pembinaan Kelompok")
    assert split_code_name("2027") == (None, "2027")


def test_sheets_named_by_their_sub_kegiatan_code_are_sub_kegiatan_of_their_own() -> None:
    header = ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"]
    tables = [
        Table(
            sheet="3.11.02.2.04.0007",
            index=0,
            rows=[header, [1, "Cangkul Baja", 12, "Buah", 85_000, 1_020_000]],
        ),
        Table(
            sheet="3.11.02.2.04.0009",
            index=0,
            rows=[header, [1, "Sabit Rumput", 10, "Buah", 45_000, 450_000]],
        ),
    ]
    rka = parse_rka_tables(tables, source="per_sheet.xlsx")
    assert [(sub.kode, [line.uraian for line in sub.lines]) for sub in rka.sub_kegiatan] == [
        ("3.11.02.2.04.0007", ["Cangkul Baja"]),
        ("3.11.02.2.04.0009", ["Sabit Rumput"]),
    ]


def test_a_spesifikasi_row_whose_merged_cells_were_filled_down_is_not_a_second_line() -> None:
    rows = [
        *FACTS,
        HEADER,
        [1, "Cangkul Baja", 12, "Buah", 85_000, 1_020_000],
        [1, "Spesifikasi: gagang kayu 120 cm", 12, "Buah", 85_000, 1_020_000],
    ]
    assert _lines(rows) == [("Cangkul Baja", "gagang kayu 120 cm", None)]


def test_two_unnumbered_lines_alike_but_for_their_uraian_stay_two_lines() -> None:
    rows = [
        *FACTS,
        ["Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
        ["Kursi Lipat", 10, "Buah", 55_000, 550_000],
        ["Meja Lipat", 10, "Buah", 55_000, 550_000],
    ]
    assert [uraian for uraian, _, _ in _lines(rows)] == ["Kursi Lipat", "Meja Lipat"]


def test_a_group_row_run_into_a_line_keeps_the_group_when_other_codes_head_groups() -> None:
    rows = [
        *FACTS,
        ["Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "Jumlah"],
        ["5.1.02.01.01.0031", "Belanja Bibit", None, None, None, None],
        [None, "Bibit Pohon Durian", "30 Batang", "Batang", 42_000, 1_260_000],
        ["5.1.02.01.01.0052", "Belanja Makan Minum Snack Penyuluhan", "30 Kotak", "Kotak", 15_000, 450_000],
    ]
    assert [(uraian, kode) for uraian, _, kode in _lines(rows)] == [
        ("Bibit Pohon Durian", "5.1.02.01.01.0031")
    ]


def test_lines_numbered_under_roman_or_lettered_sections_are_lines() -> None:
    # ``II.3`` = line 3 of section II; a number without a section prefix was all the reader knew.
    rows = [
        *FACTS,
        HEADER,
        ["Belanja Bibit Tanaman (5.1.02.01.01.0031)", None, None, None, None, 1_160_000],
        ["III.1", "Bibit Pohon Buah Mangga", 20, "Batang", 35_000, 700_000],
        ["III.2", "Kompos Daun Kering", 8, "Karung", 50_000, 400_000],
        ["C.7", "Tali Rafia", 4, "Gulung", 15_000, 60_000],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], source="t.xlsx")
    assert [line.line_id for sub in rka.sub_kegiatan for line in sub.lines] == ["III.1", "III.2", "C.7"]


def test_a_roman_numeral_alone_is_no_line_number() -> None:
    rows = [
        *FACTS,
        HEADER,
        ["IV", "Belanja Bibit Tanaman", None, None, None, 700_000],
        ["IV.1", "Bibit Pohon Buah Mangga", 20, "Batang", 35_000, 700_000],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], source="t.xlsx")
    assert [line.line_id for sub in rka.sub_kegiatan for line in sub.lines] == ["IV.1"]


def test_a_column_of_sub_kegiatan_codes_splits_a_flat_export_by_its_label_alone() -> None:
    # "Sub Kegiatan" is a header fact's label too, so no alias names the column: its cells do.
    forest, plan = (
        "3.11.02.2.04.0007 Pembinaan Kelompok Tani Hutan",
        "3.11.02.2.01.0002 Penyusunan Rencana Kerja Hutan",
    )
    rows = [
        ["RKA SKPD TA 2027 - Dinas Contoh Kota Samarinda"],
        [],
        ["No", "Uraian Belanja", "Vol", "Sat", "Harga Satuan", "Jumlah", "Sub Kegiatan"],
        [1, "Cangkul Baja", 12, "Buah", 85_000, 1_020_000, forest],
        [2, "Pupuk Kandang", 20, "Karung", 50_000, 1_000_000, forest],
        [3, "Kertas HVS A4", 5, "Rim", 55_000, 275_000, plan],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], source="t.csv")
    assert [(sub.kode, sub.nama, sub.named, len(sub.lines)) for sub in rka.sub_kegiatan] == [
        ("3.11.02.2.04.0007", "Pembinaan Kelompok Tani Hutan", True, 2),
        ("3.11.02.2.01.0002", "Penyusunan Rencana Kerja Hutan", True, 1),
    ]


def test_a_header_fact_written_as_label_code_and_name_in_three_cells_keeps_its_name() -> None:
    rows = [
        ["Sub Kegiatan", "3.11.02.2.04.0007", "Pembinaan Kelompok Tani Hutan"],
        ["Program", "3.11.02", "Program Pengelolaan Hutan"],
        [],
        HEADER,
        [1, "Cangkul Baja", 12, "Buah", 85_000, 1_020_000],
    ]
    sub = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], source="t.csv").sub_kegiatan[0]
    assert (sub.kode, sub.nama, sub.named) == ("3.11.02.2.04.0007", "Pembinaan Kelompok Tani Hutan", True)
    assert sub.program == "3.11.02 Program Pengelolaan Hutan"


def test_a_line_number_behind_its_group_letter_is_a_line() -> None:
    rows = [
        *FACTS,
        HEADER,
        ["K", "Rapat koordinasi penyuluh", None, None, None, None],
        ["K1", "Cangkul Baja", 12, "Buah", 85_000, 1_020_000],
        ["K2", "Snack Penyuluhan", 30, "Kotak", 15_000, 450_000],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], source="t.xlsx")
    assert [line.line_id for sub in rka.sub_kegiatan for line in sub.lines] == ["K1", "K2"]


def test_a_lettered_section_naming_its_code_after_its_name_opens_a_sub_kegiatan() -> None:
    rows = [
        ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah", "Ket"],
        [
            "P",
            "Pembinaan Kelompok Tani Hutan (3.11.02.2.04.0007)",
            None,
            None,
            None,
            None,
            "target: 4 Kelompok",
        ],
        ["P1", "Cangkul Baja", 12, "Buah", 85_000, 1_020_000, None],
        ["Q", "Penyuluhan Kehutanan (3.11.02.2.04.0009)", None, None, None, None, None],
        ["Q1", "Snack Penyuluhan", 30, "Kotak", 15_000, 450_000, None],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], source="t.xlsx")
    assert [(sub.kode, [line.line_id for line in sub.lines]) for sub in rka.sub_kegiatan] == [
        ("3.11.02.2.04.0007", ["P1"]),
        ("3.11.02.2.04.0009", ["Q1"]),
    ]


def test_a_notes_column_of_counts_with_products_is_the_koefisien_beside_the_volume() -> None:
    rows = [
        *FACTS,
        ["No", "Uraian", "Vol/Sat", "Harga", "Jumlah", "Catatan"],
        [1, "Cangkul Baja", "12 Buah", 85_000, 1_020_000, "12 bh"],
        [2, "Snack Penyuluhan", "36 Kotak", 15_000, 540_000, "20 org x 2 kali"],
        [3, "Sewa Kursi Lipat", "80 Buah", 5_000, 400_000, "80 bh x 1 hr"],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], source="t.xlsx")
    lines = [line for sub in rka.sub_kegiatan for line in sub.lines]
    assert [(line.koefisien, line.volume) for line in lines] == [
        ("12 bh", 12),
        ("20 org x 2 kali", 36),
        ("80 bh x 1 hr", 80),
    ]


def test_a_notes_column_without_a_product_is_left_unread() -> None:
    rows = [
        *FACTS,
        ["No", "Uraian", "Vol/Sat", "Harga", "Jumlah", "Catatan"],
        [1, "Cangkul Baja", "12 Buah", 85_000, 1_020_000, "12 bh"],
        [2, "Snack Penyuluhan", "36 Kotak", 15_000, 540_000, "36 ktk"],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], source="t.xlsx")
    assert [line.koefisien for sub in rka.sub_kegiatan for line in sub.lines] == ["12 Buah", "36 Kotak"]


def test_a_no_column_left_empty_on_every_line_numbers_nothing() -> None:
    rows = [
        *FACTS,
        ["No", "Kode Rekening", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
        [None, "5.1.02.01.01.0012", "Belanja Bahan Pertanian", None, None, None, 950_000],
        [None, None, "Gypsum Pertanian Butir", 5, "Kg", 110_000, 550_000],
        [None, None, "Polybag Semai", 8, "Pak", 50_000, 400_000],
    ]
    assert _lines(rows) == [
        ("Gypsum Pertanian Butir", None, "5.1.02.01.01.0012"),
        ("Polybag Semai", None, "5.1.02.01.01.0012"),
    ]


def test_a_numbered_note_under_the_lines_that_prices_nothing_is_no_line() -> None:
    rows = [
        *FACTS,
        HEADER,
        [1, "Gypsum Pertanian Butir", 5, "Kg", 110_000, 550_000],
        [],
        ["No", "Catatan", "Lembar", "Tahun"],
        [1, "Benih menyesuaikan luas lahan", 2, 2027],
    ]
    assert _lines(rows) == [("Gypsum Pertanian Butir", None, None)]


def test_a_notes_column_is_the_koefisien_when_no_column_holds_the_count() -> None:
    rows = [
        *FACTS,
        ["Uraian", "Satuan", "Harga", "Jumlah", "Ket."],
        ["Gypsum Pertanian Butir", "Kg", "Rp110,000", "Rp550,000", "5 Kg"],
        ["Konsumsi Penyuluhan", "Orang x Kali", "Rp25,000", "1,000,000.00", "20 Orang x 2 Kali"],
        ["Polybag Semai", "Pak", "Rp50,000", "Rp400,000", "8 Pak"],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], source="t.xlsx")
    assert [line.volume for sub in rka.sub_kegiatan for line in sub.lines] == [5, 40, 8]


def test_an_account_written_under_kode_rekening_right_of_its_jumlah_heads_the_lines() -> None:
    rows = [
        *FACTS,
        ["Jumlah", "Harga Satuan", "Satuan", "Volume", "Uraian", "Kode Rekening", "No"],
        ["Rp950,000", None, None, None, None, "5.1.02.01.01.0012 - Belanja Bahan Pertanian", None],
        ["Rp550,000", "Rp110,000", "Kg", 5, "Gypsum Pertanian Butir", None, 1],
        ["Rp400,000", "Rp50,000", "Pak", 8, "Polybag Semai", None, 2],
    ]
    assert [kode for _, _, kode in _lines(rows)] == ["5.1.02.01.01.0012", "5.1.02.01.01.0012"]


def test_the_next_sub_kegiatan_block_begins_at_its_first_fact_row() -> None:
    second = [
        [
            "Urusan Pemerintahan",
            ": 3.27 - Urusan Pertanian",
            "Sub Kegiatan",
            ": 3.27.03.2.01.0002 - Penyuluhan",
        ],
        ["Organisasi", ": Dinas Pertanian Kota Contoh", "Lokasi", ": Kota Contoh"],
        ["Program", ": 3.27.03 - Program Penyuluhan Pertanian"],
        [],
    ]
    rows = [
        *FACTS,
        HEADER,
        [1, "Gypsum Pertanian Butir", 5, "Kg", 110_000, 550_000],
        [],
        *second,
        HEADER,
        [1, "Polybag Semai", 8, "Pak", 50_000, 400_000],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], source="t.xlsx")
    assert [(sub.kode, [line.uraian for line in sub.lines]) for sub in rka.sub_kegiatan] == [
        ("3.11.02.2.04.0007", ["Gypsum Pertanian Butir"]),
        ("3.27.03.2.01.0002", ["Polybag Semai"]),
    ]
