"""Column roles read from an RKA table's contents when its labels fall short or mislead."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.extracted import Table
from samarinda_rka_review.domain.rka_columns import figure, fit_columns, quantity
from samarinda_rka_review.domain.rka_parser import (
    koefisien_units,
    parse_rka_tables,
    read_rka_tables,
    split_trailing_count,
)


def test_an_unknown_quantity_label_is_found_by_the_arithmetic() -> None:
    rows = [
        ["No", "Uraian", "Jml", "Sat.", "Harga Satuan", "Jumlah Harga"],
        [1, "Map plastik", 12, "Buah", 4250, 51000],
        [2, "Kertas folio", 3, "Rim", 61000, 183000],
    ]
    fit = fit_columns(rows, 1, {"no": 0, "uraian": 1, "satuan": 3, "harga_satuan": 4, "jumlah": 5})
    assert fit.columns["volume"] == 2
    assert "volume" in fit.inferred and "column 6 = column 3 × column 5" in fit.inferred["volume"]


def test_a_satuan_label_over_amounts_is_read_as_the_unit_price() -> None:
    # ``Harga`` merged over ``Satuan | Total``: the second Satuan holds prices.
    rows = [
        ["Nama Barang", "Jumlah", "Satuan", "Satuan", "Total"],
        ["Lampu LED 12 watt", 10, "Buah", "38.000", "380.000"],
        ["Stop kontak", 4, "Buah", "27.500", "110.000"],
    ]
    labelled = {"uraian": 0, "jumlah": 1, "satuan": 2}
    fit = fit_columns(rows, 1, labelled)
    assert (fit.columns["volume"], fit.columns["harga_satuan"], fit.columns["jumlah"]) == (1, 3, 4)
    assert fit.columns["satuan"] == 2


def test_labels_that_multiply_are_kept_and_nothing_is_inferred() -> None:
    rows = [["Uraian", "Volume", "Harga", "Jumlah"], ["Snack", 40, 15000, 600000], ["Air", 2, 52000, 104000]]
    labelled = {"uraian": 0, "volume": 1, "harga_satuan": 2, "jumlah": 3}
    fit = fit_columns(rows, 1, labelled)
    assert fit.columns == labelled and fit.inferred == {}
    assert fit.first_line == 1


def test_ppn_in_the_total_still_fits() -> None:
    rows = [["Uraian", "Vol", "Harga", "Total"], ["Laptop kantor", 2, 10_000_000, 22_200_000]]
    fit = fit_columns(rows, 1, {"uraian": 0, "harga_satuan": 2, "jumlah": 3})
    assert fit.columns["volume"] == 1


def test_no_relation_leaves_the_labels_alone() -> None:
    rows = [
        ["Kode", "Uraian", "Jumlah"],
        ["5.1", "Belanja operasi", 180_000_000],
        ["5.2", "Belanja modal", 7],
    ]
    fit = fit_columns(rows, 1, {"kode_rekening": 0, "uraian": 1, "jumlah": 2})
    assert fit.columns == {"kode_rekening": 0, "uraian": 1, "jumlah": 2}
    assert fit.first_line is None


def test_prices_written_with_a_scale_word_keep_the_labelled_columns() -> None:
    # Harga Satuan as text ``4,5 rb`` / ``1,2 jt``: an amount, not a count of "rb".
    rows = [
        ["No", "Uraian", "Vol 1", "Sat 1", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
        ["A.1", "Spidol papan tulis", 6, "Buah", 6, "Buah", "4,5 rb", 27000],
        ["A.2", "Printer laser", 2, "Unit", 2, "Unit", "1,2 jt", 2400000],
        ["A.3", "Map snelhecter", 30, "Buah", 30, "Buah", "3.250", 97500],
    ]
    labelled = {
        "no": 0,
        "uraian": 1,
        "koefisien": 2,
        "volume": 4,
        "satuan": 5,
        "harga_satuan": 6,
        "jumlah": 7,
    }
    fit = fit_columns(rows, 1, labelled)
    assert fit.columns == labelled and fit.inferred == {}
    assert figure("1,2 jt") == Decimal(1_200_000) and figure("12 OB") == Decimal(12)


def test_quantity_reads_numbers_and_counted_text() -> None:
    assert quantity("2 Orang x 3 Kali") == Decimal(6)
    assert quantity("12 OB") == Decimal(12)
    assert quantity("1.250") == Decimal(1250)
    assert quantity("Buah") is None


def test_a_koefisien_unit_keeps_the_contents_its_pack_states_by_measure() -> None:
    """``6 Galon 19 liter`` buys water gallons of 19 liters: the unit is the pack with its contents,
    which a catalogue priced per liter converts; a rating or a trade size describes the piece."""
    assert koefisien_units("6 Galon 19 liter") == "Galon 19 liter"
    assert koefisien_units("2 Desa x 3 Karung 25 kg") == "Desa x Karung 25 kg"
    assert koefisien_units("2 Unit 350 watt") == "Unit"
    assert koefisien_units("4 Batang 2 inci") == "Batang"


def test_units_come_out_of_a_koefisien() -> None:
    assert koefisien_units("12 OB") == "OB"
    assert koefisien_units("2 Orang x 3 Kali") == "Orang x Kali"
    assert koefisien_units("10") is None
    assert koefisien_units(None) is None
    # the count the koefisien comes to is in the line's own unit; a unit may end in a digit
    assert koefisien_units("6 Org x 2 Hari = 12 Kotak") == "Kotak"
    assert koefisien_units("8 m2 = 8 m2") == "m2"
    # a unit that states what it holds keeps its count
    assert koefisien_units("2.400 Dus isi 24") == "Dus isi 24"
    assert koefisien_units("15 Kotak berisi 6 tabung x 2 Kali") == "Kotak berisi 6 tabung x Kali"


def test_three_row_header_keeps_the_columns_named_on_the_top_row() -> None:
    rows = [
        ["Sub Kegiatan : 2.16.02.2.01.0003 - Pengelolaan Aplikasi", None, None, None, None, None, None],
        ["No", "Kode Rekening", "RINCIAN BELANJA", None, None, None, None],
        [None, None, "Uraian", "Rincian Perhitungan", None, None, "Jumlah (Rp)"],
        [None, None, None, "Koefisien", "Satuan", "Harga", None],
        [None, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", None, None, None, 117000],
        [1, None, "Kertas HVS A4", "2 Rim", "Rim", 58500, 117000],
    ]
    parser = read_rka_tables([Table(sheet="RKA", index=0, rows=rows)])
    rka = parser.result(opd="X", fiscal_year=2027, rka_id=None)
    line = rka.sub_kegiatan[0].lines[0]
    assert (line.kode_rekening, line.volume, line.satuan, line.harga_satuan) == (
        "5.1.02.01.01.0024",
        Decimal(2),
        "Rim",
        58500,
    )
    assert rka.sub_kegiatan[0].kode == "2.16.02.2.01.0003"
    table = parser.report.tables[0]
    assert table.header_row == 3 and "kode_rekening" in table.columns


def test_account_rows_written_as_text_group_lettered_lines() -> None:
    rows = [
        ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
        [None, "5.1.02.01.01.0052 Belanja Makanan dan Minuman Rapat", None, None, None, 1_800_000],
        ["a.", "Nasi kotak", 40, "Kotak", 45000, 1_800_000],
        ["5.1.02.01.01.0024 - Belanja Alat Tulis Kantor", None, None, None, None, 58500],
        ["b.", "Kertas HVS", "1 Rim", None, 58500, 58500],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], opd="X", fiscal_year=2027)
    lines = rka.sub_kegiatan[0].lines
    assert [(line.line_id, line.kode_rekening) for line in lines] == [
        ("a", "5.1.02.01.01.0052"),
        ("b", "5.1.02.01.01.0024"),
    ]
    assert lines[0].account_name == "Belanja Makanan dan Minuman Rapat"
    assert (lines[1].volume, lines[1].satuan) == (Decimal(1), "Rim")


def test_header_facts_in_two_blocks_and_colon_cells() -> None:
    rows = [
        ["Program", ": 2.16.02 - Program Aplikasi Informatika", None, None, "Lokasi", ": Kota Contoh"],
        ["Sub Kegiatan", ": 2.16.02.2.01.0003 - Pengelolaan Aplikasi", None, None, "Sumber Dana", ": DAU"],
        [],
        ["No", "Uraian", "Koefisien", "Satuan", "Harga", "Jumlah"],
        [1, "Tenaga administrasi", "2 Orang x 12 Bulan", "OB", 3_500_000, 84_000_000],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], opd="X", fiscal_year=2027)
    sub = rka.sub_kegiatan[0]
    assert (sub.kode, sub.nama, sub.lokasi) == ("2.16.02.2.01.0003", "Pengelolaan Aplikasi", "Kota Contoh")
    assert sub.program == "2.16.02 - Program Aplikasi Informatika"
    assert sub.lines[0].volume == Decimal(24)


def test_a_label_row_above_the_real_header_is_not_taken_for_it() -> None:
    # "Uraian" and "Jumlah" name two fields in a summary row; the RKA header follows below.
    rows = [
        ["Uraian", "Jumlah"],
        ["Belanja Daerah", 250_000_000],
        ["No", "Komponen", "Vol", "Harga", "Total"],
        [1, "Kursi lipat", 20, 85000, 1_700_000],
        [2, "Meja lipat", 5, 450000, 2_250_000],
    ]
    parser = read_rka_tables([Table(sheet="RKA", index=0, rows=rows)])
    assert parser.report.tables[0].header_row == 2
    assert [
        line.uraian for line in parser.result(opd="X", fiscal_year=2027, rka_id=None).sub_kegiatan[0].lines
    ] == [
        "Kursi lipat",
        "Meja lipat",
    ]


def test_rka_perubahan_reads_the_budget_after_the_change_and_says_so() -> None:
    rows = [
        [
            "Kode Rekening",
            "Uraian",
            "Sebelum Perubahan",
            None,
            None,
            None,
            "Setelah Perubahan",
            None,
            None,
            None,
        ],
        [None, None, "Koefisien", "Satuan", "Harga", "Jumlah", "Koefisien", "Satuan", "Harga", "Jumlah"],
        [
            "5.1.02.01.01.0052",
            "Belanja Makanan dan Minuman Rapat",
            None,
            None,
            None,
            800000,
            None,
            None,
            None,
            900000,
        ],
        [None, "Kudapan rapat", "40 Kotak", "Kotak", 20000, 800000, "45 Kotak", "Kotak", 20000, 900000],
    ]
    parser = read_rka_tables([Table(sheet="RKA-P", index=0, rows=rows)])
    line = parser.result(opd="X", fiscal_year=2027, rka_id=None).sub_kegiatan[0].lines[0]
    assert (line.volume, line.jumlah, line.kode_rekening) == (Decimal(45), 900000, "5.1.02.01.01.0052")
    assert parser.report.tables[0].decisions == [
        "columns 3, 4, 5, 6 left out: under 'Sebelum Perubahan' (the budget before the change)"
    ]


def test_a_second_sub_kegiatan_without_its_own_header_reuses_the_columns() -> None:
    rows = [
        ["Sub Kegiatan : 1.02.02.2.01.0014 - Pelayanan Kesehatan Lansia"],
        ["No", "Uraian", "Volume", "Satuan", "Harga", "Jumlah"],
        [1, "Kudapan posyandu", 100, "Kotak", 15000, 1_500_000],
        [],
        ["Sub Kegiatan : 1.02.02.2.01.0020 - Pelayanan Kesehatan Ibu Hamil"],
        [1, "Buku KIA", 200, "Buah", 12500, 2_500_000],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], opd="X", fiscal_year=2027)
    assert [(sub.kode, [line.uraian for line in sub.lines]) for sub in rka.sub_kegiatan] == [
        ("1.02.02.2.01.0014", ["Kudapan posyandu"]),
        ("1.02.02.2.01.0020", ["Buku KIA"]),
    ]


def test_an_uraian_merged_over_indentation_columns_reads_the_indented_text() -> None:
    rows = [
        ["No", "Uraian", None, None, "Volume", "Satuan", "Harga", "Jumlah"],
        [None, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", None, None, None, None, 117000],
        [1, None, None, "Kertas HVS A4", 2, "Rim", 58500, 117000],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], opd="X", fiscal_year=2027)
    line = rka.sub_kegiatan[0].lines[0]
    assert (line.uraian, line.kode_rekening, line.account_name) == (
        "Kertas HVS A4",
        "5.1.02.01.01.0024",
        "Belanja Alat Tulis Kantor",
    )


def test_numbered_headings_are_group_labels_not_lines() -> None:
    rows = [
        ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
        ["1", "Belanja Alat Tulis Kantor", None, None, None, 117000],
        ["1.1", "Kertas HVS A4", 2, "Rim", 58500, 117000],
        ["2", "Belanja Jasa Kebersihan", None, None, None, 3_000_000],
        ["2.1", "Jasa kebersihan gedung", 1, "Paket", 3_000_000, 3_000_000],
    ]
    parser = read_rka_tables([Table(sheet="RKA", index=0, rows=rows)])
    lines = parser.result(opd="X", fiscal_year=2027, rka_id=None).sub_kegiatan[0].lines
    assert [line.line_id for line in lines] == ["1.1", "2.1"]
    assert [s.reason for s in parser.report.tables[0].skipped][:1] == [
        "numbered heading (no price, quantity or unit): a group label"
    ]


def test_a_numbered_heading_that_writes_its_account_code_books_the_lines_under_it() -> None:
    rows = [
        ["No", "Uraian / Kode Rekening", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
        ["1", "5.1.02.01.01.0024 Belanja Alat Tulis Kantor", None, None, None, 117000],
        ["1.1", "Kertas HVS A4", 2, "Rim", 58500, 117000],
        ["2", "5.1.02.02.01.0016 Belanja Jasa Kebersihan", None, None, None, 3_000_000],
        ["2.1", "Jasa kebersihan gedung", 1, "Paket", 3_000_000, 3_000_000],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], opd="X", fiscal_year=2027)
    sub = rka.sub_kegiatan[0]
    assert [(line.line_id, line.kode_rekening) for line in sub.lines] == [
        ("1.1", "5.1.02.01.01.0024"),
        ("2.1", "5.1.02.02.01.0016"),
    ]
    assert [(group.kode_rekening, group.declared_subtotal) for group in sub.groups] == [
        ("5.1.02.01.01.0024", 117000),
        ("5.1.02.02.01.0016", 3_000_000),
    ]


def test_a_ppn_column_in_rupiah_gives_the_rate() -> None:
    rows = [
        ["No", "Uraian", "Volume", "Satuan", "Harga", "PPN (Rp)", "Jumlah"],
        [1, "Laptop kantor", 2, "Unit", 10_000_000, 2_200_000, 22_200_000],
        [2, "Mouse", 4, "Buah", 100_000, "11%", 444_000],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], opd="X", fiscal_year=2027)
    assert [line.ppn_percent for line in rka.sub_kegiatan[0].lines] == [Decimal(11), Decimal(11)]


def test_an_account_code_under_no_heads_the_lines_below() -> None:
    rows = [
        ["No", "Uraian", "Koefisien", "Satuan", "Harga Satuan", "Jumlah"],
        ["5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", None, None, None, 117000],
        [1, "Kertas HVS A4", "2 Rim", "Rim", 58500, 117000],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], opd="X", fiscal_year=2027)
    line = rka.sub_kegiatan[0].lines[0]
    assert (line.line_id, line.kode_rekening, line.account_name) == (
        "1",
        "5.1.02.01.01.0024",
        "Belanja Alat Tulis Kantor",
    )


def test_amounts_beside_a_rupiah_sign_column_are_found() -> None:
    # "Harga Satuan" and "Jumlah" merged over a "Rp" column and the number beside it.
    rows = [
        ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", None, "Jumlah", None],
        [1, "Kertas HVS A4", 2, "Rim", "Rp", 58500, "Rp", 117000],
        [2, "Map plastik", 10, "Buah", "Rp", 4250, "Rp", 42500],
    ]
    parser = read_rka_tables([Table(sheet="RKA", index=0, rows=rows)])
    lines = parser.result(opd="X", fiscal_year=2027, rka_id=None).sub_kegiatan[0].lines
    assert [(line.harga_satuan, line.jumlah) for line in lines] == [(58500, 117000), (4250, 42500)]
    assert parser.report.tables[0].columns["harga_satuan"].startswith("read from contents: column 6")


def test_merged_cells_filled_across_their_span_read_the_same() -> None:
    # The extraction service repeats a merged cell's value over its span.
    before, after = "Sebelum Perubahan", "Setelah Perubahan"
    rows = [
        ["Kode Rekening", "Uraian", "Uraian", before, before, before, after, after, after],
        ["Kode Rekening", "Uraian", "Uraian", "Koefisien", "Harga", "Jumlah", "Koefisien", "Harga", "Jumlah"],
        [
            "5.1.02.01.01.0052",
            "Belanja Makanan dan Minuman Rapat",
            None,
            None,
            None,
            800000,
            None,
            None,
            900000,
        ],
        [None, None, "Kudapan rapat", "40 Kotak", 20000, 800000, "45 Kotak", 20000, 900000],
    ]
    parser = read_rka_tables([Table(sheet="RKA-P", index=0, rows=rows)])
    line = parser.result(opd="X", fiscal_year=2027, rka_id=None).sub_kegiatan[0].lines[0]
    assert (line.uraian, line.volume, line.jumlah, line.kode_rekening) == (
        "Kudapan rapat",
        Decimal(45),
        900000,
        "5.1.02.01.01.0052",
    )
    assert parser.report.tables[0].decisions[0].startswith("columns 4, 5, 6 left out")


def test_a_frequency_column_multiplies_the_volume() -> None:
    # ``Rincian Perhitungan`` over ``Vol | Satuan | Frek | Harga``: the total is Vol × Frek × Harga.
    rows = [
        ["Sub Kegiatan", ":", "1.02.03.2.01.0004 - Penyuluhan Gizi Keluarga"],
        ["No", "Uraian", "Rincian Perhitungan", None, None, None, "Total (Rp)"],
        [None, None, "Vol", "Satuan", "Frek", "Harga Satuan", None],
        [1, "Snack penyuluhan", 40, "Kotak", 3, "12.000", "1.440.000"],
        [2, "Spanduk acara", 2, "Lembar", 1, "150.000", "300.000"],
        [3, "Sewa tenda", 1, "Unit", 3, "700.000", "2.100.000"],
    ]
    rka = parse_rka_tables([Table(sheet="Gizi", index=0, rows=rows)], opd="DINKES")
    lines = rka.sub_kegiatan[0].lines
    assert [line.volume for line in lines] == [120, 2, 3]
    assert lines[0].koefisien == "40 Kotak x 3 Kali"
    assert lines[1].koefisien is None


def test_a_count_closing_the_uraian_is_the_koefisien_when_it_gives_the_volume() -> None:
    assert split_trailing_count("Tali tambang nilon (3 kali x 4 Gulung)", Decimal(12)) == (
        "Tali tambang nilon",
        "3 kali x 4 Gulung",
    )
    assert split_trailing_count("Kapur tulis, isi 12 (7 Kotak)", Decimal(7)) == (
        "Kapur tulis, isi 12",
        "7 Kotak",
    )
    # A count that disagrees with the volume stays where the arithmetic check reads it; a bracket
    # of words is part of the name.
    assert split_trailing_count("Tali tambang nilon (3 kali x 4 Gulung)", Decimal(10))[1] is None
    assert split_trailing_count("Sabun cair (isi ulang)", Decimal(3)) == ("Sabun cair (isi ulang)", None)


def test_a_column_of_counts_with_units_is_the_quantity_whatever_the_labels_say() -> None:
    # A page with no ruling put two labels in one header cell, ``Vol Harga`` over the counts.
    rows = [
        ["No", "Uraian", "Vol Harga", "Sat. Jumlah", None],
        ["1.", "Jerigen plastik", "12 buah", "45.000", "540.000"],
        ["2.", "Sekop pasir", "3 buah", "96.500", "289.500"],
    ]
    fit = fit_columns(rows, 1, {"no": 0, "uraian": 1, "harga_satuan": 2, "jumlah": 3})
    assert fit.columns["harga_satuan"] == 3 and fit.columns["jumlah"] == 4
    assert fit.columns.get("volume", fit.columns.get("koefisien")) == 2
