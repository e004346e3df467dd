"""A numbered list set in two columns is read down the left column, then down the right one."""

from samarinda_extraction.domain.numbered_columns import numbered_columns_read_down
from samarinda_extraction.domain.ocr_tables import Word
from samarinda_extraction.readers.ocr_text import page_text
from samarinda_extraction.testing import line

RIGHT = 1200


def across(y: int, left: tuple[str, ...], right: tuple[str, ...]) -> list[Word]:
    return [*line(y, 100, *left), *line(y, RIGHT, *right)]


def texts(lines: list[list[Word]]) -> list[str]:
    return [" ".join(w.text for w in row) for row in lines]


def test_a_two_column_list_read_across_is_read_down_each_column() -> None:
    lines = [
        line(50, 100, "Kepada", "Yth:"),
        [],
        across(100, ("1.", "Kepala", "Unit", "Arsip"), ("4.", "Lurah", "Sungai", "Jernih")),
        [],
        across(150, ("2.", "Kepala", "Puskesmas"), ("5.", "Ketua", "RT")),
        across(200, ("3.", "Kepala", "Sekolah"), ("6.", "Bidan", "Desa")),
        [],
        line(300, 100, "Demikian", "untuk", "menjadi", "perhatian."),
    ]
    got = numbered_columns_read_down(lines)
    assert got is not None
    assert [t for t in texts(got) if t] == [
        "Kepada Yth:",
        "1. Kepala Unit Arsip",
        "2. Kepala Puskesmas",
        "3. Kepala Sekolah",
        "4. Lurah Sungai Jernih",
        "5. Ketua RT",
        "6. Bidan Desa",
        "Demikian untuk menjadi perhatian.",
    ]
    assert "Sekolah\n4. Lurah" in page_text(lines)


def test_an_odd_count_leaves_the_left_columns_last_item_alone() -> None:
    lines = [
        across(100, ("1.", "Camat", "Utara"), ("4.", "Camat", "Barat")),
        across(150, ("2.", "Camat", "Selatan"), ("5.", "Camat", "Tengah")),
        line(200, 100, "3.", "Camat", "Timur"),
    ]
    got = numbered_columns_read_down(lines)
    assert got is not None
    assert [t for t in texts(got) if t][2:4] == ["3. Camat Timur", "4. Camat Barat"]


def test_rows_numbered_otherwise_stay_as_read() -> None:
    # A table's rows: a number and an amount, or two numbered columns that do not follow on.
    table = [
        across(100, ("1.", "Kertas"), ("12.500",)),
        across(150, ("2.", "Tinta"), ("40.000",)),
    ]
    assert numbered_columns_read_down(table) is None
    side_by_side = [
        across(100, ("1.", "Visi"), ("1.", "Misi")),
        across(150, ("2.", "Tujuan"), ("2.", "Sasaran")),
    ]
    assert numbered_columns_read_down(side_by_side) is None
    # A single line holding two items is no list in columns.
    assert numbered_columns_read_down([across(100, ("1.", "Satu"), ("2.", "Dua"))]) is None
