from samarinda_extraction.domain.ocr_tables import Box, OcrTable, Word
from samarinda_extraction.domain.stacked_amounts import amounts_stacked


def _line(y: int, *texts: str) -> list[Word]:
    return [Word(t, 95.0, 200 * i, y, 200 * i + 150, y + 30) for i, t in enumerate(texts)]


def test_items_each_with_an_amount_taken_as_one_row_are_several_rows() -> None:
    words = [
        *_line(0, "B.", "Persediaan", "gudang:"),
        *_line(50, "1.", "Kertas", "Rp", "1.250.000"),
        *_line(100, "2.", "Tinta", "Rp", "830.500"),
        *_line(150, "3.", "Map", "Rp", "96.000"),
    ]
    table = OcrTable(
        [["B. 1. 2. 3.", "...", "Rp Rp Rp", "1.250.000 830.500 96.000"]],
        Box(0, 0, 800, 180),
        [Box(0, 0, 800, 180)],
    )
    assert amounts_stacked(table, words)


def test_a_wrapped_row_with_one_amount_is_one_row() -> None:
    words = [
        *_line(0, "1.", "Printer", "2", "3.400.000"),
        *_line(50, "", "laser", "", ""),
        *_line(100, "", "A4", "", ""),
    ]
    table = OcrTable(
        [["1.", "Printer laser A4", "2", "3.400.000"]], Box(0, 0, 800, 130), [Box(0, 0, 800, 130)]
    )
    assert not amounts_stacked(table, words)
