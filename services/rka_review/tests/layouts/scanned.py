"""Generated layouts as scans: a printed PDF layout rasterised and degraded as an office scanner
hands it in, an image-only PDF the review reads through the extraction's OCR.

Why: the generated zoo's PDFs carry a text layer, so the reader's scan path (the OCR's tables,
headers merged into one cell, a column the table finder loses to the page text, misread labels)
was never composed with the layout features. Each scanned seed draws its degradation from the
seed: the resolution (200-300 dpi), a slight rotation (under 1.2°) and grain (Gaussian noise). OCR
is slow: ``measure.py --scanned N`` takes the first N generated seeds printed as PDF.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

DPI = ("200", "250", "300")
NOISE = ("0", "8", "16")  # the grain's standard deviation in grey levels


def degradation(seed: int) -> dict[str, str]:
    """The scan a seed draws: its dpi, rotation (tenths of a degree) and noise, as feature values."""
    rng = random.Random(f"scan-{seed}")
    return {
        "scan_dpi": rng.choice(DPI),
        "scan_rotation": str(rng.choice([-1, 1]) * rng.randint(0, 12)),
        "scan_noise": rng.choice(NOISE),
    }


def scan_pdf(printed: Path, seed: int, out: Path) -> Path:
    """``printed`` rendered page by page as ``degradation(seed)`` says, written as an image-only PDF."""
    drawn = degradation(seed)
    dpi, tilt, noise = int(drawn["scan_dpi"]), int(drawn["scan_rotation"]) / 10, int(drawn["scan_noise"])
    rng = np.random.default_rng(seed)
    pages: list[Image.Image] = []
    document = pdfium.PdfDocument(str(printed))
    for page in document:
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        image = image.rotate(tilt, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
        if noise:
            grain = rng.normal(0, noise, (image.height, image.width))
            image = Image.fromarray(np.clip(np.asarray(image, dtype=float) + grain, 0, 255).astype(np.uint8))
        pages.append(image)
    document.close()
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=dpi)
    return out
