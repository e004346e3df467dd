"""Leader dots between a list item and its quantity are erased; an ellipsis, decimals and dotted
codes are not."""

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from samarinda_extraction.readers.leaders import without_leader_dots


def _page(lines: list[str]) -> np.ndarray:
    page = Image.new("L", (1600, 80 + 60 * len(lines)), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSerif.ttf", 30)
    for i, line in enumerate(lines):
        draw.text((40, 40 + 60 * i), line, font=font, fill=0)
    return np.asarray(page).copy()


def _ink_columns(gray: np.ndarray) -> np.ndarray:
    return np.nonzero((gray < 128).any(axis=0))[0]


def test_a_row_of_leader_dots_is_erased_and_the_words_stay() -> None:
    gray = _page(["2. 4.1.7.03 Kursi Lipat Besi " + "." * 30 + " 18 buah"])
    out, rows = without_leader_dots(gray)
    assert rows == 1
    left = _page(["2. 4.1.7.03 Kursi Lipat Besi"])
    # Everything of the words is still there; the dots between them are gone.
    assert np.array_equal(out[:, : _ink_columns(left)[-1] + 1], gray[:, : _ink_columns(left)[-1] + 1])
    assert (out < 128).sum() < (gray < 128).sum()


def test_an_ellipsis_decimals_and_codes_stay() -> None:
    gray = _page(
        [
            "Menunggu keputusan... dan seterusnya... ya...",
            "Nilai 2.5 dan 3.75 dari 10.0 kode 4.1.7.03.02.01.009",
            "Versi 1.2.3.4.5.6.7.8.9 tanggal 01.02.2027",
        ]
    )
    out, rows = without_leader_dots(gray)
    assert rows == 0
    assert np.array_equal(out, gray)
