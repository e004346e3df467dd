"""OCR character error rate: our OCR path vs plain Tesseract, on pages whose text we know.

    .venv/bin/python services/extraction/bench/ocr_quality.py

Pages: Indonesian prose rendered at 300 dpi (clean, noisy, skewed 3°, photographed-looking) and
the two sample images with their transcriptions. "plain" is ``tesseract -l ind+eng`` on the same
image without our preprocessing.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import cv2
import pytesseract

sys.path.insert(0, str(Path(__file__).parent))

from pages import PARAGRAPHS, PARAGRAPHS_2, VARIANTS, render_page
from samarinda_common.testing.samples import samples_dir
from samarinda_extraction.domain.quality import character_error_rate
from samarinda_extraction.readers.ocr import ocr_page
from samarinda_extraction.readers.ocr_options import OcrOptions

SAMPLES = samples_dir() / "docs"


def main() -> None:
    options = OcrOptions()
    rows: list[tuple[str, float, float, float, float]] = []
    sources = [render_page(PARAGRAPHS), render_page(PARAGRAPHS_2)]
    for name, degrade in VARIANTS.items():
        ours = plain = ours_s = plain_s = 0.0
        for page, truth in sources:
            image = degrade(page)
            started = time.perf_counter()
            result = ocr_page(image, options)
            ours_s += time.perf_counter() - started
            started = time.perf_counter()
            raw = pytesseract.image_to_string(image, lang=options.languages)
            plain_s += time.perf_counter() - started
            ours += character_error_rate(truth, result.text) / len(sources)
            plain += character_error_rate(truth, raw) / len(sources)
        rows.append((name, ours, plain, ours_s / len(sources), plain_s / len(sources)))
    for sample in ("penawaran_cv_mahakam_scan", "notulen_rapat_foto"):
        image = cv2.imread(str(SAMPLES / f"{sample}.png"), cv2.IMREAD_GRAYSCALE)
        truth = (SAMPLES / f"{sample}.truth.txt").read_text()
        started = time.perf_counter()
        result = ocr_page(image, options)
        ours_s = time.perf_counter() - started
        started = time.perf_counter()
        raw = pytesseract.image_to_string(image, lang=options.languages)
        plain_s = time.perf_counter() - started
        rows.append((f"sample:{sample}", character_error_rate(truth, result.text),
                     character_error_rate(truth, raw), ours_s, plain_s))  # fmt: skip
    print(f"{'page':40} {'CER ours':>9} {'CER plain':>10} {'s/page ours':>12} {'s/page plain':>13}")
    for name, ours, plain, ours_s, plain_s in rows:
        print(f"{name:40} {ours:9.2%} {plain:10.2%} {ours_s:12.2f} {plain_s:13.2f}")


if __name__ == "__main__":
    main()
