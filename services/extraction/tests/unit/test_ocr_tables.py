"""Table structure from OCR word boxes: ruled grids, unruled alignment, wrapped cells, page breaks."""

from samarinda_common.extracted import BoundingBox, Table
from samarinda_extraction.domain.ocr_tables import Grid, Word, ruled_table, unruled_tables
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
