"""Table styles a new author draws: a two-word label over right-aligned amounts, a totals row
under the last item, a column of row numbers Tesseract read as unsure letter pairs."""

from samarinda_extraction.domain.ocr_tables import (
    Grid,
    Word,
    row_starts,
    ruled_table,
    unruled_tables,
    unsure_lone_marks,
)


def _word(text: str, x: int, y: int, confidence: float = 95.0, right: int | None = None) -> Word:
    """A word 18 px a character wide, 28 px high; ``right``: its right end (right-aligned)."""
    width = 18 * len(text)
    x0 = right - width if right is not None else x
    return Word(text=text, confidence=confidence, x0=x0, y0=y, x1=x0 + width, y1=y + 28)


def _line(y: int, cells: list[tuple[int, str]], amount: str, amount_right: int = 2000) -> list[Word]:
    words: list[Word] = []
    for x, text in cells:
        for part in text.split():
            words.append(_word(part, x, y))
            x += 18 * len(part) + 12
    words.append(_word(amount, 0, y, right=amount_right))
    return words


def test_a_two_word_label_over_right_aligned_amounts_is_one_column() -> None:
    # "Total (USD)" centred over the amounts: "Total" stands over no amount, a word space from
    # "(USD)", whose left end the amounts' left ends line up with.
    header = [
        _word("Code", 200, 1000),
        _word("Item", 600, 1000),
        _word("Total", 1760, 1000),
        _word("(USD)", 1867, 1000),
    ]
    words = list(header)
    rows = [
        ("A-17", "Garden hose", "48.250"),
        ("B-02", "Paint roller", "19.900"),
        ("C-33", "Wheelbarrow", "31.200"),
    ]
    for r, (code, item, amount) in enumerate(rows):
        words += _line(1080 + 70 * r, [(200, code), (600, item)], amount, amount_right=1978)
    [table] = unruled_tables(words)
    assert table.rows[0] == ["Code", "Item", "Total (USD)"]
    assert table.rows[1] == ["A-17", "Garden hose", "48.250"]


def test_a_totals_row_under_the_last_item_is_a_row_of_its_own() -> None:
    # Evenly spaced rows; the totals line fills only the label and amount columns, both filled
    # in the row above: a number under a number is no wrapped cell.
    filled = [[True] * 5, [True] * 5, [False, True, False, False, True]]
    numbers = [[False, False, False, False, True]] * 3
    assert row_starts([100, 170, 240], filled, numbers=numbers) == [True, True, True]
    # Without a number under the row's number, the line continues the row (a wrapped cell).
    wrapped = [[False, False, False, False, True]] * 2 + [[False] * 5]
    assert row_starts([100, 170, 240], filled, numbers=wrapped) == [True, True, False]


def test_unsure_short_marks_standing_apart_are_read_again_but_sure_ones_and_prose_are_not() -> None:
    line = [
        _word("Qe", 300, 500, confidence=41.0),  # a row number garbled
        _word("Shovel", 360, 500),  # a cell's padding to the right: 0.6 text heights at least
        _word("27.500", 0, 500, right=1500),
    ]
    sure = [_word("7", 300, 600, confidence=96.0), _word("Rake", 360, 600)]
    prose = [_word("xq", 300, 700, confidence=40.0), _word("paragraph", 344, 700, confidence=90.0)]
    long_unsure = [_word("Iiiilllll", 300, 800, confidence=30.0), _word("Broom", 520, 800)]
    marks = unsure_lone_marks([*line, *sure, *prose, *long_unsure])
    assert [[w.text for w in run] for run in marks] == [["Qe"]]


def test_a_group_label_across_a_ruled_table_is_one_cell_where_the_column_rules_are_not_drawn() -> None:
    # Row 1 is a merged cell: the rules at x=300 and x=900 stop short of it.
    grid = Grid(xs=(100, 300, 900, 1200), ys=(500, 560, 620, 680), open_edges=frozenset({(1, 1), (1, 2)}))
    words = [
        _word("Ref", 110, 515), _word("Article", 310, 515), _word("Amount", 910, 515),
        _word("Stationery", 110, 575), _word("and", 310, 575), _word("paper", 400, 575),
        _word("7", 110, 635), _word("Envelopes", 310, 635), _word("12.400", 910, 635),
    ]  # fmt: skip
    table = ruled_table(words, grid)
    assert table is not None
    assert table.rows == [
        ["Ref", "Article", "Amount"],
        ["Stationery and paper", None, None],
        ["7", "Envelopes", "12.400"],
    ]
    # Drawn across every row, the same words stay in their columns.
    assert ruled_table(words, Grid(grid.xs, grid.ys)).rows[1] == ["Stationery", "and paper", None]  # type: ignore[union-attr]
