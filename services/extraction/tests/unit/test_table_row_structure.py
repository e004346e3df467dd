"""Rows of scanned tables: wrapped headers and cells, tight rows, narrow gutters, dashed cells."""

import numpy as np
from samarinda_extraction.domain.ocr_tables import (
    Box,
    Word,
    gutters,
    header_wraps,
    joins_running_blocks,
    row_starts,
    unruled_tables,
)
from samarinda_extraction.readers import page_image


def word(text: str, x: int, y: int, block: int = -1) -> Word:
    return Word(text=text, confidence=95.0, x0=x, y0=y, x1=x + 20 * len(text), y1=y + 30, block=block)


def test_a_second_code_in_its_column_starts_a_row_however_tight() -> None:
    # rows 80 px apart, wrapped lines 50 px; a group's code set 55 px under an item's last line
    filled = [[True] * 3, [False, True, False], [True, True, False], [True] * 3]
    numbers = [[True, False, False], [False] * 3, [True, False, False], [True, False, False]]
    assert row_starts([0, 50, 105, 185], filled, numbers=numbers) == [True, False, True, True]


def test_a_group_code_set_tight_under_a_subtotal_without_a_key_starts_a_row() -> None:
    # rows 62 px apart, wrapped lines 50 px; a subtotal (no code, its amounts) wraps its label,
    # and the next group's code and name (no amounts) stand 55 px under that wrapped line
    filled = [
        [True, True, True, True],
        [False, True, False, False],
        [False, True, True, True],
        [False, True, False, False],
        [True, True, False, False],
        [True, True, True, True],
    ]
    numbers = [
        [True, False, True, True],
        [False] * 4,
        [False, False, True, True],
        [False] * 4,
        [True, False, False, False],
        [True, False, True, True],
    ]
    starts = row_starts([0, 50, 112, 162, 217, 279], filled, numbers=numbers)
    assert starts == [True, False, True, False, True, True]


def test_a_tight_line_without_the_rows_key_continues_the_row_when_spacing_is_even() -> None:
    # rows 60 px apart, a line 50 px below its row filling two of three columns but not the first
    filled = [[True] * 3, [True] * 3, [False, True, True], [True] * 3, [True] * 3]
    assert row_starts([0, 60, 110, 170, 230], filled) == [True, True, False, True, True]
    # spaced as rows are, it is a row of its own (grouped rows leave the first cell empty)
    assert row_starts([0, 60, 120, 180, 240], filled) == [True, True, True, True, True]


def test_a_line_without_the_key_wrapping_some_of_the_rows_cells_continues_it() -> None:
    # rows and wrapped lines spaced alike; the second row wraps three of its five cells, not the fourth
    filled = [[True] * 5, [True] * 5, [False, True, True, False, True], [True] * 5]
    assert row_starts([0, 62, 122, 184], filled) == [True, True, False, True]
    # a line filling all the row's cells but the key is a row of its own (grouped rows), and so
    # is one with a number where the row has one
    filled[2] = [False, True, True, True, True]
    assert row_starts([0, 62, 122, 184], filled) == [True, True, True, True]
    filled[2] = [False, True, True, True, False]
    numbers = [[False, False, False, True, False]] * 4
    assert row_starts([0, 62, 122, 184], filled, numbers=numbers) == [True, True, True, True]


def test_a_header_wrapping_onto_a_second_line_is_one_row() -> None:
    header = ["Jam", "Kegiatan", "Petugas Jaga"]
    wrapped = ["(lokal)", None, "Lapangan"]
    assert header_wraps([header, wrapped, ["09.00 - 10.00", "Apel", "Regu A"]])
    # a table of words alone gives no sign where its header ends
    assert not header_wraps([header, wrapped, ["pagi", "Apel", "Regu A"]])
    # a second line filling every column the header fills is a row
    assert not header_wraps([header, ["Pagi", "Apel", "Regu"], ["09.00", "Apel", "Regu A"]])
    # a label may hold a number of its own ("Pos 3"); a line with a number cell is a row
    labelled = ["Jam", "Kegiatan", "Pos 3 (Regu)"]
    assert header_wraps([labelled, wrapped, ["09.00 - 10.00", "Apel", "Regu A"]])
    assert not header_wraps([header, ["1", None, "Lapangan"], ["09.00 - 10.00", "Apel", "Regu A"]])


def test_an_unruled_schedule_with_a_wrapped_header_and_cells_gives_one_row_per_item() -> None:
    lines = [
        [("Jam", 100), ("Kegiatan", 400), ("Petugas", 900)],
        [("(lokal)", 100), ("Jaga", 900)],
        [("09.00-10.00", 100), ("Apel", 400), ("Regu", 900), ("A", 1000)],
        [("10.00-11.00", 100), ("Senam", 400), ("pagi", 540), ("Regu", 900), ("B", 1000)],
        [("bersama", 400), ("Pelatih", 900)],
        [("11.00-12.00", 100), ("Rapat", 400), ("Regu", 900), ("C", 1000)],
        [("12.00-13.00", 100), ("Istirahat", 400), ("Semua", 900)],
    ]
    ys = [500, 560, 620, 680, 730, 790, 850]
    words = [word(text, x, y) for line, y in zip(lines, ys, strict=True) for text, x in line]
    [table] = unruled_tables(words)
    assert table.rows == [
        ["Jam (lokal)", "Kegiatan", "Petugas Jaga"],
        ["09.00-10.00", "Apel", "Regu A"],
        ["10.00-11.00", "Senam pagi bersama", "Regu B Pelatih"],
        ["11.00-12.00", "Rapat", "Regu C"],
        ["12.00-13.00", "Istirahat", "Semua"],
    ]


def test_a_narrow_gutter_between_amounts_counts_on_the_lines_that_reach_it() -> None:
    # a text column whose cells wrap over three lines, then two right-aligned amounts a little
    # more than a word space apart: most lines end before the amounts
    lines: list[list[Word]] = []
    for row in range(6):
        y = 100 + 150 * row
        lines.append([word("Uraian", 100, y), word("1.000.000", 600, y), word("900.000", 836, y)])
        lines.append([word("lanjutan", 100, y + 50)])
        lines.append([word("akhir", 100, y + 100)])
    edges = gutters(lines, 30)
    assert any(780 < e < 836 for e in edges)


def test_a_block_holding_every_column_of_the_table_is_the_table_run_on_from_above() -> None:
    intro = [word("Acara", 100, 100, 1), word("berikut", 260, 100, 1)]
    rows = [
        w for r in range(6) for w in (word("Pagi", 100, 200 + 50 * r, 1), word("Rapat", 600, 200 + 50 * r, 1))
    ]
    others = [word("Regu", 900, 200 + 50 * r, 2) for r in range(6)]
    box = Box(100, 190, 1000, 480)
    assert not joins_running_blocks(box, intro + rows + others)


def test_a_lone_dash_in_a_cell_is_found_and_a_letter_or_an_edge_is_not() -> None:
    cell = np.full((50, 200), 255, dtype=np.uint8)
    cell[24:27, 20:30] = 0
    assert page_image.lone_dash(cell, 30) == (20, 24, 30, 27)
    letter = cell.copy()
    letter[10:40, 60:64] = 0
    assert page_image.lone_dash(letter, 30) is None
    edge = np.full((50, 200), 255, dtype=np.uint8)
    edge[0:3, 20:30] = 0  # what is left of an erased rule
    assert page_image.lone_dash(edge, 30) is None
    assert page_image.lone_dash(np.full((50, 200), 255, dtype=np.uint8), 30) is None
    specked = cell.copy()
    specked[40:42, 150:152] = 0  # a scan's dust beside the dash
    specked[8:11, 90:93] = 0
    assert page_image.lone_dash(specked, 30) == (20, 24, 30, 27)
