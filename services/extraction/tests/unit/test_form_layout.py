"""A form's labels and values, which Tesseract reads as two columns, are read row by row; a page
really in two columns is not."""

from samarinda_extraction.domain.form_layout import form_rows
from samarinda_extraction.domain.ocr_tables import Word
from samarinda_extraction.readers.ocr import _text


def _line(y: int, x: int, *texts: str) -> list[Word]:
    words = []
    for text in texts:
        words.append(Word(text=text, confidence=95.0, x0=x, y0=y, x1=x + 18 * len(text), y1=y + 30))
        x += 18 * len(text) + 15
    return words


LABELS = ["Program", "Kegiatan", "Sub Kegiatan", "Lokasi"]
VALUES = [
    "2.16.02 - PROGRAM INFORMASI",
    "2.16.02.1.01 - Pengelolaan Informasi",
    "2.16.02.1.01.0004 - Diseminasi",
    "Kota Samarinda",
]


def test_labels_read_apart_from_their_values_are_joined_row_by_row() -> None:
    # Tesseract's order: the title, the labels' column, then the values' column.
    lines = [_line(100, 600, "RENCANA", "KERJA"), []]
    lines += [_line(200 + 50 * i, 150, *label.split()) for i, label in enumerate(LABELS)] + [[]]
    lines += [_line(200 + 50 * i, 620, *value.split()) for i, value in enumerate(VALUES)]
    text = _text(lines)
    assert text.splitlines() == [
        "RENCANA KERJA",
        "",
        *(f"{label} {value}" for label, value in zip(LABELS, VALUES, strict=True)),
    ]


def test_a_page_in_two_columns_of_text_keeps_its_columns() -> None:
    left = [
        _line(200 + 50 * i, 150, "kalimat", "panjang", "kolom", "kiri", "nomor", str(i)) for i in range(5)
    ]
    right = [
        _line(200 + 50 * i, 1300, "kalimat", "panjang", "kolom", "kanan", "nomor", str(i)) for i in range(5)
    ]
    assert form_rows([*left, [], *right]) is None


def test_a_block_tesseract_read_as_one_line_is_split_into_its_rows() -> None:
    labels = [w for i, label in enumerate(LABELS) for w in _line(200 + 50 * i, 150, *label.split())]
    colons = [w for i in range(len(LABELS)) for w in _line(200 + 50 * i, 560, ":")]
    values = [w for i, value in enumerate(VALUES) for w in _line(200 + 50 * i, 620, *value.split())]
    text = _text([[*labels, *colons, *values]])
    assert text.splitlines() == [f"{label} : {value}" for label, value in zip(LABELS, VALUES, strict=True)]
