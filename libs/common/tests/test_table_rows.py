from samarinda_common.table_rows import cell_at, is_column_numbering


def test_a_row_numbering_the_columns() -> None:
    assert is_column_numbering(["1", "2", "3", "4"])
    assert is_column_numbering(["(1)", "( 2 )", None, "(3)", ""])


def test_small_rising_figures_are_data() -> None:
    assert not is_column_numbering(["2", "5", "9"])
    assert not is_column_numbering(["1", "2", "2"])


def test_too_few_cells_or_words_are_no_numbering() -> None:
    assert not is_column_numbering(["1", "2"])
    assert not is_column_numbering(["1", "Uraian", "3"])


def test_a_cell_past_the_rows_end_is_empty() -> None:
    row = ["Map plastik", 12, "Buah"]
    assert cell_at(row, 1) == 12
    assert cell_at(row, 5) is None


def test_a_numbering_that_skips_the_number_of_an_empty_column_is_numbering() -> None:
    assert is_column_numbering(["1", "2", None, "4", "5", None, None, "8"])
    assert not is_column_numbering(["1", "2", None, "5", "6"])
