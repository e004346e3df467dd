"""A scanned PDF whose sheets were fed different ways up: each page of an image-only PDF is set
upright on its own (one upright, one upside down, one on its side), not by the first page's turn."""

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from samarinda_extraction import extract_bytes
from samarinda_extraction.readers.page_image import turn

# Invented lines, a different list on each page.
PAGES = [
    ["Daftar Kebutuhan Bengkel", "Obeng plus ukuran sedang", "Kunci pas set delapan", "Tang potong kabel"],
    ["Daftar Kebutuhan Dapur", "Panci aluminium besar", "Wajan penggorengan baja", "Sendok sayur kayu"],
    ["Daftar Kebutuhan Taman", "Gunting rumput panjang", "Sekop tangkai pendek", "Selang taman gulung"],
]


def _sheet(lines: list[str]) -> np.ndarray:
    page = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSans.ttf", 30)
    for row, line in enumerate(lines * 3):
        draw.text((120, 160 + row * 90), f"{row + 1}. {line}", fill=0, font=font)
    return np.asarray(page)


@pytest.mark.slow
def test_each_page_of_a_scanned_pdf_is_turned_upright_on_its_own() -> None:
    sheets = [
        Image.fromarray(turn(_sheet(lines), clockwise)) for lines, clockwise in zip(PAGES, (0, 180, 90))
    ]
    pdf = io.BytesIO()
    sheets[0].save(pdf, "PDF", resolution=150, save_all=True, append_images=sheets[1:])
    doc = extract_bytes(pdf.getvalue(), "campur_arah.pdf", "application/pdf")
    assert len(doc.pages) == 3
    for page, lines in zip(doc.pages, PAGES, strict=True):
        for line in lines:
            assert line in page.text
