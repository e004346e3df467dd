import numpy as np
from samarinda_extraction.domain.ocr_tables import Grid, Word
from samarinda_extraction.readers.ocr_page_tables import page_tables
from samarinda_extraction.readers.tesseract import Reading


def word(text: str, x: int, y: int) -> Word:
    return Word(text=text, confidence=95.0, x0=x, y0=y, x1=x + 20 * len(text), y1=y + 30)


def test_a_second_table_under_a_ruled_one_is_kept_though_tesseract_ran_one_paragraph_through_both() -> None:
    # No empty line anywhere: Tesseract's one paragraph runs from the ruled table's cells through
    # the title line into the unruled list below.
    lines: list[list[Word]] = []
    ruled = [("No", "Barang", "Jumlah"), ("1", "Lemari", "4"), ("2", "Kursi", "10")]
    for r, (a, b, c) in enumerate(ruled):
        lines.append([word(a, 100, 215 + 60 * r), word(b, 280, 215 + 60 * r), word(c, 920, 215 + 60 * r)])
    title, x = [], 100
    for text in ["Berkas", "yang", "dilampirkan", "bersama", "surat", "ini"]:
        title.append(word(text, x, 420))
        x += 20 * len(text) + 15
    lines.append(title)
    listed = [
        ("1", "Faktur", "asli"),
        ("2", "Kuitansi", "salinan"),
        ("3", "Foto", "asli"),
        ("4", "Garansi", "salinan"),
    ]
    for r, (a, b, c) in enumerate(listed):
        lines.append([word(a, 100, 480 + 50 * r), word(b, 280, 480 + 50 * r), word(c, 920, 480 + 50 * r)])
    words = [w for line in lines for w in line]
    reading = Reading("page", np.full((900, 1300), 255, np.uint8), words, lines)
    grid = Grid(xs=(80, 260, 900, 1200), ys=(200, 260, 320, 380))

    tables = page_tables(reading, [grid], [[]])

    assert [t.rows for t in tables] == [[list(row) for row in ruled], [list(row) for row in listed]]
