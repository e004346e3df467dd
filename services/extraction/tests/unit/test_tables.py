from samarinda_extraction.domain.tables import (
    MergedRange,
    clean_cell,
    detect_header_row,
    fill_merged,
    trim_grid,
)


def test_merged_block_value_is_copied_into_every_cell() -> None:
    grid = [["Judul", None, None], ["a", None, "c"], [None, None, None]]
    filled = fill_merged(grid, [MergedRange(0, 0, 0, 2), MergedRange(1, 1, 2, 2)])
    assert filled[0] == ["Judul", "Judul", "Judul"]
    assert filled[1] == ["a", None, None]  # top-left of the second block is empty
    assert grid[0] == ["Judul", None, None]  # input untouched


def test_merged_block_running_off_the_grid_is_clipped() -> None:
    assert fill_merged([[1, None]], [MergedRange(0, 0, 5, 9)]) == [[1, 1]]


def test_trim_drops_empty_rows_and_outer_columns_and_collapses_whitespace() -> None:
    grid = [
        [None, None, None, None],
        [None, " Uang Harian\nKota ", 5, None],
        [None, "", None, None],
        [None, "x", None],
    ]
    assert trim_grid(grid) == [["Uang Harian Kota", 5], ["x", None]]
    assert clean_cell("  ") is None


def test_header_is_found_below_title_rows() -> None:
    rows = [
        ["STANDAR SATUAN HARGA", "STANDAR SATUAN HARGA", "STANDAR SATUAN HARGA", "STANDAR SATUAN HARGA"],
        ["TAHUN ANGGARAN 2026", None, None, None],
        ["No", "Uraian", "Satuan", "Harga Satuan (Rp)"],
        [1, "Kertas HVS", "Rim", 56000],
        [2, "Pulpen", "Buah", 4500],
    ]
    assert detect_header_row(rows) == 2


def test_header_beats_a_key_value_block_above_it() -> None:
    rows = [
        [
            "Program",
            ":",
            "1.01.01 - PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA YANG PANJANG",
        ],
        ["Indikator", "Tolok Ukur", "Target", None, None],
        ["Keluaran", "Jumlah Laporan", "12 Laporan", None, None],
        ["No", "Kode Rekening", "Uraian", "Volume", "Jumlah"],
        [None, "5.1.02.01.01.0052", "Belanja Makanan", None, 59393880],
        [1, None, "Nasi kotak", 480, 23976000],
    ]
    assert detect_header_row(rows) == 3


def test_no_header_in_a_table_of_numbers() -> None:
    assert detect_header_row([[1, 2, 3], [4, 5, 6]]) is None
