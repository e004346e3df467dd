"""Table structure from OCR word boxes: ruled grids, unruled alignment, wrapped cells, page breaks."""

from dataclasses import replace

from samarinda_common.extracted import BoundingBox, Table
from samarinda_extraction.domain.ocr_tables import (
    Box,
    Grid,
    OcrTable,
    Word,
    banded_grids,
    cuts_through_paragraphs,
    hairline_marks,
    joins_running_blocks,
    number_columns,
    row_starts,
    ruled_table,
    scribbles,
    stacked_extent,
    stacked_words,
    through_text,
    unruled_tables,
    wide_strokes,
)
from samarinda_extraction.domain.tables import merge_continued_tables


def word(text: str, x: int, y: int, order: int = 0) -> Word:
    return Word(text=text, confidence=95.0, x0=x, y0=y, x1=x + 20 * len(text), y1=y + 30, order=order)


def test_ruled_cells_keep_a_wrapped_cell_whole_and_ignore_words_outside() -> None:
    grid = Grid(xs=(100, 300, 900, 1200), ys=(500, 560, 680, 740))
    words = [
        word("Judul", 100, 400),  # above the table
        word("No", 110, 515), word("Uraian", 310, 515), word("Harga", 910, 515),
        word("1", 110, 575), word("Laptop", 310, 575, 1), word("guru", 450, 575, 2),
        word("11.950.000", 910, 575, 3), word("prosesor", 310, 625, 4), word("i5", 490, 625, 5),
        word("2", 110, 695), word("Printer", 310, 695), word("3.480.000", 910, 695),
    ]  # fmt: skip
    table = ruled_table(words, grid)
    assert table is not None
    assert table.rows == [
        ["No", "Uraian", "Harga"],
        ["1", "Laptop guru prosesor i5", "11.950.000"],
        ["2", "Printer", "3.480.000"],
    ]
    assert (table.box.y0, table.box.y1) == (500, 740)
    assert [b.y0 for b in table.row_boxes] == [500, 560, 680]


def test_a_ruled_cell_keeps_a_word_read_again_where_it_stands() -> None:
    # A lone "I" read again on its own comes back with a late reading order: it stays between
    # the words beside it, and a wrapped cell's second line still follows its first.
    grid = Grid(xs=(100, 300, 700), ys=(500, 560, 680))
    words = [
        word("No", 110, 515), word("Golongan", 310, 515),
        word("1", 110, 575), word("Penata", 310, 575, 1), word("Muda", 450, 575, 2),
        word("I", 540, 575, 99), word("(III/b)", 310, 625, 3),
    ]  # fmt: skip
    table = ruled_table(words, grid)
    assert table is not None
    assert table.rows[1] == ["1", "Penata Muda I (III/b)"]


def test_a_speck_read_as_a_mark_in_the_first_column_starts_no_row_in_a_ruled_cell() -> None:
    # A wrapped label and value beside a row number, a fax's speck read as ":" under the number:
    # the row stays one.
    grid = Grid(xs=(100, 300, 900, 1400), ys=(500, 560, 680, 740))
    words = [
        word("No", 110, 515), word("Uraian", 310, 515), word("Isi", 910, 515),
        word("2.", 110, 575), word("Nama", 310, 575), word("pegawai", 420, 575), word("Budi", 910, 575),
        Word(":", 20.0, 112, 630, 115, 634), word("yang", 310, 625), word("berangkat", 420, 625),
        word("NIP", 910, 625), word("123", 990, 625),
        word("3.", 110, 695), word("Tujuan", 310, 695), word("Kota", 910, 695),
    ]  # fmt: skip
    table = ruled_table(words, grid)
    assert table is not None
    assert [row[0] for row in table.rows] == ["No", "2.", "3."]
    assert table.rows[1][1:] == ["Nama pegawai yang berangkat", "Budi NIP 123"]


def test_a_ruled_cell_glues_a_lone_dot_to_the_word_before() -> None:
    # "b" and its dot 5 px apart and a row number's dot 10 px after it are one word each; digit
    # groups 7 px apart (a blurred scan's word space can be as narrow) and words a space apart
    # stay apart.
    grid = Grid(xs=(100, 300, 900), ys=(500, 560, 680))
    words = [
        word("No", 110, 515), word("Keterangan", 310, 515),
        word("1", 110, 575),
        Word("b", 95.0, 310, 575, 330, 605), Word(".", 90.0, 335, 599, 341, 605),
        Word("Kota", 95.0, 356, 575, 436, 605),
        Word("7", 95.0, 452, 575, 470, 605), Word("20190", 95.0, 477, 575, 577, 605),
        Word("2", 95.0, 310, 625, 328, 655), Word(".", 90.0, 338, 649, 344, 655),
        Word("Bunga", 95.0, 360, 625, 460, 655),
    ]  # fmt: skip
    table = ruled_table(words, grid)
    assert table is not None
    assert table.rows[1] == ["1", "b. Kota 7 20190 2. Bunga"]


def test_a_signature_read_as_letters_is_a_stroke_and_a_heading_read_surely_is_not() -> None:
    text = [word(f"w{i}", 100 * i, 500 + 40 * i) for i in range(9)]
    unsure = Word(text="KX", confidence=30.0, x0=1000, y0=500, x1=1080, y1=550)
    wide = Word(text="MVN", confidence=70.0, x0=1000, y0=600, x1=1200, y1=650)
    heading = Word(text="LAPORAN", confidence=93.0, x0=100, y0=100, x1=600, y1=150)
    small_unsure = Word(text="ab", confidence=30.0, x0=1000, y0=700, x1=1040, y1=730)
    assert scribbles([*text, unsure, wide, heading, small_unsure]) == [unsure, wide]


def test_a_small_signature_read_surely_as_two_wide_letters_is_a_wide_stroke() -> None:
    # Text 30 high: a signature's loop of the same height read as "QX" at 88, each "letter" 45
    # wide, and a long dash under a name, are strokes; a cell's "-", "%" or "MW" is text.
    text = [word(f"w{i}", 100 * i, 500 + 40 * i) for i in range(9)]
    loop = Word(text="QX", confidence=88.0, x0=1000, y0=500, x1=1090, y1=528)
    line = Word(text="—", confidence=70.0, x0=1000, y0=600, x1=1090, y1=620)
    dash = Word(text="-", confidence=90.0, x0=1000, y0=700, x1=1015, y1=710)
    percent = Word(text="%", confidence=90.0, x0=1100, y0=700, x1=1125, y1=730)
    capitals = Word(text="MW", confidence=90.0, x0=1200, y0=700, x1=1260, y1=730)
    assert wide_strokes([*text, loop, line, dash, percent, capitals]) == [loop, line]


def test_a_thin_line_read_as_a_mark_on_each_row_is_no_text() -> None:
    # A scanner streak down x=800 read as "i", ":" and "!" on three rows; a real narrow "l"
    # elsewhere is as thin but alone.
    text = [word(f"kata{i}", 100, 500 + 40 * i) for i in range(9)]
    streak = [
        Word(text=mark, confidence=70.0, x0=800 + i % 2, y0=500 + 40 * i, x1=802, y1=530 + 40 * i)
        for i, mark in enumerate(["i", ":", "!"])
    ]
    alone = Word(text="l", confidence=90.0, x0=300, y0=500, x1=302, y1=530)
    assert hairline_marks([*text, *streak, alone]) == streak


def test_a_grid_with_one_row_is_no_table() -> None:
    assert ruled_table([word("x", 110, 515)], Grid(xs=(100, 300, 900), ys=(500, 560))) is None


def test_unruled_columns_come_from_the_gutters_and_continuation_lines_join_their_row() -> None:
    rows = [
        ["Kode", "Uraian", "Volume", "Jumlah"],
        ["5.1.02.01.01.0024", "Makan minum", "480", "21.600.000"],
        ["5.2.02.05.01.0005", "Belanja modal", "12", "143.400.000"],
    ]
    xs = [100, 600, 1200, 1600]
    words: list[Word] = []
    for r, cells in enumerate(rows):
        y = 1000 + r * 120
        for x, cell in zip(xs, cells, strict=True):
            for k, part in enumerate(cell.split()):
                words.append(word(part, x + k * 150, y))
    words.append(word("laptop", 600, 1000 + 2 * 120 + 45))  # wrapped second line of "Belanja modal"
    words.append(word("Prosa", 100, 2000))
    [table] = unruled_tables(words)
    assert table.rows == [
        ["Kode", "Uraian", "Volume", "Jumlah"],
        ["5.1.02.01.01.0024", "Makan minum", "480", "21.600.000"],
        ["5.2.02.05.01.0005", "Belanja modal laptop", "12", "143.400.000"],
    ]


def _place(lines: list[tuple[int, list[tuple[int, str]]]]) -> list[Word]:
    """Words of a page from (top y, [(left x, cell text)]) lines; a cell's words 12 px apart."""
    words: list[Word] = []
    for y, cells in lines:
        for x, text in cells:
            left = x
            for part in text.split():
                words.append(word(part, left, y, order=len(words)))
                left += 20 * len(part) + 12
    return words


def test_an_indicator_table_without_rules_keeps_wrapped_cells_and_rows_with_an_empty_first_cell() -> None:
    lines = [
        (
            1000,
            [(100, "Sasaran"), (800, "Indikator"), (1500, "Target"), (1800, "Realisasi"), (2100, "Capaian")],
        ),
        (
            1080,
            [
                (100, "Kualitas lingkungan"),
                (800, "Indeks air"),
                (1500, "52,40"),
                (1800, "50,15"),
                (2100, "95,71"),
            ],
        ),
        (1130, [(100, "hidup")]),  # wrapped line of the first cell
        (1210, [(800, "Indeks udara kota"), (1500, "86,00"), (1800, "88,32"), (2100, "102,70")]),
        (1260, [(800, "perkotaan")]),
        (1340, [(100, "Sampah"), (800, "Bank sampah"), (1500, "120"), (1800, "134"), (2100, "111,67")]),
        (1600, [(100, "Capaian indeks kualitas air belum memenuhi target karena limbah")]),
    ]
    [table] = unruled_tables(_place(lines))
    assert table.rows == [
        ["Sasaran", "Indikator", "Target", "Realisasi", "Capaian"],
        ["Kualitas lingkungan hidup", "Indeks air", "52,40", "50,15", "95,71"],
        [None, "Indeks udara kota perkotaan", "86,00", "88,32", "102,70"],
        ["Sampah", "Bank sampah", "120", "134", "111,67"],
    ]
    assert len(table.row_boxes) == 4


def test_a_block_of_totals_set_apart_under_an_unruled_table_stays_out_of_it() -> None:
    # rows every 60 px; the totals' labels and amounts, under the last columns, 85 px below
    lines = [
        (1000, [(100, "No"), (250, "Barang"), (900, "Banyak"), (1200, "Harga"), (1600, "Jumlah")]),
        (1060, [(100, "1"), (250, "Pensil kayu"), (900, "12"), (1200, "4.000"), (1600, "48.000")]),
        (1120, [(100, "2"), (250, "Buku tulis"), (900, "30"), (1200, "6.500"), (1600, "195.000")]),
        (1180, [(100, "3"), (250, "Penghapus"), (900, "8"), (1200, "2.500"), (1600, "20.000")]),
        (1265, [(1000, "Total"), (1600, "263.000")]),
        (1320, [(1000, "Pajak daerah"), (1600, "26.300")]),
    ]
    [table] = unruled_tables(_place(lines))
    assert table.rows == [
        ["No", "Barang", "Banyak", "Harga", "Jumlah"],
        ["1", "Pensil kayu", "12", "4.000", "48.000"],
        ["2", "Buku tulis", "30", "6.500", "195.000"],
        ["3", "Penghapus", "8", "2.500", "20.000"],
    ]


def test_rows_are_told_from_wrapped_lines_by_spacing_when_rows_are_padded() -> None:
    # rows every 80 px, a wrapped line 50 px below its row's first line
    filled = [[True] * 3, [True] * 3, [False, True, False], [True] * 3]
    assert row_starts([0, 80, 130, 210], filled) == [True, True, False, True]


def test_a_line_filling_most_columns_is_a_row_however_close() -> None:
    # rows every 80 px, a wrapped line 50 px below; one row set 55 px below a wrapped line
    filled = [[True] * 4, [False, True, False, False], [True] * 4, [True] * 4]
    assert row_starts([0, 50, 105, 185], filled) == [True, False, True, True]


def test_with_even_spacing_a_sparse_line_under_filled_cells_continues_the_row() -> None:
    filled = [
        [True, True, True, True],
        [True, False, False, False],  # the first cell wraps
        [False, True, True, True],  # a new row whose first cell is empty (grouped rows)
        [False, True, False, False],  # its second cell wraps
        [True, False, False, False],  # a lone first cell under a row whose first cell is empty: a row
    ]
    assert row_starts([0, 50, 100, 150, 200], filled) == [True, False, True, False, True]


def test_prose_is_no_unruled_table() -> None:
    words = [
        word(w, 100 + 130 * i, 500 + 45 * line)
        for line in range(5)
        for i, w in enumerate(["ini", "kalimat", "biasa", "saja"])
    ]
    assert unruled_tables(words) == []


def _table(
    page: int, rows: list[list[str | None]], top: float, bottom: float, header: int | None = 0
) -> Table:
    return Table(
        page=page, index=0, header_row=header, rows=rows, bbox=BoundingBox(x0=0.1, y0=top, x1=0.9, y1=bottom)
    )


HEADER: list[str | None] = ["Kode", "Uraian", "Harga"]


def test_a_table_running_over_a_page_break_becomes_one_table_without_the_repeated_header() -> None:
    first = _table(1, [HEADER, ["1.1", "Kertas", "62.500"]], 0.3, 0.95)
    second = _table(2, [HEADER, ["1.2", "Tinta", "185.000"]], 0.05, 0.4)
    [merged] = merge_continued_tables([first, second])
    assert merged.rows == [HEADER, ["1.1", "Kertas", "62.500"], ["1.2", "Tinta", "185.000"]]
    assert (merged.page, merged.continued_on) == (1, 2)


def test_tables_that_do_not_continue_each_other_stay_apart() -> None:
    first = _table(1, [HEADER, ["1.1", "Kertas", "62.500"]], 0.3, 0.95)
    high_up_but_other_header = _table(2, [["No", "Indikator", "Target"], ["1", "AKI", "85"]], 0.05, 0.4)
    ends_mid_page = _table(1, [HEADER, ["1.1", "Kertas", "62.500"]], 0.1, 0.4)
    next_page_two = _table(3, [["1.2", "Tinta", "185.000"]], 0.05, 0.3, header=None)
    assert len(merge_continued_tables([first, high_up_but_other_header])) == 2
    assert (
        len(merge_continued_tables([ends_mid_page, _table(2, [["1.2", "Tinta", "1"]], 0.05, 0.3, None)])) == 2
    )
    assert len(merge_continued_tables([first, next_page_two])) == 2


def test_a_table_closed_by_its_grand_total_is_not_continued_by_the_next_pages_form() -> None:
    closed = _table(1, [HEADER, ["1.1", "Kertas", "62.500"], [None, "JUMLAH", "62.500"]], 0.3, 0.95)
    next_form = _table(2, [HEADER, ["1.2", "Tinta", "185.000"]], 0.05, 0.4)
    assert len(merge_continued_tables([closed, next_form])) == 2
    carried_rows = [HEADER, ["1.1", "Kertas", "62.500"], [None, "Jumlah dipindahkan", "62.500"]]
    carried = _table(1, carried_rows, 0.3, 0.95)
    assert len(merge_continued_tables([carried, next_form])) == 1


def test_a_header_over_right_aligned_numbers_is_one_column_with_them() -> None:
    from samarinda_extraction.domain.ocr_tables import merge_complementary_columns

    edges = [0, 100, 200, 260, 400]
    filled = [
        [True, True, False, True],  # header: "Target" left of the numbers' column
        [True, False, True, True],
        [True, False, True, True],
    ]
    assert merge_complementary_columns(edges, filled) == [0, 100, 260, 400]


def test_unsure_marks_without_letters_or_digits_stay_out_of_cells() -> None:
    grid = Grid(xs=(100, 600, 1000), ys=(500, 560, 620))
    words = [
        word("Kode", 110, 515), word("Harga", 610, 515),
        word("5.1.02", 110, 575), Word(",", 40.0, 300, 575, 310, 605), word("45.000", 610, 575),
        Word("-", 95.0, 900, 575, 910, 605),  # a sure dash is text
    ]  # fmt: skip
    table = ruled_table(words, grid)
    assert table is not None
    assert table.rows[1] == ["5.1.02", "45.000 -"]


def test_ink_no_word_covers_is_grouped_by_line_for_a_second_reading() -> None:
    from samarinda_extraction.domain.ocr_tables import Box, unread

    words = [word("Pagu", 100, 100), word("Realisasi", 400, 100)]
    blobs = [
        (100, 100, 180, 130),  # read: covered by "Pagu"
        (900, 102, 930, 128),  # a lone "%" nobody read
        (900, 180, 960, 210), (980, 182, 1040, 210),  # "71,85" in two blobs on one line
    ]  # fmt: skip
    assert unread(blobs, words) == [Box(900, 102, 930, 128), Box(900, 180, 1040, 210)]
    assert unread([], words) == []


def test_two_rows_under_one_lost_rule_become_two_rows_but_a_wrapped_cell_stays_whole() -> None:
    grid = Grid(xs=(100, 400, 900, 1200), ys=(500, 560, 700, 820))  # the rule at 630 was lost
    words = [
        word("Kode", 110, 515), word("Uraian", 410, 515), word("Harga", 910, 515),
        word("5.1.02", 110, 575), word("Semen", 410, 575), word("78.500", 910, 575),
        word("5.1.03", 110, 640), word("Pasir", 410, 640), word("285.000", 910, 640),
        word("5.2.04", 110, 715), word("Paving", 410, 715), word("142.000", 910, 715),
        word("block", 410, 765),  # wrapped
    ]  # fmt: skip
    table = ruled_table(words, grid)
    assert table is not None
    assert table.rows == [
        ["Kode", "Uraian", "Harga"],
        ["5.1.02", "Semen", "78.500"],
        ["5.1.03", "Pasir", "285.000"],
        ["5.2.04", "Paving block", "142.000"],
    ]
    assert len(table.row_boxes) == 4 and table.row_boxes[2].y1 == 700


def test_a_cell_wrapped_onto_three_lines_beside_rows_of_one_line_lost_no_rule() -> None:
    """An invented list: rows of one line, and one row whose name wraps onto three lines, its
    number and amounts centred on the middle line; twice as tall as the others, it is one row."""
    grid = Grid(xs=(100, 200, 700, 1000, 1300), ys=(500, 560, 620, 680, 840, 900))
    words = [
        word("No", 110, 515), word("Barang", 210, 515), word("Harga", 710, 515), word("Sisa", 1010, 515),
        word("1", 110, 575), word("Kursi", 210, 575), word("25.000", 710, 575), word("5.000", 1010, 575),
        word("2", 110, 635), word("Meja", 210, 635), word("40.000", 710, 635), word("8.000", 1010, 635),
        word("Lemari", 210, 690), word("kayu", 350, 690),
        word("3", 110, 740), word("jati", 210, 740), word("dua", 310, 740), word("90.000", 710, 740),
        word("1.000", 1010, 740),
        word("pintu", 210, 790),
        word("4", 110, 855), word("Rak", 210, 855), word("15.000", 710, 855), word("2.000", 1010, 855),
    ]  # fmt: skip
    table = ruled_table(words, grid)
    assert table is not None
    assert table.rows[3] == ["3", "Lemari kayu jati dua pintu", "90.000", "1.000"]
    assert len(table.rows) == 5


def test_lines_above_a_vertically_centred_key_belong_to_its_ruled_row() -> None:
    # Cells centred in rows of three lines: the row number and the price sit on the middle line,
    # under the first line of the item's name. A row of the usual height lost no rule.
    grid = Grid(xs=(100, 200, 700, 1000), ys=(500, 560, 720, 880))
    words = [
        word("No", 110, 515), word("Barang", 210, 515), word("Harga", 710, 515),
        word("Keset", 210, 580), word("1", 110, 625), word("sabut", 210, 625), word("25.000", 710, 625),
        word("kelapa", 210, 670),
        word("Ember", 210, 740), word("2", 110, 785), word("plastik", 210, 785), word("40.000", 710, 785),
        word("besar", 210, 830),
    ]  # fmt: skip
    table = ruled_table(words, grid)
    assert table is not None
    assert table.rows == [
        ["No", "Barang", "Harga"],
        ["1", "Keset sabut kelapa", "25.000"],
        ["2", "Ember plastik besar", "40.000"],
    ]


def test_an_id_number_wrapping_its_last_group_stays_in_its_row() -> None:
    # One ruled row: the register number's last group and the title's end wrap onto a second
    # line. A number under the row's own number without a first cell is its wrapped tail.
    grid = Grid(xs=(100, 180, 600, 900, 1300), ys=(500, 560, 690))
    words = [
        word("No", 110, 515), word("Nama", 190, 515), word("Nomor", 610, 515), word("Jabatan", 910, 515),
        word("1", 110, 575, 1), word("Budi", 190, 575, 2), word("Santoso", 300, 575, 3),
        word("19650101", 610, 575, 4), word("199003", 760, 575, 5),
        word("Kepala", 910, 575, 6), word("Seksi", 1050, 575, 7),
        word("007", 610, 630, 8), word("Pelayanan", 910, 630, 9),
    ]  # fmt: skip
    table = ruled_table(words, grid)
    assert table is not None
    assert table.rows == [
        ["No", "Nama", "Nomor", "Jabatan"],
        ["1", "Budi Santoso", "19650101 199003 007", "Kepala Seksi Pelayanan"],
    ]


def test_lines_of_two_prose_columns_are_no_table_but_a_table_beside_a_paragraph_is() -> None:
    # Two newsletter columns: each a paragraph of Tesseract's running above and below the
    # rows whose justified word gaps line up like a table's gutters.
    left = [
        word(w, 100 + 160 * i, 300 + 50 * line)
        for line in range(6)
        for i, w in enumerate(["pasar", "ikan", "baru"])
    ]
    right = [
        word(w, 700 + 160 * i, 300 + 50 * line)
        for line in range(6)
        for i, w in enumerate(["jembatan", "sungai"])
    ]
    rows = Box(100, 390, 1100, 460)  # the middle two lines of both columns
    assert cuts_through_paragraphs(rows, [left, right])
    # A table whose cells are paragraphs of their own, under a paragraph that ends above it.
    above = [word("Rincian", 100, 200), word("belanja", 300, 200)]
    cells = [[word("Kursi", 100, 300 + 50 * r)] for r in range(3)] + [
        [word("12", 700, 300 + 50 * r)] for r in range(3)
    ]
    assert not cuts_through_paragraphs(Box(100, 290, 800, 440), [above, *cells])
    # ... or one paragraph of Tesseract's with the table's title above it.
    titled = [
        *above,
        *(
            word(v, x, 300 + 50 * r)
            for r in range(3)
            for x, v in [(100, "Meja"), (400, "unit"), (700, "12"), (900, "3")]
        ),
    ]
    assert not cuts_through_paragraphs(Box(100, 290, 1000, 440), [titled])


def test_a_long_title_line_just_above_a_short_table_is_its_title_but_prose_running_on_is_not() -> None:
    # Tesseract made the title and the table's three rows one paragraph: the title has as many
    # words as the table, yet it is one line just above the box.
    heading = ["Berkas", "yang", "dilampirkan", "pada", "surat"]
    title = [word(w, 100 + 180 * i, 240) for i, w in enumerate(heading)]
    rows = [
        word(v, x, 300 + 50 * r)
        for r in range(3)
        for x, v in [(100, str(r + 1)), (300, "Salinan"), (800, "2")]
    ]
    box = Box(90, 290, 900, 440)
    assert not cuts_through_paragraphs(box, [[*title, *rows]])
    # Two lines above it are prose the "table" carries on from ...
    two_lines = [*title, *(word(w, 100 + 180 * i, 190) for i, w in enumerate(["maka", "kami", "serahkan"]))]
    assert cuts_through_paragraphs(box, [[*two_lines, *rows]])
    # ... and so is one line far above it, or one line below it.
    far = [replace(w, y0=w.y0 - 200, y1=w.y1 - 200) for w in title]
    assert cuts_through_paragraphs(box, [[*far, *rows]])
    below = [replace(w, y0=w.y0 + 250, y1=w.y1 + 250) for w in title]
    assert cuts_through_paragraphs(box, [[*rows, *below]])


def test_a_sidebar_block_running_on_above_the_box_beside_the_body_is_no_table() -> None:
    def in_block(text: str, x: int, y: int, block: int) -> Word:
        return Word(text=text, confidence=95.0, x0=x, y0=y, x1=x + 20 * len(text), y1=y + 30, block=block)

    # A sidebar (block 1) of short lines from y=100 down, the body's list (block 2) from y=300:
    # level by chance, the two would pass for a table's columns over y=300..600.
    sidebar = [
        in_block(t, 100, 100 + 50 * i, 1) for i, t in enumerate(["Jadwal", "Tahap", "satu", "dua"] * 2)
    ]
    body = [
        in_block(t, 600, 300 + 50 * i, 2) for i, t in enumerate(["Butir", "pertama", "kedua", "ketiga"] * 2)
    ]
    box = Box(100, 290, 1000, 640)
    assert joins_running_blocks(box, sidebar + body)
    # A table whose columns Tesseract reads as blocks that end with it, under a one-line title
    # joined to its first column.
    title = [in_block("Rincian", 100, 240, 1)]
    names = [in_block("Kursi", 100, 300 + 50 * r, 1) for r in range(6)]
    counts = [in_block(str(r), 600, 300 + 50 * r, 2) for r in range(6)]
    assert not joins_running_blocks(box, title + names + counts)
    # Words read again in crops belong to no block.
    assert not joins_running_blocks(box, [replace(w, block=-1) for w in sidebar + body])


def test_a_header_with_descenders_stays_a_row_of_its_own_above_evenly_spaced_rows() -> None:
    # Rows 60 px apart, one wrapped cell 44 px below its row; words with a descender
    # ("Kegiatan", "(Rp)", "Keterangan", "Rapat") end 8 px lower than the others.
    header = [(100, "No"), (300, "Kegiatan"), (900, "Jumlah (Rp)"), (1300, "Keterangan")]
    lines = [(1000, header)]
    y = 1000
    for r in range(1, 9):
        y += 60
        lines.append(
            (y, [(100, str(r)), (300, f"Rapat koordinasi {r}"), (900, f"{r}.250.000"), (1300, "APBD")])
        )
        if r == 4:
            y += 44
            lines.append((y, [(300, "tambahan")]))
    words = _place(lines)
    words = [
        Word(w.text, w.confidence, w.x0, w.y0, w.x1, w.y1 + 8, w.order) if set(w.text) & set("gjp(") else w
        for w in words
    ]
    [table] = unruled_tables(words)
    assert table.rows[0] == ["No", "Kegiatan", "Jumlah (Rp)", "Keterangan"]
    assert table.rows[1] == ["1", "Rapat koordinasi 1", "1.250.000", "APBD"]
    assert table.rows[4] == ["4", "Rapat koordinasi 4 tambahan", "4.250.000", "APBD"]
    assert len(table.rows) == 9


def test_a_column_of_one_digit_row_numbers_read_as_one_tall_word_is_found() -> None:
    body = [word("Rapat", 300, 1000 + 60 * r) for r in range(8)]
    stacked = Word("AU", 60.0, 100, 1060, 118, 1142)  # "2" "3" "4" under each other, as one word
    title = Word("WARTA", 95.0, 300, 500, 700, 580)  # a large title: as tall, but as wide as high
    blurred = Word("2.750.000", 50.0, 300, 2000, 497, 2064)  # a fax's blurred amount, twice as tall
    # A fax's streak running down through a word: its box is as tall as the streak's run.
    streaked = Word("Ringkasan", 88.0, 300, 2200, 480, 2300)
    assert stacked_words([*body, stacked, title, blurred, streaked]) == [stacked]


def test_a_cell_of_the_same_two_words_on_every_row_stays_one_cell_under_its_centred_header() -> None:
    # The last column reads "Tanpa Ongkir" on every row: a gap of a wide word space runs down all
    # rows between its words, but the header "Catatan" stands centred across that gap.
    lines = [
        (1000, [(100, "Nomor"), (400, "Nama Barang"), (1000, "Satuan"), (1546, "Catatan")]),
        *(
            (1000 + 60 * r, [(100, f"77.{r}"), (400, name), (1000, "Lusin")])
            for r, name in enumerate(
                ["Gelas kaca bening", "Piring melamin", "Sendok makan besi", "Taplak meja kain"], start=1
            )
        ),
    ]
    words = _place(lines)
    for r in range(1, 5):
        words.append(word("Tanpa", 1500, 1000 + 60 * r, order=len(words)))
        words.append(word("Ongkir", 1616, 1000 + 60 * r, order=len(words)))
    [table] = unruled_tables(words)
    assert table.rows[0] == ["Nomor", "Nama Barang", "Satuan", "Catatan"]
    assert all(row[-1] == "Tanpa Ongkir" for row in table.rows[1:])
    assert len(table.rows) == 5


def test_a_grid_whose_columns_are_a_letter_wide_is_no_table() -> None:
    from samarinda_extraction.domain.ocr_tables import columns_hold_words

    table = Grid(xs=(100, 160, 600, 900, 1200), ys=(500, 560, 620))
    stems = Grid(xs=(700, 712, 730, 765, 790, 812, 870), ys=(900, 914, 990))
    assert columns_hold_words(table, text_height=30)
    assert not columns_hold_words(stems, text_height=30)
    double_rule = Grid(xs=(100, 300, 600, 900), ys=(500, 515, 570))
    assert not columns_hold_words(double_rule, text_height=30)


def test_columns_of_numbers_below_the_header_are_counted() -> None:
    rows: list[list[str | None]] = [
        ["No", "Barang", "Jumlah", "Harga", "Catatan"],
        *([str(n), "Spidol", "12", "9.500", "baik"] for n in range(1, 5)),
        [None, "Total", None, "38.000", None],
    ]
    assert number_columns(OcrTable(rows=rows, box=Box(0, 0, 10, 10))) == 3
    # A word among a column's numbers makes it no number column; three numbers are too few.
    rows[2][3] = "habis"
    assert number_columns(OcrTable(rows=rows[:4], box=Box(0, 0, 10, 10))) == 0


def test_a_total_label_and_specks_in_a_column_of_numbers_leave_it_a_number_column() -> None:
    rows: list[list[str | None]] = [
        ["Satuan (Rp)", "Banyak", "Nilai (Rp)"],
        ["25.000", "4 buah", "100.000 ."],
        ["10.000 -", "3 buah", ": 30.000"],
        ["5.000", "8 buah", "40.000"],
        ["1.000", "6 buah", "6.000"],
        ["Jumlah seluruhnya", None, "176.000"],
    ]
    assert number_columns(OcrTable(rows=rows, box=Box(0, 0, 10, 10))) == 2
    # A label above the last row is a word among the numbers.
    rows[2][0] = "Sisa"
    assert number_columns(OcrTable(rows=rows, box=Box(0, 0, 10, 10))) == 1


def test_a_column_of_numbers_written_in_digit_groups_is_a_number_column() -> None:
    # A list of staff: the row number and the NIP (digit groups a space apart) line up as numbers.
    rows: list[list[str | None]] = [
        ["No", "Nama", "NIP", "Jabatan"],
        *([f"{n}.", "Budi Santoso", f"1980010{n} 200501 1 00{n}", "Staf"] for n in range(1, 5)),
    ]
    assert number_columns(OcrTable(rows=rows, box=Box(0, 0, 10, 10))) == 2
    # Words a space apart are no digit groups.
    rows[1][2] = "19800101 Budi"
    assert number_columns(OcrTable(rows=rows, box=Box(0, 0, 10, 10))) == 1


def test_a_value_of_digit_groups_in_a_fixed_width_font_stays_one_cell_under_its_short_header() -> None:
    # Every row's registration number is three digit groups a word space apart at the same x:
    # the gaps run down all the rows, but the header "Reg" stands over one group only.
    lines = [
        (1000, [(100, "No"), (300, "Nama"), (900, "Reg"), (1500, "Kota")]),
        *(
            (1000 + 60 * r, [(100, str(r)), (300, name), (820, f"4410 {r}{r}7 90{r}"), (1500, city)])
            for r, (name, city) in enumerate(
                [("Budi Santoso", "Bontang"), ("Rina Wati", "Tenggarong"), ("Joko", "Sangatta")], start=1
            )
        ),
    ]
    [table] = unruled_tables(_place(lines))
    assert table.rows[0] == ["No", "Nama", "Reg", "Kota"]
    assert table.rows[1] == ["1", "Budi Santoso", "4410 117 901", "Bontang"]
    assert len(table.rows) == 4


def test_a_header_cell_spanning_two_rows_keeps_its_text_in_the_upper_row() -> None:
    # "Plan 2027" spans the last two columns, ruled below it only; "Item name" spans both header
    # rows, its second line beside the sub-labels.
    grid = Grid(
        xs=(100, 500, 800, 1100),
        ys=(500, 560, 620, 700),
        open_edges=frozenset({(0, 2)}),
        open_rules=frozenset({(1, 0)}),
    )
    words = [
        word("Item", 110, 515), word("name", 110, 575),
        word("Plan", 600, 515), word("2027", 700, 515),
        word("Target", 510, 575), word("Budget", 810, 575),
        word("Kertas", 110, 640), word("10", 510, 640), word("500", 810, 640),
    ]  # fmt: skip
    table = ruled_table(words, grid)
    assert table is not None
    assert table.rows == [
        ["Item name", "Plan 2027", None],
        [None, "Target", "Budget"],
        ["Kertas", "10", "500"],
    ]


def test_a_blurred_word_of_a_text_line_or_a_blurred_amount_is_no_stroke() -> None:
    # Text 30 high; a blur swells "6 bln" in "3 org x 6 bln = 18" and an amount to 45, read unsurely.
    text = [word(f"w{i}", 100 * i, 500 + 40 * i) for i in range(9)]
    line = [word("org", 100, 900), word("x", 180, 900), word("=", 320, 900)]
    six = Word(text="6", confidence=25.0, x0=215, y0=893, x1=232, y1=938)
    bln = Word(text="bln", confidence=25.0, x0=242, y0=893, x1=300, y1=938)
    amount = Word(text="7.250.000,", confidence=45.0, x0=1500, y0=1000, x1=1690, y1=1045)
    signature = Word(text="KX", confidence=30.0, x0=1500, y0=1200, x1=1580, y1=1250)
    assert scribbles([*text, *line, six, bln, amount, signature]) == [signature]


def test_an_account_name_running_into_the_next_column_keeps_its_gutter() -> None:
    # A group row's name, in a cell merged across the row, runs a word space at a time past the
    # Uraian column's gutter into the Koefisien column: the items' columns stay apart.
    columns = (100, 250, 900, 1400, 1700)
    lines = [(0, list(zip(columns, ["No", "Uraian", "Koefisien", "Satuan", "Harga"], strict=True)))]
    for k in range(1, 7):
        cells = [str(10 + k), f"Barang uji panjang nomor {k}", f"{k} bh", "Unit", "12.000"]
        lines.append((0, list(zip(columns, cells, strict=True))))
    lines.insert(4, (0, [(250, "5.1.02.01.01.0099"), (630, "Belanja Bahan untuk Warga"), (1700, "360.000")]))
    placed = [(1000 + 60 * r, cells) for r, (_, cells) in enumerate(lines)]
    [table] = unruled_tables(_place(placed))
    assert table.rows[1] == ["11", "Barang uji panjang nomor 1", "1 bh", "Unit", "12.000"]
    assert all(len(row) == 5 for row in table.rows)


def test_group_rows_whose_names_cross_the_item_columns_keep_the_table_whole() -> None:
    # Under a block of label-and-value lines, an unruled table whose group rows (an account code
    # and name run on across three columns, its subtotal in the last) stand between the items:
    # one table from the header down, the items' columns kept apart.
    columns = (100, 200, 800, 1150, 1350, 1700)
    header = ["No", "Uraian", "Koefisien", "Vol", "Satuan", "Jumlah"]
    lines: list[tuple[int, list[tuple[int, str]]]] = [
        (0, [(100, "Program"), (400, ":"), (450, "Program Uji Coba")]),
        (0, [(100, "Lokasi"), (400, ":"), (450, "Kantor Uji"), (780, "Jl. Contoh")]),
        (0, list(zip(columns, header, strict=True))),
    ]
    names = ["Belanja Bahan Contoh untuk Kegiatan Uji Lainnya", "Belanja Alat Contoh Kegiatan"]
    for group, name in enumerate(names):
        lines.append((0, [(200, f"5.1.02.01.01.00{group + 10}"), (552, name), (1700, "90.000")]))
        for k in range(1, 5):
            number, name_k, koefisien = str(4 * group + k), f"Barang contoh {k}", f"{k} Org x 2 Kali"
            cells = [number, name_k, koefisien, str(2 * k), "Kotak", "30.000"]
            lines.append((0, list(zip(columns, cells, strict=True))))
    placed = [(1000 + 60 * r, cells) for r, (_, cells) in enumerate(lines)]
    [table] = unruled_tables(_place(placed))
    assert table.rows[0] == header
    assert len(table.rows) == 11
    assert all(len(row) == 6 for row in table.rows)
    assert table.rows[1][0] is None and table.rows[1][-1] == "90.000"
    assert table.rows[6] == [None, "5.1.02.01.01.0011 Belanja", "Alat Contoh Kegiatan", None, None, "90.000"]
    assert table.rows[7] == ["5", "Barang contoh 1", "1 Org x 2 Kali", "2", "Kotak", "30.000"]


def test_pieces_of_one_table_cut_by_the_finder_are_judged_together() -> None:
    def in_block(text: str, x: int, y: int, block: int) -> Word:
        return Word(text=text, confidence=95.0, x0=x, y0=y, x1=x + 20 * len(text), y1=y + 30, block=block)

    # Tesseract reads each of three columns as one block down ten rows; the finder cut the
    # table into two pieces where a row left a column empty.
    rows = range(10)
    words = [
        *(in_block(f"{r}", 100, 300 + 50 * r, 1) for r in rows),
        *(in_block("Kantor", 300, 300 + 50 * r, 2) for r in rows),
        *(in_block("Rapat", 700, 300 + 50 * r, 3) for r in rows),
    ]
    upper, lower = Box(100, 300, 800, 530), Box(100, 550, 800, 780)
    # A lone piece's column blocks run on into the other piece, as a sidebar's would ...
    assert joins_running_blocks(upper, words)
    # ... the pieces together hold them whole.
    whole = stacked_extent(0, [upper, lower], 30)
    assert whole == Box(100, 300, 800, 780)
    assert not joins_running_blocks(whole, words)
    # A table far below, or one beside in a narrow column, is another table.
    far, narrow = Box(100, 900, 800, 1100), Box(100, 550, 300, 780)
    assert stacked_extent(0, [upper, far], 30) == upper
    assert stacked_extent(1, [narrow, upper], 30) == upper


def _rule(y: int, x0: int = 100, x1: int = 1300) -> Box:
    return Box(x0, y - 2, x1, y + 2)


def _goods_list() -> list[Word]:
    """An invented list ruled across only: the item's name wraps onto three lines and the number,
    count and price sit in the middle of its row."""
    return [
        word("No", 110, 515), word("Barang", 400, 515), word("Jumlah", 1000, 515),
        word("Bangku", 400, 575, 1), word("panjang", 520, 575, 2),
        word("1", 110, 615), word("kayu,", 400, 615, 3), word("12", 1100, 615),
        word("coklat", 400, 655, 4),
        word("2", 110, 725), word("Meja", 400, 725), word("3", 1100, 725),
    ]  # fmt: skip


def test_a_table_ruled_across_only_gets_its_columns_from_the_words_between_its_rules() -> None:
    words = [word("Catatan", 100, 400), *_goods_list()]
    rules = [_rule(500), _rule(560), _rule(700), _rule(780)]
    [grid] = banded_grids(rules, words, [])
    assert grid.ys == (500, 560, 700, 780)
    assert (grid.xs[0], grid.xs[-1]) == (100, 1300)
    table = ruled_table(words, grid)
    assert table is not None
    assert table.rows == [
        ["No", "Barang", "Jumlah"],
        ["1", "Bangku panjang kayu, coklat", "12"],
        ["2", "Meja", "3"],
    ]


def test_a_letterhead_rule_above_a_block_of_labels_is_no_rule_of_the_table_below() -> None:
    """An invented page: the letterhead's rule, a title and a label line running across the
    table's columns, then the table ruled across only, its first rule within reach of the
    letterhead's."""
    labels = [
        w
        for y in (290, 350, 410)
        for w in (word("Kantor", 110, y), word("Kecamatan", 250, y), word("Sungai", 460, y))
    ]
    words = [word("DAFTAR", 500, 240), *labels, *_goods_list()]
    [grid] = banded_grids([_rule(200), _rule(500), _rule(560), _rule(700), _rule(780)], words, [])
    assert grid.ys == (500, 560, 700, 780)
    assert len(grid.xs) == 4


def test_two_tables_ruled_across_under_each_other_with_a_title_between_are_two_grids() -> None:
    """An invented page: a goods list, a title line in a band of its own, then a list of fees of
    other columns, all ruled across at the same ends and row spacing."""
    fees = [
        word("Nomor", 110, 915), word("Biaya", 250, 915), word("Nilai", 700, 915), word("Catatan", 1000, 915),
        word("1", 110, 995), word("Ongkos", 250, 995), word("kirim", 390, 995), word("50.000", 700, 995),
        word("lunas", 1000, 995),
        word("2", 110, 1075), word("Asuransi", 250, 1075), word("20.000", 700, 1075),
        word("belum", 1000, 1075),
    ]  # fmt: skip
    words = [*_goods_list(), word("Biaya-biaya", 110, 815), word("lain:", 340, 815), *fees]
    rules = [_rule(y) for y in (500, 560, 700, 780, 880, 960, 1040, 1120)]
    upper, lower = banded_grids(rules, words, [])
    assert upper.ys == (500, 560, 700, 780)
    assert lower.ys == (880, 960, 1040, 1120)
    table = ruled_table(words, lower)
    assert table is not None
    assert table.rows == [
        ["Nomor", "Biaya", "Nilai", "Catatan"],
        ["1", "Ongkos kirim", "50.000", "lunas"],
        ["2", "Asuransi", "20.000", "belum"],
    ]


def test_a_group_row_across_a_table_ruled_across_keeps_it_one_grid() -> None:
    rows = [
        w
        for i, y in enumerate((575, 655, 735, 895, 975, 1055))
        for w in (word(str(i + 1), 110, y), word("Bangku", 400, y), word(str(10 + i), 1100, y))
    ]
    header = [word("No", 110, 515), word("Barang", 400, 515), word("Jumlah", 1000, 515)]
    words = [*header, *rows, word("Peralatan", 110, 815), word("kantor", 330, 815)]
    rules = [_rule(y) for y in (500, 560, 640, 720, 800, 880, 960, 1040, 1120)]
    [grid] = banded_grids(rules, words, [])
    assert grid.ys == (500, 560, 640, 720, 800, 880, 960, 1040, 1120)


def test_rules_of_a_grid_already_found_or_too_few_to_hold_rows_make_no_banded_table() -> None:
    words = _goods_list()
    rules = [_rule(500), _rule(560), _rule(700), _rule(780)]
    found = Grid(xs=(100, 300, 900, 1300), ys=(500, 560, 700, 780))
    assert banded_grids(rules, words, [found]) == []
    # A report ruled around its header and under its last row: two bands.
    assert banded_grids([_rule(500), _rule(560), _rule(780)], words, []) == []
    # Rules of other lengths (a signature's underline) are no rows of the table.
    assert banded_grids([_rule(500), _rule(560, 100, 600), _rule(700), _rule(780)], words, []) == []


def test_a_streak_down_the_page_through_a_table_ruled_across_is_no_column_rule() -> None:
    words = _goods_list()
    rules = [_rule(500), _rule(560), _rule(700), _rule(780)]
    # Dirt on a fax's glass: a line from the page's top to far below the table.
    streak = Box(250, 0, 253, 2000)
    [grid] = banded_grids(rules, words, [], [streak])
    assert grid.ys == (500, 560, 700, 780)
    # A rule of the table's own columns (a grid too faint to be found) leaves it to their reader.
    column = Box(250, 498, 253, 782)
    assert banded_grids(rules, words, [], [column]) == []


def test_a_rule_through_a_line_of_words_is_a_line_of_text_not_a_rule() -> None:
    line = [word("Pengiriman", 100, 500), word("barang", 320, 500), word("gudang", 480, 500)]
    # A fax's bridging joins a line of text into a "rule" along its baseline.
    assert through_text(_rule(526, 100, 700), line)
    # A rule in the gap below the line, or touching its words' boxes, rules a row.
    assert not through_text(_rule(540, 100, 700), line)
    assert not through_text(_rule(529, 100, 700), line)
    # A few words crossed by a long rule: a mark on the rule, not a line of text.
    assert not through_text(_rule(515, 100, 2000), line[:1])


def test_lines_of_a_fax_list_joined_into_rules_make_no_banded_table() -> None:
    """An invented unruled list whose lines the fax's bridging joined into rules along their
    baselines: the unruled reader is left to read it."""
    words = [
        w
        for i, y in enumerate(range(500, 800, 60))
        for w in (word(str(i + 1), 110, y), word("Sepatu kerja", 300, y), word("Rp 125.000", 900, y))
    ]
    rules = [_rule(y + 26, 100, 1300) for y in range(500, 800, 60)]
    assert banded_grids(rules, words, []) == []
