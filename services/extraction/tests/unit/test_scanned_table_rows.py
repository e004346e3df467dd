"""End to end through ``extract_bytes``: a faxed and a photographed table page give their rows."""

import io

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from samarinda_extraction.extract import extract_bytes

ROWS = [
    ["Kode Barang", "Uraian", "Satuan", "Harga"],
    ["1.1.12.01.02.0002", "Kertas HVS A4", "rim", "62.500"],
    ["1.1.12.01.03.0011", "Tinta printer", "botol", "185.000"],
    ["1.3.02.05.02.0004", "Printer laser", "unit", "3.480.000"],
    ["5.1.02.01.01.0024", "Makan minum rapat", "kotak", "45.000"],
    ["5.2.02.05.01.0002", "Meja kerja", "unit", "2.750.000"],
]


def table_page() -> np.ndarray:
    """An A4 page at 300 dpi: a title and a fully ruled table with thin rules."""
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSans.ttf", 38)
    draw.text((400, 220), "LAMPIRAN STANDAR SATUAN HARGA 2026", fill=0, font=font)
    xs, top, height = [200, 760, 1500, 1800, 2280], 400, 110
    for r, row in enumerate(ROWS):
        y = top + r * height
        for c, text in enumerate(row):
            draw.text((xs[c] + 20, y + 30), text, fill=0, font=font)
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
    bottom = top + len(ROWS) * height
    draw.line([(xs[0], bottom), (xs[-1], bottom)], fill=0, width=2)
    for x in xs:
        draw.line([(x, top), (x, bottom)], fill=0, width=2)
    return np.asarray(page)


def standard_fax(page: np.ndarray) -> bytes:
    """Sent at 200x100 dpi and stored as it came (every pixel twice as tall as wide), one bit,
    thin rules broken into dashes, specks, a streak, fed in at an angle; no resolution in the file."""
    rng = np.random.default_rng(8)
    rules = cv2.morphologyEx((page < 128).astype(np.uint8), cv2.MORPH_OPEN, np.ones((1, 200), np.uint8))
    rules |= cv2.morphologyEx((page < 128).astype(np.uint8), cv2.MORPH_OPEN, np.ones((200, 1), np.uint8))
    yy, xx = np.mgrid[0 : page.shape[0], 0 : page.shape[1]]
    dashed = np.where((rules > 0) & ((xx + yy) % 24 < 8), 255, page).astype(np.uint8)
    h, w = page.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), 0.9, 1.0)
    tilted = cv2.warpAffine(dashed, matrix, (w, h), borderValue=255)
    small = cv2.resize(tilted, (w * 204 // 300, h * 98 // 300), interpolation=cv2.INTER_AREA)
    bits = np.where(small.astype(np.float32) + rng.normal(0, 15, small.shape) > 115, 255, 0).astype(np.uint8)
    bits[rng.random(bits.shape) < 0.002] = 0
    bits[700, 100:-100] = 0
    buffer = io.BytesIO()
    Image.fromarray(bits).convert("1", dither=Image.Dither.NONE).save(buffer, "PNG")
    return buffer.getvalue()


def phone_photo(page: np.ndarray) -> bytes:
    """The sheet on a dark desk, turned and in perspective, lit unevenly, saved as a PNG."""
    h, w = page.shape
    frame = (2200, 2900)
    corners = np.float32([[260, 300], [1950, 210], [2010, 2560], [170, 2640]])
    matrix = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), corners)
    paper = cv2.warpPerspective((page * 0.85 + 25).astype(np.uint8), matrix, frame)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, frame)
    photo = np.where(mask > 127, paper, 55).astype(np.float32)
    light = np.linspace(1.0, 0.7, frame[1], dtype=np.float32)[:, None]
    photo = cv2.GaussianBlur(photo * light, (0, 0), 1.0)
    buffer = io.BytesIO()
    Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8)).save(buffer, "PNG")
    return buffer.getvalue()


def rows_exact(data: bytes, name: str) -> int:
    document = extract_bytes(data, name)
    found = {tuple((v or "").strip() for v in row) for table in document.tables for row in table.rows}
    return sum(1 for row in ROWS if tuple(row) in found)


@pytest.mark.slow
def test_a_standard_resolution_fax_of_a_ruled_table_gives_its_rows() -> None:
    document = extract_bytes(standard_fax(table_page()), "ssh-fax.png")
    [table] = document.tables
    assert len(table.rows) == len(ROWS)
    assert all(len(row) == len(ROWS[0]) for row in table.rows)
    # row by row, each cell in its column (the rules' remnants still cost some codes and prices)
    uraian = [(row[1] or "").strip(" '\"") for row in table.rows]
    assert sum(a == b[1] for a, b in zip(uraian, ROWS, strict=True)) >= len(ROWS) - 1


@pytest.mark.slow
def test_a_photographed_table_page_saved_as_png_gives_its_rows() -> None:
    assert rows_exact(phone_photo(table_page()), "ssh-foto.png") >= len(ROWS) - 1
