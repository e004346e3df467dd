"""Side-by-side blocks under a page's text (signature blocks) are read down one after the other."""

from samarinda_extraction.domain.ocr_tables import Box, Word
from samarinda_extraction.domain.side_blocks import blocks_read_down
from samarinda_extraction.readers.ocr_text import page_text
from samarinda_extraction.testing import line

MIDDLE, RIGHT = 900, 1600


def page_with_signatures() -> list[list[Word]]:
    """An invented letter's foot: a closing line across the page, then three signature blocks
    (title, a blank space to sign in, name, NIP) that Tesseract read across the page line by line,
    then a footer whose two parts stand under the first and the last block."""
    return [
        line(100, 100, "Demikian", "surat", "ini", "dibuat", "untuk", "digunakan", "semestinya."),
        [],
        [*line(200, 150, "Mengetahui,"), *line(200, MIDDLE, "Penerima,"), *line(200, RIGHT, "Bendahara,")],
        [
            *line(245, 150, "Kepala", "Bidang"),
            *line(245, MIDDLE, "Pemilik", "Usaha"),
            *line(245, RIGHT, "Kas"),
        ],
        [],
        [
            *line(420, 150, "Andi", "Wijaya"),
            *line(420, MIDDLE, "Budi", "Santoso"),
            *line(420, RIGHT, "Citra"),
        ],
        [*line(465, 150, "NIP", "19800101"), *line(465, RIGHT, "NIP", "19900202")],
        [],
        [*line(600, 100, "Dicetak", "sistem"), *line(600, RIGHT, "Halaman", "1")],
    ]


def test_blocks_side_by_side_are_read_down_one_after_the_other() -> None:
    text = page_text(page_with_signatures())
    assert text.splitlines() == [
        "Demikian surat ini dibuat untuk digunakan semestinya.",
        "",
        "Mengetahui,",
        "Kepala Bidang",
        "Andi Wijaya",
        "NIP 19800101",
        "Penerima,",
        "Pemilik Usaha",
        "Budi Santoso",
        "Bendahara,",
        "Kas",
        "Citra",
        "NIP 19900202",
        "",
        "Dicetak sistem Halaman 1",
    ]


def test_a_line_across_the_gutters_is_no_part_of_the_blocks() -> None:
    lines = blocks_read_down(page_with_signatures())
    assert lines is not None
    assert next(" ".join(w.text for w in line) for line in lines if line).startswith("Demikian surat")


def test_rows_in_columns_at_line_spacing_are_a_form_or_a_table_not_blocks() -> None:
    """Labels and amounts (or a small unruled table) stand in columns too, but with no blank band
    for a signature between their rows: their rows stay whole."""
    rows = [
        [*line(200 + 45 * i, 150, "Potongan", name), *line(200 + 45 * i, RIGHT, "Rp", amount)]
        for i, (name, amount) in enumerate([("pajak", "120.000"), ("iuran", "35.000"), ("sewa", "90.000")])
    ]
    assert blocks_read_down(rows) is None


def test_rows_of_a_table_found_on_the_page_are_left_to_the_table() -> None:
    lines = page_with_signatures()
    assert blocks_read_down(lines, [Box(100, 190, 2000, 500)]) is None


def test_blocks_tesseract_already_read_apart_keep_its_order() -> None:
    """No line of Tesseract's holds words of two blocks: its own order (column by column) stands."""
    lines = [
        line(200, 150, "Mengetahui,"),
        line(245, 150, "Kepala", "Bidang"),
        line(420, 150, "Andi", "Wijaya"),
        [],
        line(200, RIGHT, "Bendahara,"),
        line(245, RIGHT, "Kas"),
        line(420, RIGHT, "Citra"),
    ]
    assert blocks_read_down(lines) is None


def test_a_signature_scribbled_in_the_space_leaves_it_blank() -> None:
    """The strokes of a signature come back as a few words far taller than the text."""
    scribble = [Word(text="WA", confidence=40.0, x0=200, y0=300, x1=420, y1=400)]
    lines = page_with_signatures()
    lines.insert(4, scribble)
    text = page_text(lines)
    assert "Kepala Bidang\nWA\nAndi Wijaya\nNIP 19800101\nPenerima," in text


def test_a_list_beside_a_signature_block_is_read_down_before_it() -> None:
    """An invented letter's foot: a list of copies on the left, level with the signer's title and
    the space to sign in on the right, two of its lines beside the space (Tesseract reads them
    across, line by line), the signer's name under the space, then a footer whose two parts stand
    under both columns."""
    lines = [
        line(100, 100, "Demikian", "surat", "ini", "dibuat", "untuk", "digunakan", "semestinya."),
        [],
        [*line(200, 100, "Salinan", "1", ":", "Arsip"), *line(200, RIGHT, "Kota,", "2", "Mei")],
        [*line(245, 100, "Salinan", "2", ":", "Camat"), *line(245, RIGHT, "Kepala", "Kantor,")],
        line(290, 100, "Salinan", "3", ":", "Lurah"),
        line(335, 100, "Salinan", "4", ":", "Bank"),
        [],
        line(420, RIGHT, "Andi", "Wijaya"),
        line(465, RIGHT, "NIP", "19800101"),
        [],
        [*line(600, 100, "Dicetak", "sistem"), *line(600, RIGHT, "Halaman", "1")],
    ]
    text = page_text(lines)
    assert [row for row in text.splitlines() if row] == [
        "Demikian surat ini dibuat untuk digunakan semestinya.",
        "Salinan 1 : Arsip",
        "Salinan 2 : Camat",
        "Salinan 3 : Lurah",
        "Salinan 4 : Bank",
        "Kota, 2 Mei",
        "Kepala Kantor,",
        "Andi Wijaya",
        "NIP 19800101",
        "Dicetak sistem Halaman 1",
    ]


def test_a_table_whose_cells_wrap_is_no_list_beside_a_signature() -> None:
    """An unruled table's single-line column has a gap where a neighbour's cell wraps: with more
    than two columns, the rows stay whole."""
    lines = []
    for y, number in ((200, "1."), (340, "2.")):
        lines.append([*line(y, 100, number), *line(y, 300, "Nama", "Satu"), *line(y, RIGHT, "Kepala")])
        lines.append(line(y + 45, 300, "Gelar", "Dua"))
        lines.append(line(y + 90, 300, "Tiga"))
    assert blocks_read_down(lines) is None


def test_a_list_under_a_signature_block_is_no_block_beside_it() -> None:
    """An invented payment order's foot: totals on the left, then the signer's block on the right
    (title, space, name), then a list of copies on the left under it all and a footer: the list
    begins below the name, the gap under the name is no space to sign in, and the totals far
    above the space are no block beside it."""
    lines = [
        [*line(100, 100, "Total", "dibayar"), *line(100, 700, ":", "Rp5.000,00")],
        [*line(145, 100, "Total", "potongan"), *line(145, 700, ":", "Rp250,00")],
        [],
        line(230, RIGHT - 200, "Kota,", "2", "Mei"),
        line(275, RIGHT - 200, "Kuasa", "Kantor"),
        [],
        line(480, RIGHT - 200, "ANDI", "WIJAYA"),
        line(525, RIGHT - 200, "NIP", "19800101"),
        [],
        line(610, 100, "Salinan", "1", ":", "Arsip"),
        line(655, 100, "Salinan", "2", ":", "Bank"),
        line(700, 100, "Salinan", "3", ":", "Pemasok"),
        [],
        [*line(900, 100, "Dicetak", "sistem"), *line(900, RIGHT, "Halaman", "1")],
    ]
    assert blocks_read_down(lines) is None
