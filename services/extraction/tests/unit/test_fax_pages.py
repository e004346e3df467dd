"""Faxes: a standard-resolution page stored squashed, streaks, broken rules around digits."""

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from samarinda_extraction.readers.page_image import (
    estimate_skew,
    rotate,
    squashed_rows,
    unsquash,
    without_streaks,
)
from samarinda_extraction.readers.ruling import find_grids, solid_rulings


def bilevel_text(size: tuple[int, int] = (1400, 1000)) -> np.ndarray:
    """Lines of text as a fine-mode fax prints them (200 dpi, black on white, no grey)."""
    page = Image.new("L", size, 255)
    font = ImageFont.truetype("DejaVuSans.ttf", 22)
    words = [
        "belanja",
        "alat",
        "tulis",
        "kantor",
        "kegiatan",
        "kode",
        "rekening",
        "honorarium",
        "narasumber",
        "rapat",
    ]
    rng = np.random.default_rng(4)
    lines = [
        " ".join(rng.choice(words, 3))
        + f" 5.1.02.01.{i:02d}.0024 Rp {rng.integers(10, 999)}.500 "
        + " ".join(rng.choice(words, 2))
        for i in range(24)
    ]
    ImageDraw.Draw(page).multiline_text((60, 60), "\n".join(lines), fill=0, font=font, spacing=14)
    return np.where(np.asarray(page) > 128, 255, 0).astype(np.uint8)


def test_a_standard_resolution_fax_stored_pixel_for_pixel_is_seen_squashed_and_stretched_back() -> None:
    page = bilevel_text()
    squashed = np.ascontiguousarray(page[::2])  # every other scan line: 200x100 dpi
    assert squashed_rows(squashed)
    assert not squashed_rows(page)
    assert unsquash(squashed).shape == (2 * squashed.shape[0], squashed.shape[1])
    assert not squashed_rows(unsquash(squashed))


def test_a_fine_fax_lying_on_its_side_is_not_taken_for_a_squashed_one() -> None:
    assert not squashed_rows(np.ascontiguousarray(np.rot90(bilevel_text())))


def test_a_level_streak_across_the_page_does_not_hide_the_skew_of_its_text() -> None:
    tilted = np.where(rotate(bilevel_text(), 1.5) > 128, 255, 0).astype(np.uint8)
    streaked = tilted.copy()
    for y in (300, 301, 700, 900):
        streaked[y, 40:-40] = 0  # dirt on the fax's glass, level whatever the page's skew
    clean = estimate_skew(tilted)
    assert abs(clean) > 1.0
    assert abs(estimate_skew(streaked) - clean) <= 0.2


def test_a_dotted_streak_down_the_whole_page_is_taken_off_where_it_crosses_no_letter() -> None:
    page = bilevel_text()
    streaked = page.copy()
    x = 700
    streaked[::3, x] = 0  # a dirty head's dashes, margins included
    streaked[1::3, x] = 0
    cleaned, count = without_streaks(streaked)
    assert count == 1
    crossing = (page[:, x - 1] == 0) | (page[:, x + 1] == 0)
    assert np.all(cleaned[~crossing, x] == 255)
    # where it crossed a letter's stroke the ink stays: the letter keeps its shape
    assert np.all(cleaned[crossing & (streaked[:, x] == 0), x] == 0)
    assert np.array_equal(np.delete(cleaned, x, axis=1), np.delete(streaked, x, axis=1))


def test_a_tables_rule_and_the_text_are_no_streak() -> None:
    page = bilevel_text()
    page[100:900, 500] = 0  # a column rule: it stops at the table, not at the page's edges
    page[30:-30, 900] = 0  # nor does a table's filling the page (a landscape register)
    cleaned, count = without_streaks(page)
    assert count == 0
    assert np.array_equal(cleaned, page)


def fax_grid_with_codes() -> tuple[np.ndarray, list[int], list[int], list[tuple[int, int, int, int]]]:
    """A ruled table whose rules a fax broke into dashes, with item codes (dots and digits, whose
    bars a wide bridging could join) in the first column; the boxes of the codes."""
    page = np.full((1300, 1300), 255, np.uint8)
    xs, ys = [100, 560, 900, 1200], [300 + 110 * i for i in range(8)]
    dashed_lines(page, xs, ys)
    boxes = []
    for top in ys[:-1]:
        cv2.putText(page, "7.1.12.01.02.0002", (115, top + 70), cv2.FONT_HERSHEY_SIMPLEX, 1.3, 0, 3)
        cv2.putText(page, "77.250.000", (915, top + 70), cv2.FONT_HERSHEY_SIMPLEX, 1.1, 0, 3)
        boxes.append((115, top + 30, 540, top + 80))
    return page, xs, ys, boxes


def test_the_bars_of_a_code_in_a_cell_are_no_ruling_of_a_fax_grid() -> None:
    page, xs, ys, boxes = fax_grid_with_codes()
    _, plain_rulings = find_grids(page)
    [grid], rulings = find_grids(page, broken=True)
    assert len(grid.xs) == len(xs) and len(grid.ys) == len(ys)
    for x0, y0, x1, y1 in boxes:
        # the fax's wider bridging marks nothing more inside a cell: erasing it leaves the code whole
        assert np.array_equal(rulings[y0:y1, x0:x1], plain_rulings[y0:y1, x0:x1])
    assert rulings[ys[3], xs[0] + 20 : xs[-1] - 20].all()


def test_the_edges_of_a_dewarped_sheet_along_the_image_border_are_no_rules_of_its_table() -> None:
    page = np.full((1600, 1200), 255, np.uint8)
    cv2.rectangle(page, (2, 2), (1197, 1597), 0, 4)  # the sheet's outline, warped to the border
    xs, ys = [150, 450, 800, 1050], [400, 500, 600, 700, 800]
    for y in ys:
        cv2.line(page, (xs[0], y), (xs[-1], y), 0, 3)
    for x in xs:
        cv2.line(page, (x, 2), (x, ys[-1]), 0, 3)  # column rules run up to the sheet's top edge
    grids, _ = find_grids(page)
    assert len(grids) == 1
    assert [abs(a - b) <= 2 for a, b in zip(grids[0].xs, xs, strict=True)] == [True] * len(xs)
    assert len(grids[0].ys) == len(ys)


def streaked_fax_table() -> tuple[np.ndarray, list[int], list[int], int]:
    """A ruled table of words on a 1-bit page, and a thin vertical streak (dirt on the fax's
    glass) that starts inside the table, runs on past its foot and cuts through the words of a
    wide column; the streak's x."""
    page = Image.new("L", (1400, 1500), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSans.ttf", 26)
    xs, ys = [80, 180, 900, 1300], [150 + 46 * i for i in range(17)]
    for y in ys:
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
    for x in xs:
        draw.line([(x, ys[0]), (x, ys[-1])], fill=0, width=2)
    descriptions = ["kursi lipat besi hitam", "meja rapat kayu jati", "lemari arsip dua pintu"]
    for row, top in enumerate(ys[:-1]):
        draw.text((xs[0] + 12, top + 8), str(row + 1), fill=0, font=font)
        draw.text((xs[1] + 12, top + 8), descriptions[row % 3] + " ukuran besar", fill=0, font=font)
        draw.text((xs[2] + 12, top + 8), f"{row + 3}.750.000", fill=0, font=font)
    streak = 364
    draw.line([(streak, ys[2] + 20), (streak, 1480)], fill=0, width=2)
    return np.where(np.asarray(page) > 128, 255, 0).astype(np.uint8), xs, ys, streak


def test_a_streak_through_the_words_of_a_fax_table_is_no_column_rule() -> None:
    page, xs, ys, streak = streaked_fax_table()
    [grid] = find_grids(page, broken=True)[0]
    assert [abs(a - b) <= 3 for a, b in zip(grid.xs, xs, strict=True)] == [True] * len(xs)
    assert len(grid.ys) == len(ys)
    # the same line as a column's rule, between the words instead of through them, stays
    ruled = page.copy()
    ruled[:, streak - 1 : streak + 1] = 255
    ruled[ys[0] : ys[-1], 166:168] = 0
    assert len(find_grids(ruled, broken=True)[0][0].xs) == len(xs) + 1


def _ruled_page() -> tuple[np.ndarray, list[int], list[int]]:
    """A grid of four columns whose header's last two columns sit under a label spanning both,
    ruled below it only, and whose second column's lines start with a capital's stem close
    beside its rule, row after row."""
    page = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(page)
    xs, ys = [200, 500, 900, 1200, 1500], [300, 420, 700, 980, 1260, 1540]
    for y in ys:
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=5)
    for x in xs:
        draw.line([(x, ys[0]), (x, ys[-1])], fill=0, width=5)
    draw.line([(xs[2], 360), (xs[-1], 360)], fill=0, width=5)  # under the spanning label
    for top in ys[1:-1]:
        for line in range(6):
            y = top + 12 + 42 * line
            draw.rectangle([xs[1] + 12, y, xs[1] + 15, y + 27], fill=0)
    return np.asarray(page), xs, ys


def test_a_rule_under_a_label_spanning_columns_splits_only_the_header_cells_under_it() -> None:
    page, xs, ys = _ruled_page()
    [grid] = find_grids(page)[0]
    assert len(grid.xs) == len(xs)  # the stems beside the second column's rule are no rule
    assert len(grid.ys) == len(ys) + 1
    assert grid.open_rules == frozenset({(1, 0), (1, 1)})


def dashed_lines(page: np.ndarray, xs: list[int], ys: list[int]) -> None:
    """Rules across ``xs`` at ``ys`` and down ``ys`` at ``xs``, broken into dashes as a fax prints them."""
    for y in ys:
        for x in range(xs[0], xs[-1], 18):
            cv2.line(page, (x, y), (min(x + 11, xs[-1]), y), 0, 2)
    for x in xs:
        for y in range(ys[0], ys[-1], 18):
            cv2.line(page, (x, y), (x, min(y + 11, ys[-1])), 0, 2)


def test_a_lattice_too_fine_to_hold_a_line_of_text_is_no_fax_table() -> None:
    # The fax's wide bridging joins a paragraph's letters into such a lattice: bars along the
    # lines, stems standing above each other across them. Erased, it took the paragraph's words.
    page = np.full((3400, 2400), 255, np.uint8)
    dashed_lines(page, [200, 500, 800, 1100, 1400], [1800 + 18 * i for i in range(8)])
    assert find_grids(page, broken=True)[0] == []
    table = np.full((3400, 2400), 255, np.uint8)
    dashed_lines(table, [200, 500, 800, 1100, 1400], [1800 + 60 * i for i in range(8)])
    [grid], _ = find_grids(table, broken=True)
    assert len(grid.ys) == 8


def test_the_bars_of_a_cells_text_joined_on_a_fax_split_no_row_of_a_ruled_table() -> None:
    page = np.full((3400, 2400), 255, np.uint8)
    xs, ys = [200, 500, 800, 1100, 1400], [1800 + 110 * i for i in range(8)]
    for y in ys:
        cv2.line(page, (xs[0], y), (xs[-1], y), 0, 3)
    for x in xs:
        cv2.line(page, (x, ys[0]), (x, ys[-1]), 0, 3)
    # the bars of a line of capitals under a rule, which only the fax's wide bridging joins
    for x in range(xs[0] + 20, xs[-1] - 20, 18):
        cv2.line(page, (x, ys[3] + 20), (x + 11, ys[3] + 20), 0, 2)
    [grid], _ = find_grids(page, broken=True)
    assert len(grid.ys) == len(ys)


def test_column_rules_closer_than_a_glyph_is_wide_make_no_fax_table() -> None:
    # The edges of one stroke, or the stems of a header's letters, bridged down the rows.
    page = np.full((3400, 2400), 255, np.uint8)
    dashed_lines(page, [200, 1400, 1408], [1800 + 80 * i for i in range(5)])
    assert find_grids(page, broken=True)[0] == []
    table = np.full((3400, 2400), 255, np.uint8)
    dashed_lines(table, [200, 800, 1408], [1800 + 80 * i for i in range(5)])
    [grid], _ = find_grids(table, broken=True)
    assert len(grid.xs) == 3


def test_a_sidebars_frame_on_a_fax_stays_and_a_dashed_rule_beside_it_goes() -> None:
    page = np.full((3400, 2400), 255, np.uint8)
    cv2.rectangle(page, (1600, 800), (2200, 2200), 0, 4)  # a sidebar's box beside the body text
    for x in range(200, 1400, 40):
        cv2.line(page, (x, 1000), (x + 29, 1000), 0, 2)  # an underline the fax broke into dashes
    grids, rulings = find_grids(page, broken=True)
    kept = solid_rulings(page, rulings, grids, dashed=True)
    assert kept[1000, 300:1300].all()
    assert not kept[790:2210, 1590:2210].any()


def test_a_fax_column_rule_swelling_a_pixel_on_both_sides_is_no_streak() -> None:
    # Resampled, a fax's thin rule comes out a pixel wider on both sides along stretches of its
    # length: that is the rule's own ink, not letters it cuts through.
    page, xs, ys, streak = streaked_fax_table()
    page[:, streak - 2 : streak + 2] = 255
    rule = 560
    page[ys[0] : ys[-1], rule - 2 : rule + 2] = 0
    for top in ys[:-1]:
        page[top + 10 : top + 30, rule - 3 : rule + 3] = 0
    [grid] = find_grids(page, broken=True)[0]
    assert len(grid.xs) == len(xs) + 1
