"""Order of a page's units when some stand side by side: bands top to bottom, Tesseract's order within."""

from samarinda_extraction.domain.ocr_tables import Box
from samarinda_extraction.readers.ocr_text import in_bands


def unit(x0: float, y0: float, x1: float, y1: float, text: str) -> tuple[Box, str]:
    return Box(x0, y0, x1, y1), text


def texts(units: list[tuple[Box, str]]) -> list[str]:
    return [text for _, text in units]


def test_a_heading_read_after_the_table_below_it_goes_back_on_top() -> None:
    table = unit(50, 400, 2000, 1200, "table")
    left_sign = unit(100, 1300, 600, 1500, "left signature")
    right_sign = unit(1400, 1300, 1900, 1500, "right signature")
    title = unit(700, 100, 1300, 200, "title")
    labels = unit(100, 220, 1500, 380, "labels")
    ordered = in_bands([table, left_sign, right_sign, title, labels])
    assert texts(ordered) == ["title", "labels", "table", "left signature", "right signature"]


def test_units_side_by_side_keep_tesseracts_order_within_their_band() -> None:
    right = unit(1100, 300, 1900, 600, "right")
    left = unit(100, 320, 900, 640, "left")
    assert texts(in_bands([right, left])) == ["right", "left"]


def test_two_columns_whose_paragraphs_end_level_are_each_read_down_whole() -> None:
    title = unit(100, 50, 1900, 150, "title")
    left_top = unit(100, 200, 900, 500, "left top")
    left_bottom = unit(100, 560, 900, 900, "left bottom")
    right_top = unit(1100, 200, 1900, 500, "right top")
    right_bottom = unit(1100, 560, 1900, 900, "right bottom")
    ordered = in_bands([title, left_top, left_bottom, right_top, right_bottom])
    assert texts(ordered) == ["title", "left top", "left bottom", "right top", "right bottom"]


def test_a_narrow_box_alone_in_its_band_does_not_cut_the_page() -> None:
    left = unit(100, 100, 900, 400, "left")
    right = unit(1100, 120, 1900, 420, "right")
    box = unit(1100, 500, 1500, 700, "box")
    lower = unit(100, 800, 900, 1000, "lower left")
    beside = unit(1100, 820, 1900, 1000, "lower right")
    ordered = in_bands([right, left, lower, box, beside])
    assert texts(ordered) == ["right", "left", "lower left", "box", "lower right"]


def test_with_a_gutter_a_body_and_its_sidebar_are_read_column_by_column() -> None:
    body_top = unit(100, 200, 1000, 500, "body top")
    side_top = unit(1100, 220, 1500, 400, "side top")
    body_bottom = unit(100, 520, 1000, 900, "body bottom")
    side_bottom = unit(1100, 450, 1500, 800, "side bottom")
    tesseract = [body_top, side_top, side_bottom, body_bottom]
    expected = ["body top", "body bottom", "side top", "side bottom"]
    assert texts(in_bands(tesseract, gutter=40)) == expected


def test_a_mark_beside_a_letterhead_line_does_not_join_the_date_to_it() -> None:
    crest = unit(60, 260, 200, 330, "crest")
    address = unit(400, 250, 2000, 340, "address line one\naddress line two")
    date = unit(1300, 420, 2000, 460, "date")
    number = unit(100, 520, 1000, 800, "number\nsubject")
    recipient = unit(1300, 520, 2000, 780, "recipient\ncity")
    tesseract = [crest, address, number, date, recipient]
    expected = ["crest", "address line one\naddress line two", "date", "number\nsubject", "recipient\ncity"]
    assert texts(in_bands(tesseract, gutter=40)) == expected
