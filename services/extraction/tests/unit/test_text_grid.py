"""Tables of a text layer whose columns are not ruled: rules bound the rows, words' alignment
makes the columns; a group row written across columns stays one cell."""

from samarinda_extraction.domain.text_grid import (
    Rule,
    Word,
    grid_from_words,
    header_band_regions,
    row_ruled_regions,
)

CHAR = 4.0  # points per character of 7-point text
SPACE = 2.0


def _line(top: float, *cells: tuple[float, str]) -> list[Word]:
    words = []
    for x, text in cells:
        for part in text.split():
            words.append(Word(part, x, x + CHAR * len(part), top, top + 7))
            x += CHAR * len(part) + SPACE
    return words


def _table() -> list[Word]:
    # No | Kode | Uraian | Satuan | Harga (right-aligned at 400)
    return [
        *_line(100, (40, "No"), (60, "Kode"), (120, "Uraian"), (300, "Satuan"), (372, "Harga")),
        *_line(112, (40, "A"), (60, "BAHAN HABIS PAKAI DAN ALAT TULIS KANTOR")),
        *_line(124, (40, "1"), (60, "9.9.01"), (120, "Kertas HVS A4"), (300, "Rim"), (372, "52.000")),
        *_line(136, (40, "2"), (60, "9.9.02"), (120, "Map plastik"), (300, "Buah"), (376, "4.500")),
        *_line(
            148, (40, "3"), (60, "9.9.03"), (120, "Honorarium narasumber ahli"), (300, "OJ"), (364, "900.000")
        ),
    ]


def test_columns_from_the_gutters_and_a_group_row_kept_whole() -> None:
    assert grid_from_words(_table()) == [
        ["No", "Kode", "Uraian", "Satuan", "Harga"],
        ["A", "BAHAN HABIS PAKAI DAN ALAT TULIS KANTOR", None, None, None],
        ["1", "9.9.01", "Kertas HVS A4", "Rim", "52.000"],
        ["2", "9.9.02", "Map plastik", "Buah", "4.500"],
        ["3", "9.9.03", "Honorarium narasumber ahli", "OJ", "900.000"],
    ]


def test_header_labels_a_space_apart_fall_in_their_columns() -> None:
    items = ["Pena", "Map", "Spidol", "Lem", "Paku", "Tali", "Isolasi"]
    # "Nama Barang" and "Satuan" a word space apart
    header = _line(100, (40, "No"), (122, "Nama Barang"), (166, "Satuan"), (220, "Harga"))
    lines = [
        _line(112 + 12 * i, (40, str(i + 1)), (122, item), (166, "Buah"), (220, "5.000"))
        for i, item in enumerate(items)
    ]
    assert grid_from_words([*header, *(w for line in lines for w in line)])[0] == [
        "No",
        "Nama Barang",
        "Satuan",
        "Harga",
    ]


def test_running_text_is_no_table() -> None:
    assert grid_from_words(_line(100, (40, "Dasar harga: standar biaya tahun 2027"))) == []


def test_row_rules_bound_a_table() -> None:
    rules = [Rule(y, 36, 560) for y in (90, 104, 116, 128, 140)] + [Rule(700, 36, 300)]
    assert row_ruled_regions(rules) == [(36, 90, 560, 140)]


def test_rules_far_apart_or_of_another_width_are_no_table() -> None:
    assert row_ruled_regions([Rule(100, 36, 560), Rule(300, 36, 560), Rule(500, 36, 560)]) == []
    assert row_ruled_regions([Rule(100, 36, 560), Rule(112, 36, 300), Rule(124, 36, 560)]) == []


def test_a_table_ruled_around_its_header_runs_to_its_total_band_or_the_foot() -> None:
    # header band 80-95, lines unruled, total band 300-314; a second table's header band at 360
    # going on overleaf; a letterhead's double underline at 20/22 is no band.
    rules = [Rule(y, 36, 800) for y in (20, 22, 80, 95, 300, 314, 360, 375)]
    assert header_band_regions(rules, 595) == [
        (36, 80, 800, 300),
        (36, 300, 800, 314),
        (36, 314, 800, 360),
        (36, 360, 800, 595),
    ]


def test_rules_of_another_extent_end_no_header_band() -> None:
    rules = [Rule(80, 36, 800), Rule(95, 36, 800), Rule(200, 36, 400), Rule(215, 36, 400)]
    assert header_band_regions(rules, 595) == [(36, 80, 800, 595), (36, 200, 400, 595)]
