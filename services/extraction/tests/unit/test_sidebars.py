"""A sidebar Tesseract joined to the body's lines is cut off them and read as a column of its own."""

from samarinda_extraction.domain.ocr_tables import Box, Word
from samarinda_extraction.domain.sidebars import column_groups, column_order, cut_at_sidebar
from samarinda_extraction.readers.ocr_text import page_text
from samarinda_extraction.testing import line

SIDE = 1300  # where the sidebar's text starts; the body's lines end before 1200


def page_with_a_sidebar() -> list[list[Word]]:
    """An invented leaflet: a body of prose with a sidebar of figures beside it. Tesseract joined
    the sidebar's lines to the body's where they stand level, and read the others on their own."""
    return [
        [*line(100, 100, "Warga", "dapat", "mengurus", "izin", "usaha"), *line(100, SIDE, "DATA", "LAYANAN")],
        line(150, 100, "secara", "daring", "tanpa", "datang", "ke", "kantor"),
        [*line(200, 100, "Syarat", "perlu", "disiapkan", "pemohon"), *line(200, SIDE, "izin", "terbit")],
        [],
        line(170, SIDE, "4.210"),
        line(260, SIDE, "rata-rata", "tiga", "hari"),
        line(320, SIDE, "Kontak", "layanan"),
        line(370, SIDE, "Telepon", "kantor"),
        [],
        line(300, 100, "Kartu", "identitas", "dan", "surat", "domisili", "usaha"),
        line(350, 100, "Foto", "lokasi", "tempat", "usaha", "terbaru"),
    ]


def test_a_sidebar_joined_to_the_body_is_cut_off_and_read_after_it() -> None:
    text = page_text(page_with_a_sidebar())
    body, sidebar = text.index("Warga"), text.index("DATA LAYANAN")
    assert "usaha DATA" not in text and "pemohon izin terbit" not in text
    assert body < text.index("Foto lokasi") < sidebar < text.index("4.210") < text.index("Telepon kantor")


def test_a_form_whose_values_stand_level_with_their_labels_is_not_cut() -> None:
    # Labels and values far apart, every row joined: Tesseract read no value on its own line.
    rows = [
        [*line(100 + 50 * i, 100, "Label", "nomor", str(i)), *line(100 + 50 * i, SIDE, "nilai", "isian")]
        for i in range(8)
    ]
    assert cut_at_sidebar(rows) is None


def test_a_column_of_amounts_beside_descriptions_is_no_sidebar() -> None:
    rows = [
        [*line(y, 100, "Belanja", "bahan", "pakai", "kantor", "dinas"), *line(y, SIDE, "1.250.000")]
        for y in range(100, 300, 50)
    ]
    rows += [line(330 + 50 * i, SIDE, f"{i}.500.000") for i in range(4)]
    assert cut_at_sidebar(rows) is None


def test_boxes_apart_by_a_gutter_are_columns_left_to_right() -> None:
    boxes = [Box(1100, 0, 1500, 90), Box(100, 0, 900, 50), Box(100, 60, 1000, 90), Box(1120, 100, 1400, 200)]
    assert column_groups(boxes, min_gap=45) == [[1, 2], [0, 3]]
    assert column_groups(boxes, min_gap=200) == [[1, 2, 0, 3]]


def test_a_tables_right_columns_above_a_signature_block_are_no_sidebar() -> None:
    # An invented deductions table (descriptions left, amounts and notes right, every row joined),
    # totals below it on the left, a signature block under the right columns: no line of the body
    # stands level with the signature's lines, so they are no sidebar beside it.
    rows = [
        [*line(y, 100, "1", "Potongan", "iuran", "wajib", "pegawai"), *line(y, SIDE, "1.250.000", "Setor")]
        for y in range(100, 250, 50)
    ]
    rows += [line(y, 100, "Jumlah", "yang", "harus", "dibayar", "penuh") for y in range(300, 450, 50)]
    rows += [line(y, SIDE, "Kepala", "Bagian", "Umum") for y in range(500, 700, 50)]
    assert cut_at_sidebar(rows) is None


def test_a_box_above_every_other_column_is_read_before_the_columns() -> None:
    date = Box(1500, 100, 2200, 140)
    labels = Box(250, 200, 1200, 500)
    address = Box(1500, 200, 2200, 480)
    assert column_order([labels, date, address], min_gap=45) == [1, 0, 2]


def test_a_block_wholly_below_another_column_is_no_column_beside_it() -> None:
    office = Box(1450, 100, 1800, 140)
    signer = Box(1300, 400, 2000, 560)
    copies = Box(250, 640, 1100, 780)
    assert column_order([copies, office, signer], min_gap=45) == [1, 2, 0]


def test_columns_starting_level_are_read_down_whole() -> None:
    left_top, left_bottom = Box(100, 200, 900, 500), Box(100, 560, 900, 1200)
    right_top, right_bottom = Box(1100, 210, 1900, 500), Box(1100, 560, 1900, 900)
    boxes = [right_top, left_top, right_bottom, left_bottom]
    assert column_order(boxes, min_gap=45) == [1, 3, 0, 2]
    assert column_order([left_top, left_bottom], min_gap=45) is None
