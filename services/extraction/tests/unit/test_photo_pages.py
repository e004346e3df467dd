"""Phone photos and fax tables: finding the sheet, evening out its light, repairing broken rules."""

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from samarinda_extraction.readers.page_image import (
    MIN_PAGE_WIDTH,
    background_is_uneven,
    flatten_illumination,
    flatten_sheet,
    page_quad,
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


def test_a_scan_filling_the_image_has_no_sheet_outline() -> None:
    scan = np.full((1200, 900), 250, np.uint8)
    scan[100:1100, 80:820] = text_sheet((740, 1000))
    assert page_quad(scan) is None


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
