"""A vertical rule between two blocks of text splits them into columns read down whole; a table's
column rules and the stems of letters bridged into a run do not."""

from samarinda_extraction.domain.column_rules import dividing_rules, read_beside_rules, split_by_rule
from samarinda_extraction.domain.lines_past_tables import lines_run_past
from samarinda_extraction.domain.ocr_tables import Box, OcrTable, Word
from samarinda_extraction.readers.ocr_text import page_text
from samarinda_extraction.testing import line

RULE_X = 1000


def panel() -> list[list[Word]]:
    """An invented boxed form's panel: a letter's details left of a rule, its receipt's right of
    it, which Tesseract read across the rule, line by line."""
    return [
        line(50, 100, "KARTU", "KENDALI", "SURAT"),
        [],
        [
            *line(200, 100, "Asal", "surat", ":", "Kelurahan", "Mawar"),
            *line(200, 1050, "Masuk", ":", "3", "Mei"),
        ],
        [*line(250, 100, "Nomor", ":", "12/KM/2031"), *line(250, 1050, "Kode", ":", "0042")],
        [*line(300, 100, "Tanggal", ":", "1", "Mei", "2031"), *line(300, 1050, "Sifat", ":", "Biasa")],
        [],
        line(450, 100, "Isi", "ringkas", ":", "undangan", "rapat", "warga"),
    ]


RULE = Box(RULE_X - 2, 180, RULE_X + 2, 345)


def words_of(lines: list[list[Word]]) -> list[Word]:
    return [w for line in lines for w in line]


def test_a_rule_between_two_blocks_of_text_divides_them() -> None:
    assert dividing_rules([RULE], words_of(panel())) == [RULE]


def test_each_side_of_the_rule_is_read_down_whole_left_then_right() -> None:
    text = page_text(panel(), (), [RULE])
    assert text.index("KARTU") < text.index("Asal") < text.index("Tanggal") < text.index("Masuk")
    assert text.index("Masuk") < text.index("Sifat") < text.index("Isi ringkas")
    assert "Mawar\nNomor" in text and "2031\nMasuk" in text


def test_without_a_rule_the_rows_stay_as_tesseract_read_them() -> None:
    assert read_beside_rules(panel(), []) is None
    assert "Mawar Masuk" in page_text(panel())


def test_a_run_within_the_letters_of_the_rows_is_no_rule() -> None:
    # The stems of letters starting line after line, bridged: the run ends inside the first and
    # last line's letters, not past them as a panel's rule does.
    stems = Box(RULE_X - 2, 210, RULE_X + 2, 320)
    assert dividing_rules([stems], words_of(panel())) == []


def test_a_rule_a_word_runs_across_is_no_boundary() -> None:
    rows = [*panel(), line(320, 900, "melintas", "garis")]
    assert dividing_rules([RULE], words_of(rows)) == []


def test_a_tables_column_rules_are_left_to_its_rows() -> None:
    rows = [
        [*line(y, 100, "Sewa", "tenda"), *line(y, 700, "paket"), *line(y, 1300, "unit", "besar")]
        for y in (200, 250, 300)
    ]
    rules = [Box(x - 2, 180, x + 2, 345) for x in (650, 1250)]
    assert dividing_rules(rules, words_of(rows)) == []


def test_two_lists_a_rule_runs_through_are_no_table() -> None:
    table = OcrTable([["1.", "Camat", "1.", "Arsip"]] * 3, Box(90, 190, 1500, 340))
    assert split_by_rule(table, [RULE])
    assert not split_by_rule(table, [Box(RULE_X - 2, 180, RULE_X + 2, 220)])


def test_a_grid_whose_lines_run_on_past_it_is_no_table() -> None:
    prose = [
        line(y, 100, "catatan", "tulisan", "tangan", "kepala", "bidang", "untuk", "staf") for y in (500, 550)
    ]
    assert lines_run_past(Box(80, 480, 400, 600), prose)
    assert not lines_run_past(Box(80, 480, 1800, 600), prose)


def test_rows_going_on_below_a_rule_on_one_side_stay_with_that_sides_column() -> None:
    """A header box's rule drawn the height of its shorter (right) side: the left side's fourth
    row, under the rule's end at the rows' spacing, is still the left column's; a paragraph set
    further below is not."""
    rows = panel()
    rows.insert(5, line(350, 100, "Unit", ":", "Seksi", "Arsip", "Kelurahan"))
    text = page_text(rows, (), [RULE])
    assert text.index("Tanggal") < text.index("Unit") < text.index("Masuk")
    assert text.index("Sifat") < text.index("Isi ringkas")


def test_a_row_across_the_rule_below_it_ends_the_columns() -> None:
    rows = panel()
    rows.insert(5, line(350, 100, "Catatan", ":", "mohon", "segera", "ditindaklanjuti", "bersama", "staf"))
    text = page_text(rows, (), [RULE])
    assert text.index("Sifat") < text.index("Catatan")


def test_rows_below_a_box_whose_frame_ends_with_the_rule_are_outside_it() -> None:
    """A boxed area's middle rule ends where the box's sides do (its bottom edge): a list below
    the box on the left side, at the rows' spacing, is read after both columns, not in the left."""
    rows = panel()
    rows.insert(5, line(350, 100, "Lembar", "1", ":", "bagi", "pemohon"))
    frame = [Box(x - 2, 180, x + 2, 345) for x in (60, 1900)]
    text = page_text(rows, (), [RULE, *frame])
    assert text.index("Tanggal") < text.index("Masuk") < text.index("Sifat") < text.index("Lembar")
    # Without the frame the rule reaches the list as a column drawn short of it.
    text = page_text(rows, (), [RULE])
    assert text.index("Lembar") < text.index("Masuk")
