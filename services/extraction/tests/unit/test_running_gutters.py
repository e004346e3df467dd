"""A "table" found across the gutter of two columns of text, against a table's own gutters."""

from samarinda_extraction.domain.ocr_tables import Box, Word
from samarinda_extraction.domain.running_gutters import gutter_runs_on


def line(y: int, *spans: tuple[str, int]) -> list[Word]:
    """Words of one line at the given left edges, 40 px tall, 20 px per letter."""
    return [Word(text, 90.0, x, y, x + 20 * len(text), y + 40) for text, x in spans]


def two_columns(y: int) -> list[Word]:
    # running prose on the left, a label and its value on the right
    return line(
        y, ("hujan", 100), ("turun", 230), ("sejak", 360), ("pagi", 490), ("Gudang", 1100), ("3", 1500)
    )


def test_a_gutter_running_on_above_and_below_the_box_is_two_columns_of_text() -> None:
    words = [w for i in range(10) for w in two_columns(100 + 60 * i)]
    box = Box(100, 220, 1520, 460)  # lines 3 to 7
    assert gutter_runs_on(box, words)


def test_a_table_under_and_over_prose_written_across_keeps_its_gutters() -> None:
    prose = [
        ("kalimat", 100),
        ("yang", 260),
        ("melintas", 360),
        ("seluruh", 540),
        ("lebar", 700),
        ("halaman", 820),
    ]
    words = [w for y in (100, 160) for w in line(y, *prose)]
    words += [w for i in range(5) for w in two_columns(220 + 60 * i)]
    words += [w for y in (520, 580) for w in line(y, *prose)]
    assert not gutter_runs_on(Box(100, 220, 1520, 500), words)


def test_signature_blocks_standing_apart_under_a_table_do_not_run_its_gutter_on() -> None:
    words = [w for i in range(5) for w in two_columns(100 + 60 * i)]
    words += [w for y in (600, 660, 900) for w in line(y, ("Kepala", 150), ("Bendahara", 1150))]
    assert not gutter_runs_on(Box(100, 100, 1520, 380), words)


def test_a_table_running_on_past_the_box_in_cells_is_no_column_of_text() -> None:
    """Rows of the same table above and below the box (a register whose top and bottom the finder
    missed) go on left of the gap in separate cells, not as one run from the column's edge."""

    def row(y: int) -> list[Word]:
        return line(y, ("7", 100), ("05/02", 250), ("Kelurahan", 600), ("Undangan", 1100), ("rapat", 1300))

    words = [w for i in range(10) for w in row(100 + 60 * i)]
    assert not gutter_runs_on(Box(100, 220, 1520, 460), words)
