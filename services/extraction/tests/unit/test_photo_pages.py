"""Phone photos and fax tables: finding the sheet, evening out its light, repairing broken rules."""

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from samarinda_extraction.readers.page_image import (
    MIN_PAGE_WIDTH,
    background_is_uneven,
    edge_bows,
    find_sheet,
    flatten_illumination,
    flatten_sheet,
    lines_run_vertically,
    page_quad,
    quad_tilt,
)
from samarinda_extraction.readers.ruling import find_grids
from samarinda_extraction.settings import ExtractionSettings


def text_sheet(size: tuple[int, int] = (620, 877)) -> np.ndarray:
    sheet = Image.new("L", size, 235)
    font = ImageFont.truetype("DejaVuSans.ttf", 16)
    lines = [f"Belanja barang dan jasa kegiatan {i} tahun anggaran 2026" for i in range(30)]
    ImageDraw.Draw(sheet).multiline_text((50, 60), "\n".join(lines), fill=30, font=font, spacing=8)
    return np.asarray(sheet)


def photographed(surface: np.ndarray, corners: np.ndarray, sheet: np.ndarray | None = None) -> np.ndarray:
    """``sheet`` (text on paper) warped onto ``surface`` with its corners at ``corners``."""
    sheet = text_sheet() if sheet is None else sheet
    h, w = sheet.shape
    matrix = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), corners)
    size = (surface.shape[1], surface.shape[0])
    warped = cv2.warpPerspective(sheet, matrix, size)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, size)
    return np.where(mask > 127, warped, surface).astype(np.uint8)


def wood(shape: tuple[int, int]) -> np.ndarray:
    yy, xx = np.mgrid[0 : shape[0], 0 : shape[1]].astype(np.float32)
    return (110 + 30 * np.sin(yy / 7 + 3 * np.sin(xx / 90))).astype(np.uint8)


def corner_error(found: np.ndarray | None, truth: np.ndarray) -> float:
    assert found is not None
    return float(np.abs(found - truth).max())


@pytest.mark.parametrize("angle", [5.0, 12.0, -15.0])
def test_a_turned_sheet_on_a_grained_desk_is_found_by_its_corners(angle: float) -> None:
    h, w = 1200, 900
    centre = np.array([w / 2, h / 2])
    half = np.array([[-300, -420], [300, -420], [300, 420], [-300, 420]], np.float32)
    theta = np.deg2rad(angle)
    rotation = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    corners = (half @ rotation.T + centre).astype(np.float32)
    corners[:2, 0] = centre[0] + (corners[:2, 0] - centre[0]) * 0.93  # the far edge looks shorter
    photo = photographed(wood((h, w)), corners)
    truth = corners[np.argsort(np.arctan2(corners[:, 1] - h / 2, corners[:, 0] - w / 2))]
    found = page_quad(photo)
    assert found is not None
    # clockwise from the top-left, as flatten_sheet wants them: compare as sets of points
    assert corner_error(np.sort(found, axis=0), np.sort(truth, axis=0)) < 15


def test_a_bowed_sheet_is_still_one_quadrilateral() -> None:
    h, w = 1200, 900
    sheet = text_sheet()
    sh, sw = sheet.shape
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    bowed = cv2.remap(sheet, xx, yy - 14 * np.sin(np.pi * xx / sw) + 14, cv2.INTER_LINEAR, borderValue=90)
    corners = np.float32([[160, 170], [760, 140], [790, 1030], [120, 1060]])
    photo = photographed(np.full((h, w), 90, np.uint8), corners, bowed)
    assert corner_error(page_quad(photo), corners) < 25


def test_the_bow_of_the_top_and_bottom_edges_is_fitted_and_a_straight_sheet_has_none() -> None:
    width, height = 1000, 1400
    xs = np.linspace(0, width - 1, 400)
    bow = 30 * np.sin(np.pi * xs / width)
    top = np.stack([xs, bow], axis=1)
    bottom = np.stack([xs, height - 1 + bow], axis=1)
    sides = np.array([[0, y] for y in range(0, height, 10)] + [[width - 1, y] for y in range(0, height, 10)])
    bows = edge_bows(np.concatenate([top, bottom, sides]).astype(np.float32), width, height)
    assert bows is not None
    fitted_top, fitted_bottom = bows
    assert fitted_top[width // 2] == pytest.approx(30, abs=4) and fitted_top[0] == pytest.approx(0, abs=1)
    assert fitted_bottom[width // 2] == pytest.approx(height - 1 + 30, abs=4)
    flat = np.concatenate(
        [np.stack([xs, np.zeros_like(xs)], 1), np.stack([xs, np.full_like(xs, height - 1)], 1)]
    )
    assert edge_bows(flat.astype(np.float32), width, height) is None


def test_a_bowed_sheet_comes_out_with_straight_lines() -> None:
    sw, sh = 620, 877
    sheet = np.full((sh, sw), 235, np.uint8)
    for y in range(100, 800, 100):
        cv2.line(sheet, (40, y), (sw - 40, y), 20, 3)
    # bow sheet and lines alike: the sheet on a taller canvas, its outline bowed with it
    pad = 40
    canvas = cv2.copyMakeBorder(sheet, pad, pad, 0, 0, cv2.BORDER_CONSTANT, value=90)
    yy, xx = np.mgrid[0 : sh + 2 * pad, 0:sw].astype(np.float32)
    bowed = cv2.remap(canvas, xx, yy - 25 * np.sin(np.pi * xx / sw), cv2.INTER_LINEAR, borderValue=90)
    photo = np.full((1200, 900), 90, np.uint8)
    photo[150 : 150 + bowed.shape[0], 140 : 140 + sw] = bowed
    found = find_sheet(photo)
    assert found is not None
    flat = flatten_sheet(photo, found.quad, found.outline)
    ink = flat < 128
    # the second line: its rows at a quarter, half and three quarters of the width
    rows = [np.nonzero(ink[: flat.shape[0] // 3, x])[0] for x in (flat.shape[1] // 4, flat.shape[1] // 2)]
    lines = [r[r > flat.shape[0] * 0.12] for r in rows]
    assert abs(int(lines[0][0]) - int(lines[1][0])) <= 8
    straight = flatten_sheet(photo, found.quad)
    rows = [
        np.nonzero(straight[: straight.shape[0] // 3, x] < 128)[0]
        for x in (straight.shape[1] // 4, straight.shape[1] // 2)
    ]
    lines = [r[r > straight.shape[0] * 0.12] for r in rows]
    assert abs(int(lines[0][0]) - int(lines[1][0])) > 15  # without the outline it stays bowed


def test_tilt_of_a_quadrilateral_is_its_most_leaning_edge() -> None:
    assert quad_tilt(np.float32([[0, 0], [100, 0], [100, 140], [0, 140]])) == pytest.approx(0)
    # the bottom edge leans most: 10 px over 95
    assert quad_tilt(np.float32([[0, 0], [100, 10], [95, 150], [0, 140]])) == pytest.approx(6.01, abs=0.05)


def test_the_column_rules_of_a_wide_table_do_not_make_a_page_look_sideways() -> None:
    page = np.full((1754, 1240), 255, np.uint8)
    for x in range(80, 1200, 140):
        cv2.line(page, (x, 300), (x, 1500), 0, 3)
    for y in range(300, 1501, 150):
        cv2.line(page, (80, y), (1160, y), 0, 3)
    for y in range(340, 1500, 150):
        for x in range(95, 1150, 140):
            cv2.putText(page, "1.250", (x, y), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 0, 2)
    assert not lines_run_vertically(page)
    assert lines_run_vertically(np.ascontiguousarray(np.rot90(page)))


def test_a_scan_filling_the_image_has_no_sheet_outline() -> None:
    scan = np.full((1200, 900), 250, np.uint8)
    scan[100:1100, 80:820] = text_sheet((740, 1000))
    assert page_quad(scan) is None


def test_a_page_filling_the_photo_lit_from_one_end_is_not_cut_to_its_bright_part() -> None:
    page = text_sheet((900, 1200)).astype(np.float32)
    yy = np.mgrid[0:1200, 0:900][0].astype(np.float32)
    light = cv2.GaussianBlur(np.where(yy < 650, 1.0, 0.45).astype(np.float32), (0, 0), 20)
    assert page_quad((page * light).astype(np.uint8)) is None


def test_a_small_sheet_is_warped_to_a_readable_width_with_its_content_upright() -> None:
    photo = np.full((1200, 900), 90, np.uint8)
    corners = np.float32([[200, 200], [700, 200], [700, 900], [200, 900]])
    cv2.fillConvexPoly(photo, corners.astype(np.int32), 235)
    cv2.rectangle(photo, (200, 200), (450, 550), 20, -1)  # the sheet's top-left quarter is dark
    flat = flatten_sheet(photo, corners)
    assert min(flat.shape) >= MIN_PAGE_WIDTH
    height, width = flat.shape
    assert flat.shape[0] / flat.shape[1] == pytest.approx(700 / 500, rel=0.01)
    assert flat[height // 8, width // 8] < 60 and flat[7 * height // 8, 7 * width // 8] > 200


def test_a_shadow_across_the_page_is_evened_out_and_the_ink_stays_dark() -> None:
    page = text_sheet((900, 1200)).astype(np.float32)
    yy, xx = np.mgrid[0:1200, 0:900].astype(np.float32)
    light = 0.55 + 0.45 * xx / 900
    shadow = cv2.GaussianBlur(np.where(yy > 800, 0.6, 1.0).astype(np.float32), (0, 0), 30)
    lit = np.clip(page * light * shadow, 0, 255).astype(np.uint8)
    assert background_is_uneven(lit)
    flat = flatten_illumination(lit)
    ink = text_sheet((900, 1200)) < 100
    paper = cv2.erode((~ink).astype(np.uint8), np.ones((9, 9), np.uint8)) > 0
    assert np.percentile(flat[paper], 95) - np.percentile(flat[paper], 5) < 25
    assert np.median(flat[ink]) < np.median(flat[paper]) - 80
    assert not background_is_uneven(flat)


def fax_table(streak: bool) -> tuple[np.ndarray, list[int], list[int]]:
    """A bilevel table whose rules came through dotted (short dashes, long gaps), with a line of
    capitals above it."""
    page = np.full((1754, 1240), 255, np.uint8)
    xs, ys = [100, 400, 800, 1140], list(range(400, 1100, 100))
    rng = np.random.default_rng(4)
    for y in ys:
        x = 100
        while x < 1140:
            length = int(rng.integers(16, 25))
            cv2.line(page, (x, y), (min(x + length, 1140), y), 0, 2)
            x += length + int(rng.integers(22, 30))
    for x in xs:
        cv2.line(page, (x, ys[0]), (x, ys[-1]), 0, 2)
    cv2.putText(page, "TEETEETEE FEETEE", (100, 250), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 0, 3)
    if streak:
        page[:, 600:602] = 0  # dirt on the glass, top to bottom
    return page, xs, ys


def test_dotted_fax_rules_form_a_grid_only_when_the_page_is_bilevel_repaired() -> None:
    page, xs, ys = fax_table(streak=False)
    grids, plain_rulings = find_grids(page)
    assert grids == []
    [grid], rulings = find_grids(page, broken=True)
    assert len(grid.xs) == len(xs) and len(grid.ys) == len(ys)
    # the wider bridging joins the bars of the capitals above into "rules" too; outside the grid
    # they are not taken for rules (nor erased) any more than without it
    outside = np.ones(page.shape, bool)
    outside[grid.ys[0] - 3 : grid.ys[-1] + 4, grid.xs[0] - 3 : grid.xs[-1] + 4] = False
    assert np.array_equal(rulings[outside], plain_rulings[outside])
    assert rulings[ys[2], 150:1100].all()


def test_a_streak_down_the_whole_page_is_no_column_of_the_table() -> None:
    page, xs, ys = fax_table(streak=True)
    [grid], _ = find_grids(page, broken=True)
    assert all(abs(x - 601) > 5 for x in grid.xs)
    assert len(grid.xs) == len(xs) and len(grid.ys) == len(ys)


def test_the_parallel_plain_reading_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ExtractionSettings().extraction_options().ocr.parallel_plain is True
    monkeypatch.setenv("SAMARINDA_EXTRACTION_OCR_PARALLEL_PLAIN", "false")
    assert ExtractionSettings().extraction_options().ocr.parallel_plain is False


def test_two_tables_one_above_the_other_keep_their_aligned_columns() -> None:
    page = np.full((1754, 1240), 255, np.uint8)
    xs = [100, 400, 800, 1140]
    for top in (300, 780):  # the second table starts 80 px below the first one's last rule
        ys = list(range(top, top + 500, 100))
        for y in ys:
            cv2.line(page, (100, y), (1140, y), 0, 2)
        for x in xs:
            cv2.line(page, (x, ys[0]), (x, ys[-1]), 0, 2)
    grids, _ = find_grids(page)
    assert [len(g.xs) for g in grids] == [len(xs), len(xs)]


def test_a_dewarped_sheets_edges_joined_to_a_footer_rule_do_not_hide_the_tables_columns() -> None:
    # The sheet's dark edges down both sides of the image meet a footer's rule far below the
    # table: their frame's grid has one row more than the table's own, and its column rules,
    # measured down to the footer, fall short: those under a spanning header or over a totals
    # row merged across columns are lost.
    page = np.full((2000, 2900), 255, np.uint8)
    page[:, :6] = 0
    page[:, -6:] = 0
    cv2.line(page, (0, 1800), (2899, 1800), 0, 3)
    ys = list(range(400, 1270, 95))
    full, short = [200, 1140, 1770, 2660], [270, 560, 1010]
    under_header = [1460, 2080]
    for y in ys:
        cv2.line(page, (200, y), (2660, y), 0, 2)
    for x in full:
        cv2.line(page, (x, ys[0]), (x, ys[-1]), 0, 2)
    for x in short:
        cv2.line(page, (x, ys[0]), (x, ys[-2]), 0, 2)
    for x in under_header:
        cv2.line(page, (x, ys[1]), (x, ys[-1]), 0, 2)
    [grid], _ = find_grids(page)
    assert len(grid.xs) == 9 and len(grid.ys) == len(ys)


def test_crops_are_read_with_english_first_and_other_language_lists_stay() -> None:
    from samarinda_extraction.readers.ocr_crops import _english_first

    assert _english_first("ind+eng") == "eng+ind"
    assert _english_first("ind") == "ind"
    assert _english_first("ind+jav+eng") == "eng+ind+jav"


@pytest.mark.slow
def test_a_lone_percent_sign_in_a_cell_is_read_as_such() -> None:
    from samarinda_extraction.domain.ocr_tables import Box
    from samarinda_extraction.readers.ocr_crops import read_crops
    from samarinda_extraction.readers.ocr_options import OcrOptions

    page = Image.new("L", (1200, 400), 255)
    font = ImageFont.truetype("DejaVuSans.ttf", 36)
    ImageDraw.Draw(page).text((100, 100), "%", fill=0, font=font)
    ImageDraw.Draw(page).text((600, 100), "12,5", fill=0, font=font)
    boxes = [Box(60, 80, 260, 170), Box(560, 80, 760, 170)]
    [percent, number] = read_crops(np.asarray(page), boxes, OcrOptions())
    assert [w.text for w in percent] == ["%"]
    assert [w.text for w in number] == ["12,5"]


def test_crops_laid_side_by_side_come_back_each_to_its_own_box() -> None:
    from samarinda_extraction.domain.ocr_tables import Box
    from samarinda_extraction.readers.ocr_crops import read_crops
    from samarinda_extraction.readers.ocr_options import OcrOptions

    page = Image.new("L", (1400, 900), 255)
    font = ImageFont.truetype("DejaVuSans.ttf", 36)
    values = ["37.125.000", "08.15 - 09.45", "71,25", "2.640", "19/11/2026"]
    boxes = []
    for i, value in enumerate(values):
        x, y = 100 + (i % 2) * 700, 100 + (i // 2) * 250
        ImageDraw.Draw(page).text((x, y), value, fill=0, font=font)
        boxes.append(Box(x - 15, y - 10, x + 400, y + 55))
    read = read_crops(np.asarray(page), boxes, OcrOptions(), "eng", per_line=3)
    assert [" ".join(w.text for w in words) for words in read] == values
    assert all(box.x0 <= w.cx <= box.x1 for box, words in zip(boxes, read, strict=True) for w in words)


def test_crops_beyond_the_largest_image_tesseract_takes_are_left_unread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from samarinda_extraction.domain.ocr_tables import Box
    from samarinda_extraction.readers import ocr_crops
    from samarinda_extraction.readers.ocr_options import OcrOptions

    page = Image.new("L", (1200, 400), 255)
    ImageDraw.Draw(page).text((100, 100), "64.125", fill=0, font=ImageFont.truetype("DejaVuSans.ttf", 36))
    box = Box(80, 80, 300, 160)
    monkeypatch.setattr(ocr_crops, "_MAX_STRIP_SIDE", 400)  # room for three lines of the strip
    read = ocr_crops.read_crops(np.asarray(page), [box] * 5, OcrOptions(), "eng")
    assert [" ".join(w.text for w in words) for words in read] == ["64.125"] * 3 + [""] * 2
